import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { WorkerClient } from '../../shared/analysis';
import {
  applicantRunner,
  assessApplicants,
  collectApplicants,
  type ApplicantOutcome,
  type AssessRequest,
  type AssessResult,
  type CollectedApplicants,
  type LoadProgress,
} from '../../shared/compare';
import { nodeWorkerClient } from '../analysis/runner';
import { readApplicantFile } from './assess-file';
import { listApplicantFiles } from './list-files';

/*
 * Loads a folder (or a set) of applicant files on Node (the command line). Each file is read,
 * validated and evaluated in Decimal — a few milliseconds of work — so hundreds of files go to
 * worker threads, one per core, through the shared loader (shared/compare/load.ts) and the
 * process stays responsive and reports progress. A few files are not worth starting a thread
 * for: they are done here, one at a time, yielding between files.
 */

export type { LoadProgress };

export interface LoadOptions {
  /** Starts one worker that serves main/analysis/worker.ts; without it everything is done here. */
  readonly launchWorker?: (() => Worker) | null;
  /** Workers kept between loads; when given, `launchWorker`, `workers` and `filesPerWorker` are not used. */
  readonly pool?: WorkerClient<AssessRequest, AssessResult>;
  /** Most workers; the number of cores by default, and never more (more threads only queue). */
  readonly workers?: number;
  /** Below this many files per worker, fewer workers are started (none below one worker's share). */
  readonly filesPerWorker?: number;
  readonly onProgress?: (progress: LoadProgress) => void;
}

const DEFAULT_FILES_PER_WORKER = 100;

/** Worker threads for applicants' files, kept as long as the caller keeps the client. */
export function applicantWorkers(
  launch: (() => Worker) | null,
  size: number,
): WorkerClient<AssessRequest, AssessResult> {
  // Two files' worth in flight per worker keeps it busy while an answer travels.
  return nodeWorkerClient(applicantRunner(readApplicantFile), launch, { size, perWorker: 2 });
}

/** The outcome of each file, in the order of `files`. */
export async function assessApplicantFiles(
  files: readonly string[],
  options: LoadOptions = {},
): Promise<ApplicantOutcome[]> {
  const cores = availableParallelism();
  const wanted = Math.min(
    options.workers ?? cores,
    cores,
    Math.floor(files.length / (options.filesPerWorker ?? DEFAULT_FILES_PER_WORKER)),
  );
  const launch = options.launchWorker ?? null;
  const client = options.pool ?? applicantWorkers(wanted >= 1 ? launch : null, Math.max(1, wanted));
  try {
    return await assessApplicants(
      client,
      files.map((name) => ({ name })),
      {
        inWorkers: options.pool !== undefined || (launch !== null && wanted >= 1),
        ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      },
    );
  } finally {
    if (client !== options.pool) client.dispose();
  }
}

/** Folders and files → the applicants compared and the files left out, with their reasons. */
export async function loadApplicants(
  inputs: readonly string[],
  options: LoadOptions = {},
): Promise<CollectedApplicants> {
  const { files, missing } = await listApplicantFiles(inputs);
  const outcomes = await assessApplicantFiles(files, options);
  const collected = collectApplicants(outcomes);
  const invalid = [...missing, ...collected.invalid].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  return { ...collected, invalid };
}
