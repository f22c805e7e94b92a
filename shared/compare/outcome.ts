import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import type { Allocation } from './allocate';
import type { Applicant } from './applicant';
import type { AssessedApplicant } from './compare';

/*
 * What a proposed allocation does with public money (README, "What every result states"): the NPV
 * it causes, the awards that pay for projects going ahead anyway (deadweight) and their share, and
 * what it awards additional projects above their necessary awards.
 */

export interface FundingOutcome {
  /** Σ NPV of the funded projects the awards cause: additional, and awarded at least their necessary award. */
  readonly causedNpv: Decimal;
  /** Σ NPV of every funded project, pro rata for a partial award that does not cause one. */
  readonly totalNpv: Decimal;
  /** Σ awards to projects whose NPV is not negative without the subsidy. */
  readonly deadweightSubsidy: Decimal;
  /** deadweightSubsidy / Σ awards; null when nothing is awarded. */
  readonly deadweightShare: Decimal | null;
  /** Σ (award − necessary award) over the funded additional projects awarded more than they need. */
  readonly aboveNecessary: Decimal;
  /** How many funded projects the awards cause. */
  readonly causedCount: number;
  /** How many funded projects are deadweight. */
  readonly deadweightCount: number;
}

/** Whether an award of this size makes a project go ahead that would not go ahead without it. */
export function causes(applicant: Applicant, award: Decimal): boolean {
  return (
    applicant.state === 'additional' &&
    applicant.necessaryAward !== null &&
    award.gte(applicant.necessaryAward)
  );
}

/**
 * The NPV a subsidy causes when awarded as requested: the project's NPV when it goes ahead only
 * with the subsidy; 0 when it pays off without it (deadweight) or not even with it (not viable).
 */
export function causedNpv(applicant: Applicant): Decimal {
  return causes(applicant, applicant.subsidyRequested) ? applicant.npv : new Dec(0);
}

/** The share of an award that is deadweight: all of it for a deadweight project, else none. */
export function deadweightOf(applicant: Applicant, award: Decimal): Decimal {
  return applicant.state === 'deadweight' ? award : new Dec(0);
}

export function fundingOutcome(
  ranking: readonly AssessedApplicant[],
  allocation: Allocation,
): FundingOutcome {
  const byFile = new Map(ranking.map((row) => [row.applicant.file, row.applicant]));
  const zero = new Dec(0);
  let causedNpv = zero;
  let totalNpv = zero;
  let deadweightSubsidy = zero;
  let aboveNecessary = zero;
  let causedCount = 0;
  let deadweightCount = 0;
  for (const award of allocation.selected) {
    const applicant = byFile.get(award.id);
    if (applicant === undefined) continue;
    const caused = causes(applicant, award.award);
    if (caused) {
      causedNpv = causedNpv.plus(applicant.npv);
      causedCount += 1;
      aboveNecessary = aboveNecessary.plus(award.award.minus(applicant.necessaryAward ?? 0));
    }
    totalNpv = totalNpv.plus(
      caused || !award.partial
        ? applicant.npv
        : applicant.npv.times(award.award).div(award.fullAward),
    );
    if (applicant.state === 'deadweight') {
      deadweightSubsidy = deadweightSubsidy.plus(award.award);
      deadweightCount += 1;
    }
  }
  return {
    causedNpv,
    totalNpv,
    deadweightSubsidy,
    deadweightShare: allocation.totalAward.isZero()
      ? null
      : deadweightSubsidy.div(allocation.totalAward),
    aboveNecessary,
    causedCount,
    deadweightCount,
  };
}
