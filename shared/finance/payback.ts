import type { Arithmetic } from './arithmetic';
import { requireFiniteList } from './arithmetic-helpers';
import { discountFlows } from './discounting';

/** "Not within the horizon" is an answer of its own, never a number that could be charted or averaged. */
export type PaybackResult<N> =
  { readonly within: true; readonly years: N } | { readonly within: false };

/**
 * Payback period of yearly flows (flows[t] at the end of year t): the first year t in
 * which the cumulative flow turns non-negative, interpolated linearly inside that year,
 * (t − 1) + (−C[t−1]) / flows[t]. Zero when the cumulative flow is never negative. A cumulative
 * flow that later dips below zero again does not move the payback: it is the first recovery.
 */
export function payback<N>(A: Arithmetic<N>, flows: readonly N[]): PaybackResult<N> {
  requireFiniteList(A, flows, 'cash flow');
  let cumulative = A.zero;
  let negativeSoFar = false;
  for (let t = 0; t < flows.length; t++) {
    const flow = flows[t] as N;
    const before = cumulative;
    cumulative = A.add(cumulative, flow);
    if (A.isNegative(cumulative)) {
      negativeSoFar = true;
    } else if (negativeSoFar) {
      // `before` < 0 <= `cumulative`, so `flow` > 0 and the fraction lies in (0, 1].
      return { within: true, years: A.add(A.fromNumber(t - 1), A.div(A.neg(before), flow)) };
    }
  }
  return negativeSoFar ? { within: false } : { within: true, years: A.zero };
}

/** Payback on the flows discounted at `rate`, year 0 undiscounted. */
export function discountedPayback<N>(
  A: Arithmetic<N>,
  rate: N,
  flows: readonly N[],
): PaybackResult<N> {
  return payback(A, discountFlows(A, rate, flows));
}

/**
 * Whether the cumulative flow, once it has turned non-negative at payback, falls below zero again
 * later (a large outlay late in the horizon): the payback then overstates how safe the project is.
 */
export function paybackRelapses<N>(A: Arithmetic<N>, flows: readonly N[]): boolean {
  let cumulative = A.zero;
  let negativeSoFar = false;
  let recovered = false;
  for (const flow of flows) {
    cumulative = A.add(cumulative, flow);
    if (A.isNegative(cumulative)) {
      if (recovered) return true;
      negativeSoFar = true;
    } else if (negativeSoFar) {
      recovered = true;
    }
  }
  return false;
}
