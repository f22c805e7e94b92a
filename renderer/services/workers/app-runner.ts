import {
  ANALYSIS_RUNNER,
  combineRunners,
  type AnalysisRequest,
  type AnalysisResult,
} from '../../../shared/analysis';
import { applicantRunner, type AssessRequest, type AssessResult } from '../../../shared/compare';
import {
  editCheckRunner,
  type CheckEditRequest,
  type CheckEditResult,
} from '../evaluation/edit-checks';
import {
  evaluateRunner,
  type EvaluateRequest,
  type EvaluateResult,
  type TableRequest,
  type HeldEvaluation,
  type TableResult,
} from '../evaluation/live-results';

/*
 * Everything the page hands to its workers, in one runner: the analyses, applicants' files (read
 * by the page: a worker cannot open them), the editor's typing checked and its scenario
 * evaluated (key figures, then the yearly table). The worker script serves it; where no worker can start, the same runner works in the
 * page.
 */

export type AppRequest =
  AnalysisRequest | AssessRequest | CheckEditRequest | EvaluateRequest | TableRequest;
export type AppResult =
  AnalysisResult | AssessResult | CheckEditResult | EvaluateResult | TableResult;

// The checks of typing evaluate what they let through, for the table asked after the figures.
const held: HeldEvaluation = { held: null };

export const APP_RUNNER = combineRunners<AppRequest, AppResult>(
  ANALYSIS_RUNNER,
  applicantRunner(null),
  editCheckRunner(held),
  evaluateRunner(held),
);
