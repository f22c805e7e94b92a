import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { serveNodeWorker } from '../analysis/worker';
import { EXIT_INVALID, EXIT_OK } from './io';

/*
 * The command line's worker threads: the built command line is one .js file, so a worker is that
 * same file started as the worker command. It serves analyses and applicants' files alike.
 */

/** The command a worker thread of the built command line is started with. */
export const WORKER_COMMAND = '__worker';

/** Starts a worker of the built command line; null when run from sources (tests in one thread). */
export function workerLauncher(): (() => Worker) | null {
  const self = new URL(import.meta.url);
  if (self.protocol !== 'file:' || !self.pathname.endsWith('.js')) return null;
  return () => new Worker(self, { argv: [WORKER_COMMAND] });
}

export async function serveWorkerCommand(): Promise<number> {
  if (isMainThread || parentPort === null) return EXIT_INVALID;
  await serveNodeWorker(parentPort);
  return EXIT_OK;
}
