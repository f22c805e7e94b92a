import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import type { Applicant } from './applicant';

/*
 * Claims outside what published industry figures support (docs/methodology.md, plausibility flags):
 * 20–30 % lower production cost for a whole-factory programme, 70 % lower inspection labour with
 * visual-AI inspection, defect detection from 85 % to 99.5 %. A flag is a question for the
 * officer, not a verdict: each says what was claimed, against which threshold, and the officer
 * may move every threshold (or switch it off with null).
 */

export interface PlausibilityThresholds {
  /** Highest plausible production-cost reduction (fraction of the baseline). */
  readonly productionCostReduction: Decimal | null;
  /** Highest plausible inspection-labour reduction. */
  readonly inspectionLabourReduction: Decimal | null;
  /** Highest plausible defect detection rate after the project. */
  readonly detectionAfter: Decimal | null;
  /** Highest plausible total saving as a share of the baseline costs. */
  readonly savingsShare: Decimal | null;
  /** Fewest years an effect should take to reach its full level. */
  readonly minRampYears: number | null;
  /** Highest plausible project IRR. */
  readonly irr: Decimal | null;
  /** Highest share of the investment the subsidies may cover. */
  readonly subsidyShare: Decimal | null;
}

export const DEFAULT_THRESHOLDS: PlausibilityThresholds = {
  productionCostReduction: new Dec('0.3'),
  inspectionLabourReduction: new Dec('0.7'),
  detectionAfter: new Dec('0.995'),
  savingsShare: new Dec('0.3'),
  minRampYears: 1,
  irr: new Dec('0.5'),
  subsidyShare: new Dec('0.5'),
};

export const FLAG_CODES = [
  'production-cost-reduction',
  'inspection-labour-reduction',
  'detection-after',
  'savings-share',
  'ramp-up',
  'irr',
  'subsidy-share',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

/** How a flag's parameters read: fractions as percentages, counts as numbers, names as text. */
export const FLAG_PARAM_KINDS = {
  claimed: 'rate',
  threshold: 'rate',
  years: 'number',
  effects: 'text',
} as const;

export interface Flag {
  readonly code: FlagCode;
  /** `claimed` and `threshold` as decimal fractions; `years`; `effects` as names joined by ", ". */
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

const pct = (value: Decimal): string =>
  `${value.times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toString()} %`;

function above(
  code: FlagCode,
  claimed: Decimal | null,
  threshold: Decimal | null,
  sentence: (claimed: string, threshold: string) => string,
): Flag[] {
  if (claimed === null || threshold === null || !claimed.gt(threshold)) return [];
  return [
    {
      code,
      params: { claimed: claimed.toString(), threshold: threshold.toString() },
      message: sentence(pct(claimed), pct(threshold)),
    },
  ];
}

export function plausibilityFlags(
  applicant: Applicant,
  thresholds: PlausibilityThresholds,
): Flag[] {
  const { claims } = applicant;
  const flags: Flag[] = [
    ...above(
      'production-cost-reduction',
      claims.productionCostReduction,
      thresholds.productionCostReduction,
      (c, t) => `claims ${c} lower production cost; the industry context supports at most ${t}`,
    ),
    ...above(
      'inspection-labour-reduction',
      claims.inspectionLabourReduction,
      thresholds.inspectionLabourReduction,
      (c, t) =>
        `claims ${c} lower inspection labour cost; the industry context supports at most ${t}`,
    ),
    ...above(
      'detection-after',
      claims.detectionAfter,
      thresholds.detectionAfter,
      (c, t) => `claims defect detection of ${c}; the industry context reports at most ${t}`,
    ),
    ...above(
      'savings-share',
      claims.savingsShare,
      thresholds.savingsShare,
      (c, t) => `claims savings of ${c} of its baseline costs; more than ${t} is exceptional`,
    ),
  ];
  if (thresholds.minRampYears !== null) {
    const minimum = thresholds.minRampYears;
    const fast = claims.effects.filter((effect) => effect.rampYears < minimum);
    if (fast.length > 0) {
      const names = fast.map((effect) => effect.name).join(', ');
      flags.push({
        code: 'ramp-up',
        params: { years: minimum, effects: names },
        message: `reaches the full effect in less than ${minimum} year${minimum === 1 ? '' : 's'}: ${names}`,
      });
    }
  }
  flags.push(
    ...above(
      'irr',
      applicant.irr,
      thresholds.irr,
      (c, t) => `has an IRR of ${c}, above the plausible ${t}`,
    ),
    ...above(
      'subsidy-share',
      applicant.capex.isZero() ? null : applicant.subsidyRequested.div(applicant.capex),
      thresholds.subsidyShare,
      (c, t) => `asks subsidies of ${c} of its investment; at most ${t} is usual`,
    ),
  );
  return flags;
}
