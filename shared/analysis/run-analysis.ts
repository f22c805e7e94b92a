import { AnalysisCancelled } from './errors';
import {
  distributionLimits,
  prepareMonteCarlo,
  summarizeMonteCarlo,
  type DrawValues,
} from './monte-carlo';
import type { AnalysisRequest, AnalysisResult, ResultOf } from './protocol';
import { driverMarginals } from './sampling';
import type { ProgressListener, Running, WorkerClient } from './worker-client';

/*
 * An analysis through the workers of a client. A Monte Carlo run large enough is split into
 * contiguous slices of draws, one per worker; each worker draws the whole matrix from the seed
 * and evaluates its slice, and the slices are put back in order and summarised here, so the
 * result is the same bit for bit for any number of workers. The other analyses take
 * milliseconds and run in one worker.
 */

/**
 * Each worker draws the whole matrix again and records its own plan, some 0.2 s before its first
 * draw is evaluated: below about 50,000 draws one worker finishes sooner than several.
 */
export const DRAWS_PER_EXTRA_WORKER = 50_000;

/** How many workers a Monte Carlo run of `draws` is worth, with `available` cores. */
export function monteCarloWorkers(draws: number, available: number): number {
  return draws >= DRAWS_PER_EXTRA_WORKER ? Math.max(1, available) : 1;
}

export interface AnalysisRun {
  /** Workers a Monte Carlo run is split among (at most the client's size); 1 by default. */
  readonly workers?: number;
  readonly onProgress?: ProgressListener;
}

export function runAnalysis(
  client: WorkerClient<AnalysisRequest, AnalysisResult>,
  request: AnalysisRequest,
  options: AnalysisRun = {},
): Running<AnalysisResult> {
  const workers = Math.min(options.workers ?? 1, client.size);
  if (request.kind !== 'monte-carlo' || workers <= 1)
    return client.run(request, options.onProgress);
  return monteCarloInSlices(client, request, workers, options.onProgress);
}

function monteCarloInSlices(
  client: WorkerClient<AnalysisRequest, AnalysisResult>,
  request: Extract<AnalysisRequest, { kind: 'monte-carlo' }>,
  workers: number,
  onProgress: ProgressListener | undefined,
): Running<AnalysisResult> {
  let parts: Running<AnalysisResult>[] = [];
  let cancelled = false;
  const stop = () => {
    cancelled = true;
    for (const part of parts) part.cancel();
  };
  const result = (async (): Promise<AnalysisResult> => {
    // Options are checked (and the draws counted) once, before any worker starts.
    const setup = prepareMonteCarlo(request.scenario, request.options);
    const draws = setup.options.draws;
    const count = Math.min(workers, draws);
    const slices = Array.from({ length: count }, (_, index) => ({
      from: Math.floor((draws * index) / count),
      to: Math.floor((draws * (index + 1)) / count),
    }));
    const done = slices.map(() => 0);
    if (cancelled) throw new AnalysisCancelled();
    parts = slices.map((slice, index) =>
      client.run(
        { kind: 'monte-carlo-draws', scenario: request.scenario, options: setup.options, ...slice },
        (count) => {
          done[index] = count;
          onProgress?.(
            done.reduce((sum, value) => sum + value, 0),
            draws,
          );
        },
      ),
    );
    // One failing slice stops the others; the first failure is the one reported.
    const answers = await Promise.all(
      parts.map((part) =>
        part.result.catch((error: unknown) => {
          stop();
          throw error;
        }),
      ),
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
    answers.forEach((answer, index) => {
      const part = sliceOf(answer);
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
    return {
      kind: 'monte-carlo',
      result: summarizeMonteCarlo(setup, { paths, marginals, count: draws, values }, merged),
    };
  })().catch((error: unknown) => {
    // The caller's cancellation is reported as such, not as the slice that noticed it first.
    throw cancelled ? new AnalysisCancelled() : error;
  });
  return { result, cancel: stop, withdraw: () => false };
}

function sliceOf(result: AnalysisResult): ResultOf<'monte-carlo-draws'> {
  if (result.kind !== 'monte-carlo-draws')
    throw new Error(`an analysis worker answered a ${result.kind} request`);
  return result.result;
}
