import type { Arithmetic } from './arithmetic';
import { requireFinite } from './arithmetic-helpers';

/*
 * Both denominators are amounts of money spent, taken as magnitudes: a present value of investment
 * passed as the negative flow it is in a cash-flow table gives the same ratio as its absolute value.
 * A zero denominator has no ratio, which is null rather than Infinity so it cannot be ranked.
 */

/** Profitability index = 1 + NPV / PV(investment). */
export function profitabilityIndex<N>(A: Arithmetic<N>, npv: N, pvInvestment: N): N | null {
  requireFinite(A, npv, 'NPV');
  requireFinite(A, pvInvestment, 'present value of investment');
  if (A.isZero(pvInvestment)) return null;
  return A.add(A.one, A.div(npv, A.abs(pvInvestment)));
}

/** Benefit-cost ratio = PV(benefits) / PV(costs). */
export function benefitCostRatio<N>(A: Arithmetic<N>, pvBenefits: N, pvCosts: N): N | null {
  requireFinite(A, pvBenefits, 'present value of benefits');
  requireFinite(A, pvCosts, 'present value of costs');
  if (A.isZero(pvCosts)) return null;
  return A.div(pvBenefits, A.abs(pvCosts));
}
