import { z } from 'zod';

/*
 * The unit amounts are shown in: yuan (元), ten thousand yuan (万元) or a hundred million yuan
 * (亿元). Chinese feasibility studies and board papers state amounts in 万元 (亿元 for large
 * programmes); the figures themselves stay exact yuan in the model and the file — a scale is only
 * how they are divided for display and multiplied back when typed. Scales other than the yuan
 * apply to Chinese text and to amounts in CNY: they are how a Chinese reader counts yuan, and mean
 * nothing for another currency or in English.
 */

export const AmountScaleSchema = z.enum(['unit', 'ten-thousand', 'hundred-million']);
export type AmountScale = z.infer<typeof AmountScaleSchema>;

/** The setting: a scale, or `auto` — 万元 in Chinese, yuan otherwise. */
export const AmountScaleSettingSchema = z.enum(['auto', ...AmountScaleSchema.options]);
export type AmountScaleSetting = z.infer<typeof AmountScaleSettingSchema>;

/** How many yuan one displayed unit is. */
export const SCALE_FACTOR: Readonly<Record<AmountScale, number>> = {
  unit: 1,
  'ten-thousand': 10_000,
  'hundred-million': 100_000_000,
};

/**
 * Decimals a displayed amount keeps: the cent in yuan and 万元 (to the hundred yuan), four in
 * 亿元 so that an amount is still shown to the 万元 (0.0600 亿元 for 600 万元).
 */
export const SCALE_DIGITS: Readonly<Record<AmountScale, number>> = {
  unit: 2,
  'ten-thousand': 2,
  'hundred-million': 4,
};

/** The command line's names for the scales (`--unit yuan|wan|yi`). */
export const CLI_UNITS: Readonly<Record<string, AmountScale>> = {
  yuan: 'unit',
  wan: 'ten-thousand',
  yi: 'hundred-million',
};

/** The scale amounts are shown in for a setting, a language and a currency. */
export function displayScale(
  setting: AmountScaleSetting,
  language: string,
  currency: string,
): AmountScale {
  if (language !== 'zh-CN' || currency !== 'CNY') return 'unit';
  return setting === 'auto' ? 'ten-thousand' : setting;
}
