import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import {
  dpCells,
  upperBounds,
  solveByBranchAndBound,
  solveByDynamicProgramming,
  solveGreedily,
  type KnapsackItem,
  type KnapsackSolution,
} from './knapsack';

/*
 * Which applicants a budget funds (README, "Budget allocation"). The search runs on whole numbers:
 * each request rounded up to the whole yuan, the budget rounded down, both divided by the requests'
 * greatest common divisor — which loses nothing, since any sum of requests is a multiple of it —
 * and each objective value as a whole number of `valueUnit`s. Every displayed total is then summed
 * again in Decimal from the applicants' exact figures, and the awards are checked against the
 * budget exactly.
 */

export type AllocationMethod = 'all-fit' | 'dynamic-programming' | 'branch-and-bound' | 'greedy';
/** Why a candidate is left out before the search (the caller's reasons; README, "Budget allocation"). */
export type ExclusionReason =
  'excluded' | 'not-viable' | 'flagged' | 'deadweight' | 'no-funding-gap' | 'cap-below-need';
export type RejectionReason =
  ExclusionReason | 'no-request' | 'no-value' | 'over-budget' | 'not-chosen';

export interface AllocationCandidate {
  readonly id: string;
  /** The subsidy asked for. */
  readonly request: Decimal;
  /** What funding it in full costs: the request, or less when awards are capped. */
  readonly award?: Decimal;
  /** What funding it in full adds to the objective. */
  readonly value: Decimal;
  /**
   * The least award that earns the value, all of it: a partial award below it earns nothing, one
   * at or above it earns the whole value. Null: a partial award earns its share of the value.
   */
  readonly needed?: Decimal | null;
  /** Left out of the allocation before the search, and why. */
  readonly excluded?: ExclusionReason | null;
}

/** What funding a candidate in full costs. */
export const costOf = (candidate: AllocationCandidate): Decimal =>
  candidate.award ?? candidate.request;

export interface AllocationOptions {
  readonly budget: Decimal;
  /** The objective is compared in whole multiples of this (0.01 for yuan of NPV). */
  readonly valueUnit: Decimal;
  /** Partial awards: the budget left goes to the next applicant in line if it covers this share of its request. */
  readonly partial?: { readonly minShare: Decimal } | null;
  readonly method?: 'auto' | 'dynamic-programming' | 'branch-and-bound' | 'greedy';
  /** Largest dynamic-programming table, in cells (items × budget units); 2^25 by default. */
  readonly maxDpCells?: number;
  /** Most branch-and-bound nodes before it stops with the best found; 500,000 by default. */
  readonly maxNodes?: number;
}

export interface Award {
  readonly id: string;
  readonly request: Decimal;
  /** What is proposed: its full award, or a partial one. */
  readonly award: Decimal;
  /** Its full award: the request, or less when awards are capped. */
  readonly fullAward: Decimal;
  /** The objective credited: the value, pro rata for a partial award. */
  readonly value: Decimal;
  readonly partial: boolean;
}

export interface Rejection {
  readonly id: string;
  readonly request: Decimal;
  readonly value: Decimal;
  readonly reason: RejectionReason;
}

export interface Allocation {
  readonly budget: Decimal;
  readonly method: AllocationMethod;
  /** The 0/1 selection is proven best (always, except when the search stopped at its limit). */
  readonly optimal: boolean;
  /** Budget units of the search, in yuan: the requests' greatest common divisor. */
  readonly granularity: Decimal;
  readonly valueUnit: Decimal;
  /** In the candidates' order. */
  readonly selected: readonly Award[];
  readonly rejected: readonly Rejection[];
  /** The applicant at the cut-off: the one given a partial award, or the first in line for more budget. */
  readonly marginal: { readonly id: string; readonly kind: 'partial' | 'next' } | null;
  readonly totalAward: Decimal;
  readonly totalValue: Decimal;
  readonly remaining: Decimal;
  /**
   * No allocation is worth more: the optimum when proven; with partial awards allowed, the linear
   * relaxation (any fraction of every request); else Martello and Toth's bound for whole awards.
   */
  readonly upperBound: Decimal;
  /** upperBound − totalValue: zero when proven optimal. */
  readonly gap: Decimal;
  /** What the greedy ratio heuristic alone would achieve, for comparison. */
  readonly greedyValue: Decimal;
}

