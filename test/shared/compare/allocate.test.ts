import type Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateBudget,
  type AllocationCandidate,
  type AllocationOptions,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance';

/*
 * The allocator against brute force: every subset of up to ten applicants is tried, the best total
 * found, and among the best the one the tie rule names — applicants with more objective per yuan
 * first, equal ratios in ranking order — so both the total and the exact list are checked.
 */

const candidate = (
  id: string,
  request: string | number,
  value: string | number,
): AllocationCandidate => ({
  id,
  request: new Dec(request),
  value: new Dec(value),
});

const options = (
  budget: string | number,
  extra: Partial<AllocationOptions> = {},
): AllocationOptions => ({
  budget: new Dec(budget),
  valueUnit: new Dec(1),
  ...extra,
});

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

/** The best selection by brute force, and the one the tie rule picks among the best. */
function bruteForce(candidates: readonly AllocationCandidate[], budget: Decimal) {
  const usable = candidates
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.request.gt(0) && c.value.gt(0) && !c.excluded);
  // Tie-rule order: value per yuan descending, then ranking (input) order.
  const order = [...usable].sort(
    (a, b) => b.c.value.div(b.c.request).cmp(a.c.value.div(a.c.request)) || a.index - b.index,
  );
  let best: { value: Decimal; key: string; chosen: number[] } | null = null;
  for (let mask = 0; mask < 1 << order.length; mask += 1) {
    const chosen = order.filter((_, bit) => mask & (1 << bit));
    const cost = chosen.reduce((sum, { c }) => sum.plus(c.request), new Dec(0));
    if (cost.gt(budget)) continue;
    const value = chosen.reduce((sum, { c }) => sum.plus(c.value), new Dec(0));
    // Lexicographically greatest take-vector in the tie-rule order.
    const key = order.map((_, bit) => (mask & (1 << bit) ? '1' : '0')).join('');
    if (best === null || value.gt(best.value) || (value.eq(best.value) && key > best.key)) {
      best = { value, key, chosen: chosen.map(({ index }) => index).sort((a, b) => a - b) };
    }
  }
  return best ?? { value: new Dec(0), key: '', chosen: [] };
}

const smallCase = fc.record({
  // Few distinct values and requests, so equal totals (ties) are common.
  items: fc.array(
    fc.record({ request: fc.integer({ min: 0, max: 12 }), value: fc.integer({ min: -3, max: 9 }) }),
    { minLength: 0, maxLength: 10 },
  ),
  budget: fc.integer({ min: 0, max: 40 }),
});

const asCandidates = (items: readonly { request: number; value: number }[]) =>
  items.map((item, index) => candidate(`a${index}`, item.request * 1000, item.value));

