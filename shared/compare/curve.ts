import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import {
  allocateBudget,
  costOf,
  DEFAULT_MAX_DP_CELLS,
  DEFAULT_MAX_NODES,
  wholeNumbers,
  type AllocationCandidate,
} from './allocate';
import { dpCells, knapsackTable } from './knapsack';

/*
 * The budget curve: the best objective the bureau can reach with each budget from nothing to
 * everything requested. One dynamic programme over the whole amount answers every budget at once,
 * with the same selections (and tie rule) as allocating each budget on its own; when that table
 * is too large, each point is allocated on its own, and a point not proven best says so.
 */

export interface CurvePoint {
  readonly budget: Decimal;
  readonly value: Decimal;
  readonly optimal: boolean;
}

export interface CurveOptions {
  readonly valueUnit: Decimal;
  /** Budgets evenly spaced from 0 to the total requested; 21 by default. */
  readonly points?: number;
  readonly maxDpCells?: number;
  readonly maxNodes?: number;
}

export function budgetCurve(
  candidates: readonly AllocationCandidate[],
  options: CurveOptions,
): CurvePoint[] {
  const count = Math.max(2, options.points ?? 21);
  const open = candidates.filter(
    (candidate) =>
      !candidate.excluded &&
      candidate.request.gt(0) &&
      costOf(candidate).gt(0) &&
      candidate.value.gt(0),
  );
  const total = open.reduce((sum, candidate) => sum.plus(costOf(candidate).ceil()), new Dec(0));
  const budgets = Array.from({ length: count }, (_, step) =>
    total
      .times(step)
      .div(count - 1)
      .floor(),
  );

  const whole = wholeNumbers(open, { budget: total, valueUnit: options.valueUnit });
  if (dpCells(whole.items.length, whole.capacity) <= (options.maxDpCells ?? DEFAULT_MAX_DP_CELLS)) {
    const select = knapsackTable(whole.items, whole.capacity);
    return budgets.map((budget) => {
      const chosen = select(budget.div(whole.granularity).floor().toNumber());
      const value = chosen.take.reduce(
        (sum, taken, position) =>
          taken
            ? sum.plus((open[whole.eligible[position] as number] as AllocationCandidate).value)
            : sum,
        new Dec(0),
      );
      return { budget, value, optimal: true };
    });
  }
  const maxNodes = Math.ceil((options.maxNodes ?? DEFAULT_MAX_NODES) / count);
  return budgets.map((budget) => {
    const allocation = allocateBudget(open, { budget, valueUnit: options.valueUnit, maxNodes });
    return { budget, value: allocation.totalValue, optimal: allocation.optimal };
  });
}
