import type Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ddb,
  Dec,
  decimalArithmetic as A,
  DEPRECIATION_METHODS,
  depreciationSchedule,
  floatArithmetic as F,
  syd,
  type DepreciationMethod,
} from '../../../shared/finance';
import { decimals, expectClose, expectFinanceError, RUNS } from './helpers';

const sum = (values: readonly Decimal[]): Decimal =>
  values.reduce((total, value) => total.plus(value), new Dec(0));

function schedule(
  method: DepreciationMethod,
  cost: Decimal.Value,
  salvage: Decimal.Value,
  life: number,
  factor?: Decimal.Value,
): Decimal[] {
  return depreciationSchedule(A, {
    method,
    cost: new Dec(cost),
    salvage: new Dec(salvage),
    life,
    ...(factor === undefined ? {} : { factor: new Dec(factor) }),
  });
}

/** Cost in cents up to 100 million, salvage a share of it, life up to 40 years, factor 0.5 to 4. */
const asset = fc.record({
  method: fc.constantFrom(...DEPRECIATION_METHODS),
  cost: fc.integer({ min: 0, max: 10_000_000_000 }).map((cents) => new Dec(cents).div(100)),
  salvageShare: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })),
  life: fc.integer({ min: 1, max: 40 }),
  factor: fc.integer({ min: 2, max: 16 }).map((quarters) => new Dec(quarters).div(4)),
});

function inputOf({
  method,
  cost,
  salvageShare,
  life,
  factor,
}: typeof asset extends fc.Arbitrary<infer T> ? T : never) {
  const salvage = cost.times(salvageShare).div(10_000).toDecimalPlaces(2, Dec.ROUND_DOWN);
  return { method, cost, salvage, life, ...(method === 'declining-balance' ? { factor } : {}) };
}

describe('depreciationSchedule', () => {
  it('straight line: equal years, the rounding residue in the last', () => {
    expect(schedule('straight-line', 1000, 100, 3).map(String)).toEqual(['300', '300', '300']);
    const thirds = schedule('straight-line', 1000, 0, 3);
    expect(thirds[0]?.eq(thirds[1] as Decimal)).toBe(true);
    expectClose(thirds[0] as Decimal, new Dec(1000).div(3), '1e-35');
    expect(sum(thirds).eq(1000)).toBe(true);
  });

  it('sum of years digits matches SYD year by year (SYD example values: 300000, 75000, 10 years)', () => {
    const years = schedule('sum-of-years-digits', 300000, 75000, 10);
    expect(years).toHaveLength(10);
    years.forEach((amount, i) =>
      expectClose(amount, syd(300000, 75000, 10, i + 1), '1e-34', 300000),
    );
  });

  it('double declining balance matches DDB while DDB is larger than straight line (2400, 300, 10 years)', () => {
    schedule('double-declining-balance', 2400, 300, 10).forEach((amount, i) =>
      expectClose(amount, ddb(2400, 300, 10, i + 1), '1e-34', 2400),
    );
    // Salvage stops the charges: 4000, 2400, 1440, 864 and the 296 left above salvage.
    expect(schedule('double-declining-balance', 10000, 1000, 5).map(String)).toEqual([
      '4000',
      '2400',
      '1440',
      '864',
      '296',
    ]);
  });

  it('declining methods switch to straight line once it is larger, as VDB does', () => {
    // Year 4: 40 % of 2160 is 864 < 2160 / 2 = 1080, so the last two years take 1080 each.
    expect(schedule('double-declining-balance', 10000, 0, 5).map(String)).toEqual([
      '4000',
      '2400',
      '1440',
      '1080',
      '1080',
    ]);
    // 150 % declining over 5 years, 30 % a year: in year 3, 30 % of 4900 is 1470 < 4900 / 3, so the
    // last three years take 1633.33… each (VDB(10000, 0, 5, 2, 3, 1.5) is 1633.33).
    const declining = schedule('declining-balance', 10000, 0, 5, 1.5);
    expect(declining.slice(0, 2).map(String)).toEqual(['3000', '2100']);
    declining
      .slice(2)
      .forEach((amount) => expectClose(amount, new Dec(4900).div(3), '1e-34', 10000));
    expect(schedule('declining-balance', 10000, 0, 5).map(String)).toEqual(
      schedule('double-declining-balance', 10000, 0, 5).map(String),
    );
  });

  it('charges everything above salvage in year 1 when factor / life is 1 or more', () => {
    expect(schedule('declining-balance', 1000, 100, 2, 3).map(String)).toEqual(['900', '0']);
    expect(schedule('straight-line', 1000, 100, 1).map(String)).toEqual(['900']);
  });

  it('refuses what no schedule can be made of', () => {
    expectFinanceError(
      () => schedule('straight-line', 1000, 0, 0),
      '#NUM!',
      /life must be a whole number/,
    );
    expectFinanceError(() => schedule('straight-line', 1000, 0, 2.5), '#NUM!', /life/);
    expectFinanceError(
      () => schedule('straight-line', 1000, 1001, 5),
      '#NUM!',
      /salvage value must not exceed cost/,
    );
    expectFinanceError(
      () => schedule('straight-line', 1000, -1, 5),
      '#NUM!',
      /salvage value must not be negative/,
    );
    expectFinanceError(() => schedule('straight-line', 1000, 0, 5, 2), '#NUM!', /factor/);
    expectFinanceError(
      () => schedule('double-declining-balance', 1000, 0, 5, 1.5),
      '#NUM!',
      /factor of 2/,
    );
    expectFinanceError(() => schedule('declining-balance', 1000, 0, 5, 0), '#NUM!', /factor/);
    expectFinanceError(
      () => schedule('units' as DepreciationMethod, 1000, 0, 5),
      '#NUM!',
      /unknown method/,
    );
    expectFinanceError(
      () =>
        depreciationSchedule(F, { method: 'straight-line', cost: Number.NaN, salvage: 0, life: 5 }),
      '#VALUE!',
    );
  });
});

