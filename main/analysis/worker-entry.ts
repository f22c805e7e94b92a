import { isMainThread, parentPort } from 'node:worker_threads';
import { serveNodeWorker } from './worker';

/*
 * The worker as a script of its own, for builds that can give a worker its own file (tests,
 * benchmarks). The command line is one file, so it starts itself as the worker instead
 * (main/cli/workers.ts).
 */
if (!isMainThread && parentPort) void serveNodeWorker(parentPort);
