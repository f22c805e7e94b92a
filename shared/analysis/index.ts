/*
 * The analyses on the one model of shared/model: named scenarios side by side
 * (Decimal), tornado, two-way table, switching values and Monte Carlo (64-bit floats through
 * evaluation plans recorded from the model). Pure TypeScript: runs in the app's Web Worker, a
 * Node worker_thread, the command line and tests. See README.md for the method.
 */
export { compareScenarios, type ComparedScenario, type ScenarioComparison } from './comparison';
export {
  defaultSensitivityDrivers,
  driverLimits,
  driverSpecs,
  HORIZON_PATH,
  type Clipped,
  type DriverKind,
  type DriverLimits,
  type DriverSpec,
} from './drivers';
export { marginalOf, withinDomain, type Marginal } from './distributions';
export { AnalysisCancelled, AnalysisError, type AnalysisErrorCode } from './errors';
export {
  ANALYSIS_METRICS,
  isAnalysisMetric,
  ZERO_CROSSING_METRICS,
  type AnalysisMetric,
  type ZeroCrossingMetric,
} from './metrics';
export {
  distributionLimits,
  evaluateDraws,
  MAX_DRAWS,
  monteCarlo,
  monteCarloSamples,
  MONTE_CARLO_DEFAULTS,
  PERCENTILES,
  prepareMonteCarlo,
  REPORTED_OUTSIDE_DOMAIN,
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
export {
  checkpoint,
  runSteps,
  runStepsWith,
  type AnalysisSteps,
  type Progress,
  type RunControl,
  type TimeBudget,
} from './run-control';
export { drawSamples, driverMarginals, type Samples } from './sampling';
export { rankCorrelation, type HistogramBin } from './statistics';
export {
  switchingSteps,
  switchingValues,
  type SwitchingOptions,
  type SwitchingStatus,
  type SwitchingValue,
  type SwitchingValuesResult,
} from './switching-values';
export {
  tornado,
  tornadoSteps,
  type SensitivityOptions,
  type TornadoBar,
  type TornadoResult,
} from './tornado';
export { statedEnds, variantFromRanges, type Variant, type VariantKind } from './variants';
export {
  twoWaySteps,
  twoWayTable,
  type TwoWayAxis,
  type TwoWayOptions,
  type TwoWayTable,
} from './two-way';
export {
  AnalysisFailed,
  errorOfFailure,
  WorkerClient,
  type ProgressListener,
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
