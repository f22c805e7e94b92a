/*
 * The analyses on the one model of shared/model: named scenarios side by side
 * (Decimal), tornado, two-way table, switching values and Monte Carlo (64-bit floats through
 * evaluation plans recorded from the model). Pure TypeScript: runs in the app's Web Worker, a
 * Node worker_thread, the command line and tests. See README.md for the method.
 */
export { compareScenarios, type ComparedScenario, type ScenarioComparison } from './comparison';
export {
  defaultSensitivityDrivers,
  driverSpecs,
  HORIZON_PATH,
  type DriverKind,
  type DriverSpec,
} from './drivers';
export { marginalOf, type Marginal } from './distributions';
export { AnalysisCancelled, AnalysisError, type AnalysisErrorCode } from './errors';
export {
  ANALYSIS_METRICS,
  isAnalysisMetric,
  ZERO_CROSSING_METRICS,
  type AnalysisMetric,
  type ZeroCrossingMetric,
} from './metrics';
export {
  evaluateDraws,
  MAX_DRAWS,
  monteCarlo,
  monteCarloSamples,
  MONTE_CARLO_DEFAULTS,
  PERCENTILES,
  prepareMonteCarlo,
  runMonteCarlo,
  summarizeMonteCarlo,
  type DrawValues,
  type DriverContribution,
  type MonteCarloOptions,
  type MonteCarloResult,
  type MonteCarloSetup,
  type PercentileKey,
} from './monte-carlo';
export { BLOCK, CompiledFunction, type LaneError, type RecordedBody } from './compiled-function';
export { EvaluationPlan } from './plan';
export {
  ANALYSIS_KINDS,
  isFromWorker,
  isToWorker,
  type AnalysisFailure,
  type AnalysisKind,
  type AnalysisRequest,
  type AnalysisResult,
  type FromWorker,
  type ResultOf,
  type ToWorker,
  type WorkerRequest,
} from './protocol';
export { MAX_SEED, Random } from './random';
export {
  DRAWS_PER_EXTRA_WORKER,
  monteCarloWorkers,
  runAnalysis,
  type AnalysisRun,
} from './run-analysis';
export { checkpoint, type RunControl } from './run-control';
export { drawSamples, type Samples } from './sampling';
export { rankCorrelation, type HistogramBin } from './statistics';
export {
  switchingValues,
  type SwitchingOptions,
  type SwitchingStatus,
  type SwitchingValue,
  type SwitchingValuesResult,
} from './switching-values';
export { tornado, type SensitivityOptions, type TornadoBar, type TornadoResult } from './tornado';
export { twoWayTable, type TwoWayAxis, type TwoWayOptions, type TwoWayTable } from './two-way';
export {
  AnalysisFailed,
  errorOfFailure,
  WorkerClient,
  type Progress,
  type Running,
  type WorkerClientOptions,
  type WorkerHost,
  type WorkerPort,
  WorkerLost,
} from './worker-client';
export {
  ANALYSIS_RUNNER,
  combineRunners,
  failureOf,
  runRequest,
  serveAnalyses,
  serveRequests,
  type AnalysisPort,
  type WorkerRunner,
} from './worker-service';
