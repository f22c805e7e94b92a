/*
 * What an analysis refuses, in words a finance officer can act on, with a stable code for
 * translation; and the one way a run ends early on request.
 */

export type AnalysisErrorCode =
  | 'unknown_driver'
  | 'not_a_driver'
  | 'invalid_option'
  | 'no_distributions'
  | 'invalid_draw'
  | 'invalid_scenario'
  /** Stopped at the time it was given (runSteps' budget), before it finished. */
  | 'over_budget';

export class AnalysisError extends Error {
  override readonly name = 'AnalysisError';
  readonly code: AnalysisErrorCode;

  constructor(code: AnalysisErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export class AnalysisCancelled extends Error {
  override readonly name = 'AnalysisCancelled';

  constructor() {
    super('the analysis was cancelled');
  }
}
