import Decimal from 'decimal.js';
import { decimalArithmetic, FinanceError } from '../finance';
import { driverValue, resolveScenario, withDrivers, type ModelInputs } from '../model';
import { driverKindAt, type Scenario } from '../scenario';
import { CompiledFunction, type LaneError } from './compiled-function';
import { AnalysisError } from './errors';
import { figureLayout, projectFigures, type AnalysisMetric, type FigureLayout } from './metrics';
import type { Program } from './program';
import type { Recorder, Ref } from './tape';

/*
 * An evaluation plan: the model compiled for one scenario, a list of drivers (the numbers that
 * vary) and the figures some metrics need (metrics.ts), evaluated for many sets of driver values
 * at a time (compiled-function.ts). Recording resolves the scenario with the recording arithmetic
 * — every number not a driver becomes a constant, and everything computed from constants alone is
 * folded away — then sets the drivers and projects.
 */

export class EvaluationPlan {
  readonly drivers: readonly string[];
  /** Each driver's value in the scenario, as a float. */
  readonly baseValues: Float64Array;
  readonly layout: FigureLayout;
  private readonly compiled: CompiledFunction;

  constructor(scenario: Scenario, drivers: readonly string[], metrics: readonly AnalysisMetric[]) {
    this.drivers = [...drivers];
    const exact = resolveScenario(decimalArithmetic, scenario);
    this.baseValues = Float64Array.from(drivers, (path) =>
      decimalAt(scenario, exact, path).toNumber(),
    );
    const layout = figureLayout(
      metrics,
      scenario.project.horizonYears + 1,
      scenario.parameters.payback === 'from-construction-start' ? 1 : 0,
    );
    this.layout = layout;
    const body = (recorder: Recorder, values: readonly Ref[]): Ref[] => {
      const inputs: ModelInputs<Ref> = withDrivers(
        resolveScenario(recorder, scenario),
        drivers.map((path, index) => ({ path, value: values[index] as Ref })),
      );
      return projectFigures(recorder, inputs, layout);
    };
    try {
      this.compiled = new CompiledFunction(drivers.length, body, Array.from(this.baseValues));
    } catch (error) {
      if (!(error instanceof FinanceError)) throw error;
      throw new AnalysisError(
        'invalid_scenario',
        `the scenario cannot be evaluated: ${error.message}`,
      );
    }
  }

  get programCount(): number {
    return this.compiled.programCount;
  }

  get recordings(): number {
    return this.compiled.recordings;
  }

  /** The program recorded at the base values: its length is what a lane costs. */
  get baseProgram(): Program {
    return this.compiled.firstProgram;
  }

  /**
   * Evaluates `count` sets of driver values: `inputs` driver-major (driver j of lane i at
   * j * count + i), the outputs figure-major in the plan's layout. A lane the model refuses (a
   * salvage above the cost, a discount rate of -100 %) gets NaN figures and an error.
   */
  evaluate(inputs: Float64Array, count: number, outputs: Float64Array): LaneError[] {
    return this.compiled.evaluate(inputs, count, outputs);
  }
}

/** A driver of a plan is a decimal number of the resolved inputs; whole numbers are structure. */
function decimalAt(scenario: Scenario, inputs: ModelInputs<Decimal>, path: string): Decimal {
  let value: unknown = null;
  try {
    value = driverValue(inputs, path);
  } catch {
    // Reported below, by what the path names in the scenario.
  }
  if (Decimal.isDecimal(value)) return value as Decimal;
  const kind = driverKindAt(scenario, path);
  if (kind.kind === 'whole') {
    throw new AnalysisError(
      'not_a_driver',
      `"${path}" is a whole number of the scenario's structure, not an amount or a rate`,
    );
  }
  throw new AnalysisError('unknown_driver', `"${path}" is not a number of this scenario`);
}
