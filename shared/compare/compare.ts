import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import {
  allocateBudget,
  type Allocation,
  type AllocationCandidate,
  type ExclusionReason,
} from './allocate';
import type { Applicant } from './applicant';
import { budgetCurve, type CurvePoint } from './curve';
import { causes, fundingOutcome, type FundingOutcome } from './outcome';
import { plausibilityFlags, type Flag } from './flags';
import { compareForRanking, scoreApplicants, type Score } from './score';
import type { CompareSettings } from './settings';

/*
 * The officer's workspace in one pure function: flags, scores and the ranking of the applicants,
 * and, given a budget, the allocation. The interface calls it again whenever a weight, a
 * threshold or the budget changes; it never evaluates a scenario again.
 */

/**
 * What the budget is spent to maximise (README, "Budget allocation"): the NPV the programme causes
 * — of the funded projects that go ahead only with the award — the NPV of every project funded,
 * or the total score of the applicants funded.
 */
export type Objective = 'caused' | 'npv' | 'score';
export const OBJECTIVES: readonly Objective[] = ['caused', 'npv', 'score'];

/**
 * The most an applicant is awarded: its request; at most its necessary award; or at most the EU
 * guide's decision amount, eligible cost × funding-gap rate.
 */
export type AwardCap = 'none' | 'necessary' | 'funding-gap';
export const AWARD_CAPS: readonly AwardCap[] = ['none', 'necessary', 'funding-gap'];

export interface BudgetRequest {
  readonly budget: Decimal;
  readonly objective: Objective;
  readonly cap: AwardCap;
  /** Partial awards down to this share of a request; null for all-or-nothing. */
  readonly partialMinShare: Decimal | null;
  /** Leave applicants with any plausibility flag out of the allocation, unless checked. */
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
  /** Flagged, and the officer has checked the claims and lets it be funded ("checked — include"). */
  readonly checked: boolean;
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
  /** What the proposed awards do, when a budget is allocated. */
  readonly outcome: FundingOutcome | null;
}

/** NPV is compared to the fen; scores (0–100) to a millionth of a point. */
export function objectiveUnit(objective: Objective): Decimal {
  return new Dec(objective === 'score' ? '0.000001' : '0.01');
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

/** `checked`: the flagged files the officer has checked and lets be funded. */
export function rankApplicants(
  applicants: readonly Applicant[],
  settings: CompareSettings,
  checked: readonly string[] = [],
): AssessedApplicant[] {
  const scores = scoreApplicants(applicants, settings.weights, settings.scaling);
  const checkedFiles = new Set(checked);
  return applicants
    .map((applicant, index) => ({ applicant, score: scores[index] as Score }))
    .sort(compareForRanking)
    .map(({ applicant, score }, index) => {
      const flags = plausibilityFlags(applicant, settings.thresholds);
      return {
        applicant,
        score,
        flags,
        rank: index + 1,
        checked: flags.length > 0 && checkedFiles.has(applicant.file),
      };
    });
}

export type AllocationRequest = Pick<
  BudgetRequest,
  'objective' | 'cap' | 'excludeFlagged' | 'excluded'
>;

/** What the applicant would be awarded in full under the cap: never more than it requests. */
export function cappedAward(applicant: Applicant, cap: AwardCap): Decimal {
  const request = applicant.subsidyRequested;
  switch (cap) {
    case 'none':
      return request;
    case 'necessary':
      return applicant.necessaryAward === null
        ? request
        : Dec.min(request, applicant.necessaryAward);
    case 'funding-gap': {
      // No funding gap (R ≤ 0, or no investment to measure it on): nothing to fund. A rate
      // above 1 funds no more than the eligible cost (the model's maxGrant, EC × min(1, R)).
      const rate = applicant.fundingGapRate;
      const decisionAmount =
        rate === null || !rate.gt(0) ? new Dec(0) : applicant.eligibleCost.times(Dec.min(rate, 1));
      return Dec.min(request, decisionAmount);
    }
  }
}

/** Why an applicant cannot be funded under this request at all, before the search. */
function leftOut(
  row: AssessedApplicant,
  award: Decimal,
  request: AllocationRequest,
  excluded: ReadonlySet<string>,
): ExclusionReason | null {
  const { applicant, flags } = row;
  if (excluded.has(applicant.file)) return 'excluded';
  // Nothing to award: the allocator says so ("no subsidy requested").
  if (!applicant.subsidyRequested.gt(0)) return null;
  // Not even the full request makes it pay off: no objective funds it.
  if (applicant.state === 'not-viable') return 'not-viable';
  if (request.excludeFlagged && flags.length > 0 && !row.checked) return 'flagged';
  // A deadweight project adds nothing to the NPV caused, and needs no award at all.
  if (applicant.state === 'deadweight' && (request.objective === 'caused' || !award.gt(0)))
    return 'deadweight';
  if (!award.gt(0)) return 'no-funding-gap';
  if (request.objective === 'caused' && !causes(applicant, award)) return 'cap-below-need';
  return null;
}

/** The applicants as the allocator sees them, in ranking order. */
export function allocationCandidates(
  ranking: readonly AssessedApplicant[],
  request: AllocationRequest,
): AllocationCandidate[] {
  const excluded = new Set(request.excluded ?? []);
  return ranking.map((row) => {
    const { applicant, score } = row;
    const award = cappedAward(applicant, request.cap);
    const caused = request.objective === 'caused';
    return {
      id: applicant.file,
      request: applicant.subsidyRequested,
      award,
      // The NPV caused is the project's: funded below its necessary award it is not caused at all.
      value: request.objective === 'score' ? score.total : applicant.npv,
      needed: caused ? applicant.necessaryAward : null,
      excluded: leftOut(row, award, request, excluded),
    };
  });
}

/** `checked`: the flagged files the officer has checked and lets be funded ("checked — include"). */
export function compareApplicants(
  applicants: readonly Applicant[],
  settings: CompareSettings,
  budget: BudgetRequest | null = null,
  checked: readonly string[] = [],
): Comparison {
  const ranking = rankApplicants(applicants, settings, checked);
  const allocation =
    budget === null
      ? null
      : allocateBudget(allocationCandidates(ranking, budget), {
          budget: budget.budget,
          valueUnit: objectiveUnit(budget.objective),
          partial: budget.partialMinShare === null ? null : { minShare: budget.partialMinShare },
        });
  return {
    ranking,
    // Summed in the order the table shows, so its total row adds up to the last digit.
    totals: totalsOf(ranking.map((row) => row.applicant)),
    budget,
    allocation,
    outcome: allocation === null ? null : fundingOutcome(ranking, allocation),
  };
}

/** The best objective for budgets from nothing to everything requested. */
export function comparisonCurve(
  comparison: Comparison,
  request: AllocationRequest,
  points = 21,
): CurvePoint[] {
  return budgetCurve(allocationCandidates(comparison.ranking, request), {
    valueUnit: objectiveUnit(request.objective),
    points,
  });
}
