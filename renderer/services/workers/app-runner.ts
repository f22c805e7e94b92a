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
  EVALUATE_RUNNER,
  type EvaluateRequest,
  type EvaluateResult,
} from '../evaluation/live-results';

/*
 * Everything the page hands to its workers, in one runner: the analyses, applicants' files (read
 * by the page: a worker cannot open them), the editor's typing checked and its scenario
 * evaluated. The worker script serves it; where no worker can start, the same runner works in the
 * page.
 */

export type AppRequest = AnalysisRequest | AssessRequest | CheckEditRequest | EvaluateRequest;
export type AppResult = AnalysisResult | AssessResult | CheckEditResult | EvaluateResult;

export const APP_RUNNER = combineRunners<AppRequest, AppResult>(
  ANALYSIS_RUNNER,
  applicantRunner(null),
  editCheckRunner(),
  EVALUATE_RUNNER,
);
