import { WorkerClient, type WorkerClientOptions, type WorkerPort } from '../../../shared/analysis';
import { APP_RUNNER, type AppRequest, type AppResult } from './app-runner';

/*
 * The shared worker client (shared/analysis/worker-client.ts) in the page: Web Workers running
 * app.worker.ts. Where none can start (component tests in jsdom) requests run in the page.
 */

/** One Web Worker of the page; null where the page cannot start one. */
export function startWebWorker(): WorkerPort | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./app.worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (message) => worker.postMessage(message),
    listen: (received, lost) => {
      worker.addEventListener('message', (event: MessageEvent<unknown>) => received(event.data));
      worker.addEventListener('error', (event) => lost(event.message || 'the worker failed'));
    },
    terminate: () => worker.terminate(),
  };
}

/** Cores the page may use; one is the page's own. */
export function workerCores(): number {
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
  return Math.max(1, Math.min(cores, 4));
}

/**
 * A client of the page's workers for requests of `Q` (answered by results of `R`); `launch`
 * starts a worker (tests give a slow or out-of-order one).
 */
export function webWorkerClient<Q extends AppRequest, R extends AppResult>(
  options: WorkerClientOptions,
  launch: (() => WorkerPort | null) | null = startWebWorker,
): WorkerClient<Q, R> {
  return new WorkerClient<Q, R>(
    {
      launch,
      runHere: (request, control) => APP_RUNNER.run(request, control) as Promise<R>,
      yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
      setTimer: (ms, action) => {
        const timer = setTimeout(action, ms);
        return () => clearTimeout(timer);
      },
    },
    options,
  );
}
