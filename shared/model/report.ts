import type Decimal from 'decimal.js';
import type { Metrics } from './metrics';

/** The metric keys of `yardstick evaluate --format json`, in the order it lists them. */
export const METRIC_KEYS = [
  'npv',
  'irr',
  'mirr',
  'paybackYears',
  'discountedPaybackYears',
  'profitabilityIndex',
  'benefitCostRatio',
  'roi',
  'npvWithoutSubsidies',
  'irrWithoutSubsidies',
  'subsidyTotal',
  'subsidyPresentValue',
  'additionality',
  'fundingGapRate',
  'equityNpv',
  'equityIrr',
  'minDscr',
  'discountRateNominal',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];

/** Further metrics that `evaluate --detail` reports beside the listed ones. */
export const SUPPLEMENTARY_METRIC_KEYS = [
  'averageDscr',
  'publicMoneyPerNpv',
  'privateInvestmentPerSubsidy',
] as const;

export type SupplementaryMetricKey = (typeof SUPPLEMENTARY_METRIC_KEYS)[number];

export type MetricJsonValue = string | boolean | null;

const json = (value: Decimal | boolean | null): MetricJsonValue =>
  value === null || typeof value === 'boolean' ? value : value.toString();

/** Amounts and rates as full-precision decimal strings, rates as fractions, "none" as null. */
export function metricsJson(metrics: Metrics<Decimal>): Record<MetricKey, MetricJsonValue> {
  return Object.fromEntries(METRIC_KEYS.map((key) => [key, json(metrics[key])])) as Record<
    MetricKey,
    MetricJsonValue
  >;
}

export function supplementaryMetricsJson(
  metrics: Metrics<Decimal>,
): Record<SupplementaryMetricKey, MetricJsonValue> {
  return Object.fromEntries(
    SUPPLEMENTARY_METRIC_KEYS.map((key) => [key, json(metrics[key])]),
  ) as Record<SupplementaryMetricKey, MetricJsonValue>;
}
