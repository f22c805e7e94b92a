import type Decimal from 'decimal.js';
import { METRIC_CATALOGUE, metricKeysOf, type KeysOf, type MetricInfo } from './metric-catalogue';
import type { Metrics } from './metrics';

/** The metric keys of `yardstick evaluate --format json`, in the order first published. */
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
] as const satisfies readonly KeysOf<'listed'>[];

export type MetricKey = (typeof METRIC_KEYS)[number];

/** Further metrics that `--detail` reports as `otherMetrics`. */
export const SUPPLEMENTARY_METRIC_KEYS = metricKeysOf('supplementary');

export type SupplementaryMetricKey = KeysOf<'supplementary'>;

/**
 * Metrics of a real case beside the listed ones: before tax, without the terminal value, the
 * equity view without subsidies, payback relapses and the EU funding gap at its own rate. The
 * command line adds them to `metrics` as new keys after the listed ones.
 */
export const EXTENDED_METRIC_KEYS = metricKeysOf('extended');

export type ExtendedMetricKey = KeysOf<'extended'>;

/** Every metric key, in the order the exports list them. */
export const ALL_METRIC_KEYS: readonly AnyMetricKey[] = [
  ...METRIC_KEYS,
  ...SUPPLEMENTARY_METRIC_KEYS,
  ...EXTENDED_METRIC_KEYS,
];

export type AnyMetricKey = MetricKey | SupplementaryMetricKey | ExtendedMetricKey;

/** Each figure of the model's `Metrics` (a number, none, yes or no) is in the catalogue. */
type MetricFigure = {
  [K in keyof Metrics<Decimal>]: Metrics<Decimal>[K] extends Decimal | null | boolean ? K : never;
}[keyof Metrics<Decimal>];
export const CATALOGUED: Readonly<Record<MetricFigure, MetricInfo>> = METRIC_CATALOGUE;

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

export function extendedMetricsJson(
  metrics: Metrics<Decimal>,
): Record<ExtendedMetricKey, MetricJsonValue> {
  return Object.fromEntries(EXTENDED_METRIC_KEYS.map((key) => [key, json(metrics[key])])) as Record<
    ExtendedMetricKey,
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
