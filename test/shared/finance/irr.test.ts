import type Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countSignChanges,
  Dec,
  decimalArithmetic as A,
  floatArithmetic as F,
  irr,
  irrMayNotBeUnique,
  mirr,
  modifiedIrr,
  presentValue,
  presentValueAtPeriods,
  solveIrr,
  solveIrrAtPeriods,
  type IrrResult,
} from '../../../shared/finance';
import {
  anyFlows,
  conventionalFlows,
  decimals,
  expectClose,
  expectFinanceError,
  positiveAmount,
  RUNS,
  termSize,
} from './helpers';

function foundRate<N>(result: IrrResult<N>): N {
  if (!result.found) throw new Error(`expected an IRR, got ${result.reason}`);
  return result.rate;
}

/**
 * Flows whose IRRs are exactly `rates` (and no others): the coefficients of
 * scale · Π (1 − (1+r)·x) in the discount factor x = 1/(1+r).
 */
function flowsWithRates(rates: readonly Decimal[], scale: Decimal = new Dec(1)): Decimal[] {
  let coefficients = [scale.neg()];
  for (const r of rates) {
    const root = r.plus(1).neg();
    const next = Array.from({ length: coefficients.length + 1 }, () => new Dec(0));
    coefficients.forEach((c, i) => {
      next[i] = (next[i] as Decimal).plus(c);
      next[i + 1] = (next[i + 1] as Decimal).plus(c.times(root));
    });
    coefficients = next;
  }
  return coefficients;
}

describe('solveIrr on rates known exactly', () => {
  it('finds them to far below 1e-20 in Decimal and to 1e-12 in floats', () => {
    const cases: [Decimal.Value[], string][] = [
      [[-100, 110], '0.1'],
      [[-1000, 70, 70, 1070], '0.07'], // a bond bought at par
      [[-1, 0, 0, '1.225043'], '0.07'], // 1.07³
      [[0, 0, -100, 110, 0], '0.1'], // leading and trailing zeros move nothing
      [[-100, 50], '-0.5'],
      [[-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1024], '1'], // 2¹⁰
    ];
    for (const [flows, exact] of cases) {
      const decimal = solveIrr(A, decimals(flows));
      expect(decimal).toMatchObject({ found: true, unique: true });
      expectClose(foundRate(decimal), exact, '1e-25');
      expectClose(foundRate(solveIrr(F, flows.map(Number))), exact, '1e-12');
    }
  });

  it('converges from a guess far from the root (the bracketing fallback)', () => {
    expectClose(foundRate(solveIrr(A, decimals([-100, 110]), new Dec(1e6))), '0.1', '1e-25');
    expectClose(
      foundRate(solveIrr(A, decimals([-100, 110]), new Dec('-0.999999'))),
      '0.1',
      '1e-25',
    );
    expectClose(foundRate(solveIrr(F, [-100, 110], 1e9)), '0.1', '1e-12');
    // A root near -100% and one far above 100%.
    expectClose(foundRate(solveIrr(A, decimals([-1e6, 1]))), '-0.999999', '1e-25');
    // (1e120)^(1/20) − 1
    expectClose(
      foundRate(solveIrr(A, decimals([-1, ...Array<number>(19).fill(0), '1e120']))),
      999999,
      '1e-25',
      1e6,
    );
  });

  it('reports flows of one sign as no-sign-change and no real rate as no-root', () => {
    expect(solveIrr(A, decimals([100, 200]))).toEqual({ found: false, reason: 'no-sign-change' });
    expect(solveIrr(F, [0, 0, 0])).toEqual({ found: false, reason: 'no-sign-change' });
    expect(solveIrr(F, [])).toEqual({ found: false, reason: 'no-sign-change' });
    expect(solveIrr(A, decimals([-1, 1, -1]))).toEqual({ found: false, reason: 'no-root' });
    // The rate is −1 + 1e-50: no Decimal of 40 digits tells it from −100 %.
    expect(solveIrr(A, decimals([-1, '1e-50']))).toEqual({ found: false, reason: 'no-root' });
  });

  it('with several IRRs returns the one nearest the guess and says it is not unique', () => {
    // -100 + 230/(1+r) − 132/(1+r)² is zero at 10 % and at 20 %.
    const flows = decimals([-100, 230, -132]);
    const near = (guess: number) => solveIrr(A, flows, new Dec(guess));
    expect(near(0.1)).toMatchObject({ found: true, unique: false });
    expectClose(foundRate(near(0)), '0.1', '1e-25');
    expectClose(foundRate(near(0.14)), '0.1', '1e-25');
    expectClose(foundRate(near(0.16)), '0.2', '1e-25');
    expectClose(foundRate(near(5)), '0.2', '1e-25');
    expectClose(foundRate(solveIrr(F, [-100, 230, -132], 0.16)), '0.2', '1e-12');
  });

  it('finds a rate where NPV touches zero without crossing it', () => {
    // 1 − 2x + x² = (1 − x)²: a double root at x = 1, a rate of 0.
    expectClose(foundRate(solveIrr(A, decimals([1, -2, 1]))), 0, '1e-25');
    expectClose(foundRate(solveIrr(F, [1, -2, 1])), 0, '1e-12');
  });

  it('refuses NaN flows and a guess of -100% or less', () => {
    expectFinanceError(() => solveIrr(F, [-100, Number.NaN, 50]), '#VALUE!', /cash flow\[1\]/);
    expectFinanceError(() => solveIrr(F, [-100, 110], -1), '#NUM!');
    expectFinanceError(
      () => solveIrr(A, decimals([-100, 110]), new Dec(Number.POSITIVE_INFINITY)),
      '#VALUE!',
    );
  });
});

