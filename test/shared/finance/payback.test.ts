import type Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Dec,
  decimalArithmetic as A,
  discountedPayback,
  discountFlows,
  floatArithmetic as F,
  payback,
  type PaybackResult,
} from '../../../shared/finance';
import {
  anyFlows,
  conventionalFlows,
  decimals,
  expectClose,
  expectFinanceError,
  rate,
  RUNS,
} from './helpers';

function years(result: PaybackResult<Decimal>): Decimal {
  if (!result.within) throw new Error('expected a payback within the horizon');
  return result.years;
}

function cumulative(flows: readonly Decimal[]): Decimal[] {
  let sum = new Dec(0);
  return flows.map((flow) => (sum = sum.plus(flow)));
}

describe('payback', () => {
  it('interpolates linearly inside the year in which the cumulative flow turns non-negative', () => {
    // Cumulative: -1000, -700, -300, +200: recovered 300/500 into year 3.
    expect(years(payback(A, decimals([-1000, 300, 400, 500]))).eq('2.6')).toBe(true);
    // Exactly recovered at the end of year 2.
    expect(years(payback(A, decimals([-1000, 500, 500, 100]))).eq(2)).toBe(true);
    expect(payback(F, [-1000, 300, 400, 500])).toEqual({ within: true, years: 2.6 });
    // An investment spread over years 0 and 1.
    expect(years(payback(A, decimals([-600, -400, 800, 800]))).eq('2.25')).toBe(true);
  });

  it('is 0 when the cumulative flow is never negative, and not a number when it stays negative', () => {
    expect(years(payback(A, decimals([0, 100, -50]))).isZero()).toBe(true);
    expect(payback(A, decimals([-1000, 100, 100]))).toEqual({ within: false });
    expect(payback(F, [-1])).toEqual({ within: false });
  });

  it('counts the first recovery, even if the cumulative flow dips again later', () => {
    expect(years(payback(A, decimals([-100, 150, -200, 300]))).eq(new Dec(100).div(150))).toBe(
      true,
    );
  });

  it('discounted payback uses the discounted flows, year 0 undiscounted', () => {
    // At 10 %: -1000, 545.45…, 495.86…; cumulative -454.54… after year 1, recovered 11/12 into year 2.
    expectClose(
      years(discountedPayback(A, new Dec('0.1'), decimals([-1000, 600, 600]))),
      new Dec(23).div(12),
      '1e-35',
    );
    expect(discountedPayback(A, new Dec('0.5'), decimals([-1000, 600, 600]))).toEqual({
      within: false,
    });
  });

  it('refuses NaN', () => {
    expectFinanceError(() => payback(F, [-1, Number.NaN]), '#VALUE!');
  });
});

describe('payback properties', () => {
  it('is where the piecewise-linear cumulative flow first reaches zero', () => {
    fc.assert(
      fc.property(anyFlows(), (flows) => {
        const sums = cumulative(flows);
        const firstNegative = sums.findIndex((sum) => sum.isNegative() && !sum.isZero());
        const result = payback(A, flows);
        if (firstNegative < 0) {
          expect(result).toEqual({ within: true, years: new Dec(0) });
          return;
        }
        const recovered = sums.findIndex((sum, t) => t > firstNegative && !sum.isNegative());
        if (recovered < 0) {
          expect(result).toEqual({ within: false });
          return;
        }
        const found = years(result);
        // Inside year `recovered`: after the end of year recovered − 1, at most its end.
        expect(found.gt(recovered - 1) && found.lte(recovered)).toBe(true);
        // The cumulative flow drawn as a straight line across that year is zero there.
        const before = sums[recovered - 1] as Decimal;
        const slope = flows[recovered] as Decimal;
        const atPayback = before.plus(found.minus(recovered - 1).times(slope));
        expectClose(atPayback, 0, '1e-35', before.abs().plus(slope.abs().times(recovered)));
      }),
      RUNS,
    );
  });

  it('is unchanged when every flow is scaled by k > 0', () => {
    const k = fc
      .tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }))
      .map(([digits, places]) => new Dec(digits).div(10 ** places));
    fc.assert(
      fc.property(anyFlows(), k, (flows, factor) => {
        const original = payback(A, flows);
        const scaled = payback(
          A,
          flows.map((flow) => flow.times(factor)),
        );
        expect(scaled.within).toBe(original.within);
        // Products of short decimals are exact, and so is the one division: equal to the last digit.
        if (scaled.within && original.within) expect(scaled.years.eq(original.years)).toBe(true);
      }),
      RUNS,
    );
  });

  it('discounted payback is the payback of the discounted flows', () => {
    fc.assert(
      fc.property(rate(-50, 100), anyFlows(), (r, flows) => {
        expect(discountedPayback(A, r, flows)).toEqual(payback(A, discountFlows(A, r, flows)));
      }),
      RUNS,
    );
  });

  it('for an investment followed by returns, discounting at a positive rate never brings payback sooner', () => {
    fc.assert(
      fc.property(rate(0, 50), conventionalFlows(), (r, flows) => {
        const discounted = discountedPayback(A, r, flows);
        const plain = payback(A, flows);
        if (discounted.within) {
          expect(plain.within).toBe(true);
          if (plain.within) expect(discounted.years.gte(plain.years)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('float and Decimal agree within 1e-9 relative', () => {
    const wholeFlows = fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), {
      minLength: 1,
      maxLength: 26,
    });
    fc.assert(
      fc.property(wholeFlows, (flows) => {
        const decimal = payback(A, decimals(flows));
        const float = payback(F, flows);
        expect(float.within).toBe(decimal.within);
        if (float.within && decimal.within)
          expectClose(float.years, decimal.years, '1e-9', decimal.years.plus(1));
      }),
      RUNS,
    );
  });
});
