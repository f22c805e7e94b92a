import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { collectApplicants, invalidApplicant, type ApplicantOutcome, type CollectedApplicants } from '../../shared/compare';
import { issue } from '../../shared/scenario/issues';
import { assessApplicantFile } from './assess-file';
import { listApplicantFiles } from './list-files';
import type { FromWorker, ToWorker } from './worker-protocol';

/*
 * Loads a folder (or a set) of applicant files. Each file is read, validated and evaluated in
 * Decimal — a few milliseconds of work — so hundreds of files go to worker threads, one per core,
 * and the process that asked (the desktop's main process, the command line) stays responsive and
 * reports progress. A few files are not worth starting a thread for: they are done here, one at a
 * time, yielding between files. A worker that dies hands its files back to be done here.
 */

export interface LoadProgress {
  readonly done: number;
  readonly total: number;
}

export interface LoadOptions {
  /** Starts one worker that serves `serveApplicantWorker`; without it everything is done here. */
  readonly launchWorker?: (() => Worker) | null;
  /** Most workers; the number of cores by default. */
  readonly workers?: number;
  /** Below this many files per worker, fewer workers are started (none below one worker's share). */
  readonly filesPerWorker?: number;
  readonly onProgress?: (progress: LoadProgress) => void;
}

const IN_FLIGHT_PER_WORKER = 2;
const DEFAULT_FILES_PER_WORKER = 16;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The outcome of each file, in the order of `files`. */
export async function assessApplicantFiles(files: readonly string[], options: LoadOptions = {}): Promise<ApplicantOutcome[]> {
  const outcomes: (ApplicantOutcome | undefined)[] = files.map(() => undefined);
  let done = 0;
  const settle = (index: number, outcome: ApplicantOutcome) => {
    outcomes[index] = outcome;
    done += 1;
    options.onProgress?.({ done, total: files.length });
  };
  const here = async (index: number) => {
    settle(index, await assessApplicantFile(files[index] as string));
    await nextTurn();
  };

  const wanted = Math.min(options.workers ?? availableParallelism(), Math.floor(files.length / (options.filesPerWorker ?? DEFAULT_FILES_PER_WORKER)));
  const launch = options.launchWorker;
  if (!launch || wanted < 1) {
    for (let index = 0; index < files.length; index += 1) await here(index);
    return outcomes as ApplicantOutcome[];
  }

  const queue = files.map((_, index) => index);
  const orphans: number[] = [];
  await new Promise<void>((resolve) => {
    let running = 0;
    const start = () => {
      const worker = launch();
      const inFlight = new Set<number>();
      running += 1;
      const feed = () => {
        while (inFlight.size < IN_FLIGHT_PER_WORKER && queue.length > 0) {
          const index = queue.shift() as number;
          inFlight.add(index);
          const message: ToWorker = { type: 'assess', index, path: files[index] as string };
          worker.postMessage(message);
        }
        if (inFlight.size === 0) {
          const close: ToWorker = { type: 'close' };
          worker.postMessage(close);
        }
      };
      worker.on('message', (message: FromWorker) => {
        if (!inFlight.delete(message.index)) return;
        settle(message.index, message.outcome);
        feed();
      });
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        orphans.push(...inFlight);
        inFlight.clear();
        running -= 1;
        if (running === 0) resolve();
      };
      worker.on('error', () => {
        end();
        void worker.terminate();
      });
      worker.on('exit', end);
      feed();
    };
    for (let count = 0; count < wanted; count += 1) start();
  });
  // Files a dead worker held, and any it never got to.
  for (const index of [...orphans, ...queue.splice(0)].sort((a, b) => a - b)) {
    if (outcomes[index] === undefined) await here(index);
  }
  return outcomes.map(
    (outcome, index) =>
      outcome ?? invalidApplicant(files[index] as string, [issue([], 'compare_not_assessed', 'was not assessed')]),
  );
}

/** Folders and files → the applicants compared and the files left out, with their reasons. */
export async function loadApplicants(inputs: readonly string[], options: LoadOptions = {}): Promise<CollectedApplicants> {
  const { files, missing } = await listApplicantFiles(inputs);
  const outcomes = await assessApplicantFiles(files, options);
  const collected = collectApplicants(outcomes);
  const invalid = [...missing, ...collected.invalid].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { ...collected, invalid };
}
