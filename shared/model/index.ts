export {
  FUTURE_BASES,
  ON_TRACK_TOLERANCE,
  planVsActual,
  planVsActualOf,
  resolveActuals,
  VERDICT_CODES,
  type FutureBasis,
  type LineVariance,
  type MetricsTriple,
  type PlanVsActual,
  type ReforecastYear,
  type ReportedYearInput,
  type Verdict,
  type VerdictCode,
  type VarianceList,
  type YearStatus,
  type YearVariance,
} from './actuals';
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
export {
  computeMetrics,
  paybackPeriod,
  solveIrrSeeded,
  type IrrStatus,
  type Metrics,
} from './metrics';
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
  isNoFundingGap,
  METRIC_CATALOGUE,
  metricKind,
  type CatalogueKey,
  type MetricGroup,
  type MetricInfo,
  type MetricKind,
} from './metric-catalogue';
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
export {
  baselineCosts,
  baselineLines,
  claimsOf,
  DEFAULT_THRESHOLDS,
  fullEffects,
  HARD_LIMITS,
  PLAUSIBILITY_CODES,
  plausibilityFindings,
  rampYears,
  type Claims,
  type EffectClaim,
  type PlausibilityCode,
  type PlausibilityFigures,
  type PlausibilityFinding,
  type PlausibilityThresholds,
} from './plausibility';
export { EU_REFERENCE_DISCOUNT_RATE, resolveScenario } from './resolve';
export {
  scenarioWarnings,
  WARNING_CODES,
  type ScenarioWarning,
  type WarningCode,
} from './warnings';
export { projectionRows, projectionTable, type ProjectionRow, type RowValue } from './rows';
export { taxLedger, taxOnIncome } from './tax';
export {
  chainSign,
  isTaxPart,
  TAX_CHAIN,
  TAX_CHAIN_ROLES,
  type TaxChainRole,
  type TaxChainRow,
} from './tax-chain';
