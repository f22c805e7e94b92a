import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dec } from '../../shared/finance/decimal';
import { useSettings } from '../settings/settings-context';
import {
  formatAmount,
  formatAmountPlain,
  formatDecimal,
  formatPercent,
  type AmountFormat,
} from './format-number';
import type { AmountScale } from './parse-number';

export interface Formatters {
  readonly locale: string;
  readonly currency: string;
  /** How amounts are shown and typed: yuan, or 万元 when a Chinese reader asked for it. */
  readonly scale: AmountScale;
  /** The unit a column of plain amounts is in: `CNY` or `万元`. */
  readonly amountUnit: string;
  amount(value: Dec): string;
  amountPlain(value: Dec): string;
  percent(value: Dec, digits?: number): string;
  /** A percentage in a sentence: `25%`, `99.5%`. */
  percentShort(value: Dec): string;
  /** A rate that may not exist (IRR of flows that never change sign). */
  rate(value: Dec | null): string;
  /** Years with two decimals, or "not within the horizon" for a payback that never comes. */
  years(value: Dec | null): string;
  number(value: Dec, digits: number): string;
  /** An axis tick (a position on a chart's scale, not a figure of the model): `2M`, `200万`. */
  compact(value: number): string;
}

const compactFormats = new Map<string, Intl.NumberFormat>();
function compactFormat(locale: string): Intl.NumberFormat {
  let found = compactFormats.get(locale);
  if (!found) {
    found = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    compactFormats.set(locale, found);
  }
  return found;
}

/**
 * Formatting in the language shown and the scenario's currency. 万元 applies only to Chinese and
 * to yuan: it is how Chinese finance officers read amounts, and means nothing for other currencies.
 */
export function useFormat(currency = 'CNY'): Formatters {
  const { t } = useTranslation();
  const { settings, language } = useSettings();
  const scale: AmountScale =
    settings.amountScale === 'ten-thousand' && language === 'zh-CN' && currency === 'CNY'
      ? 'ten-thousand'
      : 'unit';
  return useMemo(() => {
    const format: AmountFormat = { locale: language, currency, scale };
    const wan = scale === 'ten-thousand';
    return {
      locale: language,
      currency,
      scale,
      amountUnit: wan ? t('format.tenThousandUnit') : currency,
      amount: (value) =>
        wan
          ? t('format.tenThousandAmount', { value: formatAmount(value, format) })
          : formatAmount(value, format),
      amountPlain: (value) => formatAmountPlain(value, format),
      percent: (value, digits = 2) => formatPercent(value, language, digits),
      percentShort: (value) => formatPercent(value, language, 2, 0),
      rate: (value) => (value === null ? t('format.noIrr') : formatPercent(value, language)),
      years: (value) =>
        value === null
          ? t('format.notWithinHorizon')
          : t('format.years', { value: formatDecimal(value, language, 2) }),
      number: (value, digits) => formatDecimal(value, language, digits),
      compact: (value) => compactFormat(language).format(value),
    };
  }, [t, language, currency, scale]);
}
