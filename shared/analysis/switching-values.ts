import type { Scenario } from '../scenario';
import { driverInterval, type Clipped, type DriverInterval, type DriverKind } from './drivers';
import { AnalysisError } from './errors';
import { ZERO_CROSSING_METRICS, type ZeroCrossingMetric } from './metrics';
import { PointEvaluator, problemOf, valueOf, type PointChange, type PointResult } from './points';
import { runSteps, type AnalysisSteps } from './run-control';
import { sensitivitySetup, type SensitivityOptions } from './tornado';

/*
 * Switching values: for each driver alone, the value at which NPV (or NPV without subsidies, or
 * equity NPV) is zero — where the decision switches. Where NPV is zero the IRR equals the
 * discount rate (the switching value of the discount rate is the IRR), so one search answers both.
 *
 * The driver's range is scanned at 17 evenly spaced values; where the metric changes sign between
 * two of them (the pair nearest the base value, when there are several) the root is refined by the
 * Illinois variant of regula falsi on the model itself, all drivers' searches advancing together
 * as lanes of one batch, to a relative width of 1e-12. A whole-number driver (the horizon) is
 * scanned at every whole value; its switching value is the first one, going away from the base,
 * at which the sign has changed. No sign change: "none within range", with the metric at both ends.
 */

export interface SwitchingOptions extends Omit<SensitivityOptions, 'metric'> {
  readonly metric?: ZeroCrossingMetric;
}

export type SwitchingStatus = 'found' | 'none-within-range' | 'not-evaluable';

export interface SwitchingValue {
  readonly path: string;
  readonly kind: DriverKind;
  readonly base: number;
  readonly low: number;
  readonly high: number;
  readonly rangeFrom: 'stated' | 'percent';
  /** Which end of the range searched stopped at the driver's domain. */
  readonly clipped: Clipped;
  readonly status: SwitchingStatus;
  readonly value: number | null;
  /** (value − base) / |base|: −0.35 is "35 % below its value". */
  readonly change: number | null;
  /** The metric changes sign more than once in the range; the value nearest the base is given. */
  readonly severalInRange: boolean;
  readonly atLow: number | null;
  readonly atHigh: number | null;
  readonly problem: string | null;
}

