export {
  BASE_SCENARIO,
  parseScenarioFile,
  scenarioNames,
  selectScenario,
  serializeScenarioFile,
  validateScenarioDocument,
  type ParseOptions,
  type ParsedScenarioFile,
  type SelectedScenario,
} from './file';
export {
  formatIssue,
  formatIssuePath,
  type IssueParams,
  type IssuePath,
  type ValidationIssue,
} from './issues';
export { domainAt, domainText, withinLimits, type Domain } from './domains';
export { AMOUNT_PATTERN, SIGNED_AMOUNT_PATTERN } from './fields';
export {
  ACTUAL_LINE_LISTS,
  actualsIssues,
  PLANNED_LIST_OF,
  type ActualLine,
  type ActualLineList,
  type ActualsSection,
  type ActualYear,
} from './actuals';
export { scenarioJsonSchema, scenarioJsonSchemaText } from './json-schema';
export { MIGRATIONS, migrateToCurrent, type Migration, type MigrationTable } from './migrations';
export { baseOf } from './overrides';
export { formatPath, locate, parsePath, replaceAt, type PathStep } from './paths';
export {
  EFFECT_PRESETS,
  effectFromPreset,
  effectPreset,
  TAX_PRESETS,
  type EffectPreset,
  type PresetScope,
  type TaxPreset,
} from './presets';
export {
  choleskyLower,
  DECIMAL_PATTERN,
  DISTRIBUTION_TYPES,
  driverKindAt,
  rangeMagnitudeIssue,
  type Distribution,
  type DriverCorrelation,
  type DriverDistribution,
  type DriverRange,
  type RiskSettings,
} from './risk';
export { DEFAULT_JSON_LIMITS, type JsonLimits } from './safe-json';
export {
  CAPEX_CATEGORIES,
  CONSTRUCTION_INTEREST_TREATMENTS,
  DEPRECIATION_METHODS,
  DRAW_TIMINGS,
  EFFECT_KINDS,
  HOLIDAY_STARTS,
  MAINTENANCE_TREATMENTS,
  PAYBACK_CONVENTIONS,
  REPAYMENT_TYPES,
  RUNNING_COST_KINDS,
  SCENARIO_FORMAT,
  SCENARIO_KINDS,
  SCENARIO_VERSION,
  scenarioFileSchema,
  TAX_PAYMENT_TIMINGS,
  WORKING_CAPITAL_CHANGES,
  type CapexItem,
  type Effect,
  type Loan,
  type NamedScenario,
  type RunningCost,
  type Scenario,
  type ScenarioFile,
  type Subsidy,
  type Tax,
  type WorkingCapitalLine,
} from './schema';
