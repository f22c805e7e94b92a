import type Decimal from 'decimal.js';
import { decimalArithmetic, Dec } from '../finance';
import { project, type Evaluation, type ModelInputs, type SubsidyInput } from '../model';
import { npvBasis, reportedNpv, type NpvBasis } from './additionality';

/*
 * The necessary award (README, "Necessary award"): the smallest subsidy, in the form, timing and
 * tax treatment the applicant requested, at which the NPV reaches zero. "In the form requested"
 * means the requested subsidies scaled by one factor k: every amount, rate, cap and rate point × k,
 * every schedule and tax treatment as filed. The model is asked, not imitated: for each k the
 * scaled inputs are projected and the NPV read as the model reports it.
 *
 * NPV(k) is affine in k while the tax rules stay on one branch (a tax rate, no loss used or
 * carried, no band crossed) and piecewise affine across branches (losses carried forward, small
 * low-profit bands, credits). So the search is a secant on the bracket, which lands on the root at
 * once on an affine piece, checked at the fen below; and bisection if the secant stalls. It runs
 * on whole fen of the award, and its answer is exact: NPV ≥ 0 at the award, NPV < 0 one fen below
 * (both in the model's 40-digit arithmetic), so it is the award to the fen.
 */

const FEN = new Dec('0.01');
/** Secant steps before falling back to bisection: a piecewise-affine NPV needs a handful. */
const SECANT_STEPS = 16;

export interface NecessaryAwardProblem {
  /** The subsidies requested, nominal: the award at k = 1. */
  readonly requested: Decimal;
  /** The NPV the model reports with the requested subsidies scaled by k. */
  npvAt(k: Decimal): Decimal;
}

/**
 * The smallest award, in whole fen (or the request itself when that is smaller), at which the NPV
 * is not negative: 0 when it pays off without the subsidies, null when the full request is not
 * enough. Should NPV(k) fall somewhere as k grows (a tax band lost), the search finds a crossing
 * with NPV < 0 one fen below and ≥ 0 at the award, within the bracket it starts from.
 */
export function solveNecessaryAward(problem: NecessaryAwardProblem): Decimal | null {
  const { requested } = problem;
  const zero = new Dec(0);
  if (!requested.gt(0)) return problem.npvAt(zero).lt(0) ? null : zero;
  const cache = new Map<string, Decimal>();
  const npvAtFen = (fen: Decimal): Decimal => {
    const key = fen.toString();
    let npv = cache.get(key);
    if (npv === undefined) {
      npv = problem.npvAt(fen.times(FEN).div(requested));
      cache.set(key, npv);
    }
    return npv;
  };
  if (!npvAtFen(zero).lt(0)) return zero;
  const atRequest = problem.npvAt(new Dec(1));
  if (atRequest.lt(0)) return null;

  // Bracket in whole fen: NPV(low) < 0 ≤ NPV(high).
  let low = zero;
  let high = requested.div(FEN).ceil();
  if (high.times(FEN).eq(requested)) cache.set(high.toString(), atRequest);
  // A request with fractions of a fen, scaled up to the next fen, that no longer pays: the request.
  if (npvAtFen(high).lt(0)) return requested;
  // Illinois: the values the secant weighs the ends with, halved at an end it keeps landing beside.
  let weightLow = npvAtFen(low);
  let weightHigh = npvAtFen(high);
  let kept: 'low' | 'high' | null = null;
  for (let step = 0; high.minus(low).gt(1); step += 1) {
    const root = low.minus(weightLow.times(high.minus(low)).div(weightHigh.minus(weightLow)));
    const guess =
      step < SECANT_STEPS
        ? Dec.min(Dec.max(root.ceil(), low.plus(1)), high.minus(1))
        : low.plus(high).div(2).floor();
    const npv = npvAtFen(guess);
    if (npv.lt(0)) {
      low = guess;
      weightLow = npv;
      if (kept === 'high') weightHigh = weightHigh.div(2);
      kept = 'high';
      // On an affine piece the secant lands beside the award: the fen above settles it.
      if (high.minus(low).gt(1) && !npvAtFen(low.plus(1)).lt(0)) high = low.plus(1);
    } else {
      high = guess;
      weightHigh = npv;
      if (kept === 'low') weightLow = weightLow.div(2);
      kept = 'low';
      if (high.minus(low).gt(1) && npvAtFen(high.minus(1)).lt(0)) low = high.minus(1);
    }
  }
  return Dec.min(high.times(FEN), requested);
}

/** A subsidy as filed, with its amount (or rate and cap, or rate points) × k. */
export function scaleSubsidy(subsidy: SubsidyInput<Decimal>, k: Decimal): SubsidyInput<Decimal> {
  switch (subsidy.type) {
    case 'capex-grant':
      return {
        ...subsidy,
        rate: subsidy.rate.times(k),
        cap: subsidy.cap === null ? null : subsidy.cap.times(k),
      };
    case 'lump-sum':
    case 'service-voucher':
      return { ...subsidy, amount: subsidy.amount.times(k) };
    case 'interest-subsidy':
      return { ...subsidy, ratePoints: subsidy.ratePoints.times(k) };
  }
}

/** Every subsidy the applicant files is what it requests of the programme. */
const EVERY_SUBSIDY = (): boolean => true;

/**
 * The NPV the model reports for the inputs with the chosen subsidies × k (the others as filed),
 * and the nominal total of the chosen ones: the problem the solver is given.
 */
export function scaledSubsidyProblem(
  evaluation: Evaluation<Decimal>,
  basis: NpvBasis,
  scaled: (subsidy: SubsidyInput<Decimal>) => boolean = EVERY_SUBSIDY,
): NecessaryAwardProblem {
  const inputs: ModelInputs<Decimal> = evaluation.inputs;
  const chosen = new Set(inputs.subsidies.filter(scaled).map((subsidy) => subsidy.id));
  // Project subsidies and those tied to a loan (the interest subsidy, in the financing flows).
  const { subsidies, financingSubsidies } = evaluation.projection;
  const requested = [...subsidies, ...financingSubsidies]
    .filter((line) => chosen.has(line.id))
    .reduce(
      (total, line) => line.values.reduce((sum, value) => sum.plus(value), total),
      new Dec(0),
    );
  return {
    requested,
    npvAt: (k) =>
      reportedNpv(
        project(decimalArithmetic, {
          ...inputs,
          subsidies: inputs.subsidies.map((subsidy) =>
            chosen.has(subsidy.id) ? scaleSubsidy(subsidy, k) : subsidy,
          ),
        }),
        basis,
      ),
  };
}

/** An evaluated applicant's necessary award, judged on the NPV that holds what it requests. */
export function necessaryAwardOf(evaluation: Evaluation<Decimal>): Decimal | null {
  const basis = npvBasis(evaluation.inputs.subsidies);
  return solveNecessaryAward(scaledSubsidyProblem(evaluation, basis));
}
