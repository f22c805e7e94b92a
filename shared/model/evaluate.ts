import type Decimal from 'decimal.js';
import { decimalArithmetic, type Arithmetic } from '../finance';
import type { Scenario, Subsidy } from '../scenario';
import { presentValueOf, sum } from './columns';
import type { ModelInputs } from './inputs';
import { computeMetrics, type Metrics } from './metrics';
import { isFinancingSubsidy, operations, projectWith } from './project';
import type { Projection } from './projection';
import { resolveScenario } from './resolve';

export interface Evaluation<N> {
  readonly inputs: ModelInputs<N>;
  readonly projection: Projection<N>;
  /** The same inputs with every subsidy removed: the counterfactual of the subsidy analysis. */
  readonly withoutSubsidies: Projection<N>;
  readonly metrics: Metrics<N>;
}

/** Projection, counterfactual and metrics of resolved inputs: what the analyses call per draw. */
export function evaluate<N>(A: Arithmetic<N>, inputs: ModelInputs<N>): Evaluation<N> {
  const ops = operations(A, inputs);
  const projection = projectWith(A, inputs, ops, inputs.subsidies);
  const counterfactual =
    inputs.subsidies.length === 0 ? projection : projectWith(A, inputs, ops, []);
  return {
    inputs,
    projection,
    withoutSubsidies: counterfactual,
    metrics: computeMetrics(A, projection, counterfactual),
  };
}

/** Every figure a person reads: resolve, project and measure in Decimal. */
export function evaluateScenario(scenario: Scenario): Evaluation<Decimal> {
  return evaluate(decimalArithmetic, resolveScenario(decimalArithmetic, scenario));
}

export interface SubsidyEffect<N> {
  readonly id: string;
  readonly name: string;
  readonly type: Subsidy['type'];
  readonly total: N;
  readonly presentValue: N;
  /**
   * The NPV the subsidy is judged on: project NPV for the subsidies of the project, equity NPV
   * for an interest subsidy, which belongs with the loan it subsidises and is not in project NPV.
   */
  readonly judgedOn: 'npv' | 'equityNpv';
  /** That NPV with every subsidy but this one. */
  readonly npvWithout: N;
  /** What this subsidy adds to that NPV, after the tax it bears and the depreciation it removes. */
  readonly npvGain: N;
}

/** NPV with and without each subsidy in turn (the subsidy analysis of the report). */
export function subsidyEffects<N>(A: Arithmetic<N>, evaluation: Evaluation<N>): SubsidyEffect<N>[] {
  const { inputs, projection, metrics } = evaluation;
  const ops = operations(A, inputs);
  const lines = [...projection.subsidies, ...projection.financingSubsidies];
  return inputs.subsidies.map((subsidy) => {
    const line = lines.find((entry) => entry.id === subsidy.id)?.values ?? [];
    const others = projectWith(
      A,
      inputs,
      ops,
      inputs.subsidies.filter((other) => other.id !== subsidy.id),
    );
    const judgedOn = isFinancingSubsidy(subsidy) ? 'equityNpv' : 'npv';
    const npvWithout = sum(
      A,
      judgedOn === 'npv' ? others.discountedProjectNetCashFlow : others.discountedEquityNetCashFlow,
    );
    return {
      id: subsidy.id,
      name: subsidy.name,
      type: subsidy.type,
      total: sum(A, line),
      presentValue: presentValueOf(A, line, projection.discountFactors),
      judgedOn,
      npvWithout,
      npvGain: A.sub(metrics[judgedOn], npvWithout),
    };
  });
}
