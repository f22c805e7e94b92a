import type { Arithmetic } from '../finance';
import {
  computeMetrics,
  subsidyEffects,
  type Evaluation,
  type Metrics,
  type SubsidyEffect,
} from '../model';

/*
 * The subsidy analysis of the printed report: the project's NPV with all its
 * subsidies, without any, and without each one in turn, with the figures a grantor weighs —
 * additionality, private investment leveraged per unit of subsidy and the funding-gap rate.
 */

export interface SubsidyLine<N> extends SubsidyEffect<N> {
  /** This subsidy alone decides whether the project pays: NPV without it < 0 ≤ NPV with it. */
  readonly decisive: boolean;
}

export interface SubsidyAnalysis<N> {
  readonly npv: N;
  readonly npvWithoutSubsidies: N;
  readonly subsidyTotal: N;
  readonly subsidyPresentValue: N;
  /** The project pays only because of its subsidies: NPV without them < 0 ≤ NPV with them. */
  readonly additionality: boolean;
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
  const paysWith = !A.isNegative(metrics.npv);
  return {
    npv: metrics.npv,
    npvWithoutSubsidies: metrics.npvWithoutSubsidies,
    subsidyTotal: metrics.subsidyTotal,
    subsidyPresentValue: metrics.subsidyPresentValue,
    additionality: metrics.additionality,
    leverage: metrics.privateInvestmentPerSubsidy,
    publicMoneyPerNpv: metrics.publicMoneyPerNpv,
    fundingGapRate: metrics.fundingGapRate,
    subsidies: subsidyEffects(A, evaluation).map((effect) => ({
      ...effect,
      decisive: paysWith && A.isNegative(effect.npvWithout),
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
