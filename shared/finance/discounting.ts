import type { Arithmetic } from './arithmetic';
import { requireFinite, requireFiniteList } from './arithmetic-helpers';
import { FinanceError } from './errors';

/*
 * The one way Yardstick discounts (docs/methodology.md): flows fall at the end of each year, year 0 is the
 * year of the first investment and is not discounted, and the factor of year t is 1/(1+r)^t. The
 * spreadsheet NPV, which discounts its first value, is this with the flows shifted one year later.
 */

function onePlusRate<N>(A: Arithmetic<N>, rate: N): N {
  requireFinite(A, rate, 'discount rate');
  const base = A.add(A.one, rate);
  if (A.isZero(base)) {
    throw new FinanceError(
      '#DIV/0!',
      'a discount rate of -100% makes every discount factor infinite',
    );
  }
  return base;
}

function discountFactor<N>(A: Arithmetic<N>, base: N, year: number): N {
  // Each factor from its own power, not by repeated division, so no rounding accumulates over the horizon.
  return year === 0 ? A.one : A.div(A.one, A.powInt(base, year));
}

/** Discount factors 1/(1+rate)^t for t = 0..years (years + 1 of them; the first is exactly 1). */
export function discountFactors<N>(A: Arithmetic<N>, rate: N, years: number): N[] {
  if (!Number.isInteger(years) || years < 0) {
    throw new FinanceError(
      '#NUM!',
      `the number of years must be a whole number of at least 0, got ${years}`,
    );
  }
  const base = onePlusRate(A, rate);
  return Array.from({ length: years + 1 }, (_, year) => discountFactor(A, base, year));
}

/**
 * Each flow times its discount factor: flows[t] / (1+rate)^t, year 0 undiscounted. Summed in order
 * these give `presentValue` exactly, so a table of discounted flows adds up to the NPV shown with it.
 */
export function discountFlows<N>(A: Arithmetic<N>, rate: N, flows: readonly N[]): N[] {
  const base = onePlusRate(A, rate);
  requireFiniteList(A, flows, 'cash flow');
  return flows.map((flow, year) => A.mul(flow, discountFactor(A, base, year)));
}

/** Σ flows[t] / (1+rate)^t with year 0 undiscounted: the model's NPV. */
export function presentValue<N>(A: Arithmetic<N>, rate: N, flows: readonly N[]): N {
  return discountFlows(A, rate, flows).reduce((sum, flow) => A.add(sum, flow), A.zero);
}

/**
 * Σ flows[i] / (1+rate)^(periods[i] / periodsPerYear) for flows at whole periods of which
 * `periodsPerYear` make a year (XNPV: days and 365). Computed as Σ flows[i] · v^periods[i] with
 * v = (1+rate)^(−1/periodsPerYear), the discount factor of one period, so that only whole powers are
 * taken after the one root. Fractional powers of a non-positive number are undefined, so the rate
 * must exceed -100% (unless the periods are years).
 */
export function presentValueAtPeriods<N>(
  A: Arithmetic<N>,
  rate: N,
  flows: readonly N[],
  periods: readonly number[],
  periodsPerYear: number,
): N {
  if (flows.length !== periods.length) {
    throw new FinanceError(
      '#NUM!',
      `there are ${flows.length} cash flows but ${periods.length} periods`,
    );
  }
  if (!Number.isInteger(periodsPerYear) || periodsPerYear < 1) {
    throw new FinanceError(
      '#NUM!',
      `periods per year must be a whole number of at least 1, got ${periodsPerYear}`,
    );
  }
  if (periods.some((period) => !Number.isSafeInteger(period))) {
    throw new FinanceError('#NUM!', 'periods must be whole numbers');
  }
  const base = onePlusRate(A, rate);
  requireFiniteList(A, flows, 'cash flow');
  if (periodsPerYear > 1 && A.isNegative(base)) {
    throw new FinanceError(
      '#NUM!',
      'flows within a year can only be discounted at a rate greater than -100%',
    );
  }
  const perPeriod =
    periodsPerYear === 1
      ? A.div(A.one, base)
      : A.pow(base, A.div(A.neg(A.one), A.fromNumber(periodsPerYear)));
  let sum = A.zero;
  flows.forEach((flow, index) => {
    const period = periods[index] as number;
    sum = A.add(sum, period === 0 ? flow : A.mul(flow, A.powInt(perPeriod, period)));
  });
  return sum;
}
