import { compareScenarios } from './comparison';
import { AnalysisCancelled, AnalysisError } from './errors';
import { evaluateDraws, monteCarloSamples, prepareMonteCarlo, runMonteCarlo } from './monte-carlo';
import {
  ANALYSIS_KINDS,
  isToWorker,
  type AnalysisFailure,
  type AnalysisRequest,
  type AnalysisResult,
  type FromWorker,
  type WorkerRequest,
} from './protocol';
import { runStepsWith, type RunControl } from './run-control';
import { switchingSteps } from './switching-values';
import { tornadoSteps } from './tornado';
import { twoWaySteps } from './two-way';

/*
 * The worker's side of the protocol, the same in a browser Web Worker and a Node worker_thread:
 *
 *   // browser: self.onmessage = (event) => handle(event.data), with
 *   const handle = serveRequests({
 *     post: (message, transfer) => self.postMessage(message, transfer),
 *     yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
 *   }, runner);
 *
 * A run waits in `yieldToEvents` between chunks of draws, which is when a cancel message can be
 * received; it then ends with "cancelled" instead of a result.
 */

export interface AnalysisPort {
  post(message: FromWorker<unknown>, transfer: ArrayBuffer[]): void;
  yieldToEvents(): Promise<void>;
}

/** What a worker can run: the kinds it knows, how it runs one, what of a result it transfers. */
export interface WorkerRunner<Q extends WorkerRequest, R> {
  readonly kinds: ReadonlySet<string>;
  run(request: Q, control: RunControl): Promise<R>;
  transfer?(result: R): ArrayBuffer[];
}

export const ANALYSIS_RUNNER: WorkerRunner<AnalysisRequest, AnalysisResult> = {
  kinds: ANALYSIS_KINDS,
  run: runRequest,
  transfer: transferablesOf,
};

/** One worker that runs the kinds of several runners (analyses and applicants' files, say). */
export function combineRunners<Q extends WorkerRequest, R>(
  ...runners: readonly WorkerRunner<Q, R>[]
): WorkerRunner<Q, R> {
  const of = (request: Q) => {
    const runner = runners.find((candidate) => candidate.kinds.has(request.kind));
    if (runner === undefined) throw new Error(`no worker runs "${request.kind}" requests`);
    return runner;
  };
  return {
    kinds: new Set(runners.flatMap((runner) => [...runner.kinds])),
    run: (request, control) => of(request).run(request, control),
    transfer: (result) =>
      runners.flatMap((runner) => {
        const kind = (result as { kind?: unknown }).kind;
        return typeof kind === 'string' && runner.kinds.has(kind)
          ? (runner.transfer?.(result) ?? [])
          : [];
      }),
  };
}

/**
 * The worker's side of the protocol for any runner. Each request first waits for the events
 * already sent (a cancel of a request that has not started yet is read before it starts), then
 * runs, answering with progress and one outcome.
 */
export function serveRequests<Q extends WorkerRequest, R>(
  port: AnalysisPort,
  runner: WorkerRunner<Q, R>,
): (message: unknown) => void {
  const cancelled = new Set<number>();
  const running = new Set<number>();
  return (message) => {
    if (!isToWorker(message, runner.kinds)) return;
    if (message.type === 'cancel') {
      if (running.has(message.id)) cancelled.add(message.id);
      return;
    }
    const { id } = message;
    const request = message.request as Q;
    running.add(id);
    const control: RunControl = {
      onProgress: (done, total) => port.post({ type: 'progress', id, done, total }, []),
      isCancelled: () => cancelled.has(id),
      yieldToEvents: () => port.yieldToEvents(),
    };
    void port
      .yieldToEvents()
      .then(() => {
        if (cancelled.has(id)) throw new AnalysisCancelled();
        return runner.run(request, control);
      })
      .then(
        (result) => port.post({ type: 'result', id, result }, runner.transfer?.(result) ?? []),
        (error: unknown) =>
          port.post(
            error instanceof AnalysisCancelled
              ? { type: 'cancelled', id }
              : { type: 'failed', id, error: failureOf(error) },
            [],
          ),
      )
      .finally(() => {
        running.delete(id);
        cancelled.delete(id);
      });
  };
}

/** The analysis worker's side: `serveRequests` with the analyses. */
export function serveAnalyses(port: AnalysisPort): (message: unknown) => void {
  return serveRequests(port, ANALYSIS_RUNNER);
}

/** Runs one request in this thread. */
export async function runRequest(
  request: AnalysisRequest,
  control: RunControl = {},
): Promise<AnalysisResult> {
  switch (request.kind) {
    case 'scenarios':
      return { kind: 'scenarios', result: compareScenarios(request.file) };
    case 'tornado':
      return {
        kind: 'tornado',
        result: await runStepsWith(tornadoSteps(request.scenario, request.options), control),
      };
    case 'two-way':
      return {
        kind: 'two-way',
        result: await runStepsWith(twoWaySteps(request.scenario, request.options), control),
      };
    case 'switching-values':
      return {
        kind: 'switching-values',
        result: await runStepsWith(switchingSteps(request.scenario, request.options), control),
      };
    case 'monte-carlo':
      return {
        kind: 'monte-carlo',
        result: await runMonteCarlo(request.scenario, request.options, control),
      };
    case 'monte-carlo-draws': {
      const setup = prepareMonteCarlo(request.scenario, request.options);
      const samples = monteCarloSamples(setup);
      const values = await evaluateDraws(setup, samples, request.from, request.to, control);
      const k = samples.paths.length;
      const size = request.to - request.from;
      const slice = new Float64Array(k * size);
      for (let j = 0; j < k; j += 1)
        slice.set(
          samples.values.subarray(j * samples.count + request.from, j * samples.count + request.to),
          j * size,
        );
      return { kind: 'monte-carlo-draws', result: { values, samples: slice } };
    }
  }
}

export function failureOf(error: unknown): AnalysisFailure {
  if (error instanceof AnalysisError)
    return { name: error.name, code: error.code, message: error.message };
  if (error instanceof Error) return { name: error.name, code: null, message: error.message };
  return { name: 'Error', code: null, message: String(error) };
}

/** The buffers of a result's typed arrays, each once (views may share one). */
function transferablesOf(result: AnalysisResult): ArrayBuffer[] {
  const arrays: Float64Array[] = [];
  if (result.kind === 'monte-carlo') {
    const { perDraw } = result.result;
    arrays.push(perDraw.values, perDraw.metric, perDraw.npv, perDraw.paybackYears);
  } else if (result.kind === 'monte-carlo-draws') {
    const { values, samples } = result.result;
    arrays.push(samples, values.metric, values.npv, values.paybackYears);
  }
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
