import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import {
  assessApplicantText,
  collectApplicants,
  invalidApplicant,
  type ApplicantOutcome,
  type CollectedApplicants,
} from '../../shared/compare';
import { issue } from '../../shared/scenario/issues';
import { readApplicantFile, type ReadApplicant } from './assess-file';
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
  /** Files assessed by worker threads so far (the rest were done in this thread). */
  readonly inWorkers: number;
}

export interface LoadOptions {
  /** Starts one worker that serves `serveApplicantWorker`; without it everything is done here. */
  readonly launchWorker?: (() => Worker) | null;
  /** Workers kept between loads; when given, `launchWorker`, `workers` and `filesPerWorker` are not used. */
  readonly pool?: ApplicantWorkerPool;
  /** Most workers; the number of cores by default, and never more (more threads only queue). */
  readonly workers?: number;
  /** Below this many files per worker, fewer workers are started (none below one worker's share). */
  readonly filesPerWorker?: number;
  readonly onProgress?: (progress: LoadProgress) => void;
}

const IN_FLIGHT_PER_WORKER = 4;
/** Files read ahead while one is evaluated in this thread, so the CPU does not wait for the disk. */
const READ_AHEAD = 8;
const DEFAULT_FILES_PER_WORKER = 100;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

type Settle = (index: number, outcome: ApplicantOutcome) => void;

interface Slot {
  readonly worker: Worker;
  readonly inFlight: Set<number>;
  alive: boolean;
}

interface Job {
  readonly id: number;
  readonly files: readonly string[];
  readonly queue: number[];
  readonly orphans: number[];
  readonly settle: Settle;
  readonly finish: () => void;
}

/**
 * Worker threads that outlive one load. The desktop app keeps one for the session, so that from
 * the second folder on the workers' JIT is warm (Decimal code runs several times faster then);
 * the command line makes one per run. One load at a time; later ones wait their turn.
 */
export class ApplicantWorkerPool {
  private readonly slots: Slot[];
  private job: Job | null = null;
  private jobs = 0;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(launch: () => Worker, size: number) {
    this.slots = Array.from({ length: size }, () => this.start(launch));
  }

  /** Workers still running. */
  get size(): number {
    return this.slots.filter((slot) => slot.alive).length;
  }

  /**
   * Assesses the files in the workers, settling each as it comes back; resolves with the indices
   * no worker could do (a worker died with them, or every worker is gone).
   */
  assess(files: readonly string[], settle: Settle): Promise<number[]> {
    const run = this.turn.then(
      () =>
        new Promise<number[]>((resolve) => {
          const queue = files.map((_, index) => index);
          const orphans: number[] = [];
          this.job = {
            id: (this.jobs += 1),
            files,
            queue,
            orphans,
            settle,
            finish: () => resolve([...orphans, ...queue.splice(0)]),
          };
          for (const slot of this.slots) this.feed(slot);
          this.finishWhenIdle();
        }),
    );
    this.turn = run.catch(() => undefined);
    return run;
  }

  /** Lets every worker end once it is idle. */
  async close(): Promise<void> {
    await this.turn;
    await Promise.all(
      this.slots
        .filter((slot) => slot.alive)
        .map(
          (slot) =>
            new Promise<void>((resolve) => {
              slot.worker.once('exit', () => resolve());
              const close: ToWorker = { type: 'close' };
              slot.worker.postMessage(close);
            }),
        ),
    );
  }

  private start(launch: () => Worker): Slot {
    const slot: Slot = { worker: launch(), inFlight: new Set(), alive: true };
    slot.worker.on('message', (message: FromWorker) => {
      const job = this.job;
      if (job === null || message.job !== job.id || !slot.inFlight.delete(message.index)) return;
      job.settle(message.index, message.outcome);
      this.feed(slot);
      this.finishWhenIdle();
    });
    const end = () => {
      if (!slot.alive) return;
      slot.alive = false;
      this.job?.orphans.push(...slot.inFlight);
      slot.inFlight.clear();
      this.finishWhenIdle();
    };
    slot.worker.on('error', () => {
      end();
      void slot.worker.terminate();
    });
    slot.worker.on('exit', end);
    return slot;
  }

  private feed(slot: Slot): void {
    const job = this.job;
    if (job === null || !slot.alive) return;
    while (slot.inFlight.size < IN_FLIGHT_PER_WORKER && job.queue.length > 0) {
      const index = job.queue.shift() as number;
      slot.inFlight.add(index);
      const message: ToWorker = {
        type: 'assess',
        job: job.id,
        index,
        path: job.files[index] as string,
      };
      slot.worker.postMessage(message);
    }
  }

  private finishWhenIdle(): void {
    const job = this.job;
    if (job === null) return;
    const alive = this.slots.filter((slot) => slot.alive);
    if (alive.some((slot) => slot.inFlight.size > 0)) return;
    if (alive.length > 0 && job.queue.length > 0) return;
    this.job = null;
    job.finish();
  }
}

/** The outcome of each file, in the order of `files`. */
export async function assessApplicantFiles(
  files: readonly string[],
  options: LoadOptions = {},
): Promise<ApplicantOutcome[]> {
  const outcomes: (ApplicantOutcome | undefined)[] = files.map(() => undefined);
  let done = 0;
  let inWorkers = 0;
  const settle = (index: number, outcome: ApplicantOutcome, byWorker: boolean) => {
    outcomes[index] = outcome;
    done += 1;
    if (byWorker) inWorkers += 1;
    options.onProgress?.({ done, total: files.length, inWorkers });
  };
  /** Assesses the files at `indices` in this thread, reading ahead and yielding between files. */
  const here = async (indices: readonly number[]) => {
    const reads: Promise<ReadApplicant>[] = [];
    const readAt = (position: number) => {
      const index = indices[position];
      if (index !== undefined) reads[position] = readApplicantFile(files[index] as string);
    };
    for (let position = 0; position < READ_AHEAD; position += 1) readAt(position);
    for (let position = 0; position < indices.length; position += 1) {
      readAt(position + READ_AHEAD);
      const index = indices[position] as number;
      const read = await (reads[position] as Promise<ReadApplicant>);
      delete reads[position];
      settle(
        index,
        read.ok ? assessApplicantText(files[index] as string, read.text) : read.outcome,
        false,
      );
      await nextTurn();
    }
  };

  const cores = availableParallelism();
  const wanted = Math.min(
    options.workers ?? cores,
    cores,
    Math.floor(files.length / (options.filesPerWorker ?? DEFAULT_FILES_PER_WORKER)),
  );
  const launch = options.launchWorker;
  const pool =
    options.pool ?? (launch && wanted >= 1 ? new ApplicantWorkerPool(launch, wanted) : null);
  if (pool === null) {
    await here(files.map((_, index) => index));
  } else {
    try {
      const left = await pool.assess(files, (index, outcome) => settle(index, outcome, true));
      // Files a dead worker held, and any no worker got to.
      await here(left.filter((index) => outcomes[index] === undefined).sort((a, b) => a - b));
    } finally {
      if (pool !== options.pool) await pool.close();
    }
  }
  return outcomes.map(
    (outcome, index) =>
      outcome ??
      invalidApplicant(files[index] as string, [
        issue([], 'compare_not_assessed', 'was not assessed'),
      ]),
  );
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
