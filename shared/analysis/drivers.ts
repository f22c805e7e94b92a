import Decimal from 'decimal.js';
import { decimalArithmetic } from '../finance';
import { driverValue, listDrivers, resolveScenario, type ModelInputs } from '../model';
import {
  driverKindAt,
  locate,
  parsePath,
  replaceAt,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  scenarioFileSchema,
  type DriverRange,
  type Scenario,
} from '../scenario';
import { AnalysisError } from './errors';

/*
 * Which numbers the sensitivity analyses move, and how far. A driver is named by its path in the
 * scenario. Amounts and rates ("decimal" drivers) are moved inside one evaluation plan; whole
 * numbers of the structure — the horizon, a life in years — change the shape of the projection,
 * so each of their values is a scenario of its own, validated like a file before it is evaluated.
 */

export type DriverKind = 'decimal' | 'whole';

export interface DriverSpec {
  readonly path: string;
  readonly kind: DriverKind;
  readonly base: number;
}

export interface DriverInterval {
  readonly low: number;
  readonly high: number;
  /** "stated": the scenario's risk.ranges or the caller's ranges; "percent": either side of the base. */
  readonly from: 'stated' | 'percent';
}

/** The drivers varied by default: each effect's size and ramp, capex, running costs, subsidies, tax, rates, horizon. */
const SENSITIVITY_PATTERNS = [
  /^effects\[id=[^\]]+\]\.(fullEffect|detectionAfter|ramp\[\d+\])$/,
  /^(capex|runningCosts)\[id=[^\]]+\]\.amount$/,
  /^subsidies\[id=[^\]]+\]\.(rate|amount|ratePoints)$/,
  /^tax\.(rate|preferential\.rate)$/,
  /^parameters\.(discountRate\.rate|inflation)$/,
  /^financing\.loans\[id=[^\]]+\]\.rate$/,
];

export const HORIZON_PATH = 'project.horizonYears';

export function defaultSensitivityDrivers(scenario: Scenario): string[] {
  const decimals = listDrivers(resolveScenario(decimalArithmetic, scenario))
    .map((driver) => driver.path)
    .filter((path) => SENSITIVITY_PATTERNS.some((pattern) => pattern.test(path)));
  return [...decimals, HORIZON_PATH];
}

/** Kind and value of each path, in the scenario as given; refuses a path that names no number. */
export function driverSpecs(scenario: Scenario, paths: readonly string[]): DriverSpec[] {
  const inputs = resolveScenario(decimalArithmetic, scenario);
  const seen = new Set<string>();
  return paths.map((path) => {
    if (seen.has(path)) throw new AnalysisError('invalid_option', `"${path}" is named twice`);
    seen.add(path);
    const exact = decimalAt(inputs, path);
    if (exact !== null) return { path, kind: 'decimal', base: exact.toNumber() };
    const kind = driverKindAt(scenario, path);
    if (kind.kind === 'whole') return { path, kind: 'whole', base: wholeAt(scenario, path) };
    throw new AnalysisError(
      'unknown_driver',
      kind.kind === 'none' ? kind.message : `"${path}" is not a number of the scenario`,
    );
  });
}

function decimalAt(inputs: ModelInputs<Decimal>, path: string): Decimal | null {
  try {
    const value: unknown = driverValue(inputs, path);
    return Decimal.isDecimal(value) ? (value as Decimal) : null;
  } catch {
    return null;
  }
}

function wholeAt(scenario: Scenario, path: string): number {
  const found = locate(scenario, parsePath(path) ?? []);
  let here: unknown = scenario;
  if (found.ok)
    for (const key of found.location) here = (here as Record<string | number, unknown>)[key];
  return here as number;
}

/**
 * The low and high value of a driver: a stated range when there is one (the caller's first, then
 * the scenario's risk.ranges), else `percent` either side of its value (whole numbers rounded, and
 * at least one step away).
 */
export function driverInterval(
  spec: DriverSpec,
  percent: number,
  stated: readonly DriverRange[],
): DriverInterval {
  const range = stated.find((entry) => entry.path === spec.path);
  if (range !== undefined)
    return { low: Number(range.low), high: Number(range.high), from: 'stated' };
  const move = Math.abs(spec.base) * (percent / 100);
  if (spec.kind === 'decimal')
    return { low: spec.base - move, high: spec.base + move, from: 'percent' };
  const step = Math.max(1, Math.round(move));
  return { low: spec.base - step, high: spec.base + step, from: 'percent' };
}

export function statedRanges(
  scenario: Scenario,
  extra: readonly DriverRange[] = [],
): DriverRange[] {
  return [...extra, ...(scenario.risk?.ranges ?? [])];
}

export function checkPercent(percent: number): void {
  if (!Number.isFinite(percent) || percent <= 0 || percent > 1000) {
    throw new AnalysisError(
      'invalid_option',
      `the percentage must be above 0 and at most 1000, not ${percent}`,
    );
  }
}

/** The scenario with whole-number drivers set, validated like a file: a horizon too short for a loan is refused here. */
export function scenarioWithWholeNumbers(
  scenario: Scenario,
  changes: readonly { readonly path: string; readonly value: number }[],
): Scenario {
  let changed: unknown = scenario;
  for (const change of changes) {
    const found = locate(changed, parsePath(change.path) ?? []);
    if (!found.ok)
      throw new AnalysisError('unknown_driver', `"${change.path}" does not exist in the scenario`);
    changed = replaceAt(changed, found.location, change.value);
  }
  const checked = scenarioFileSchema.safeParse({
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    ...(changed as Scenario),
    scenarios: [],
  });
  if (!checked.success) {
    const first = checked.error.issues[0];
    const where = first === undefined ? '' : `${first.path.join('.')}: `;
    const what = changes.map((change) => `${change.path} = ${change.value}`).join(', ');
    throw new AnalysisError(
      'invalid_scenario',
      `with ${what} the scenario is not valid (${where}${first?.message ?? 'invalid'})`,
    );
  }
  return changed as Scenario;
}