export const DEFAULT_MAX_DP_CELLS = 2 ** 25;
export const DEFAULT_MAX_NODES = 500_000;

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

export interface WholeNumbers {
  readonly eligible: number[];
  readonly items: KnapsackItem[];
  readonly reasons: Map<number, RejectionReason>;
  readonly granularity: number;
  readonly capacity: number;
  readonly valueUnit: Decimal;
}

/**
 * The search's whole numbers: each eligible candidate's cost in budget units and value in value
 * units (`eligible` maps them back to candidates), and why the others cannot be funded at all.
 */
export function wholeNumbers(
  candidates: readonly AllocationCandidate[],
  options: AllocationOptions,
): WholeNumbers {
  if (options.budget.isNegative() || options.budget.gt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`the budget must be between 0 and ${Number.MAX_SAFE_INTEGER}`);
  }
  if (!options.valueUnit.gt(0)) throw new RangeError('the value unit must be positive');
  const budget = options.budget.floor().toNumber();
  const reasons = new Map<number, RejectionReason>();
  const open: number[] = [];
  candidates.forEach((candidate, index) => {
    if (candidate.excluded) reasons.set(index, candidate.excluded);
    else if (!candidate.request.gt(0) || !costOf(candidate).gt(0)) reasons.set(index, 'no-request');
    else if (!candidate.value.gt(0)) reasons.set(index, 'no-value');
    else if (costOf(candidate).ceil().gt(budget)) reasons.set(index, 'over-budget');
    else open.push(index);
  });

  let valueUnit = options.valueUnit;
  const units = (index: number) =>
    (candidates[index] as AllocationCandidate).value
      .div(valueUnit)
      .toDecimalPlaces(0, Dec.ROUND_HALF_UP);
  // A coarser unit only when the values would not add up exactly in float64 otherwise.
  while (
    open.reduce((sum, index) => sum.plus(units(index)), new Dec(0)).gt(Number.MAX_SAFE_INTEGER)
  ) {
    valueUnit = valueUnit.times(10);
  }
  const eligible: number[] = [];
  for (const index of open) {
    if (units(index).gt(0)) eligible.push(index);
    else reasons.set(index, 'no-value');
  }
  const costs = eligible.map((index) =>
    costOf(candidates[index] as AllocationCandidate)
      .ceil()
      .toNumber(),
  );
  const granularity = costs.reduce(gcd, 0) || 1;
  const items = eligible.map((index, position) => ({
    cost: (costs[position] as number) / granularity,
    value: units(index).toNumber(),
  }));
  return {
    eligible,
    items,
    reasons,
    granularity,
    capacity: Math.floor(budget / granularity),
    valueUnit,
  };
}

function solve(
  prepared: WholeNumbers,
  options: AllocationOptions,
): { solution: KnapsackSolution; method: AllocationMethod } {
  const { items, capacity } = prepared;
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const method = options.method ?? 'auto';
  const totalCost = items.reduce((sum, item) => sum + item.cost, 0);
  if (method === 'auto' && totalCost <= capacity) {
    const value = items.reduce((sum, item) => sum + item.value, 0);
    return {
      solution: { take: items.map(() => true), value, cost: totalCost, optimal: true },
      method: 'all-fit',
    };
  }
  if (method === 'greedy') return { solution: solveGreedily(items, capacity), method: 'greedy' };
  if (method === 'dynamic-programming') {
    return { solution: solveByDynamicProgramming(items, capacity), method: 'dynamic-programming' };
  }
  if (
    method === 'auto' &&
    dpCells(items.length, capacity) <= (options.maxDpCells ?? DEFAULT_MAX_DP_CELLS)
  ) {
    return { solution: solveByDynamicProgramming(items, capacity), method: 'dynamic-programming' };
  }
  const searched = solveByBranchAndBound(items, capacity, maxNodes);
  if (searched.optimal || method === 'branch-and-bound')
    return { solution: searched, method: 'branch-and-bound' };
  const greedy = solveGreedily(items, capacity);
  return greedy.value > searched.value
    ? { solution: greedy, method: 'greedy' }
    : { solution: searched, method: 'branch-and-bound' };
}

/**
 * Funds the selection with the largest total objective within the budget; among equal totals, the
 * one that takes applicants with more objective per yuan first, then earlier in the candidates'
 * order (pass them in ranking order).
 */
