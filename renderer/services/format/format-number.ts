import { Dec } from '../../../shared/finance/decimal';
import { SCALE_DIGITS, SCALE_FACTOR, type AmountScale } from '../../../shared/i18n/amount-scale';

/*
 * Display formatting. Figures stay Decimal until here; they are rounded once, half away from zero
 * as accounts are, by Decimal, and only the rounded decimal string is handed to Intl (which
 * formats strings exactly), so no binary float ever touches a displayed figure.
 */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** `value` rounded to `digits` places as a decimal string Intl takes as-is; never "-0". */
function rounded(value: Dec, digits: number): `${number}` {
  const result = value.toDecimalPlaces(digits, Dec.ROUND_HALF_UP);
  return (result.isZero() ? new Dec(0) : result).toFixed(digits) as `${number}`;
}

/** Decimal places a currency is written with (2 for CNY, 0 for JPY). */
export function currencyDigits(locale: string, currency: string): number {
  return (
    formatter(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

export interface AmountFormat {
  readonly locale: string;
  /** ISO 4217 code from the scenario, CNY by default. */
  readonly currency: string;
  readonly scale: AmountScale;
}

/** An amount in a scale other than the yuan, as a plain number in that unit (`123.45`). */
function formatScaled(value: Dec, locale: string, scale: AmountScale): string {
  return formatDecimal(value.div(SCALE_FACTOR[scale]), locale, SCALE_DIGITS[scale]);
}

/**
 * An amount with its currency (`¥1,234.50`), or in 万元 / 亿元 as a plain number (`123.45`) for
 * the caller to label with the unit; 万元 keep two decimals (to the hundred yuan), 亿元 four.
 */
export function formatAmount(value: Dec, format: AmountFormat): string {
  if (format.scale !== 'unit') return formatScaled(value, format.locale, format.scale);
  const digits = currencyDigits(format.locale, format.currency);
  return formatter(format.locale, {
    style: 'currency',
    currency: format.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(rounded(value, digits));
}

/** An amount without its currency sign, for table cells under a header that names the unit. */
export function formatAmountPlain(value: Dec, format: AmountFormat): string {
  if (format.scale !== 'unit') return formatScaled(value, format.locale, format.scale);
  return formatDecimal(value, format.locale, currencyDigits(format.locale, format.currency));
}

/** A number with exactly `digits` decimals and the locale's grouping (`1,234.50`). */
export function formatDecimal(value: Dec, locale: string, digits: number): string {
  return formatter(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(rounded(value, digits));
}

/**
 * A decimal fraction as a percentage: 0.0825 → `8.25%`; with `minimumDigits` 0, trailing zeros
 * go (0.25 → `25%`), as in a sentence rather than a column.
 */
export function formatPercent(
  fraction: Dec,
  locale: string,
  digits = 2,
  minimumDigits = digits,
): string {
  const percent = new Dec(rounded(fraction.mul(100), digits));
  return formatter(locale, {
    style: 'percent',
    minimumFractionDigits: minimumDigits,
    maximumFractionDigits: digits,
  }).format(rounded(percent.div(100), digits + 2));
}

/**
 * The text an amount input shows for a stored amount: grouped as the locale groups, every stored
 * decimal kept (the file allows six), so that reading a value back never changes it.
 */
export function amountInputText(value: string, locale: string, scale: AmountScale): string {
  const number = new Dec(value);
  const shown = number.div(SCALE_FACTOR[scale]);
  return formatter(locale, { maximumFractionDigits: 20 }).format(shown.toFixed() as `${number}`);
}

/** The text a percentage input shows for a stored fraction: 0.25 → `25`. */
export function percentInputText(fraction: string, locale: string): string {
  const percent = new Dec(fraction).mul(100);
  return formatter(locale, { maximumFractionDigits: 20, useGrouping: false }).format(
    percent.toFixed() as `${number}`,
  );
}

/** The text a plain decimal input shows (a factor such as 1.5): every decimal, no grouping. */
export function decimalInputText(value: string, locale: string): string {
  return formatter(locale, { maximumFractionDigits: 20, useGrouping: false }).format(
    new Dec(value).toFixed() as `${number}`,
  );
}
