import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import type { Applicant } from './applicant';
import { causedNpv } from './outcome';

/*
 * The weighted score (0–100) the officer ranks by. Each criterion's raw value is scaled to 0–1
 * across the applicants compared, 1 for the best and 0 for the worst, turned round when less is
 * better (payback), and weighted:
 *
 *     points_k = weight_k / Σ weights × scaled_k × 100,   score = Σ points_k
 *
 * Scaling is by rank by default — an applicant's position among those with a value, evenly spaced,
 * equal values sharing the average position — so one implausible claim (an IRR of 400 %) cannot
 * squash everyone else to nothing; min-max scaling (value − worst) / (best − worst) keeps the
 * distances instead. Additionality is yes (1) or no (0). A missing value (no IRR, payback not
 * within the horizon, no subsidy requested, a field the notes do not give) scales to 0; when every
 * applicant has the same value, all get 1. Everything is Decimal, so the points shown add up to
 * the score exactly.
 */

export const BUILT_IN_CRITERIA = [
  'npvPerSubsidy',
  'additionality',
  'fundingGap',
  'irr',
  'payback',
] as const;
export type BuiltInCriterion = (typeof BUILT_IN_CRITERIA)[number];
/** A built-in criterion, or a custom field of the project notes: `field:jobs-created`. */
export type CriterionId = BuiltInCriterion | `field:${string}`;
export type Better = 'higher' | 'lower';
export type Scaling = 'rank' | 'min-max';
export const SCALINGS: readonly Scaling[] = ['rank', 'min-max'];

export interface CriterionWeight {
  readonly criterion: CriterionId;
  readonly weight: Decimal;
  readonly better: Better;
}

export const FIELD_PREFIX = 'field:';
export const JOBS_CRITERION: CriterionId = 'field:jobs-created';

const BETTER: Readonly<Record<BuiltInCriterion, Better>> = {
  npvPerSubsidy: 'higher',
  additionality: 'higher',
  fundingGap: 'higher',
  irr: 'higher',
  payback: 'lower',
};

export function betterOf(criterion: CriterionId): Better {
  return isBuiltIn(criterion) ? BETTER[criterion] : 'higher';
}

export function isBuiltIn(criterion: string): criterion is BuiltInCriterion {
  return (BUILT_IN_CRITERIA as readonly string[]).includes(criterion);
}

const weight = (criterion: CriterionId, value: string): CriterionWeight => ({
  criterion,
  weight: new Dec(value),
  better: betterOf(criterion),
});

/** Value for public money first, then need (additionality, funding gap), then speed and jobs. */
export const DEFAULT_WEIGHTS: readonly CriterionWeight[] = [
  weight('npvPerSubsidy', '40'),
  weight('additionality', '25'),
  weight('fundingGap', '15'),
  weight('irr', '0'),
  weight('payback', '10'),
  weight(JOBS_CRITERION, '10'),
];

/** The raw value an applicant has on a criterion; booleans are 1 or 0. */
export function criterionValue(applicant: Applicant, criterion: CriterionId): Decimal | null {
  switch (criterion) {
    case 'npvPerSubsidy':
      // The NPV the subsidy causes per yuan: none for a project that pays off without it.
      return applicant.subsidyRequested.isZero()
        ? null
        : causedNpv(applicant).div(applicant.subsidyRequested);
    case 'additionality':
      return new Dec(applicant.additionality ? 1 : 0);
    case 'fundingGap':
      return applicant.fundingGapRate;
    case 'irr':
      return applicant.irr;
    case 'payback':
      return applicant.paybackYears;
    default: {
      const key = criterion.slice(FIELD_PREFIX.length);
      return applicant.fields.find((field) => field.key === key)?.value ?? null;
    }
  }
}

export interface ScorePart {
  readonly criterion: CriterionId;
  readonly value: Decimal | null;
  /** 0–1 after scaling (1 is the best of the applicants compared). */
  readonly scaled: Decimal;
  readonly weight: Decimal;
  /** Share of the score this criterion gives: weight / Σ weights × scaled × 100. */
  readonly points: Decimal;
}

export interface Score {
  readonly total: Decimal;
  readonly parts: readonly ScorePart[];
}

type Scaler = (value: Decimal | null) => Decimal;