describe('solveIrr properties', () => {
  it('NPV at the IRR found is zero: within 1e-20 of the size of its terms in Decimal', () => {
    fc.assert(
      fc.property(anyFlows(20), (flows) => {
        const result = solveIrr(A, flows);
        if (!result.found) return;
        expectClose(presentValue(A, result.rate, flows), 0, '1e-20', termSize(result.rate, flows));
      }),
      RUNS,
    );
  });

  it('a root is found whenever Descartes or the end signs guarantee one, and unique iff one sign change', () => {
    fc.assert(
      fc.property(anyFlows(20), (flows) => {
        const changes = countSignChanges(A, flows);
        const result = solveIrr(A, flows);
        if (changes === 0) {
          expect(result).toEqual({ found: false, reason: 'no-sign-change' });
          return;
        }
        // An odd number of sign changes means NPV has opposite signs near -100 % and near ∞.
        if (changes % 2 === 1) expect(result.found).toBe(true);
        if (result.found) expect(result.unique).toBe(changes === 1);
        expect(irrMayNotBeUnique(flows)).toBe(changes > 1);
      }),
      RUNS,
    );
  });

  it('with two or three known IRRs, returns the one nearest the guess', () => {
    const gridRate = fc.integer({ min: -80, max: 300 }).map((percent) => new Dec(percent).div(100));
    fc.assert(
      fc.property(
        fc.uniqueArray(gridRate, { minLength: 2, maxLength: 3, comparator: (a, b) => a.eq(b) }),
        fc
          .integer({ min: -95, max: 400 })
          .map((percent) => new Dec(percent).div(100).plus('0.003')),
        positiveAmount(),
        (rates, guess, scale) => {
          const flows = flowsWithRates(rates, scale);
          const distances = rates.map((r) => r.minus(guess).abs()).sort((a, b) => a.cmp(b));
          const nearest = rates.reduce((best, r) =>
            r.minus(guess).abs().lt(best.minus(guess).abs()) ? r : best,
          );
          const result = solveIrr(A, flows, guess);
          expect(result).toMatchObject({ found: true, unique: false });
          expectClose(foundRate(result), nearest, '1e-20', nearest.abs().plus(1));
          if (
            distances.length > 1 &&
            (distances[1] as Decimal).minus(distances[0] as Decimal).gt('1e-6')
          ) {
            const float = solveIrr(F, flows.map(Number), guess.toNumber());
            expectClose(foundRate(float), nearest, '1e-7', nearest.abs().plus(1));
          }
        },
      ),
      RUNS,
    );
  });

  it('the float path agrees with Decimal within 1e-9 relative to 1 + |rate|', () => {
    fc.assert(
      fc.property(conventionalFlows(20), (flows) => {
        const decimal = foundRate(solveIrr(A, flows));
        const float = foundRate(solveIrr(F, flows.map(Number)));
        expectClose(float, decimal, '1e-9', decimal.abs().plus(1));
      }),
      RUNS,
    );
  });
});

