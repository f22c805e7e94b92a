import type Decimal from 'decimal.js';
import { Dec, decimalArithmetic } from '../finance';
import { baselineLookup, fullAnnualEffect, resolveScenario } from '../model';
import type { Effect, Scenario } from '../scenario';
import type { Claims } from './applicant';
import { absurdFields } from './fields';

/*
 * What an applicant claims, measured against its own baseline, for the plausibility flags. The
 * full annual effect is the model's own (shared/model/README.md, "Savings"), on the resolved inputs.
 */

function baselineLines(scenario: Scenario): Map<string, Decimal> {
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

function rampYears(effect: Effect): number {
  let years = 0;
  for (const share of effect.ramp) {
    if (new Dec(share).gte(1)) break;
    years += 1;
  }
  return years;
}

const ratio = (part: Decimal, whole: Decimal | undefined): Decimal | null =>
  whole === undefined || whole.isZero() ? null : part.div(whole);

export function claimsOf(scenario: Scenario): Claims<Decimal> {
  const lines = baselineLines(scenario);
  const zero = new Dec(0);
  const inputs = resolveScenario(decimalArithmetic, scenario);
  const baseline = baselineLookup(inputs);
  const fullEffects = new Map(
    inputs.effects.map((effect) => [
      effect.id,
      fullAnnualEffect(decimalArithmetic, effect, baseline),
    ]),
  );
  const fullAnnualSaving = (effect: Effect): Decimal => fullEffects.get(effect.id) ?? zero;
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
  const baselineCosts = [...lines.entries()]
    .filter(([line]) => line !== 'revenue')
    .reduce((sum, [, value]) => sum.plus(value), zero);

  return {
    productionCostReduction: hasKind('production-cost')
      ? ratio(total('production-cost'), lines.get('productionCost'))
      : null,
    inspectionLabourReduction: hasKind('inspection-labour')
      ? ratio(total('inspection-labour'), lines.get('inspectionLabourCost'))
      : null,
    detectionAfter: detection.length === 0 ? null : Dec.max(...detection),
    savingsShare: scenario.effects.length === 0 ? null : ratio(savings, baselineCosts),
    effects: scenario.effects.map((effect) => ({
      id: effect.id,
      name: effect.name,
      kind: effect.kind,
      rampYears: rampYears(effect),
    })),
    absurdFields: absurdFields(scenario.project.notes),
  };
}
