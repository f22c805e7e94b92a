import type { Scenario } from '../scenario';
import { BLOCK } from './compiled-function';
import { scenarioWithWholeNumbers, type DriverSpec } from './drivers';
import { AnalysisError } from './errors';
import { MetricReader, type AnalysisMetric } from './metrics';
import { EvaluationPlan } from './plan';
import { runSteps, type AnalysisSteps } from './run-control';

/*
 * The sensitivity analyses ask for the metric at many points, each a few drivers moved from
 * their base values. Points that set the same whole numbers share one plan (the base scenario's,
 * or a scenario with a different horizon), and all points of a request are evaluated as lanes of
 * one batch.
 */

export interface PointChange {
  /** Index of the driver among the evaluator's specs. */
  readonly driver: number;
  readonly value: number;
}

/** The metric, null where the model gives none (no IRR), or why the point cannot be evaluated. */
export type PointResult = { readonly value: number | null } | { readonly error: string };

/**
 * Points evaluated in one step of a long analysis, between which it reports and may stop: one
 * block of lanes (compiled-function.ts), so stepping costs the kernel nothing. On the largest
 * file the format accepts, a step whose lanes take other paths through the model (recorded again,
 * a few tenths of a second each) still takes seconds.
 */
export const POINTS_PER_STEP = BLOCK;

export class PointEvaluator {
  private readonly decimalPaths: string[];
  private readonly plans = new Map<string, EvaluationPlan | AnalysisError>();

  constructor(
    private readonly scenario: Scenario,
    readonly specs: readonly DriverSpec[],
    readonly metric: AnalysisMetric,
  ) {
    this.decimalPaths = specs.filter((spec) => spec.kind === 'decimal').map((spec) => spec.path);
  }

  /** Number of plans recorded so far (one per distinct set of whole numbers). */
  get planCount(): number {
    return this.plans.size;
  }

  /** Every point at once. */
  evaluate(points: readonly (readonly PointChange[])[]): PointResult[] {
    return runSteps(this.steps(points));
  }

  /**
   * The points in steps of at most POINTS_PER_STEP lanes, each point counted as one unit of
   * progress from `offset` towards `total` (the whole analysis's count). A step is also taken
   * after each new plan, whose recording may take a while on a large scenario.
   */
  *steps(
    points: readonly (readonly PointChange[])[],
    offset = 0,
    total = points.length,
  ): AnalysisSteps<PointResult[]> {
    const results = new Array<PointResult>(points.length);
    const groups = new Map<
      string,
      { whole: { path: string; value: number }[]; members: number[] }
    >();
    points.forEach((changes, index) => {
      const whole = changes
        .filter(
          (change) =>
            this.specs[change.driver]?.kind === 'whole' &&
            change.value !== this.specs[change.driver]?.base,
        )
        .map((change) => ({ path: this.specs[change.driver]!.path, value: change.value }))
        .sort((a, b) => a.path.localeCompare(b.path));
      const key = whole.map((change) => `${change.path}=${change.value}`).join('&');
      const group = groups.get(key) ?? { whole, members: [] };
      group.members.push(index);
      groups.set(key, group);
    });

    // At once, before the first plan is recorded (seconds on a large scenario): how much is to do.
    yield { done: offset, total };
    let done = 0;
    for (const [key, group] of groups) {
      const plan = this.planFor(key, group.whole);
      if (plan instanceof AnalysisError) {
        for (const index of group.members) results[index] = { error: plan.message };
        done += group.members.length;
        yield { done: offset + done, total };
        continue;
      }
      for (let from = 0; from < group.members.length; from += POINTS_PER_STEP) {
        const members = group.members.slice(from, from + POINTS_PER_STEP);
        this.evaluateOn(plan, points, members, results);
        done += members.length;
        yield { done: offset + done, total };
      }
    }
    return results;
  }

  private evaluateOn(
    plan: EvaluationPlan,
    points: readonly (readonly PointChange[])[],
    members: readonly number[],
    results: PointResult[],
  ): void {
    const count = members.length;
    const inputs = new Float64Array(this.decimalPaths.length * count);
    for (let j = 0; j < this.decimalPaths.length; j += 1)
      inputs.fill(plan.baseValues[j] as number, j * count, (j + 1) * count);
    members.forEach((index, lane) => {
      for (const change of points[index] ?? []) {
        const spec = this.specs[change.driver];
        if (spec?.kind !== 'decimal') continue;
        inputs[this.decimalPaths.indexOf(spec.path) * count + lane] = change.value;
      }
    });
    const outputs = new Float64Array(plan.layout.size * count);
    const errors = new Map(
      plan.evaluate(inputs, count, outputs).map((error) => [error.lane, error.message]),
    );
    const values = new MetricReader(plan.layout).values(this.metric, outputs, count);
    members.forEach((index, lane) => {
      const error = errors.get(lane);
      const value = values[lane] as number;
      results[index] =
        error !== undefined ? { error } : { value: Number.isNaN(value) ? null : value };
    });
  }

  private planFor(
    key: string,
    whole: readonly { path: string; value: number }[],
  ): EvaluationPlan | AnalysisError {
    let plan = this.plans.get(key);
    if (plan === undefined) {
      try {
        const scenario =
          whole.length === 0 ? this.scenario : scenarioWithWholeNumbers(this.scenario, whole);
        plan = new EvaluationPlan(scenario, this.decimalPaths, [this.metric]);
      } catch (error) {
        if (!(error instanceof AnalysisError)) throw error;
        plan = error;
      }
      this.plans.set(key, plan);
    }
    return plan;
  }
}

export const valueOf = (result: PointResult | undefined): number | null =>
  result !== undefined && 'value' in result ? result.value : null;
export const problemOf = (result: PointResult | undefined): string | null =>
  result !== undefined && 'error' in result ? result.error : null;
