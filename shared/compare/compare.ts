import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import { allocateBudget, type Allocation, type AllocationCandidate } from './allocate';
import type { Applicant } from './applicant';
import { budgetCurve, type CurvePoint } from './curve';
import { plausibilityFlags, type Flag } from './flags';
import { compareForRanking, scoreApplicants, type Score } from './score';
import type { CompareSettings } from './settings';

/*
 * The officer's workspace in one pure function: flags, scores and the ranking of the applicants,
 * and, given a budget, the allocation. The interface calls it again whenever a weight, a
 * threshold or the budget changes; it never evaluates a scenario again.
 */

/** What the budget is spent to maximise: the NPV of the projects funded, or their total score. */
export type Objective = 'npv' | 'score';
export const OBJECTIVES: readonly Objective[] = ['npv', 'score'];

export interface BudgetRequest {
  readonly budget: Decimal;
  readonly objective: Objective;
  /** Partial awards down to this share of a request; null for all-or-nothing. */
  readonly partialMinShare: Decimal | null;
  /** Leave applicants with any plausibility flag out of the allocation. */
  readonly excludeFlagged: boolean;
  /** Files the officer has left out by hand. */
  readonly excluded?: readonly string[];
}

export interface AssessedApplicant {
  readonly applicant: Applicant;
  readonly flags: readonly Flag[];
  readonly score: Score;
  /** 1 is the best. */
  readonly rank: number;
}

export interface Totals {
  readonly count: number;
  readonly capex: Decimal;
  readonly subsidyRequested: Decimal;
  readonly npv: Decimal;
  readonly npvWithoutSubsidies: Decimal;
}

export interface Comparison {
  /** In ranking order. */
  readonly ranking: readonly AssessedApplicant[];
  readonly totals: Totals;
  readonly budget: BudgetRequest | null;
  readonly allocation: Allocation | null;
}

/** NPV is compared to the fen; scores (0–100) to a millionth of a point. */
export function objectiveUnit(objective: Objective): Decimal {
  return new Dec(objective === 'npv' ? '0.01' : '0.000001');
}

export function totalsOf(applicants: readonly Applicant[]): Totals {
  const sum = (pick: (applicant: Applicant) => Decimal) =>
    applicants.reduce((total, applicant) => total.plus(pick(applicant)), new Dec(0));
  return {
    count: applicants.length,
    capex: sum((a) => a.capex),
    subsidyRequested: sum((a) => a.subsidyRequested),
    npv: sum((a) => a.npv),
    npvWithoutSubsidies: sum((a) => a.npvWithoutSubsidies),
  };
}

export function rankApplicants(
  applicants: readonly Applicant[],
  settings: CompareSettings,
): AssessedApplicant[] {
  const scores = scoreApplicants(applicants, settings.weights, settings.scaling);
  return applicants
    .map((applicant, index) => ({ applicant, score: scores[index] as Score }))
    .sort(compareForRanking)
    .map(({ applicant, score }, index) => ({
      applicant,
      score,
      flags: plausibilityFlags(applicant, settings.thresholds),
      rank: index + 1,
    }));
}

/** The applicants as the allocator sees them, in ranking order. */
export function allocationCandidates(
  ranking: readonly AssessedApplicant[],
  request: Pick<BudgetRequest, 'objective' | 'excludeFlagged' | 'excluded'>,
): AllocationCandidate[] {
  const excluded = new Set(request.excluded ?? []);
  return ranking.map(({ applicant, score, flags }) => ({
    id: applicant.file,
    request: applicant.subsidyRequested,
    value: request.objective === 'npv' ? applicant.npv : score.total,
    excluded: excluded.has(applicant.file)
      ? 'excluded'
      : request.excludeFlagged && flags.length > 0
        ? 'flagged'
        : null,
  }));
}

export function compareApplicants(
  applicants: readonly Applicant[],
  settings: CompareSettings,
  budget: BudgetRequest | null = null,
): Comparison {
  const ranking = rankApplicants(applicants, settings);
  const allocation =
    budget === null
      ? null
      : allocateBudget(allocationCandidates(ranking, budget), {
          budget: budget.budget,
          valueUnit: objectiveUnit(budget.objective),
          partial: budget.partialMinShare === null ? null : { minShare: budget.partialMinShare },
        });
  // Summed in the order the table shows, so its total row adds up to the last digit.
  return { ranking, totals: totalsOf(ranking.map((row) => row.applicant)), budget, allocation };
}

/** The best objective for budgets from nothing to everything requested. */
export function comparisonCurve(
  comparison: Comparison,
  request: Pick<BudgetRequest, 'objective' | 'excludeFlagged' | 'excluded'>,
  points = 21,
): CurvePoint[] {
  return budgetCurve(allocationCandidates(comparison.ranking, request), {
    valueUnit: objectiveUnit(request.objective),
    points,
  });
}
