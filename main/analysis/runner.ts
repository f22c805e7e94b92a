import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import {
  AnalysisCancelled,
  AnalysisError,
  distributionLimits,
  driverMarginals,
  isFromWorker,
  prepareMonteCarlo,
  runRequest,
  summarizeMonteCarlo,
  type AnalysisErrorCode,
  type AnalysisFailure,
  type AnalysisRequest,
  type AnalysisResult,
  type DrawValues,
  type ResultOf,
  type ToWorker,
} from '../../shared/analysis';

/*
 * Runs analyses off the calling thread, in Node worker_threads speaking the protocol of
 * shared/analysis. A Monte Carlo run is split into contiguous slices of draws, one per worker;
 * each worker draws the whole matrix from the seed and evaluates its slice, and the slices are
 * put back in order and summarised here, so the result is the same for any number of workers.
 * The other analyses take milliseconds and run in one worker.
 */

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

/** How long a worker asked to cancel may take to answer before it is stopped. */
const CANCEL_GRACE_MS = 500;

export async function runAnalysis(
  request: AnalysisRequest,
  options: RunnerOptions,
): Promise<AnalysisResult> {
  const { signal } = options;
  if (signal?.aborted === true) throw new AnalysisCancelled();
  if (options.workers === 0 || options.launchWorker === null) {
    return runRequest(request, {
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      isCancelled: () => signal?.aborted === true,
      yieldToEvents: () => new Promise((resolve) => setImmediate(resolve)),
    });
  }
  const launch = options.launchWorker;
  if (request.kind !== 'monte-carlo' || options.workers === 1) {
    return inWorker(launch, request, signal, options.onProgress ?? (() => undefined));
  }
  return {
    kind: 'monte-carlo',
    result: await monteCarloInWorkers(request, options.workers, launch, options),
  };
}

async function monteCarloInWorkers(
  request: Extract<AnalysisRequest, { kind: 'monte-carlo' }>,
  workers: number,
  launch: () => Worker,
  options: RunnerOptions,
): Promise<ResultOf<'monte-carlo'>> {
  const setup = prepareMonteCarlo(request.scenario, request.options);
  const draws = setup.options.draws;
  const count = Math.min(workers, draws, availableParallelism());
  const slices = Array.from({ length: count }, (_, index) => ({
    from: Math.floor((draws * index) / count),
    to: Math.floor((draws * (index + 1)) / count),
  }));
  const done = slices.map(() => 0);
  // One failing or cancelled slice stops the others.
  const stop = new AbortController();
  const abandon = () => stop.abort();
  options.signal?.addEventListener('abort', abandon, { once: true });
  try {
    const parts = await Promise.all(
      slices.map(async (slice, index) => {
        try {
          const result = await inWorker(
            launch,
            {
              kind: 'monte-carlo-draws',
              scenario: request.scenario,
              options: setup.options,
              ...slice,
            },
            stop.signal,
            (count) => {
              done[index] = count;
              options.onProgress?.(
                done.reduce((sum, value) => sum + value, 0),
                draws,
              );
            },
          );
          return result.kind === 'monte-carlo-draws' ? result.result : unexpected(result);
        } catch (error) {
          stop.abort();
          throw error;
        }
      }),
    );
    const risk = setup.scenario.risk;
    const paths = risk?.distributions.map((entry) => entry.path) ?? [];
    const values = new Float64Array(paths.length * draws);
    const merged: DrawValues = {
      from: 0,
      to: draws,
      metric: new Float64Array(draws),
      npv: new Float64Array(draws),
      paybackYears: new Float64Array(draws),
    };
    parts.forEach((part, index) => {
      const { from, to } = slices[index]!;
      const size = to - from;
      for (let j = 0; j < paths.length; j += 1)
        values.set(part.samples.subarray(j * size, (j + 1) * size), j * draws + from);
      merged.metric.set(part.values.metric, from);
      merged.npv.set(part.values.npv, from);
      merged.paybackYears.set(part.values.paybackYears, from);
    });
    const marginals =
      risk === undefined ? [] : driverMarginals(risk, distributionLimits(setup.scenario));
    return summarizeMonteCarlo(setup, { paths, marginals, count: draws, values }, merged);
  } catch (error) {
    // Report the caller's cancellation as such, not as the error of the slice that noticed it first.
    if (options.signal?.aborted === true) throw new AnalysisCancelled();
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', abandon);
  }
}

function unexpected(result: AnalysisResult): never {
  throw new Error(`an analysis worker answered a ${result.kind} request`);
}

/** One request in one worker, which is stopped when the request ends however it ends. */
function inWorker(
  launch: () => Worker,
  request: AnalysisRequest,
  signal: AbortSignal | undefined,
  onProgress: (done: number, total: number) => void,
): Promise<AnalysisResult> {
  const worker = launch();
  const id = 1;
  return new Promise<AnalysisResult>((resolve, reject) => {
    let settled = false;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      if (graceTimer !== undefined) clearTimeout(graceTimer);
      signal?.removeEventListener('abort', cancel);
      outcome();
    };
    const cancel = () => {
      const message: ToWorker = { type: 'cancel', id };
      worker.postMessage(message);
      graceTimer = setTimeout(() => settle(() => reject(new AnalysisCancelled())), CANCEL_GRACE_MS);
    };
    worker.on('message', (message: unknown) => {
      if (!isFromWorker(message) || message.id !== id) return;
      switch (message.type) {
        case 'progress':
          onProgress(message.done, message.total);
          break;
        case 'result':
          settle(() => resolve(message.result));
          break;
        case 'cancelled':
          settle(() => reject(new AnalysisCancelled()));
          break;
        case 'failed':
          settle(() => reject(errorOf(message.error)));
          break;
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() =>
        reject(new Error(`the analysis worker stopped unexpectedly (exit code ${code})`)),
      ),
    );
    if (signal?.aborted === true) {
      settle(() => reject(new AnalysisCancelled()));
      return;
    }
    signal?.addEventListener('abort', cancel, { once: true });
    const start: ToWorker = { type: 'start', id, request };
    worker.postMessage(start);
  }).finally(() => void worker.terminate());
}

function errorOf(failure: AnalysisFailure): Error {
  if (failure.name === 'AnalysisError' && failure.code !== null)
    return new AnalysisError(failure.code as AnalysisErrorCode, failure.message);
  return new Error(failure.message);
}
