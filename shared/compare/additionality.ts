import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import type { Projection, SubsidyInput } from '../model';

/*
 * What the subsidy does for an applicant (README, "Three states"): it causes the project
 * (additional), it pays for a project that goes ahead anyway (deadweight), or it is not enough
 * (not viable). Judged on the NPV the model reports with and without the subsidies requested.
 */

export const APPLICANT_STATES = ['additional', 'deadweight', 'not-viable'] as const;
export type ApplicantState = (typeof APPLICANT_STATES)[number];

/**
 * Additional: NPV < 0 without the subsidies and ≥ 0 with them. Deadweight: NPV ≥ 0 without them
 * (whatever it is with them). Not viable: NPV < 0 even with them. `lt(0)`, not `isNegative()`:
 * a Decimal −0 is "negative" to decimal.js, and an NPV of −0 pays off.
 */
export function applicantState(npvWithout: Decimal, npvWith: Decimal): ApplicantState {
  if (!npvWithout.lt(0)) return 'deadweight';
  return npvWith.lt(0) ? 'not-viable' : 'additional';
}

/** Which of the model's NPVs holds a subsidy: the project's, or the equity holders'. */
export type NpvBasis = 'project' | 'equity';

/**
 * Where the model books an interest subsidy: it lowers the cost of a loan, so it belongs to the
 * financing (equity) flows, and only the equity NPV holds it (shared/model/README.md,
 * "Subsidies"). An applicant that requests one is judged — state and necessary award — on the
 * equity NPV, which holds its other subsidies too.
 */
const INTEREST_SUBSIDY_NPV: NpvBasis = 'equity';

/** The NPV an applicant's state and necessary award are judged on, given what it requests. */
export function npvBasis(subsidies: readonly Pick<SubsidyInput<unknown>, 'type'>[]): NpvBasis {
  return subsidies.some((subsidy) => subsidy.type === 'interest-subsidy')
    ? INTEREST_SUBSIDY_NPV
    : 'project';
}

/** The NPV the model reports on that basis: the sum of the discounted column it shows. */
export function reportedNpv(projection: Projection<Decimal>, basis: NpvBasis): Decimal {
  const column =
    basis === 'project'
      ? projection.discountedProjectNetCashFlow
      : projection.discountedEquityNetCashFlow;
  return column.reduce((total, value) => total.plus(value), new Dec(0));
}
