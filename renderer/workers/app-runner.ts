import {
  ANALYSIS_RUNNER,
  combineRunners,
  type AnalysisRequest,
  type AnalysisResult,
} from '../../shared/analysis';
import { applicantRunner, type AssessRequest, type AssessResult } from '../../shared/compare';

/*
 * Everything the page hands to its workers, in one runner: the analyses and applicants' files
 * (read by the page: a worker cannot open them). The worker script serves it; where no worker can
 * start, the same runner works in the page.
 */

export type AppRequest = AnalysisRequest | AssessRequest;
export type AppResult = AnalysisResult | AssessResult;

export const APP_RUNNER = combineRunners<AppRequest, AppResult>(
  ANALYSIS_RUNNER,
  applicantRunner(null),
);
