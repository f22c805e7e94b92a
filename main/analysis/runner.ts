import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import {
  AnalysisCancelled,
  ANALYSIS_RUNNER,
  runAnalysis as runWithClient,
  WorkerClient,
  type AnalysisRequest,
  type AnalysisResult,
  type WorkerClientOptions,
  type WorkerPort,
  type WorkerRequest,
  type WorkerRunner,
} from '../../shared/analysis';

/*
 * The shared worker client (shared/analysis/worker-client.ts) on Node: worker_threads speaking
 * the protocol of shared/analysis, served by main/analysis/worker.ts.
 */

/** A worker_thread as the client sees it. */
export function nodeWorkerPort(worker: Worker): WorkerPort {
  return {
    post: (message) => worker.postMessage(message),
    listen: (received, lost) => {
      worker.on('message', received);
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => lost(`the worker stopped unexpectedly (exit code ${code})`));
    },
    terminate: () => void worker.terminate(),
  };
}

/** A client of up to `size` worker threads started by `launch`; null: everything in this thread. */
export function nodeWorkerClient<Q extends WorkerRequest, R>(
  runner: WorkerRunner<Q, R>,
  launch: (() => Worker) | null,
  options: WorkerClientOptions,
): WorkerClient<Q, R> {
  return new WorkerClient<Q, R>(
    {
      launch: launch === null ? null : () => nodeWorkerPort(launch()),
      runHere: (request, control) => runner.run(request, control),
      yieldToEvents: () => new Promise((resolve) => setImmediate(resolve)),
      setTimer: (ms, action) => {
        const timer = setTimeout(action, ms);
        return () => clearTimeout(timer);
      },
    },
    options,
  );
}

export interface RunnerOptions {
  /**
   * Worker threads, at most one per core (more only queue for the same cores); 0 runs the analysis
   * in this thread (between chunks it still yields, reports and stops).
   */
  readonly workers: number;
  /** Starts a worker that serves the protocol (see main/analysis/worker.ts); null: run in this thread. */
  readonly launchWorker: (() => Worker) | null;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** One analysis in workers of its own, which are stopped when it ends however it ends. */
export async function runAnalysis(
  request: AnalysisRequest,
  options: RunnerOptions,
): Promise<AnalysisResult> {
  const { signal } = options;
  if (signal?.aborted === true) throw new AnalysisCancelled();
  // More threads than cores only queue for the same cores.
  const workers = Math.min(options.workers, availableParallelism());
  const client = nodeWorkerClient(ANALYSIS_RUNNER, workers === 0 ? null : options.launchWorker, {
    size: Math.max(1, workers),
  });
  const running = runWithClient(client, request, {
    workers,
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  const cancel = () => running.cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    return await running.result;
  } finally {
    signal?.removeEventListener('abort', cancel);
    client.dispose();
  }
}
