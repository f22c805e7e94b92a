/*
 * The subsidy officer's workspace: applicants loaded from scenario files, what the subsidy does for
 * each (additional, deadweight, not viable) and the award it needs, plausibility flags, a weighted
 * ranking, the budget allocation and the tables every export is made from. Methodology: README.md.
 */
export {
  APPLICANT_STATES,
  applicantState,
  npvBasis,
  reportedNpv,
  type ApplicantState,
  type NpvBasis,
} from './additionality';
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
  costOf,
  DEFAULT_MAX_DP_CELLS,
  DEFAULT_MAX_NODES,
  type Allocation,
  type AllocationCandidate,
  type AllocationMethod,
  type AllocationOptions,
  type Award,
  type ExclusionReason,
  type Rejection,
  type RejectionReason,
} from './allocate';
export {
  allocationCandidates,
  AWARD_CAPS,
  cappedAward,
  compareApplicants,
  comparisonCurve,
  objectiveUnit,
  OBJECTIVES,
  rankApplicants,
  totalsOf,
  type AllocationRequest,
  type AssessedApplicant,
  type AwardCap,
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
  necessaryAwardOf,
  scaledSubsidyProblem,
  scaleSubsidy,
  solveNecessaryAward,
  type NecessaryAwardProblem,
} from './necessary-award';
export { causedNpv, causes, deadweightOf, fundingOutcome, type FundingOutcome } from './outcome';
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
  SETTINGS_VERSION,
  serializeCompareSettings,
  type AllocationSettings,
  type CompareSettings,
  type SettingsResult,
} from './settings';
export {
  aboveNecessary,
  ALLOCATION_COLUMN_IDS,
  COMPARISON_COLUMN_IDS,
  comparisonSheet,
  comparisonTable,
  decisions,
  ENGLISH_BREAKDOWN_TEXTS,
  ENGLISH_HEADERS,
  ENGLISH_STATES,
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
export {
  applicantRunner,
  assessApplicants,
  type ApplicantReader,
  type ApplicantSource,
  type AssessOptions,
  type AssessRequest,
  type AssessResult,
  type LoadProgress,
  type ReadApplicant,
} from './load';
