import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import type { Effect, Scenario, Subsidy } from '../scenario';
import type { Metrics } from './metrics';
import {
  baselineCosts,
  baselineLines,
  claimsOf,
  DEFAULT_THRESHOLDS,
  fullEffects,
  HARD_LIMITS,
  PLAUSIBILITY_CODES,
  plausibilityFindings,
  rampYears,
  type PlausibilityFinding,
  type PlausibilityThresholds,
} from './plausibility';

/*
 * The plausibility warnings of a single case: the comparison's checks, with its thresholds
 * (plausibility.ts), and three a reviewer asks of one case besides — savings larger than the
 * cost line they come from, a payback before the savings have ramped up, subsidies larger than
 * the investment. Each warning names the figure it concerns (a metric shown as a key figure, the
 * fields of the editor by the path an override uses, the section), says why in an English
 * sentence (the command line's) and what would make it plausible; the interface and the report
 * translate it from its code and parameters.
 */

export const WARNING_CODES = [
  ...PLAUSIBILITY_CODES,
  'savings-above-baseline',
  'payback-within-ramp-up',
  'subsidies-above-investment',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface ScenarioWarning {
  readonly code: WarningCode;
  /**
   * Fractions (`claimed`, `threshold`), amounts (`baseline`, `limit`, `savings`, `subsidies`,
   * `investment`), years (`payback`, `rampUp`, `years`) as decimal strings or numbers; names
   * (`effects`, `line`) as text.
   */
  readonly params: Readonly<Record<string, string | number>>;
  /** The key figure it concerns, when it is one. */
  readonly metric: 'irr' | 'paybackYears' | null;
  /** The editor's section it concerns. */
  readonly section: 'effects' | 'subsidies' | null;
  /** The fields it concerns, by the path an override uses: `effects[id=prod-cost].fullEffect`. */
  readonly fields: readonly string[];
  /** Why, in English. */
  readonly message: string;
  /** What would make it plausible, in English. */
  readonly advice: string;
}

const pct = (value: Decimal): string =>
  `${value.times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toString()} %`;
const money = (value: Decimal): string => {
  const [whole = '0', cents = '00'] = value
    .toDecimalPlaces(2, Dec.ROUND_HALF_UP)
    .toFixed(2)
    .split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
};
const years = (value: Decimal): string => value.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toString();
const names = (effects: readonly { readonly name: string }[]) =>
  effects.map((effect) => effect.name).join(', ');

/** The field that states an effect's size: its full effect, or its detection rate after the project. */
const sizeField = (effect: Effect): string =>
  `effects[id=${effect.id}].${effect.basis === 'defect-detection' ? 'detectionAfter' : 'fullEffect'}`;
const rampField = (effect: { readonly id: string }): string => `effects[id=${effect.id}].ramp`;
/** The field that states how much a subsidy gives. */
const subsidyField = (subsidy: Subsidy): string =>
  `subsidies[id=${subsidy.id}].${
    subsidy.type === 'capex-grant'
      ? 'rate'
      : subsidy.type === 'interest-subsidy'
        ? 'ratePoints'
        : 'amount'
  }`;

/**
 * The baseline line an effect's saving comes out of: the line it is a share of, or for an amount
 * the line its kind names (production cost, inspection labour). A revenue uplift is profit on new
 * sales, not a cost the company had, so it has none.
 */
function lineOf(effect: Effect): string | null {
  if (effect.kind === 'revenue-uplift') return null;
  if (effect.basis !== 'amount')
    return effect.baselineLine === 'revenue' ? null : effect.baselineLine;
  if (effect.kind === 'production-cost') return 'productionCost';
  if (effect.kind === 'inspection-labour') return 'inspectionLabourCost';
  return null;
}

/** A claim against a share of a base, the base, and the most that share of it would be. */
function shareParams(
  finding: { readonly claimed: Decimal; readonly threshold: Decimal },
  base: Decimal,
  name: 'baseline' | 'investment',
): { params: Record<string, string>; limit: Decimal } {
  const limit = base.times(finding.threshold);
  return {
    params: {
      claimed: finding.claimed.toString(),
      threshold: finding.threshold.toString(),
      [name]: base.toString(),
      limit: limit.toString(),
    },
    limit,
  };
}

function fromFinding(
  finding: PlausibilityFinding,
  scenario: Scenario,
  lines: ReadonlyMap<string, Decimal>,
  capex: Decimal,
): ScenarioWarning {
  const { effects } = scenario;
  const ofKind = (kind: Effect['kind']) => effects.filter((effect) => effect.kind === kind);
  switch (finding.code) {
    case 'ramp-up': {
      const fast = new Set(finding.effects.map((effect) => effect.id));
      const plural = finding.years === 1 ? '' : 's';
      return {
        code: finding.code,
        params: { years: finding.years, effects: names(finding.effects) },
        metric: null,
        section: 'effects',
        fields: effects.filter((effect) => fast.has(effect.id)).map(rampField),
        message: `reaches the full effect in less than ${finding.years} year${plural}: ${names(finding.effects)}`,
        advice: `let each effect ramp up over at least ${finding.years} year${plural} (a first-year level below 100 %), as new equipment and changed work take time to reach their full effect`,
      };
    }
    case 'production-cost-reduction':
    case 'inspection-labour-reduction': {
      const production = finding.code === 'production-cost-reduction';
      const baseline =
        lines.get(production ? 'productionCost' : 'inspectionLabourCost') ?? new Dec(0);
      const { params, limit } = shareParams(finding, baseline, 'baseline');
      const what = production ? 'production cost' : 'inspection labour cost';
      return {
        code: finding.code,
        params,
        metric: null,
        section: 'effects',
        fields: ofKind(production ? 'production-cost' : 'inspection-labour').map(sizeField),
        message: `claims ${pct(finding.claimed)} lower ${what}; the industry context supports at most ${pct(finding.threshold)}${production ? ' for a whole-factory programme' : ''}`,
        advice: `savings of at most ${pct(finding.threshold)} of the ${what}, ${money(limit)} a year in year-0 prices, or evidence for more`,
      };
    }
    case 'detection-after':
      return {
        code: finding.code,
        params: { claimed: finding.claimed.toString(), threshold: finding.threshold.toString() },
        metric: null,
        section: 'effects',
        fields: effects
          .filter(
            (effect) =>
              effect.basis === 'defect-detection' &&
              new Dec(effect.detectionAfter).gt(finding.threshold),
          )
          .map(sizeField),
        message: `claims defect detection of ${pct(finding.claimed)}; the industry context reports at most ${pct(finding.threshold)}`,
        advice: `a detection rate after the project of at most ${pct(finding.threshold)}`,
      };
    case 'savings-share': {
      const { params, limit } = shareParams(finding, baselineCosts(lines), 'baseline');
      return {
        code: finding.code,
        params,
        metric: null,
        section: 'effects',
        fields: [],
        message: `claims savings of ${pct(finding.claimed)} of the baseline costs; more than ${pct(finding.threshold)} is exceptional`,
        advice: `savings of at most ${pct(finding.threshold)} of the baseline costs, ${money(limit)} a year in year-0 prices, or evidence for more`,
      };
    }
    case 'irr':
      return {
        code: finding.code,
        params: { claimed: finding.claimed.toString(), threshold: finding.threshold.toString() },
        metric: 'irr',
        section: null,
        fields: [],
        message: `an IRR of ${pct(finding.claimed)} is above the plausible ${pct(finding.threshold)}`,
        advice: `check that the savings are not overstated and that the investment and running costs are complete: such projects rarely return more than ${pct(finding.threshold)} a year`,
      };
    case 'subsidy-share': {
      const { params, limit } = shareParams(finding, capex, 'investment');
      return {
        code: finding.code,
        params,
        metric: null,
        section: 'subsidies',
        fields: scenario.subsidies.map(subsidyField),
        message: `subsidies cover ${pct(finding.claimed)} of the investment; at most ${pct(finding.threshold)} is usual`,
        advice: `subsidies of at most ${pct(finding.threshold)} of the investment, ${money(limit)} in all, unless the programme's rules allow more`,
      };
    }
  }
}

/** Savings larger than the baseline line they come out of, one warning per line. */
function savingsAboveBaseline(
  scenario: Scenario,
  lines: ReadonlyMap<string, Decimal>,
): ScenarioWarning[] {
  const full = fullEffects(scenario);
  const byLine = new Map<string, Effect[]>();
  for (const effect of scenario.effects) {
    const line = lineOf(effect);
    if (line !== null) byLine.set(line, [...(byLine.get(line) ?? []), effect]);
  }
  const found: ScenarioWarning[] = [];
  for (const [line, effects] of byLine) {
    const baseline = lines.get(line);
    if (baseline === undefined) continue;
    const savings = effects.reduce((sum, effect) => sum.plus(full.get(effect.id) ?? 0), new Dec(0));
    if (!savings.gt(baseline.times(HARD_LIMITS.savingsOfLine))) continue;
    const named = scenario.baseline.otherCosts.find((cost) => cost.id === line)?.name;
    found.push({
      code: 'savings-above-baseline',
      params: {
        line,
        lineName: named ?? '',
        savings: savings.toString(),
        baseline: baseline.toString(),
        effects: names(effects),
      },
      metric: null,
      section: 'effects',
      fields: effects.map(sizeField),
      message: `the savings on ${named ?? line} (${money(savings)} a year) are larger than the line itself (${money(baseline)}): ${names(effects)}`,
      advice: `savings on ${named ?? line} of at most ${money(baseline)} a year, what the company spends on it today`,
    });
  }
  return found;
}

/**
 * A payback before the savings reach their full level: the investment would be repaid by savings
 * still ramping up. The ramp-up lasts until the last effect that ramps reaches its full level
 * (its start year − 1 + the years of its ramp below 100 %).
 */
function paybackWithinRampUp(
  scenario: Scenario,
  metrics: Metrics<Decimal>,
): ScenarioWarning | null {
  const payback = metrics.paybackYears;
  if (payback === null) return null;
  const ramps = scenario.effects
    .map((effect) => ({
      effect,
      end: rampYears(effect) > 0 ? effect.startYear - 1 + rampYears(effect) : 0,
    }))
    .filter((entry) => entry.end > 0);
  const rampUp = Math.max(0, ...ramps.map((entry) => entry.end));
  if (rampUp === 0 || !payback.lt(rampUp)) return null;
  const longest = ramps.filter((entry) => entry.end === rampUp).map((entry) => entry.effect);
  return {
    code: 'payback-within-ramp-up',
    params: { payback: payback.toString(), rampUp, effects: names(longest) },
    metric: 'paybackYears',
    section: null,
    fields: longest.map(rampField),
    message: `the project pays back in ${years(payback)} years, before its savings have ramped up (${rampUp} years: ${names(longest)})`,
    advice: `a payback of at least ${rampUp} years, or savings in the ramp-up years that match what the ramp says`,
  };
}

function subsidiesAboveInvestment(
  scenario: Scenario,
  metrics: Metrics<Decimal>,
  capex: Decimal,
): ScenarioWarning | null {
  const subsidies = metrics.subsidyTotal;
  if (!subsidies.gt(capex.times(HARD_LIMITS.subsidiesOfInvestment))) return null;
  return {
    code: 'subsidies-above-investment',
    params: { subsidies: subsidies.toString(), investment: capex.toString() },
    metric: null,
    section: 'subsidies',
    fields: scenario.subsidies.map(subsidyField),
    message: `the subsidies (${money(subsidies)}) are larger than the investment (${money(capex)})`,
    advice: `subsidies of at most the investment, ${money(capex)}: public money pays for part of a project, not more than all of it`,
  };
}

/** Every plausibility warning of one scenario, with the comparison's thresholds unless others are given. */
export function scenarioWarnings(
  scenario: Scenario,
  metrics: Metrics<Decimal>,
  thresholds: PlausibilityThresholds = DEFAULT_THRESHOLDS,
): ScenarioWarning[] {
  const lines = baselineLines(scenario);
  const capex = scenario.capex.reduce((sum, item) => sum.plus(item.amount), new Dec(0));
  const findings = plausibilityFindings(
    { claims: claimsOf(scenario), irr: metrics.irr, capex, subsidies: metrics.subsidyTotal },
    thresholds,
  );
  return [
    ...findings.map((finding) => fromFinding(finding, scenario, lines, capex)),
    ...savingsAboveBaseline(scenario, lines),
    ...[
      paybackWithinRampUp(scenario, metrics),
      subsidiesAboveInvestment(scenario, metrics, capex),
    ].filter((warning): warning is ScenarioWarning => warning !== null),
  ];
}
