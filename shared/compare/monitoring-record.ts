import type Decimal from 'decimal.js';
import { decimalArithmetic } from '../finance';
import {
  planVsActual,
  resolveActuals,
  type Evaluation,
  type FutureBasis,
  type MetricsTriple,
  type VerdictCode,
} from '../model';
import type { ActualsSection } from '../scenario';

/*
 * What the programme monitoring needs of one applicant's actuals, computed where the applicant's
 * file is assessed (a worker thread, the page) beside its comparison figures, and carried as
 * decimal strings like the rest of the applicant record. The re-forecast is computed both ways,
 * on the plan and on the delivery achieved, so the officer can switch without loading again.
 */

export interface MetricsRecord {
  readonly npv: string;
  readonly irr: string | null;
  readonly paybackYears: string | null;
}

export interface MonitoringRecord {
  /** Years reported, in order; months for a partial year, else null. */
  readonly reported: readonly { readonly year: number; readonly months: number | null }[];
  /** Σ planned savings over the years reported (a partial year's plan pro-rated). */
  readonly plannedSavings: string;
  readonly achievedSavings: string;
  /** achieved / planned; null when no saving was planned in the years reported. */
  readonly delivery: string | null;
  readonly plan: MetricsRecord;
  readonly reforecast: Readonly<Record<FutureBasis, MetricsRecord>>;
  readonly verdict: Readonly<Record<FutureBasis, VerdictCode>>;
}

const text = (value: Decimal | null): string | null => (value === null ? null : value.toString());

const metricsRecord = (metrics: MetricsTriple<Decimal>): MetricsRecord => ({
  npv: metrics.npv.toString(),
  irr: text(metrics.irr),
  paybackYears: text(metrics.paybackYears),
});

/** The monitoring figures of a plan's evaluation (Decimal) and its file's actuals. */
export function monitoringRecord(
  evaluation: Evaluation<Decimal>,
  actuals: ActualsSection,
): MonitoringRecord {
  const A = decimalArithmetic;
  const reported = resolveActuals(A, actuals);
  const onPlan = planVsActual(A, evaluation, reported, 'plan');
  const onDelivery = planVsActual(A, evaluation, reported, 'delivery');
  const savings = onPlan.totals.find((line) => line.list === 'savings');
  return {
    reported: onPlan.reported,
    plannedSavings: (savings?.planned ?? A.zero).toString(),
    achievedSavings: (savings?.actual ?? A.zero).toString(),
    delivery: text(onPlan.delivery),
    plan: metricsRecord(onPlan.plan),
    reforecast: {
      plan: metricsRecord(onPlan.reforecast),
      delivery: metricsRecord(onDelivery.reforecast),
    },
    verdict: { plan: onPlan.verdict.code, delivery: onDelivery.verdict.code },
  };
}