describe('depreciationSchedule properties', () => {
  it('sums exactly to cost − salvage for every method (Decimal equality)', () => {
    fc.assert(
      fc.property(asset, (generated) => {
        const input = inputOf(generated);
        const amounts = depreciationSchedule(A, input);
        expect(amounts).toHaveLength(input.life);
        expect(sum(amounts).eq(input.cost.minus(input.salvage))).toBe(true);
      }),
      RUNS,
    );
  });

  it('sums exactly also for amounts with many digits', () => {
    const digits = fc
      .bigInt({ min: 1n, max: 10n ** 30n })
      .map((n) => new Dec(n.toString()).div(new Dec(10).pow(12)));
    fc.assert(
      fc.property(
        fc.constantFrom(...DEPRECIATION_METHODS),
        digits,
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 50 }),
        (method, cost, share, life) => {
          // A salvage of share/97 of the cost: a fraction with no end in decimal.
          const salvage = cost.times(share).div(97).div(2);
          const amounts = depreciationSchedule(A, { method, cost, salvage, life });
          expect(sum(amounts).eq(cost.minus(salvage))).toBe(true);
          // In any order: every partial sum stays on the grid, so none rounds.
          expect(sum([...amounts].reverse()).eq(cost.minus(salvage))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('charges nothing negative and never takes the book value below salvage', () => {
    fc.assert(
      fc.property(asset, (generated) => {
        const input = inputOf(generated);
        let book = input.cost;
        for (const amount of depreciationSchedule(A, input)) {
          expect(amount.isNegative() && !amount.isZero()).toBe(false);
          book = book.minus(amount);
          expect(book.gte(input.salvage)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('declining methods charge at least straight line over the remaining life, and at most factor / life of the book value or that', () => {
    fc.assert(
      fc.property(
        asset.filter(
          ({ method }) => method === 'declining-balance' || method === 'double-declining-balance',
        ),
        (generated) => {
          const input = inputOf(generated);
          const rate = (input.method === 'declining-balance' ? generated.factor : new Dec(2)).div(
            input.life,
          );
          let book = input.cost;
          depreciationSchedule(A, input).forEach((amount, i) => {
            const straight = book.minus(input.salvage).div(input.life - i);
            expect(amount.gte(straight.minus('1e-25'))).toBe(true);
            expect(amount.lte(Dec.max(book.times(rate), straight).plus('1e-25'))).toBe(true);
            book = book.minus(amount);
          });
        },
      ),
      RUNS,
    );
  });

  it('float and Decimal agree within 1e-9 of the cost', () => {
    fc.assert(
      fc.property(asset, (generated) => {
        const input = inputOf(generated);
        const decimal = depreciationSchedule(A, input);
        const float = depreciationSchedule(F, {
          method: input.method,
          cost: input.cost.toNumber(),
          salvage: input.salvage.toNumber(),
          life: input.life,
          ...('factor' in input && input.factor ? { factor: input.factor.toNumber() } : {}),
        });
        float.forEach((amount, i) =>
          expectClose(amount, decimal[i] as Decimal, '1e-9', input.cost.plus(1)),
        );
      }),
      RUNS,
    );
  });

  it('are the same schedule for the same input given as numbers or Decimals', () => {
    expect(
      depreciationSchedule(F, { method: 'sum-of-years-digits', cost: 1500, salvage: 0, life: 5 }),
    ).toEqual([500, 400, 300, 200, 100]);
    expect(schedule('sum-of-years-digits', 1500, 0, 5).map(String)).toEqual(
      decimals([500, 400, 300, 200, 100]).map(String),
    );
  });
});
