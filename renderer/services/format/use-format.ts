import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../../shared/finance/decimal';
import {
  displayScale,
  SCALE_DIGITS,
  SCALE_FACTOR,
  type AmountScale,
} from '../../../shared/i18n/amount-scale';
import { useSettings } from '../settings/settings-context';
import {
  formatAmount,
  formatAmountPlain,
  formatDecimal,
  formatPercent,
  type AmountFormat,
} from './format-number';

export interface Formatters {
  readonly locale: string;
  readonly currency: string;
  /** How amounts are shown and typed: yuan, or 万元 / 亿元 for a Chinese reader of yuan. */
  readonly scale: AmountScale;
  /** The unit a column of plain amounts, or an axis, is in: `CNY`, `元`, `万元` or `亿元`. */
  readonly amountUnit: string;
  amount(value: Dec): string;
  amountPlain(value: Dec): string;
  /** A cell of a table whose figures are already in the unit shown (a projection table's). */
  scaledCell(value: Dec): string;
  percent(value: Dec, digits?: number): string;
  /** A percentage in a sentence: `25%`, `99.5%`. */
  percentShort(value: Dec): string;
  /** A rate that may not exist (IRR of flows that never change sign). */
  rate(value: Dec | null): string;
  /** Years with two decimals, or "not within the horizon" for a payback that never comes. */
  years(value: Dec | null): string;
  number(value: Dec, digits: number): string;
  /**
   * An axis tick (a position on a chart's scale, not a figure of the model) in the unit
   * `amountUnit` names, so that the axis title and its ticks agree: `2M` under CNY, `200` under
   * 万元, `2,000,000` under 元.
   */
  compact(value: number): string;
}

const axisFormats = new Map<string, Intl.NumberFormat>();
/** Ticks in a stated unit: grouped, at most two decimals (a tick is a position, not a figure). */
function axisFormat(locale: string): Intl.NumberFormat {
  let found = axisFormats.get(locale);
  if (!found) {
    found = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    axisFormats.set(locale, found);
  }
  return found;
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

/** The unit's name for a column or an axis, and the template for an amount with it. */
const SCALE_TEXT = {
  'ten-thousand': { unit: 'format.tenThousandUnit', amount: 'format.tenThousandAmount' },
  'hundred-million': { unit: 'format.hundredMillionUnit', amount: 'format.hundredMillionAmount' },
} as const;

/**
 * Formatting in the language shown and the scenario's currency, amounts in the unit the settings
 * ask for (see `displayScale`: 万元 by default in Chinese, always the currency in English).
 */
export function useFormat(currency = 'CNY'): Formatters {
  const { t } = useTranslation();
  const { settings, language } = useSettings();
  const scale = displayScale(settings.amountScale, language, currency);
  return useMemo(() => {
    const format: AmountFormat = { locale: language, currency, scale };
    const scaled = scale === 'unit' ? null : SCALE_TEXT[scale];
    const yuanInChinese = language === 'zh-CN' && currency === 'CNY';
    const amountUnit = scaled ? t(scaled.unit) : yuanInChinese ? t('format.yuanUnit') : currency;
    const factor = new Dec(SCALE_FACTOR[scale]);
    return {
      locale: language,
      currency,
      scale,
      amountUnit,
      amount: (value) =>
        scaled
          ? t(scaled.amount, { value: formatAmount(value, format) })
          : formatAmount(value, format),
      amountPlain: (value) => formatAmountPlain(value, format),
      scaledCell: (value) => formatDecimal(value, language, SCALE_DIGITS[scale]),
      percent: (value, digits = 2) => formatPercent(value, language, digits),
      percentShort: (value) => formatPercent(value, language, 2, 0),
      rate: (value) => (value === null ? t('format.noIrr') : formatPercent(value, language)),
      years: (value) =>
        value === null
          ? t('format.notWithinHorizon')
          : t('format.years', { value: formatDecimal(value, language, 2) }),
      number: (value, digits) => formatDecimal(value, language, digits),
      compact: (value) =>
        scaled || yuanInChinese
          ? axisFormat(language).format(new Dec(value).div(factor).toNumber())
          : compactFormat(language).format(value),
    };
  }, [t, language, currency, scale]);
}
