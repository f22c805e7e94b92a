export { listDrivers, driverValue, withDrivers, type Driver } from './drivers';
export {
  evaluate,
  evaluateScenario,
  subsidyEffects,
  type Evaluation,
  type SubsidyEffect,
} from './evaluate';
export { explainMetrics, type Explanation, type Explanations } from './explain';
export type {
  CapexInput,
  DiscountRateInput,
  EffectInput,
  LoanInput,
  ModelInputs,
  PreferentialInput,
  RunningCostInput,
  SubsidyInput,
  TaxInput,
  WorkingCapitalInput,
  YearShareInput,
} from './inputs';
export { loanSchedule, type LoanSchedule } from './loans';
export { computeMetrics, type IrrStatus, type Metrics } from './metrics';
export {
  baselineLookup,
  fullAnnualEffect,
  isFinancingSubsidy,
  nominalRate,
  operations,
  project,
  projectWith,
  type Operations,
} from './project';
export type { Projection, ProjectionLine, TaxColumns } from './projection';
export {
  ALL_METRIC_KEYS,
  EXTENDED_METRIC_KEYS,
  extendedMetricsJson,
  METRIC_KEYS,
  metricsJson,
  SUPPLEMENTARY_METRIC_KEYS,
  supplementaryMetricsJson,
  type AnyMetricKey,
  type ExtendedMetricKey,
  type MetricJsonValue,
  type MetricKey,
  type SupplementaryMetricKey,
} from './report';
export { EU_REFERENCE_DISCOUNT_RATE, resolveScenario } from './resolve';
export { projectionRows, projectionTable, type ProjectionRow, type RowValue } from './rows';
export { taxLedger, taxOnIncome } from './tax';
