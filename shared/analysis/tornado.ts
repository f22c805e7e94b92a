import type { DriverRange, Scenario } from '../scenario';
import {
  checkPercent,
  checkStatedRanges,
  defaultSensitivityDrivers,
  driverInterval,
  driverSpecs,
  statedRanges,
  type Clipped,
  type DriverKind,
  type DriverSpec,
} from './drivers';
import { AnalysisError } from './errors';
import { isAnalysisMetric, type AnalysisMetric } from './metrics';
import { PointEvaluator, problemOf, valueOf, type PointChange } from './points';
import { runSteps, type AnalysisSteps } from './run-control';

/*
 * Tornado: each driver moved alone to its low and its high value, every other driver at its base
 * value; drivers ranked by the swing of the metric between the two ends. Figures are floats of
 * the same model, within 1e-9 of the Decimal figures.
 */

export interface SensitivityOptions {
  /** Default: npv. */
  readonly metric?: AnalysisMetric;
  /** How far either side of its value a driver without a stated range moves. Default: 20 (tornado, two-way), 100 (switching values). */
  readonly percent?: number;
  /** Default: every effect's size and ramp, capex and running-cost amount, subsidy, tax and loan rate, discount rate, inflation and the horizon. */
  readonly drivers?: readonly string[];
  /** Ranges that take precedence over the scenario's risk.ranges. */
  readonly ranges?: readonly DriverRange[];
}

export interface TornadoBar {
  readonly path: string;
  readonly kind: DriverKind;
  readonly base: number;
  readonly low: number;
  readonly high: number;
  readonly rangeFrom: 'stated' | 'percent';
  /** Which end of the range stopped at the driver's domain (a share at 100 %, an amount at 0). */
  readonly clipped: Clipped;
  readonly atLow: number | null;
  readonly atHigh: number | null;
  /** |atHigh − atLow|; null when an end has no value. */
  readonly swing: number | null;
  /** Why an end could not be evaluated (a horizon too short for the loan, a salvage above the cost). */
  readonly problem: string | null;
}

export interface TornadoResult {
  readonly metric: AnalysisMetric;
  readonly percent: number;
  readonly base: number | null;
  /** Largest swing first; bars without a swing last. */
  readonly bars: readonly TornadoBar[];
  /** Drivers left out: a value of 0 has no percentage to move by. */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

export interface SensitivitySetup {
  readonly metric: AnalysisMetric;
  readonly percent: number;
  readonly specs: readonly DriverSpec[];
  readonly skipped: { path: string; reason: string }[];
  readonly ranges: readonly DriverRange[];
}

/** Checks the options and lists the drivers; drivers at 0 without a stated range are skipped unless named. */
export function sensitivitySetup(
  scenario: Scenario,
  options: SensitivityOptions,
  defaultPercent: number,
): SensitivitySetup {
  const metric = options.metric ?? 'npv';
  if (!isAnalysisMetric(metric))
    throw new AnalysisError(
      'invalid_option',
      `"${String(metric)}" is not a metric an analysis can use`,
    );
  const percent = options.percent ?? defaultPercent;
  checkPercent(percent);
  checkStatedRanges(scenario, options.ranges ?? []);
  const ranges = statedRanges(scenario, options.ranges);
  const all = driverSpecs(scenario, options.drivers ?? defaultSensitivityDrivers(scenario));
  const named = options.drivers !== undefined;
  const skipped: { path: string; reason: string }[] = [];
  const specs = all.filter((spec) => {
    const stated = ranges.some((range) => range.path === spec.path);
    if (spec.base !== 0 || stated || named) return true;
    skipped.push({
      path: spec.path,
      reason: 'its value is 0, so a percentage does not move it; state a range in risk.ranges',
    });
    return false;
  });
  return { metric, percent, specs, skipped, ranges };
}

export function tornado(scenario: Scenario, options: SensitivityOptions = {}): TornadoResult {
  return runSteps(tornadoSteps(scenario, options));
}

/** The tornado in steps, for a run with progress and cancel (run-control.ts). */
export function* tornadoSteps(
  scenario: Scenario,
  options: SensitivityOptions = {},
): AnalysisSteps<TornadoResult> {
  const setup = sensitivitySetup(scenario, options, 20);
  const { specs } = setup;
  const evaluator = new PointEvaluator(scenario, specs, setup.metric);
  const intervals = specs.map((spec) => driverInterval(spec, setup.percent, setup.ranges));
  const points: PointChange[][] = [[]];
  intervals.forEach((interval, driver) =>
    points.push([{ driver, value: interval.low }], [{ driver, value: interval.high }]),
  );
  const results = yield* evaluator.steps(points);
  const base = results[0];
  if (base !== undefined && 'error' in base)
    throw new AnalysisError('invalid_scenario', `the scenario cannot be evaluated: ${base.error}`);

  const bars = specs.map((spec, index): TornadoBar => {
    const interval = intervals[index]!;
    const low = results[1 + 2 * index];
    const high = results[2 + 2 * index];
    const atLow = valueOf(low);
    const atHigh = valueOf(high);
    return {
      path: spec.path,
      kind: spec.kind,
      base: spec.base,
      low: interval.low,
      high: interval.high,
      rangeFrom: interval.from,
      clipped: interval.clipped,
      atLow,
      atHigh,
      swing: atLow === null || atHigh === null ? null : Math.abs(atHigh - atLow),
      problem:
        problemOf(low) !== null
          ? `at ${interval.low}: ${problemOf(low)}`
          : problemOf(high) !== null
            ? `at ${interval.high}: ${problemOf(high)}`
            : null,
    };
  });
  const ranked = bars
    .map((bar, order) => ({ bar, order }))
    .sort((a, b) => (b.bar.swing ?? -1) - (a.bar.swing ?? -1) || a.order - b.order)
    .map((entry) => entry.bar);
  return {
    metric: setup.metric,
    percent: setup.percent,
    base: valueOf(base),
    bars: ranked,
    skipped: setup.skipped,
  };
}
