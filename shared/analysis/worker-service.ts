import { compareScenarios } from './comparison';
import { AnalysisCancelled, AnalysisError } from './errors';
import { evaluateDraws, monteCarloSamples, prepareMonteCarlo, runMonteCarlo } from './monte-carlo';
import {
  isToWorker,
  type AnalysisFailure,
  type AnalysisRequest,
  type AnalysisResult,
  type FromWorker,
} from './protocol';
import { runStepsWith, type RunControl } from './run-control';
import { switchingSteps } from './switching-values';
import { tornadoSteps } from './tornado';
import { twoWaySteps } from './two-way';

/*
 * The worker's side of the protocol, the same in a browser Web Worker and a Node worker_thread:
 *
 *   // browser: self.onmessage = (event) => handle(event.data), with
 *   const handle = serveAnalyses({
 *     post: (message, transfer) => self.postMessage(message, transfer),
 *     yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
 *   });
 *
 * A run waits in `yieldToEvents` between chunks of draws, which is when a cancel message can be
 * received; it then ends with "cancelled" instead of a result.
 */

export interface AnalysisPort {
  post(message: FromWorker, transfer: ArrayBuffer[]): void;
  yieldToEvents(): Promise<void>;
}

export function serveAnalyses(port: AnalysisPort): (message: unknown) => void {
  const cancelled = new Set<number>();
  const running = new Set<number>();
  return (message) => {
    if (!isToWorker(message)) return;
    if (message.type === 'cancel') {
      if (running.has(message.id)) cancelled.add(message.id);
      return;
    }
    const { id, request } = message;
    running.add(id);
    const control: RunControl = {
      onProgress: (done, total) => port.post({ type: 'progress', id, done, total }, []),
      isCancelled: () => cancelled.has(id),
      yieldToEvents: () => port.yieldToEvents(),
    };
    void runRequest(request, control)
      .then(
        (result) => port.post({ type: 'result', id, result }, transferablesOf(result)),
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
