import type Decimal from 'decimal.js';
import { Dec, type DecimalInput } from './decimal';
import { FinanceError } from './errors';

/** `type` of the loan functions: 0 = payment at the end of each period, 1 = at the beginning. */
export type PaymentTiming = 0 | 1;

// Plain decimal notation only: decimal.js would also take '0x1F', '0b101' and 'Infinity'.
const DECIMAL_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** An amount or rate argument of a spreadsheet function, as a finite Decimal, or #VALUE!. */
export function decimalArgument(value: DecimalInput, fn: string, name: string): Decimal {
  let result: Decimal | undefined;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) result = new Dec(value);
  } else if (typeof value === 'string') {
    if (DECIMAL_STRING.test(value)) result = new Dec(value);
  } else if (Dec.isDecimal(value)) {
    result = new Dec(value);
  }
  if (result === undefined || !result.isFinite()) {
    throw new FinanceError(
      '#VALUE!',
      `${fn}: ${name} must be a finite number, got ${describe(value)}`,
    );
  }
  return result;
}

export function decimalListArgument(
  values: readonly DecimalInput[],
  fn: string,
  name: string,
): Decimal[] {
  if (!Array.isArray(values)) {
    throw new FinanceError(
      '#VALUE!',
      `${fn}: ${name} must be a list of numbers, got ${describe(values)}`,
    );
  }
  return values.map((value, index) => decimalArgument(value, fn, `${name}[${index}]`));
}

export function timingArgument(value: PaymentTiming, fn: string): PaymentTiming {
  // Excel reads any non-zero type as 1; a 2 here is a caller's mistake, so it is refused instead.
  if (value !== 0 && value !== 1) {
    throw new FinanceError(
      '#NUM!',
      `${fn}: type must be 0 (end of period) or 1 (beginning), got ${describe(value)}`,
    );
  }
  return value;
}

/** A result of decimal.js that overflowed or divided by zero (Infinity, NaN) is the spreadsheet's #NUM!. */
export function finiteResult(value: Decimal, fn: string): Decimal {
  if (!value.isFinite())
    throw new FinanceError('#NUM!', `${fn} has no finite result for these arguments`);
  // -0 would print as "-0" in some formatters.
  return value.isZero() ? new Dec(0) : value;
}
