import { decimalArithmetic, type Arithmetic } from './arithmetic';
import { countSignChanges, requireFinite, requireFiniteList } from './arithmetic-helpers';
import {
  datedCashFlowFunction,
  newtonRoot,
  positiveRoots,
  rootInInterval,
  rootTolerance,
  yearlyCashFlowFunction,
  type CashFlowFunction,
} from './cash-flow-polynomial';
import type { DecimalInput } from './decimal';
import { FinanceError } from './errors';
import { decimalListArgument } from './spreadsheet-arguments';

/**
 * `unique` is true when the flows change sign exactly once: then, by Descartes' rule of signs, this
 * is the only IRR in (-100%, ∞). With more sign changes there may be several (or none), and the rate
 * returned is the one nearest the guess; show it with that caveat, or prefer NPV or MIRR.
 */
export type IrrResult<N> =
  | { readonly found: true; readonly rate: N; readonly unique: boolean }
  | { readonly found: false; readonly reason: 'no-sign-change' | 'no-root' };

function checkedGuess<N>(A: Arithmetic<N>, guess: N | undefined): N {
  const value = guess ?? A.fromNumber(0.1);
  requireFinite(A, value, 'IRR guess');
  if (A.cmp(value, A.neg(A.one)) <= 0) {
    throw new FinanceError('#NUM!', 'the IRR guess must be greater than -100%');
  }
  return value;
}

function solve<N>(
  A: Arithmetic<N>,
  g: CashFlowFunction<N> | null,
  guess: N,
  periodsPerYear: number,
): IrrResult<N> {
  if (g === null || g.signChanges === 0) return { found: false, reason: 'no-sign-change' };
  const tolerance = rootTolerance(A);
  // g is a function of the discount factor of one period; the rate returned is per year. A root
  // whose rate cannot be told from -100% at this precision (1 + rate rounds to 0) is no answer.
  const rateOf = (x: N): N | null => {
    const rate = A.sub(A.powInt(x, -periodsPerYear), A.one);
    return A.isFinite(rate) && !A.isZero(A.add(rate, A.one)) ? rate : null;
  };
  const x0 =
    periodsPerYear === 1
      ? A.div(A.one, A.add(A.one, guess))
      : A.pow(A.add(A.one, guess), A.div(A.neg(A.one), A.fromNumber(periodsPerYear)));
  if (g.signChanges === 1) {
    // A single root: Newton from the guess is the fast path, bracketing the fallback that always works.
    const x = newtonRoot(A, g, x0, tolerance) ?? rootInInterval(A, g, null, null, x0, tolerance);
    const rate = x === null ? null : rateOf(x);
    return rate === null
      ? { found: false, reason: 'no-root' }
      : { found: true, rate, unique: true };
  }
  let best: { rate: N; distance: N } | null = null;
  for (const x of positiveRoots(A, g, tolerance)) {
    const rate = rateOf(x);
    if (rate === null) continue;
    const distance = A.abs(A.sub(rate, guess));
    if (best === null || A.cmp(distance, best.distance) < 0) best = { rate, distance };
  }
  return best === null
    ? { found: false, reason: 'no-root' }
    : { found: true, rate: best.rate, unique: false };
}

/**
 * The internal rate of return of yearly flows (flows[t] at the end of year t): the rate at which
 * Σ flows[t] / (1+rate)^t is zero. Converges wherever a root exists in (-100%, ∞) (in practice: with
 * 1 + rate between 1e-150 and 1e150, and distinguishable from 0 at the arithmetic's precision) and
 * returns the root nearest the guess (default 10%).
 */
export function solveIrr<N>(A: Arithmetic<N>, flows: readonly N[], guess?: N): IrrResult<N> {
  requireFiniteList(A, flows, 'cash flow');
  return solve(A, yearlyCashFlowFunction(A, flows), checkedGuess(A, guess), 1);
}

/**
 * As `solveIrr`, for flows at whole periods (not negative, in any order) of which `periodsPerYear`
 * make a year: days and 365 for XIRR, months and 12, half-years and 2. The rate is per year, the
 * rate at which Σ flows[i] / (1+rate)^(periods[i] / periodsPerYear) is zero.
 */
export function solveIrrAtPeriods<N>(
  A: Arithmetic<N>,
  flows: readonly N[],
  periods: readonly number[],
  periodsPerYear: number,
  guess?: N,
): IrrResult<N> {
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
  const bad = periods.findIndex((period) => !Number.isSafeInteger(period) || period < 0);
  if (bad >= 0) {
    throw new FinanceError(
      '#NUM!',
      `periods must be whole numbers of at least 0, got ${String(periods[bad])} at ${bad}`,
    );
  }
  requireFiniteList(A, flows, 'cash flow');
  return solve(
    A,
    datedCashFlowFunction(A, flows, periods, periodsPerYear),
    checkedGuess(A, guess),
    periodsPerYear,
  );
}

/**
 * True when the flows change sign more than once, so that by Descartes' rule there may be more than
 * one IRR (a project with a large decommissioning cost at the end, say). Norstrom's criterion (the
 * cumulative flows change sign once) would only settle uniqueness among positive rates, so it is not
 * used: a negative IRR may still exist beside the positive one.
 */
export function irrMayNotBeUnique(flows: readonly DecimalInput[]): boolean;
export function irrMayNotBeUnique<N>(A: Arithmetic<N>, flows: readonly N[]): boolean;
export function irrMayNotBeUnique<N>(
  first: Arithmetic<N> | readonly DecimalInput[],
  flows?: readonly N[],
): boolean {
  if ('kind' in first) {
    requireFiniteList(first, flows ?? [], 'cash flow');
    return countSignChanges(first, flows ?? []) > 1;
  }
  return (
    countSignChanges(decimalArithmetic, decimalListArgument(first, 'irrMayNotBeUnique', 'flows')) >
    1
  );
}