describe('solveIrrAtPeriods', () => {
  it('finds the rate of dated flows, and their present value at it is zero', () => {
    // Gaps of at least 30 days keep the rates below 1e150 (a 1e9-fold return in 30 days is 1e110 a year);
    // returns of at least a tenth of the investment keep 1 + rate clear of 0 at float precision.
    fc.assert(
      fc.property(
        conventionalFlows(10)
          .filter(([investment, ...returns]) =>
            returns
              .reduce((sum, x) => sum.plus(x), new Dec(0))
              .times(10)
              .gte((investment as Decimal).abs()),
          )
          .chain((flows) =>
            fc.tuple(
              fc.constant(flows),
              fc.array(fc.integer({ min: 30, max: 800 }), {
                minLength: flows.length - 1,
                maxLength: flows.length - 1,
              }),
            ),
          ),
        ([flows, gaps]) => {
          let day = 0;
          const days = [0, ...gaps.map((gap) => (day += gap))];
          const result = solveIrrAtPeriods(A, flows, days, 365);
          expect(result).toMatchObject({ found: true, unique: true });
          const r = foundRate(result);
          const size = flows.reduce(
            (sum, flow, i) =>
              sum.plus(flow.abs().div(r.plus(1).pow(new Dec(days[i] as number).div(365)))),
            new Dec(0),
          );
          expectClose(presentValueAtPeriods(A, r, flows, days, 365), 0, '1e-20', size);
          const float = foundRate(solveIrrAtPeriods(F, flows.map(Number), days, 365));
          expectClose(float, r, '1e-9', r.abs().plus(1));
        },
      ),
      { ...RUNS, numRuns: 60 },
    );
  });

  it('with one period a year is solveIrr', () => {
    fc.assert(
      fc.property(anyFlows(15), (flows) => {
        const years = flows.map((_, t) => t);
        const yearly = solveIrr(A, flows);
        const periodic = solveIrrAtPeriods(A, flows, years, 1);
        expect(periodic.found).toBe(yearly.found);
        if (periodic.found && yearly.found) {
          expect(periodic.unique).toBe(yearly.unique);
          expectClose(periodic.rate, yearly.rate, '1e-25', yearly.rate.abs().plus(1));
        }
      }),
      { ...RUNS, numRuns: 50 },
    );
  });

  it('takes periods in any order, merges flows on the same period and refuses negative periods', () => {
    expectClose(foundRate(solveIrrAtPeriods(F, [110, -60, -40], [12, 0, 0], 12)), '0.1', '1e-12');
    // 1.21 after two half-years of 10 %: 21 % a year.
    expectClose(
      foundRate(solveIrrAtPeriods(A, decimals([-1, '1.21']), [0, 2], 2)),
      '0.21',
      '1e-25',
    );
    expectFinanceError(() => solveIrrAtPeriods(F, [-100, 110], [0, -1], 365), '#NUM!');
    expectFinanceError(() => solveIrrAtPeriods(F, [-100, 110], [0, 0.5], 365), '#NUM!');
    expectFinanceError(() => solveIrrAtPeriods(F, [-100, 110], [0], 365), '#NUM!');
    expectFinanceError(() => solveIrrAtPeriods(F, [-100, 110], [0, 1], 0), '#NUM!');
  });
});

describe('irrMayNotBeUnique', () => {
  it('is true when the flows change sign more than once', () => {
    expect(irrMayNotBeUnique([-100, 50, 60])).toBe(false);
    expect(irrMayNotBeUnique([-100, 0, 60, 0])).toBe(false);
    expect(irrMayNotBeUnique([-100, 230, -132])).toBe(true);
    expect(irrMayNotBeUnique(['-100', '230', '0', '-132'])).toBe(true);
    expect(irrMayNotBeUnique(F, [-100, 230, -132])).toBe(true);
    expect(irrMayNotBeUnique(A, decimals([100, 200]))).toBe(false);
  });
});

describe('modifiedIrr', () => {
  it('is the rate that grows the financed outlay into the reinvested returns over n − 1 years', () => {
    fc.assert(
      fc.property(
        anyFlows(15),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: -50, max: 50 }),
        (flows, f, g) => {
          const financeRate = new Dec(f).div(100);
          const reinvestRate = new Dec(g).div(100);
          const result = modifiedIrr(A, flows, financeRate, reinvestRate);
          const hasBoth =
            flows.some((x) => x.isNegative() && !x.isZero()) &&
            flows.some((x) => x.isPositive() && !x.isZero());
          expect(result !== null).toBe(hasBoth);
          if (result === null) return;
          const n = flows.length - 1;
          const outlay = flows.reduce(
            (sum, x, t) => (x.isNegative() ? sum.minus(x.div(financeRate.plus(1).pow(t))) : sum),
            new Dec(0),
          );
          const returns = flows.reduce(
            (sum, x, t) =>
              x.isPositive() ? sum.plus(x.times(reinvestRate.plus(1).pow(n - t))) : sum,
            new Dec(0),
          );
          expectClose(outlay.times(result.plus(1).pow(n)), returns, '1e-30', returns);
          expectClose(mirr(flows, financeRate, reinvestRate), result, 0);
          const float = modifiedIrr(
            F,
            flows.map(Number),
            financeRate.toNumber(),
            reinvestRate.toNumber(),
          );
          expectClose(float ?? Number.NaN, result, '1e-9', result.abs().plus(1));
        },
      ),
      RUNS,
    );
  });

  it('is null where the spreadsheet errs', () => {
    expect(modifiedIrr(F, [100, 200], 0.1, 0.1)).toBeNull();
    expect(modifiedIrr(F, [-100, 200], -1, 0.1)).toBeNull();
    expect(modifiedIrr(F, [-100], 0.1, 0.1)).toBeNull();
  });
});

describe('spreadsheet IRR', () => {
  it('is solveIrr in Decimal', () => {
    fc.assert(
      fc.property(conventionalFlows(15), (flows) => {
        expect(irr(flows).eq(foundRate(solveIrr(A, flows)))).toBe(true);
      }),
      { ...RUNS, numRuns: 50 },
    );
  });
});