function minMaxScaler(values: readonly (Decimal | null)[], better: Better): Scaler {
  const present = values.filter((value): value is Decimal => value !== null);
  if (present.length === 0) return () => new Dec(0);
  const min = Dec.min(...present);
  const max = Dec.max(...present);
  const spread = max.minus(min);
  return (value) => {
    if (value === null) return new Dec(0);
    if (spread.isZero()) return new Dec(1);
    return (better === 'higher' ? value.minus(min) : max.minus(value)).div(spread);
  };
}

function rankScaler(values: readonly (Decimal | null)[], better: Better): Scaler {
  // Worst first, so a value's position is the number of values worse than it.
  const goodness = (a: Decimal, b: Decimal) => (better === 'higher' ? a.cmp(b) : b.cmp(a));
  const present = values.filter((value): value is Decimal => value !== null).sort(goodness);
  const steps = present.length - 1;
  const first = present[0];
  const last = present[steps];
  const allEqual = first === undefined || last === undefined || first.eq(last);
  const count = (value: Decimal, strictlyWorse: boolean) => {
    let low = 0;
    let high = present.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = goodness(present[middle] as Decimal, value);
      if (order < 0 || (!strictlyWorse && order === 0)) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return (value) => {
    if (value === null) return new Dec(0);
    if (allEqual) return new Dec(1);
    const worse = count(value, true);
    const equal = count(value, false) - worse;
    // Equal values share the mean of their positions 0 (worst) … steps (best).
    return new Dec(worse).plus(new Dec(equal - 1).div(2)).div(steps);
  };
}

function scalerFor(
  criterion: CriterionId,
  values: readonly (Decimal | null)[],
  better: Better,
  scaling: Scaling,
): Scaler {
  if (criterion === 'additionality') return (value) => value ?? new Dec(0);
  const scale = scaling === 'rank' ? rankScaler(values, better) : minMaxScaler(values, better);
  // Causing no NPV earns nothing: ranked, the many applicants at 0 would share a middle position.
  if (criterion === 'npvPerSubsidy')
    return (value) => (value !== null && !value.gt(0) ? new Dec(0) : scale(value));
  return scale;
}

/** Scores of the applicants, in their order. Weights must not be negative. */
export function scoreApplicants(
  applicants: readonly Applicant[],
  weights: readonly CriterionWeight[],
  scaling: Scaling = 'rank',
): Score[] {
  const totalWeight = weights.reduce((sum, item) => sum.plus(item.weight), new Dec(0));
  const columns = weights.map((item) => {
    const values = applicants.map((applicant) => criterionValue(applicant, item.criterion));
    return { item, values, scale: scalerFor(item.criterion, values, item.better, scaling) };
  });
  return applicants.map((_, index) => {
    const parts = columns.map(({ item, values, scale }): ScorePart => {
      const value = values[index] ?? null;
      const scaled = scale(value);
      const points = totalWeight.isZero()
        ? new Dec(0)
        : item.weight.div(totalWeight).times(scaled).times(100);
      return { criterion: item.criterion, value, scaled, weight: item.weight, points };
    });
    return { total: parts.reduce((sum, part) => sum.plus(part.points), new Dec(0)), parts };
  });
}

/**
 * The ranking order: higher score first; equal scores by higher NPV, then by file name (UTF-16
 * code units, so the order is the same in every locale).
 */
export function compareForRanking(
  a: { readonly score: Score; readonly applicant: Applicant },
  b: { readonly score: Score; readonly applicant: Applicant },
): number {
  return (
    b.score.total.cmp(a.score.total) ||
    b.applicant.npv.cmp(a.applicant.npv) ||
    (a.applicant.file < b.applicant.file ? -1 : a.applicant.file > b.applicant.file ? 1 : 0)
  );
}

/** The custom fields the applicants' notes give, by key, with the first label seen. */
export function availableFields(
  applicants: readonly Applicant[],
): { key: string; label: string; count: number }[] {
  const found = new Map<string, { key: string; label: string; count: number }>();
  for (const applicant of applicants) {
    for (const field of applicant.fields) {
      const known = found.get(field.key);
      if (known) known.count += 1;
      else found.set(field.key, { key: field.key, label: field.label, count: 1 });
    }
  }
  return [...found.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