export function allocateBudget(
  candidates: readonly AllocationCandidate[],
  options: AllocationOptions,
): Allocation {
  const prepared = wholeNumbers(candidates, options);
  const { eligible, items, reasons, granularity, capacity, valueUnit } = prepared;
  const { solution, method } = solve(prepared, options);
  const greedy = solveGreedily(items, capacity);
  const bounds = upperBounds(items, capacity);

  const chosen = new Set<number>();
  solution.take.forEach((taken, position) => {
    if (taken) chosen.add(eligible[position] as number);
  });
  for (const index of eligible) if (!chosen.has(index)) reasons.set(index, 'not-chosen');

  const zero = new Dec(0);
  let totalAward = zero;
  for (const index of chosen)
    totalAward = totalAward.plus(costOf(candidates[index] as AllocationCandidate));
  if (totalAward.gt(options.budget)) {
    throw new Error(
      `allocation error: awards of ${totalAward.toString()} exceed the budget ${options.budget.toString()}`,
    );
  }

  // Next in line: the unfunded applicants that could use money, by objective per yuan.
  const waiting = candidates
    .map((candidate, index) => ({ candidate, index }))
    .filter(
      ({ index }) => reasons.get(index) === 'not-chosen' || reasons.get(index) === 'over-budget',
    );
  const line = waiting.sort(
    (a, b) =>
      b.candidate.value.div(costOf(b.candidate)).cmp(a.candidate.value.div(costOf(a.candidate))) ||
      a.index - b.index,
  );

  let partial: Award | null = null;
  const left = options.budget.minus(totalAward).floor();
  const minShare = options.partial?.minShare;
  if (minShare !== undefined && left.gt(0)) {
    // Its minimum share fits, and — when its value needs a least award — that fits too.
    const fits = line.find(
      ({ candidate }) =>
        costOf(candidate).times(minShare).lte(left) &&
        (candidate.needed === undefined || candidate.needed === null || candidate.needed.lte(left)),
    );
    if (fits) {
      const { candidate } = fits;
      const award = Dec.min(left, costOf(candidate));
      partial = {
        id: candidate.id,
        request: candidate.request,
        award,
        fullAward: costOf(candidate),
        value:
          candidate.needed === undefined || candidate.needed === null
            ? candidate.value.times(award).div(costOf(candidate))
            : candidate.value,
        partial: true,
      };
      totalAward = totalAward.plus(award);
    }
  }

  const selected: Award[] = [];
  const rejected: Rejection[] = [];
  candidates.forEach((candidate, index) => {
    if (chosen.has(index)) {
      selected.push({
        id: candidate.id,
        request: candidate.request,
        award: costOf(candidate),
        fullAward: costOf(candidate),
        value: candidate.value,
        partial: false,
      });
    } else if (partial !== null && partial.id === candidate.id) {
      selected.push(partial);
    } else {
      rejected.push({
        id: candidate.id,
        request: candidate.request,
        value: candidate.value,
        reason: reasons.get(index) ?? 'not-chosen',
      });
    }
  });
  const totalValue = selected.reduce((sum, award) => sum.plus(award.value), zero);
  const first = line[0];
  const marginal =
    partial !== null
      ? { id: partial.id, kind: 'partial' as const }
      : first
        ? { id: first.candidate.id, kind: 'next' as const }
        : null;

  const proven = solution.optimal && method !== 'greedy';
  const unitsToValue = (units: number) => valueUnit.times(units);
  // Totals are whole units, so a bound can be rounded down (after allowing for float rounding).
  const whole = (bound: number) => Math.floor(bound + bound * 1e-12 + 1e-9);
  const upperBound = options.partial
    ? unitsToValue(Math.max(whole(bounds.linear), solution.value))
    : proven
      ? unitsToValue(solution.value)
      : unitsToValue(Math.max(whole(bounds.zeroOne), solution.value));
  const achieved = unitsToValue(solution.value).plus(partial?.value ?? zero);
  // A partial award that earns its whole value (`needed`) can beat the pro rata relaxation.
  const bound = Dec.max(upperBound, achieved);
  return {
    budget: options.budget,
    method,
    optimal: proven,
    granularity: new Dec(granularity),
    valueUnit,
    selected,
    rejected,
    marginal,
    totalAward,
    totalValue,
    remaining: options.budget.minus(totalAward),
    upperBound: bound,
    gap: bound.minus(achieved),
    greedyValue: unitsToValue(greedy.value),
  };
}
