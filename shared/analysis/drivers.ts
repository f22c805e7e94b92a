import Decimal from 'decimal.js';
import { decimalArithmetic } from '../finance';
import { driverValue, listDrivers, resolveScenario, type ModelInputs } from '../model';
import {
  domainAt,
  domainText,
  driverKindAt,
  locate,
  parsePath,
  replaceAt,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  scenarioFileSchema,
  withinLimits,
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

/** The values a driver can physically take (the file format's limits for its field). */
export interface DriverLimits {
  /** -Infinity: no lower limit. */
  readonly min: number;
  /** Infinity: no upper limit. */
  readonly max: number;
  /** The lower limit itself is outside the domain. */
  readonly minExclusive: boolean;
}

export const UNLIMITED: DriverLimits = { min: -Infinity, max: Infinity, minExclusive: false };

export interface DriverSpec {
  readonly path: string;
  readonly kind: DriverKind;
  readonly base: number;
  readonly limits: DriverLimits;
}

/** Which ends of a range were pulled back to the driver's domain. */
export type Clipped = 'low' | 'high' | 'both' | null;

export interface DriverInterval {
  readonly low: number;
  readonly high: number;
  /** "stated": the scenario's risk.ranges or the caller's ranges; "percent": either side of the base. */
  readonly from: 'stated' | 'percent';
  readonly clipped: Clipped;
}

/**
 * The default drivers: each effect's size, ramp and own growth, capex, running costs and their
 * growth, working capital, subsidies, tax rates, the discount rate, inflation, loan rates, the
 * growth of a terminal value and the horizon.
 */
const SENSITIVITY_PATTERNS = [
  /^effects\[id=[^\]]+\]\.(fullEffect|detectionAfter|ramp\[\d+\]|growth)$/,
  /^(capex|runningCosts)\[id=[^\]]+\]\.amount$/,
  /^runningCosts\[id=[^\]]+\]\.growth$/,
  /^workingCapital\[id=[^\]]+\]\.(amount|share|days)$/,
  /^parameters\.terminalValue\.growth$/,
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

/** The limits of the field a path names, as floats; none when the format states none. */
export function driverLimits(scenario: Scenario, path: string): DriverLimits {
  const domain = domainAt(scenario, path);
  if (domain === null) return UNLIMITED;
  return {
    min: domain.min === null ? -Infinity : domain.min.toNumber(),
    max: domain.max === null ? Infinity : domain.max.toNumber(),
    minExclusive: domain.minExclusive,
  };
}

/** Kind and value of each path, in the scenario as given; refuses a path that names no number. */
export function driverSpecs(scenario: Scenario, paths: readonly string[]): DriverSpec[] {
  const inputs = resolveScenario(decimalArithmetic, scenario);
  const seen = new Set<string>();
  return paths.map((path) => {
    if (seen.has(path)) throw new AnalysisError('invalid_option', `"${path}" is named twice`);
    seen.add(path);
    const limits = driverLimits(scenario, path);
    const exact = decimalAt(inputs, path);
    if (exact !== null) return { path, kind: 'decimal', base: exact.toNumber(), limits };
    const kind = driverKindAt(scenario, path);
    if (kind.kind === 'whole')
      return { path, kind: 'whole', base: wholeAt(scenario, path), limits };
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
 * A value pulled back into the driver's domain. An open lower limit (a factor above 0) cannot be
 * reached: the value stops halfway between it and the base value.
 */
function clip(value: number, spec: DriverSpec): number {
  const { min, max, minExclusive } = spec.limits;
  if (value > max) return max;
  if (minExclusive ? value <= min : value < min) return minExclusive ? (min + spec.base) / 2 : min;
  return value;
}

/**
 * The low and high value of a driver: a stated range when there is one (the caller's first, then
 * the scenario's risk.ranges), else `percent` either side of its value (whole numbers rounded, and
 * at least one step away), clipped to the driver's domain: a share stops at 100 %, an amount at 0.
 */
export function driverInterval(
  spec: DriverSpec,
  percent: number,
  stated: readonly DriverRange[],
): DriverInterval {
  const range = stated.find((entry) => entry.path === spec.path);
  if (range !== undefined)
    return { low: Number(range.low), high: Number(range.high), from: 'stated', clipped: null };
  const move = Math.abs(spec.base) * (percent / 100);
  const step = spec.kind === 'decimal' ? move : Math.max(1, Math.round(move));
  const [low, high] = [spec.base - step, spec.base + step];
  const [clippedLow, clippedHigh] = [clip(low, spec), clip(high, spec)];
  const lowMoved = clippedLow !== low;
  const highMoved = clippedHigh !== high;
  return {
    low: clippedLow,
    high: clippedHigh,
    from: 'percent',
    clipped: lowMoved && highMoved ? 'both' : lowMoved ? 'low' : highMoved ? 'high' : null,
  };
}

/**
 * Ranges the caller states (the command line's --range) are refused outside the driver's domain,
 * as the file's own risk.ranges are by validation.
 */
export function checkStatedRanges(scenario: Scenario, ranges: readonly DriverRange[]): void {
  for (const range of ranges) {
    const domain = domainAt(scenario, range.path);
    if (domain === null) continue;
    for (const end of [range.low, range.high]) {
      if (!withinLimits(domain, new Decimal(end)))
        throw new AnalysisError(
          'invalid_option',
          `the range of "${range.path}" leaves what it can be: ${domainText(domain)}, not ${end}`,
        );
    }
  }
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
