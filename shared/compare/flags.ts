import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import {
  DEFAULT_THRESHOLDS,
  PLAUSIBILITY_CODES,
  plausibilityFindings,
  type PlausibilityCode,
  type PlausibilityFinding,
  type PlausibilityThresholds,
} from '../model';
import type { Applicant } from './applicant';

/*
 * The plausibility flags of the comparison: the checks and thresholds of shared/model/plausibility.ts
 * (the same as the single case's warnings), each turned into a flag the officer reads. A flag is a
 * question for the officer, not a verdict: it says what was claimed, against which threshold, and
 * the officer may move every threshold (or switch it off with null).
 */

export { DEFAULT_THRESHOLDS, type PlausibilityThresholds };

/** The model's plausibility checks, and one of the comparison's own: an absurd custom field. */
export const FLAG_CODES = [...PLAUSIBILITY_CODES, 'absurd-field'] as const;
export type FlagCode = PlausibilityCode | 'absurd-field';

/** How a flag's parameters read: fractions as percentages, counts as numbers, names as text. */
export const FLAG_PARAM_KINDS = {
  claimed: 'rate',
  threshold: 'rate',
  years: 'number',
  effects: 'text',
  field: 'text',
  digits: 'number',
} as const;

export interface Flag {
  readonly code: FlagCode;
  /** `claimed` and `threshold` as decimal fractions; `years`; `effects` as names joined by ", ". */
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

const pct = (value: Decimal): string =>
  `${value.times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toString()} %`;

const SENTENCES: Readonly<
  Record<Exclude<PlausibilityCode, 'ramp-up'>, (claimed: string, threshold: string) => string>
> = {
  'production-cost-reduction': (c, t) =>
    `claims ${c} lower production cost; the industry context supports at most ${t}`,
  'inspection-labour-reduction': (c, t) =>
    `claims ${c} lower inspection labour cost; the industry context supports at most ${t}`,
  'detection-after': (c, t) =>
    `claims defect detection of ${c}; the industry context reports at most ${t}`,
  'savings-share': (c, t) =>
    `claims savings of ${c} of its baseline costs; more than ${t} is exceptional`,
  irr: (c, t) => `has an IRR of ${c}, above the plausible ${t}`,
  'subsidy-share': (c, t) => `asks subsidies of ${c} of its investment; at most ${t} is usual`,
};

function flagOf(finding: PlausibilityFinding): Flag {
  if (finding.code === 'ramp-up') {
    const names = finding.effects.map((effect) => effect.name).join(', ');
    const { years } = finding;
    return {
      code: 'ramp-up',
      params: { years, effects: names },
      message: `reaches the full effect in less than ${years} year${years === 1 ? '' : 's'}: ${names}`,
    };
  }
  return {
    code: finding.code,
    params: { claimed: finding.claimed.toString(), threshold: finding.threshold.toString() },
    message: SENTENCES[finding.code](pct(finding.claimed), pct(finding.threshold)),
  };
}

export function plausibilityFlags(
  applicant: Applicant,
  thresholds: PlausibilityThresholds,
): Flag[] {
  const flags: Flag[] = plausibilityFindings(
    {
      claims: applicant.claims,
      irr: applicant.irr,
      capex: applicant.capex,
      subsidies: applicant.subsidyRequested,
    },
    thresholds,
  ).map(flagOf);
  // Not a threshold the officer sets: no figure of 10^15 or more is a plausible one.
  for (const field of applicant.absurdFields)
    flags.push({
      code: 'absurd-field',
      params: { field: field.label, digits: field.digits },
      message: `gives "${field.label}" in its notes as a figure of ${field.digits} digits, which is not plausible; that figure is left out of the comparison`,
    });
  return flags;
}
