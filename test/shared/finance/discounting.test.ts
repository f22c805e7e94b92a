import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Dec,
  decimalArithmetic as A,
  discountFactors,
  discountFlows,
  floatArithmetic as F,
  presentValue,
  presentValueAtPeriods,
} from '../../../shared/finance';
import {
  anyFlows,
  decimals,
  expectClose,
  expectFinanceError,
  rate,
  RUNS,
  termSize,
} from './helpers';

describe('discountFactors', () => {
  it('are 1/(1+r)^t for t = 0..years, the first exactly 1', () => {
    const factors = discountFactors(A, new Dec('0.1'), 3);
    expect(factors.map(String)).toEqual([
      '1',
      new Dec(1).div('1.1').toString(),
      new Dec(1).div('1.21').toString(),
      new Dec(1).div('1.331').toString(),
    ]);
    expect(discountFactors(F, 0.25, 2)).toEqual([1, 0.8, 0.64]);
  });

  it('refuses a rate of -100% and a fractional number of years', () => {
    expectFinanceError(() => discountFactors(A, new Dec(-1), 3), '#DIV/0!');
    expectFinanceError(() => discountFactors(F, 0.1, 2.5), '#NUM!');
    expectFinanceError(() => discountFactors(F, Number.NaN, 2), '#VALUE!');
  });
});

describe('presentValue', () => {
  it('does not discount year 0', () => {
    // -1000 now, 1100 in a year at 10 %: exactly break-even.
    expect(presentValue(A, new Dec('0.1'), decimals([-1000, 1100])).isZero()).toBe(true);
    expect(presentValue(A, new Dec('0.1'), decimals([-1000, 550, 605])).isZero()).toBe(true);
    expect(presentValue(F, 0.5, [100])).toBe(100);
  });

  it('is the sum of the discounted flows, in order, to the last digit', () => {
    fc.assert(
      fc.property(rate(-50, 100), anyFlows(), (r, flows) => {
        const total = discountFlows(A, r, flows).reduce((sum, flow) => sum.plus(flow), new Dec(0));
        expect(presentValue(A, r, flows).eq(total)).toBe(true);
      }),
      RUNS,
    );
  });

  it('equals Σ flow / (1+r)^t computed directly', () => {
    fc.assert(
      fc.property(rate(-50, 100), anyFlows(), (r, flows) => {
        const direct = flows.reduce(
          (sum, flow, t) => sum.plus(flow.div(r.plus(1).pow(t))),
          new Dec(0),
        );
        expectClose(presentValue(A, r, flows), direct, '1e-35', termSize(r, flows));
      }),
      RUNS,
    );
  });

  it('float and Decimal agree within 1e-9 relative to the size of the terms', () => {
    fc.assert(
      fc.property(rate(-50, 100), anyFlows(), (r, flows) => {
        const float = presentValue(F, r.toNumber(), flows.map(Number));
        expectClose(float, presentValue(A, r, flows), '1e-9', termSize(r, flows));
      }),
      RUNS,
    );
  });

  it('refuses a rate of -100% and NaN flows', () => {
    expectFinanceError(() => presentValue(A, new Dec(-1), decimals([1, 2])), '#DIV/0!');
    expectFinanceError(() => presentValue(F, 0.1, [1, Number.NaN]), '#VALUE!');
  });
});

describe('presentValueAtPeriods', () => {
  it('with one period a year is presentValue', () => {
    fc.assert(
      fc.property(rate(-50, 100), anyFlows(), (r, flows) => {
        const years = flows.map((_, t) => t);
        expectClose(
          presentValueAtPeriods(A, r, flows, years, 1),
          presentValue(A, r, flows),
          '1e-35',
          termSize(r, flows),
        );
      }),
      RUNS,
    );
  });

  it('discounts 12 monthly periods like one year, and 6 like half of one', () => {
    const r = new Dec('0.21');
    expectClose(presentValueAtPeriods(A, r, decimals([121]), [12], 12), 100, '1e-35');
    expectClose(presentValueAtPeriods(A, r, decimals([110]), [6], 12), 100, '1e-35');
    expectClose(presentValueAtPeriods(F, 0.21, [110], [6], 12), 100, '1e-12');
  });

  it('refuses unequal lengths, fractional periods and rates of -100% or less within the year', () => {
    expectFinanceError(() => presentValueAtPeriods(F, 0.1, [1, 2], [0], 1), '#NUM!');
    expectFinanceError(() => presentValueAtPeriods(F, 0.1, [1], [0.5], 1), '#NUM!');
    expectFinanceError(() => presentValueAtPeriods(F, -1.5, [1], [3], 12), '#NUM!');
    expectFinanceError(() => presentValueAtPeriods(F, 0.1, [1], [3], 0), '#NUM!');
  });
});
