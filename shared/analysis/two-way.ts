import type { Scenario } from '../scenario';
import { driverInterval, type Clipped, type DriverSpec } from './drivers';
import { AnalysisError } from './errors';
import type { AnalysisMetric } from './metrics';
import { PointEvaluator, valueOf, type PointChange } from './points';
import { runSteps, type AnalysisSteps } from './run-control';
import { sensitivitySetup, type SensitivityOptions } from './tornado';

/*
 * Two-way table: the metric over a grid of two drivers, each from its low to its high value in
 * evenly spaced steps (whole-number drivers in whole steps), every other driver at its base value.
 */

export interface TwoWayOptions extends Omit<SensitivityOptions, 'drivers'> {
  readonly drivers: readonly [string, string];
  /** Values per driver, ends included. Default 9. */
  readonly steps?: number;
}

export interface TwoWayAxis {
  readonly path: string;
  readonly base: number;
  readonly values: readonly number[];
  /** Which end of the axis stopped at the driver's domain. */
  readonly clipped: Clipped;
}

export interface TwoWayTable {
  readonly metric: AnalysisMetric;
  readonly base: number | null;
  /** The first driver: one row per value. */
  readonly rows: TwoWayAxis;
  /** The second driver: one column per value. */
  readonly columns: TwoWayAxis;
  /** cells[row][column]; null where the metric has no value or the point cannot be evaluated. */
  readonly cells: readonly (readonly (number | null)[])[];
  /** Why some cells are empty, when a point could not be evaluated. */
  readonly problems: readonly string[];
}

export function twoWayTable(scenario: Scenario, options: TwoWayOptions): TwoWayTable {
  return runSteps(twoWaySteps(scenario, options));
}

/** The two-way table in steps, for a run with progress and cancel (run-control.ts). */
export function* twoWaySteps(
  scenario: Scenario,
  options: TwoWayOptions,
): AnalysisSteps<TwoWayTable> {
  const steps = options.steps ?? 9;
  if (!Number.isInteger(steps) || steps < 2 || steps > 101)
    throw new AnalysisError(
      'invalid_option',
      `the number of steps must be a whole number from 2 to 101, not ${steps}`,
    );
  if (options.drivers[0] === options.drivers[1])
    throw new AnalysisError('invalid_option', 'a two-way table needs two different drivers');
  const setup = sensitivitySetup(scenario, { ...options, drivers: options.drivers }, 20);
  const [first, second] = setup.specs as [DriverSpec, DriverSpec];
  const axis = (spec: DriverSpec): TwoWayAxis => {
    const { low, high, clipped } = driverInterval(spec, setup.percent, setup.ranges);
    const values = Array.from({ length: steps }, (_, k) =>
      k === steps - 1 ? high : low + ((high - low) * k) / (steps - 1),
    );
    return {
      path: spec.path,
      base: spec.base,
      values: spec.kind === 'whole' ? [...new Set(values.map(Math.round))] : values,
      clipped,
    };
  };
  const rowAxis = axis(first);
  const columnAxis = axis(second);
  const rows = rowAxis.values;
  const columns = columnAxis.values;
  const points: PointChange[][] = [[]];
  for (const row of rows)
    for (const column of columns)
      points.push([
        { driver: 0, value: row },
        { driver: 1, value: column },
      ]);
  const results = yield* new PointEvaluator(scenario, setup.specs, setup.metric).steps(points);
  const problems = new Set<string>();
  const cells = rows.map((_, r) =>
    columns.map((_, c) => {
      const result = results[1 + r * columns.length + c];
      if (result !== undefined && 'error' in result) problems.add(result.error);
      return valueOf(result);
    }),
  );
  return {
    metric: setup.metric,
    base: valueOf(results[0]),
    rows: rowAxis,
    columns: columnAxis,
    cells,
    problems: [...problems],
  };
}
