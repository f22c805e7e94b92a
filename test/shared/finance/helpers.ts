import type Decimal from 'decimal.js';
import fc from 'fast-check';
import { expect } from 'vitest';
import { Dec, FinanceError, type FinanceErrorCode } from '../../../shared/finance';

/** Rounds half up to the places a documentation page shows, then compares the text. */
export function expectRounded(actual: Decimal, expected: string): void {
  const places = expected.includes('.') ? expected.length - expected.indexOf('.') - 1 : 0;
  expect(actual.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places)).toBe(expected);
}

/** |actual − expected| <= tolerance · max(scale, 1e-300): tolerances are stated where they are used. */
export function expectClose(
  actual: Decimal.Value,
  expected: Decimal.Value,
  tolerance: Decimal.Value,
  scale: Decimal.Value = 1,
): void {
  const difference = new Dec(actual).minus(expected).abs();
  const allowed = new Dec(tolerance).times(Dec.max(new Dec(scale).abs(), '1e-300'));
  if (!difference.lte(allowed)) {
    throw new Error(
      `expected ${new Dec(actual).toString()} to be within ${allowed.toExponential(3)} of ${new Dec(expected).toString()} (off by ${difference.toExponential(3)})`,
    );
  }
}

export function expectFinanceError(
  run: () => unknown,
  code: FinanceErrorCode,
  message?: RegExp,
): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(FinanceError);
  expect((caught as FinanceError).code).toBe(code);
  if (message) expect((caught as FinanceError).message).toMatch(message);
}

export function decimals(values: readonly Decimal.Value[]): Decimal[] {
  return values.map((value) => new Dec(value));
}

/** Amounts in cents up to ±10 million: what a scenario file holds. */
export const amount = (max = 1_000_000_000): fc.Arbitrary<Decimal> =>
  fc.integer({ min: -max, max }).map((cents) => new Dec(cents).div(100));

export const positiveAmount = (max = 1_000_000_000): fc.Arbitrary<Decimal> =>
  fc.integer({ min: 1, max }).map((cents) => new Dec(cents).div(100));

/** A rate in basis points from `min` to `max` percent. */
export const rate = (minPercent: number, maxPercent: number): fc.Arbitrary<Decimal> =>
  fc.integer({ min: minPercent * 100, max: maxPercent * 100 }).map((bp) => new Dec(bp).div(10_000));

/** An investment (negative) followed by returns (not negative): one sign change, so one IRR. */
export const conventionalFlows = (maxYears = 25): fc.Arbitrary<Decimal[]> =>
  fc
    .tuple(
      positiveAmount(),
      fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: maxYears }),
    )
    .filter(([, returns]) => returns.some((cents) => cents > 0))
    .map(([investment, returns]) => [
      investment.neg(),
      ...returns.map((cents) => new Dec(cents).div(100)),
    ]);

/** Flows of any signs, zeros included. */
export const anyFlows = (maxYears = 25): fc.Arbitrary<Decimal[]> =>
  fc.array(fc.oneof(amount(), fc.constant(new Dec(0))), { minLength: 1, maxLength: maxYears + 1 });

/** Σ |flows[t]| / (1+rate)^t: the size of an NPV's terms, against which its rounding is judged. */
export function termSize(rateValue: Decimal, flows: readonly Decimal[]): Decimal {
  const base = rateValue.plus(1);
  return flows.reduce((sum, flow, t) => sum.plus(flow.abs().div(base.pow(t))), new Dec(0));
}

/**
 * 150 generated cases a property. The time limit only matters when a property fails and fast-check
 * shrinks the counterexample: it then reports the smallest one found so far instead of running on.
 */
export const RUNS = { numRuns: 150, interruptAfterTimeLimit: 10_000 } as const;
