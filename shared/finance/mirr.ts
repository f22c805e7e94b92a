import type { Arithmetic } from './arithmetic';
import { requireFinite, requireFiniteList } from './arithmetic-helpers';

/**
 * Modified IRR: negative flows are financed at `financeRate` (discounted to year 0), positive flows
 * reinvested at `reinvestRate` (compounded to the last year), and MIRR is the rate that grows the one
 * into the other over the n − 1 years:
 *
 *     MIRR = (FV of positives / −PV of negatives)^(1/(n−1)) − 1
 *
 * which is the spreadsheet's formula without its NPV-and-correct detour. Null where the spreadsheet
 * errs: no positive or no negative flow, a rate of −100%, or a negative ratio (rates below −100%).
 */
export function modifiedIrr<N>(
  A: Arithmetic<N>,
  flows: readonly N[],
  financeRate: N,
  reinvestRate: N,
): N | null {
  requireFiniteList(A, flows, 'cash flow');
  requireFinite(A, financeRate, 'finance rate');
  requireFinite(A, reinvestRate, 'reinvestment rate');
  const financeBase = A.add(A.one, financeRate);
  const reinvestBase = A.add(A.one, reinvestRate);
  if (A.isZero(financeBase) || A.isZero(reinvestBase)) return null;
  const last = flows.length - 1;
  let positives = A.zero;
  let negatives = A.zero;
  let hasPositive = false;
  let hasNegative = false;
  flows.forEach((flow, t) => {
    if (A.isNegative(flow)) {
      hasNegative = true;
      negatives = A.add(negatives, A.div(flow, A.powInt(financeBase, t)));
    } else if (!A.isZero(flow)) {
      hasPositive = true;
      positives = A.add(positives, A.mul(flow, A.powInt(reinvestBase, last - t)));
    }
  });
  if (!hasPositive || !hasNegative || A.isZero(negatives)) return null;
  const ratio = A.div(positives, A.neg(negatives));
  if (A.isNegative(ratio) || !A.isFinite(ratio)) return null;
  const growth = last === 1 ? ratio : A.pow(ratio, A.div(A.one, A.fromNumber(last)));
  return A.isFinite(growth) ? A.sub(growth, A.one) : null;
}