export interface SwitchingValuesResult {
  readonly metric: ZeroCrossingMetric;
  readonly percent: number;
  readonly base: number;
  readonly values: readonly SwitchingValue[];
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

const SEGMENTS = 16;
const MAX_WHOLE_VALUES = 200;
const MAX_ITERATIONS = 200;
const RELATIVE_WIDTH = 1e-12;

interface Search {
  readonly driver: number;
  a: number;
  fa: number;
  b: number;
  fb: number;
  side: 0 | 1 | -1;
  /** Widths are judged against the size of the range's values, so a root at 0 converges too. */
  readonly scale: number;
  best: number;
  bestResidual: number;
  done: boolean;
}

export function switchingValues(
  scenario: Scenario,
  options: SwitchingOptions = {},
): SwitchingValuesResult {
  return runSteps(switchingSteps(scenario, options));
}

/**
 * Refinement steps a search is expected to take, for the progress total; a search that takes more
 * moves the total on (Illinois converges superlinearly: a dozen or two to 1e-12).
 */
const EXPECTED_ITERATIONS = 20;

/** Switching values in steps, for a run with progress and cancel (run-control.ts). */
export function* switchingSteps(
  scenario: Scenario,
  options: SwitchingOptions = {},
): AnalysisSteps<SwitchingValuesResult> {
  const metric = options.metric ?? 'npv';
  if (!(ZERO_CROSSING_METRICS as readonly string[]).includes(metric)) {
    throw new AnalysisError(
      'invalid_option',
      `switching values are found for ${ZERO_CROSSING_METRICS.join(', ')}, not "${metric}"`,
    );
  }
  const setup = sensitivitySetup(scenario, { ...options, metric }, 100);
  const { specs } = setup;
  const evaluator = new PointEvaluator(scenario, specs, metric);
  const intervals = specs.map((spec) => driverInterval(spec, setup.percent, setup.ranges));
  const grids = specs.map((spec, index) => gridOf(spec.kind, intervals[index]!));

  const points: PointChange[][] = [[]];
  grids.forEach((grid, driver) => grid.forEach((value) => points.push([{ driver, value }])));
  // The scan's points, then about EXPECTED_ITERATIONS per driver whose crossing is refined: the
  // drivers are at most all of them, until the scan says which.
  const results = yield* evaluator.steps(
    points,
    0,
    points.length + specs.length * EXPECTED_ITERATIONS,
  );
  const base = valueOf(results[0]);
  if (base === null)
    throw new AnalysisError(
      'invalid_scenario',
      `the scenario cannot be evaluated: ${problemOf(results[0]) ?? 'no value'}`,
    );

  let offset = 1;
  const scans = grids.map((grid) => {
    const scan = results.slice(offset, offset + grid.length);
    offset += grid.length;
    return scan;
  });

  const searches: Search[] = [];
  const values = specs.map((spec, driver): SwitchingValue => {
    const grid = grids[driver]!;
    const scan = scans[driver]!;
    const interval = intervals[driver]!;
    const common = {
      path: spec.path,
      kind: spec.kind,
      base: spec.base,
      low: interval.low,
      high: interval.high,
      rangeFrom: interval.from,
      clipped: interval.clipped,
      atLow: valueOf(scan[0]),
      atHigh: valueOf(scan[scan.length - 1]),
      problem: firstProblem(grid, scan),
    };
    const crossings = crossingsOf(grid, scan);
    if (crossings.length === 0) {
      const evaluable = scan.some((result) => valueOf(result) !== null);
      return {
        ...common,
        status: evaluable ? 'none-within-range' : 'not-evaluable',
        value: null,
        change: null,
        severalInRange: false,
      };
    }
    const nearest = crossings.reduce((best, crossing) =>
      distance(crossing, grid, spec.base) < distance(best, grid, spec.base) ? crossing : best,
    );
    const severalInRange = crossings.length > 1;
    const [left, right] = nearest;
    const fLeft = valueOf(scan[left]) as number;
    const fRight = valueOf(scan[right]) as number;
    let value: number;
    if (fLeft === 0) value = grid[left] as number;
    else if (fRight === 0) value = grid[right] as number;
    else if (spec.kind === 'whole')
      value =
        (grid[left] as number) >= spec.base ? (grid[right] as number) : (grid[left] as number);
    else {
      value = Number.NaN;
      searches.push({
        driver,
        a: grid[left] as number,
        fa: fLeft,
        b: grid[right] as number,
        fb: fRight,
        side: 0,
        scale: Math.max(Math.abs(interval.low), Math.abs(interval.high)),
        best: Number.NaN,
        bestResidual: Infinity,
        done: false,
      });
    }
    return { ...common, status: 'found', value, change: null, severalInRange };
  });

  yield* refine(evaluator, searches, points.length);
  return {
    metric,
    percent: setup.percent,
    base,
    values: values.map((entry, driver) => {
      const search = searches.find((candidate) => candidate.driver === driver);
      const value = search === undefined ? entry.value : search.best;
      return {
        ...entry,
        value,
        change:
          value === null || entry.base === 0 ? null : (value - entry.base) / Math.abs(entry.base),
      };
    }),
    skipped: setup.skipped,
  };
}

/** The first value of the scan the model cannot evaluate, and why. */
function firstProblem(grid: readonly number[], scan: readonly PointResult[]): string | null {
  const index = scan.findIndex((result) => problemOf(result) !== null);
  return index < 0 ? null : `at ${String(grid[index])}: ${String(problemOf(scan[index]))}`;
}

function gridOf(kind: DriverKind, interval: DriverInterval): number[] {
  const { low, high } = interval;
  if (kind === 'whole') {
    const count = Math.min(MAX_WHOLE_VALUES, high - low + 1);
    return Array.from({ length: count }, (_, k) => low + k);
  }
  return Array.from({ length: SEGMENTS + 1 }, (_, k) =>
    k === SEGMENTS ? high : low + ((high - low) * k) / SEGMENTS,
  );
}

/** Pairs of neighbouring grid points (with values) between which the metric reaches zero. */
function crossingsOf(grid: readonly number[], scan: readonly PointResult[]): [number, number][] {
  const found: [number, number][] = [];
  let previous = -1;
  for (let k = 0; k < grid.length; k += 1) {
    const value = valueOf(scan[k]);
    if (value === null) continue;
    if (value === 0) {
      found.push([k, k]);
    } else if (previous >= 0) {
      const before = valueOf(scan[previous]) as number;
      if (before !== 0 && Math.sign(before) !== Math.sign(value)) found.push([previous, k]);
    }
    previous = k;
  }
  return found;
}

function distance(crossing: [number, number], grid: readonly number[], base: number): number {
  return Math.abs(((grid[crossing[0]] as number) + (grid[crossing[1]] as number)) / 2 - base);
}

/** Illinois: regula falsi that halves the stale end's value when the same end is kept twice. */
function* refine(
  evaluator: PointEvaluator,
  searches: Search[],
  scanned: number,
): AnalysisSteps<void> {
  let done = scanned;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration += 1) {
    const active = searches.filter((search) => !search.done);
    if (active.length === 0) return;
    const guesses = active.map((search) => {
      const guess = (search.a * search.fb - search.b * search.fa) / (search.fb - search.fa);
      return guess > Math.min(search.a, search.b) && guess < Math.max(search.a, search.b)
        ? guess
        : (search.a + search.b) / 2;
    });
    const total = Math.max(
      done + active.length,
      scanned + searches.length * EXPECTED_ITERATIONS,
      done + active.length * (EXPECTED_ITERATIONS - Math.min(iteration, EXPECTED_ITERATIONS - 1)),
    );
    const results = yield* evaluator.steps(
      active.map((search, index) => [{ driver: search.driver, value: guesses[index] as number }]),
      done,
      total,
    );
    done += active.length;
    active.forEach((search, index) => {
      const x = guesses[index] as number;
      const fx = valueOf(results[index]);
      if (fx === null) {
        // A point the model refuses inside the bracket: keep the best value found so far.
        search.done = true;
        if (!Number.isFinite(search.best))
          search.best = Math.abs(search.fa) < Math.abs(search.fb) ? search.a : search.b;
        return;
      }
      if (Math.abs(fx) < search.bestResidual) {
        search.best = x;
        search.bestResidual = Math.abs(fx);
      }
      if (fx === 0) {
        search.done = true;
        return;
      }
      if (Math.sign(fx) === Math.sign(search.fb)) {
        search.b = x;
        search.fb = fx;
        if (search.side === -1) search.fa /= 2;
        search.side = -1;
      } else {
        search.a = x;
        search.fa = fx;
        if (search.side === 1) search.fb /= 2;
        search.side = 1;
      }
      if (Math.abs(search.b - search.a) <= RELATIVE_WIDTH * search.scale) search.done = true;
    });
  }
}
