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
  EffectInput,
  LoanInput,
  ModelInputs,
  PreferentialInput,
  RunningCostInput,
  SubsidyInput,
  TaxInput,
  YearShareInput,
} from './inputs';
export { loanSchedule, type LoanSchedule } from './loans';
export { computeMetrics, type IrrStatus, type Metrics } from './metrics';
export {
  baselineLookup,
  fullAnnualEffect,
  operations,
  project,
  projectWith,
  type Operations,
} from './project';
export type { Projection, ProjectionLine, TaxColumns } from './projection';
export {
  METRIC_KEYS,
  metricsJson,
  SUPPLEMENTARY_METRIC_KEYS,
  supplementaryMetricsJson,
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
export { resolveScenario } from './resolve';
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
