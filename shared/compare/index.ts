/*
 * The subsidy officer's workspace (issue 8): applicants loaded from scenario files, plausibility
 * flags, a weighted ranking, the budget allocation and the tables every export is made from.
 * Methodology: README.md.
 */
export {
  applicantName,
  fromRecord,
  toRecord,
  type Applicant,
  type ApplicantOutcome,
  type ApplicantRecord,
  type Claims,
  type CustomField,
  type EffectClaim,
  type InvalidApplicant,
} from './applicant';
export { assessApplicantText, invalidApplicant } from './assess';
export { collectApplicants, type CollectedApplicants } from './collect';
export {
  allocateBudget,
  DEFAULT_MAX_DP_CELLS,
  DEFAULT_MAX_NODES,
  type Allocation,
  type AllocationCandidate,
  type AllocationMethod,
  type AllocationOptions,
  type Award,
  type Rejection,
  type RejectionReason,
} from './allocate';
export {
  allocationCandidates,
  compareApplicants,
  comparisonCurve,
  objectiveUnit,
  OBJECTIVES,
  rankApplicants,
  totalsOf,
  type AssessedApplicant,
  type BudgetRequest,
  type Comparison,
  type Objective,
  type Totals,
} from './compare';
export { budgetCurve, type CurveOptions, type CurvePoint } from './curve';
export { absurdFields, customFields, fieldKey, type AbsurdField } from './fields';
export {
  DEFAULT_THRESHOLDS,
  FLAG_CODES,
  FLAG_PARAM_KINDS,
  plausibilityFlags,
  type Flag,
  type FlagCode,
  type PlausibilityThresholds,
} from './flags';
export { comparisonJson, invalidJson } from './json';
export {
  availableFields,
  betterOf,
  BUILT_IN_CRITERIA,
  compareForRanking,
  criterionValue,
  DEFAULT_WEIGHTS,
  FIELD_PREFIX,
  isBuiltIn,
  JOBS_CRITERION,
  SCALINGS,
  scoreApplicants,
  type Better,
  type BuiltInCriterion,
  type CriterionId,
  type CriterionWeight,
  type Scaling,
  type Score,
  type ScorePart,
} from './score';
export {
  DEFAULT_ALLOCATION,
  DEFAULT_SETTINGS,
  parseCompareSettings,
  serializeCompareSettings,
  type AllocationSettings,
  type CompareSettings,
  type SettingsResult,
} from './settings';
export {
  ALLOCATION_COLUMN_IDS,
  COMPARISON_COLUMN_IDS,
  comparisonSheet,
  comparisonTable,
  decisions,
  ENGLISH_BREAKDOWN_TEXTS,
  ENGLISH_HEADERS,
  ENGLISH_TEXTS,
  scoreBreakdownSheet,
  type BreakdownTexts,
  type ComparisonColumnId,
  type ComparisonTable,
  type Decision,
  type TableColumn,
  type TableTexts,
} from './table';
export { comparisonReportRequest, type ComparisonReportInput } from './report-request';
