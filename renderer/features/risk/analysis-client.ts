import {
  monteCarloWorkers,
  runAnalysis,
  type AnalysisRequest,
  type AnalysisResult,
  type ProgressListener,
  type Running,
  type WorkerClient,
  type WorkerPort,
} from '../../../shared/analysis';
import { webWorkerClient, workerCores } from '../../services/workers/web-workers';

export { AnalysisFailed } from '../../../shared/analysis';
/** How far a run has come, as the risk panels hear it. */
export type Progress = ProgressListener;

export type RunningAnalysis<R> = Running<R>;

/**
 * The risk screen's analyses in the page's workers, through the shared worker client: a Monte
 * Carlo run of many draws is split among several workers (the result is the same for any number).
 */
export class AnalysisClient {
  private readonly client: WorkerClient<AnalysisRequest, AnalysisResult>;

  constructor(launch?: () => WorkerPort | null) {
    this.client = webWorkerClient({ size: workerCores() }, launch);
  }

  /** `R` is the result of the request's kind (`TornadoResult` for a tornado). */
  run<R>(request: AnalysisRequest, progress?: Progress): RunningAnalysis<R> {
    const workers =
      request.kind === 'monte-carlo'
        ? monteCarloWorkers(request.options.draws ?? 0, this.client.size)
        : 1;
    const running = runAnalysis(this.client, request, {
      workers,
      ...(progress ? { onProgress: progress } : {}),
    });
    return {
      result: running.result.then((answer) => answer.result as unknown as R),
      cancel: running.cancel,
      withdraw: running.withdraw,
    };
  }

  dispose(): void {
    this.client.dispose();
  }
}