describe('the budget allocation', () => {
  it.each(['auto', 'dynamic-programming', 'branch-and-bound'] as const)(
    'funds the best selection and, among equal totals, the one the tie rule names (%s, checked by brute force)',
    (method) => {
      fc.assert(
        fc.property(smallCase, ({ items, budget }) => {
          const candidates = asCandidates(items);
          const result = allocateBudget(candidates, options(budget * 1000, { method }));
          const expected = bruteForce(candidates, new Dec(budget * 1000));
          expect(result.totalValue.toString()).toBe(expected.value.toString());
          expect(ids(result.selected)).toEqual(expected.chosen.map((index) => `a${index}`));
          expect(result.optimal).toBe(true);
          expect(result.gap.toString()).toBe('0');
          expect(result.totalAward.lte(budget * 1000)).toBe(true);
          expect(result.selected.length + result.rejected.length).toBe(candidates.length);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('keeps the greedy fallback within its reported gap and at least half the optimum', () => {
    fc.assert(
      fc.property(smallCase, ({ items, budget }) => {
        const candidates = asCandidates(items);
        const greedy = allocateBudget(candidates, options(budget * 1000, { method: 'greedy' }));
        const best = bruteForce(candidates, new Dec(budget * 1000)).value;
        expect(greedy.totalValue.lte(best)).toBe(true);
        expect(greedy.totalValue.times(2).gte(best)).toBe(true);
        // The bound reported is a true bound: the optimum is never above it.
        expect(greedy.upperBound.gte(best)).toBe(true);
        expect(greedy.gap.toString()).toBe(greedy.upperBound.minus(greedy.totalValue).toString());
        expect(greedy.greedyValue.toString()).toBe(greedy.totalValue.toString());
      }),
      { numRuns: 300 },
    );
  });

  it('funds nobody with a budget of zero, and says why each is left out', () => {
    const result = allocateBudget(
      [candidate('a', 100, 5), candidate('b', 0, 3), candidate('c', 50, -1)],
      options(0),
    );
    expect(result.selected).toEqual([]);
    expect(result.rejected.map((r) => [r.id, r.reason])).toEqual([
      ['a', 'over-budget'],
      ['b', 'no-request'],
      ['c', 'no-value'],
    ]);
    expect(result.totalAward.toString()).toBe('0');
    expect(result.marginal).toEqual({ id: 'a', kind: 'next' });
  });

  it('breaks a tie between identical applicants by ranking order', () => {
    const result = allocateBudget(
      [candidate('first', 500, 10), candidate('second', 500, 10)],
      options(700),
    );
    expect(ids(result.selected)).toEqual(['first']);
    expect(result.marginal).toEqual({ id: 'second', kind: 'next' });
  });

  it('prefers, among equal totals, the selection with more value per yuan first', () => {
    // {a} and {b, c} are both worth 10; a has the best ratio.
    const result = allocateBudget(
      [candidate('b', 300, 5), candidate('c', 300, 5), candidate('a', 400, 10)],
      options(600),
    );
    expect(ids(result.selected)).toEqual(['a']);
  });

  it('beats the greedy ratio rule when it must, and reports what greedy would have reached', () => {
    // Greedy takes the best ratio (a) and then nothing fits; the optimum is b + c.
    const result = allocateBudget(
      [candidate('a', 600, 700), candidate('b', 500, 500), candidate('c', 500, 500)],
      options(1000),
    );
    expect(ids(result.selected)).toEqual(['b', 'c']);
    expect(result.totalValue.toString()).toBe('1000');
    expect(result.greedyValue.toString()).toBe('700');
    expect(result.method).toBe('dynamic-programming');
  });

  it('searches exactly in units of the requests’ common divisor and checks the budget to the fen', () => {
    const result = allocateBudget(
      [candidate('a', '250000.40', 3), candidate('b', '499999.60', 4), candidate('c', 300000, 2)],
      options('750000'),
    );
    // 250000.40 and 499999.60 round up to 250001 and 500000 yuan: together 750001 > 750000,
    // although they cost exactly 750000. Rounding up never funds more than the budget; it may,
    // as here, pass over a selection that would use the budget to the last fen.
    expect(ids(result.selected)).toEqual(['a', 'c']);
    expect(result.totalAward.lte(750000)).toBe(true);
    const round = allocateBudget(
      [candidate('a', 300000, 3), candidate('b', 500000, 4)],
      options('800000'),
    );
    expect(round.granularity.toString()).toBe('100000');
    expect(ids(round.selected)).toEqual(['a', 'b']);
    expect(round.method).toBe('all-fit');
  });

  it('uses branch and bound when the table would be too large, and stays exact', () => {
    const candidates = Array.from({ length: 40 }, (_, index) =>
      candidate(`a${index}`, 100_003 + index * 7_919, 50_000 + ((index * 7_717) % 30_001)),
    );
    const auto = allocateBudget(candidates, { ...options(1_500_000), maxDpCells: 1000 });
    const table = allocateBudget(candidates, {
      ...options(1_500_000),
      method: 'dynamic-programming',
    });
    expect(auto.method).toBe('branch-and-bound');
    expect(auto.optimal).toBe(true);
    expect(auto.totalValue.toString()).toBe(table.totalValue.toString());
    expect(ids(auto.selected)).toEqual(ids(table.selected));
  });

  it('falls back to the best found, with a gap to the linear bound, when the search hits its limit', () => {
    const candidates = Array.from({ length: 60 }, (_, index) =>
      candidate(
        `a${index}`,
        10_007 + ((index * 7_919) % 9_973),
        10_000 + ((index * 6_131) % 9_967),
      ),
    );
    const capped = allocateBudget(candidates, {
      ...options(300_000),
      maxDpCells: 10,
      maxNodes: 50,
    });
    const exact = allocateBudget(candidates, {
      ...options(300_000),
      method: 'dynamic-programming',
    });
    expect(capped.optimal).toBe(false);
    expect(['branch-and-bound', 'greedy']).toContain(capped.method);
    expect(capped.totalValue.lte(exact.totalValue)).toBe(true);
    expect(capped.totalValue.gte(capped.greedyValue)).toBe(true);
    expect(capped.upperBound.gte(exact.totalValue)).toBe(true);
    expect(capped.gap.gt(0)).toBe(true);
  });

  it('gives the budget left to the next in line as a partial award when it covers the minimum share', () => {
    const candidates = [
      candidate('a', 600, 600),
      candidate('b', 500, 400),
      candidate('c', 300, 150),
    ];
    const whole = allocateBudget(candidates, options(1000));
    expect(ids(whole.selected)).toEqual(['a', 'c']);
    expect(whole.remaining.toString()).toBe('100');

    const partial = allocateBudget(
      candidates,
      options(1000, { partial: { minShare: new Dec('0.2') } }),
    );
    const award = partial.selected.find((item) => item.id === 'b');
    expect(award).toMatchObject({ partial: true });
    expect(award?.award.toString()).toBe('100');
    expect(award?.value.toString()).toBe('80');
    expect(partial.marginal).toEqual({ id: 'b', kind: 'partial' });
    expect(partial.totalAward.toString()).toBe('1000');
    expect(partial.totalValue.toString()).toBe('830');
    // The linear bound (a, then 400 of b at 0.8 per yuan) is 920: the gap is what partial funding of a better mix might add.
    expect(partial.upperBound.toString()).toBe('920');
    expect(partial.gap.toString()).toBe('90');

    const tooSmall = allocateBudget(
      candidates,
      options(1000, { partial: { minShare: new Dec('0.5') } }),
    );
    expect(tooSmall.selected.some((item) => item.partial)).toBe(false);
  });

  it('leaves out the applicants the officer excluded or whose claims are flagged', () => {
    const result = allocateBudget(
      [
        { ...candidate('a', 100, 10), excluded: 'flagged' },
        { ...candidate('b', 100, 5), excluded: 'excluded' },
        candidate('c', 100, 1),
      ],
      options(1000),
    );
    expect(ids(result.selected)).toEqual(['c']);
    expect(result.rejected.map((r) => r.reason)).toEqual(['flagged', 'excluded']);
  });

  it('refuses a negative budget', () => {
    expect(() => allocateBudget([], options(-1))).toThrow(/budget/);
  });
});
