import type Decimal from 'decimal.js';
import { Dec, decimalArithmetic } from '../finance';
import type { Effect, Scenario } from '../scenario';
import type { EffectInput } from './inputs';
import { baselineLookup, fullAnnualEffect } from './project';
import { resolveScenario } from './resolve';

/*
 * What a claim may plausibly be, in one place for the single case (warnings.ts) and the subsidy
 * officer's comparison (shared/compare/flags.ts). The thresholds come from the industry context:
 * 20–30 % lower production cost for a whole-factory programme, 70 % lower inspection labour with
 * visual-AI inspection, defect detection from 85 % to 99.5 %. A claim above a threshold is a
 * question for a reviewer, not a verdict; one at the threshold is not. The comparison lets the
 * officer move every threshold (or switch it off with null).
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

/**
 * What cannot be at all, whatever a reviewer's thresholds: a saving on a cost line larger than
 * the line itself, subsidies larger than the investment they support.
 */
export const HARD_LIMITS = {
  /** Σ savings measured on a baseline line / the line. */
  savingsOfLine: new Dec(1),
  /** Σ subsidies / Σ investment. */
  subsidiesOfInvestment: new Dec(1),
} as const;

export const PLAUSIBILITY_CODES = [
  'production-cost-reduction',
  'inspection-labour-reduction',
  'detection-after',
  'savings-share',
  'ramp-up',
  'irr',
  'subsidy-share',
] as const;
export type PlausibilityCode = (typeof PLAUSIBILITY_CODES)[number];

/** What an effect claims, for the ramp-up check. */
export interface EffectClaim {
  readonly id: string;
  readonly name: string;
  readonly kind: Effect['kind'];
  /** Years before the full effect is reached: leading ramp shares below 1. */
  readonly rampYears: number;
}

/** Claims against the company's own baseline, as fractions; null when the file gives no baseline for them. */
export interface Claims<N> {
  /** Σ production-cost effects at full effect / baseline production cost. */
  readonly productionCostReduction: N | null;
  /** Σ inspection-labour effects at full effect / baseline inspection labour cost. */
  readonly inspectionLabourReduction: N | null;
  /** The highest defect detection rate claimed after the project. */
  readonly detectionAfter: N | null;
  /** Σ effects at full effect (revenue uplift excluded) / Σ baseline cost lines. */
  readonly savingsShare: N | null;
  readonly effects: readonly EffectClaim[];
}

/** The baseline lines a scenario states, by the name an effect uses for them. */
export function baselineLines(scenario: Scenario): Map<string, Decimal> {
  const lines = new Map<string, Decimal>();
  const { baseline } = scenario;
  if (baseline.productionCost !== undefined)
    lines.set('productionCost', new Dec(baseline.productionCost));
  if (baseline.inspectionLabourCost !== undefined) {
    lines.set('inspectionLabourCost', new Dec(baseline.inspectionLabourCost));
  }
  if (baseline.revenue !== undefined) lines.set('revenue', new Dec(baseline.revenue));
  for (const line of baseline.otherCosts) lines.set(line.id, new Dec(line.amount));
  return lines;
}

/** Σ of the baseline's cost lines: revenue is not a cost the company has. */
export function baselineCosts(lines: ReadonlyMap<string, Decimal>): Decimal {
  return [...lines.entries()]
    .filter(([line]) => line !== 'revenue')
    .reduce((sum, [, value]) => sum.plus(value), new Dec(0));
}

export function rampYears(effect: { readonly ramp: readonly string[] }): number {
  let years = 0;
  for (const share of effect.ramp) {
    if (new Dec(share).gte(1)) break;
    years += 1;
  }
  return years;
}

/** Each effect's saving at full effect, in year-0 prices, by the model's own formula. */
export function fullEffects(scenario: Scenario): Map<string, Decimal> {
  const inputs = resolveScenario(decimalArithmetic, scenario);
  const baseline = baselineLookup(inputs);
  return new Map(
    inputs.effects.map((effect: EffectInput<Decimal>) => [
      effect.id,
      fullAnnualEffect(decimalArithmetic, effect, baseline),
    ]),
  );
}

