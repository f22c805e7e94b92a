import { isMainThread, parentPort } from 'node:worker_threads';
import { serveApplicantWorker } from './worker';

/*
 * The worker as a script of its own, for builds that can give a worker its own file (the
 * Electron main build: `import workerPath from '../compare/worker-entry?modulePath'`). The command
 * line is one file, so it starts itself as the worker instead (main/cli/compare.ts).
 */
if (!isMainThread && parentPort) void serveApplicantWorker(parentPort);
