import Decimal from 'decimal.js';

/**
 * The one Decimal constructor every figure in Yardstick is computed with.
 *
 * 40 significant digits keep discount factors over a 40-year horizon and sums of hundreds of
 * items exact to far below a cent; a clone keeps the app's settings from leaking into (or being
 * changed by) any other user of decimal.js in the same process. Exponential notation is pushed
 * out so that `toString()` of an amount is always a plain decimal string, as the file format wants.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = Decimal;

/** Anything a finance function accepts as an amount or a rate. */
export type DecimalInput = Decimal.Value;

export function dec(value: DecimalInput): Decimal {
  return new Dec(value);
}
