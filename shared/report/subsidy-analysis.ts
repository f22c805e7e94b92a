import type { Arithmetic } from '../finance';
import {
  computeMetrics,
  subsidyEffects,
  type Evaluation,
  type Metrics,
  type SubsidyEffect,
} from '../model';

/*
 * The subsidy analysis of the printed report: the project's NPV with all its subsidies, without
 * any, and without each one in turn, with the figures a grantor weighs — additionality, private
 * investment leveraged per unit of subsidy and the funding-gap rate. A subsidy of the project is
 * judged on project NPV; an interest subsidy belongs with its loan and is judged on equity NPV.
 */

export interface SubsidyLine<N> extends SubsidyEffect<N> {
  /** This subsidy alone decides whether the NPV it is judged on pays: without it < 0 ≤ with it. */
  readonly decisive: boolean;
}

export interface SubsidyAnalysis<N> {
  readonly npv: N;
  readonly npvWithoutSubsidies: N;
  readonly subsidyTotal: N;
  readonly subsidyPresentValue: N;
  /** The project pays only because of its subsidies: NPV without them < 0 ≤ NPV with them. */
  readonly additionality: boolean;
  /** The same on equity NPV, where an interest subsidy is. */
  readonly equityNpv: N;
  readonly equityNpvWithoutSubsidies: N;
  readonly equityAdditionality: boolean;
  /** (Σ capex − Σ subsidies) / Σ subsidies; null without subsidies. */
  readonly leverage: N | null;
  /** PV(subsidies) / NPV, when NPV is positive. */
  readonly publicMoneyPerNpv: N | null;
  readonly fundingGapRate: N | null;
  readonly subsidies: readonly SubsidyLine<N>[];
}

export function subsidyAnalysis<N>(
  A: Arithmetic<N>,
  evaluation: Evaluation<N>,
): SubsidyAnalysis<N> {
  const { metrics } = evaluation;
  return {
    npv: metrics.npv,
    npvWithoutSubsidies: metrics.npvWithoutSubsidies,
    subsidyTotal: metrics.subsidyTotal,
    subsidyPresentValue: metrics.subsidyPresentValue,
    additionality: metrics.additionality,
    equityNpv: metrics.equityNpv,
    equityNpvWithoutSubsidies: metrics.equityNpvWithoutSubsidies,
    equityAdditionality: metrics.equityAdditionality,
    leverage: metrics.privateInvestmentPerSubsidy,
    publicMoneyPerNpv: metrics.publicMoneyPerNpv,
    fundingGapRate: metrics.fundingGapRate,
    subsidies: subsidyEffects(A, evaluation).map((effect) => ({
      ...effect,
      decisive: !A.isNegative(metrics[effect.judgedOn]) && A.isNegative(effect.npvWithout),
    })),
  };
}

/**
 * Every metric of the project as if it had no subsidy (no grant income, no base reduction): the
 * "without subsidy" column of the key figures.
 */
export function metricsWithoutSubsidies<N>(
  A: Arithmetic<N>,
  evaluation: Evaluation<N>,
): Metrics<N> {
  return computeMetrics(A, evaluation.withoutSubsidies, evaluation.withoutSubsidies);
}