const ratio = (part: Decimal, whole: Decimal | undefined): Decimal | null =>
  whole === undefined || whole.isZero() ? null : part.div(whole);

export function claimsOf(scenario: Scenario): Claims<Decimal> {
  const lines = baselineLines(scenario);
  const zero = new Dec(0);
  const full = fullEffects(scenario);
  const fullAnnualSaving = (effect: Effect): Decimal => full.get(effect.id) ?? zero;
  const total = (kind: Effect['kind']): Decimal =>
    scenario.effects
      .filter((effect) => effect.kind === kind)
      .reduce((sum, effect) => sum.plus(fullAnnualSaving(effect)), zero);
  const hasKind = (kind: Effect['kind']): boolean =>
    scenario.effects.some((effect) => effect.kind === kind);

  const detection = scenario.effects
    .filter((effect) => effect.basis === 'defect-detection')
    .map((effect) => new Dec(effect.detectionAfter));
  // A revenue uplift is profit on new sales, not a cost the company had: not part of the share.
  const savings = scenario.effects
    .filter((effect) => effect.kind !== 'revenue-uplift')
    .reduce((sum, effect) => sum.plus(fullAnnualSaving(effect)), zero);
  const costs = baselineCosts(lines);

  return {
    productionCostReduction: hasKind('production-cost')
      ? ratio(total('production-cost'), lines.get('productionCost'))
      : null,
    inspectionLabourReduction: hasKind('inspection-labour')
      ? ratio(total('inspection-labour'), lines.get('inspectionLabourCost'))
      : null,
    detectionAfter: detection.length === 0 ? null : Dec.max(...detection),
    savingsShare: scenario.effects.length === 0 ? null : ratio(savings, costs),
    effects: scenario.effects.map((effect) => ({
      id: effect.id,
      name: effect.name,
      kind: effect.kind,
      rampYears: rampYears(effect),
    })),
  };
}

/** The figures the checks read: the claims, the IRR and what is invested and asked for. */
export interface PlausibilityFigures {
  readonly claims: Claims<Decimal>;
  readonly irr: Decimal | null;
  /** Σ investment, nominal. */
  readonly capex: Decimal;
  /** Σ subsidies, nominal. */
  readonly subsidies: Decimal;
}

export type PlausibilityFinding =
  | {
      readonly code: Exclude<PlausibilityCode, 'ramp-up'>;
      /** The claim and its threshold, as fractions. */
      readonly claimed: Decimal;
      readonly threshold: Decimal;
    }
  | {
      readonly code: 'ramp-up';
      readonly years: number;
      /** The effects that reach their full level sooner. */
      readonly effects: readonly EffectClaim[];
    };

function above(
  code: Exclude<PlausibilityCode, 'ramp-up'>,
  claimed: Decimal | null,
  threshold: Decimal | null,
): PlausibilityFinding[] {
  if (claimed === null || threshold === null || !claimed.gt(threshold)) return [];
  return [{ code, claimed, threshold }];
}

/** The checks the comparison flags and the single case warns of, in the order of PLAUSIBILITY_CODES. */
export function plausibilityFindings(
  figures: PlausibilityFigures,
  thresholds: PlausibilityThresholds,
): PlausibilityFinding[] {
  const { claims } = figures;
  const findings: PlausibilityFinding[] = [
    ...above(
      'production-cost-reduction',
      claims.productionCostReduction,
      thresholds.productionCostReduction,
    ),
    ...above(
      'inspection-labour-reduction',
      claims.inspectionLabourReduction,
      thresholds.inspectionLabourReduction,
    ),
    ...above('detection-after', claims.detectionAfter, thresholds.detectionAfter),
    ...above('savings-share', claims.savingsShare, thresholds.savingsShare),
  ];
  if (thresholds.minRampYears !== null) {
    const years = thresholds.minRampYears;
    const fast = claims.effects.filter((effect) => effect.rampYears < years);
    if (fast.length > 0) findings.push({ code: 'ramp-up', years, effects: fast });
  }
  findings.push(
    ...above('irr', figures.irr, thresholds.irr),
    ...above(
      'subsidy-share',
      figures.capex.isZero() ? null : figures.subsidies.div(figures.capex),
      thresholds.subsidyShare,
    ),
  );
  return findings;
}
