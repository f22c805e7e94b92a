import { AnalysisCancelled, AnalysisError, type AnalysisErrorCode } from './errors';
import { isFromWorker, type AnalysisFailure, type ToWorker, type WorkerRequest } from './protocol';
import type { RunControl } from './run-control';
import { failureOf } from './worker-service';

/*
 * The one client of Yardstick's workers, for the page (Web Workers) and the command line
 * (worker_threads) alike: requests queue here and go to the least busy of up to `size` workers,
 * started as needed and kept for the next request (their JIT stays warm). Where no worker can
 * start (component tests, `--workers 0`), the same requests run in this thread, yielding between
 * chunks, so progress and cancel behave the same. The platform comes in through `WorkerHost`:
 * shared/ has no timers and no workers of its own.
 */

/** One worker, as the client sees it. */
export interface WorkerPort {
  post(message: ToWorker<WorkerRequest>): void;
  /** Messages from the worker; `lost` once when it fails to load, throws or ends. */
  listen(received: (message: unknown) => void, lost: (reason: string) => void): void;
  terminate(): void;
}

export interface WorkerHost<Q extends WorkerRequest, R> {
  /** Starts one worker; null (or a throw) where none can start: requests run in this thread. */
  readonly launch: (() => WorkerPort | null) | null;
  /** Runs a request in this thread, with the worker's runner. */
  readonly runHere: (request: Q, control: RunControl) => Promise<R>;
  readonly yieldToEvents: () => Promise<void>;
  /** Calls `action` after `ms` milliseconds unless the returned function is called first. */
  readonly setTimer: (ms: number, action: () => void) => () => void;
}

export interface WorkerClientOptions {
  /** The most workers started at once. */
  readonly size: number;
  /** Requests a worker holds at once (more keep it busy while answers travel). */
  readonly perWorker?: number;
  /**
   * How long a worker asked to cancel may take to answer before it is stopped (and the next
   * request starts a new one); null: never stopped, its answer is dropped when it comes.
   */
  readonly cancelGraceMs?: number | null;
}

export interface Running<R> {
  /** Rejects with `AnalysisCancelled` when cancelled, an `AnalysisError` the user can fix, or an `AnalysisFailed`. */
  readonly result: Promise<R>;
  cancel(): void;
  /**
   * Cancels the request only if no worker has started it (a newer one makes it pointless, yet a
   * result already being computed is still worth showing); true when it was withdrawn.
   */
  withdraw(): boolean;
}

export type ProgressListener = (done: number, total: number) => void;

/** A worker's account of a failure that is not the user's to fix (a bug, a worker lost). */
export class AnalysisFailed extends Error {
  readonly code: string | null;
  constructor(failure: AnalysisFailure) {
    super(failure.message);
    this.name = failure.name;
    this.code = failure.code;
  }
}

/** The worker ended or failed before it answered (it could not load, ran out of memory…). */
export class WorkerLost extends AnalysisFailed {}

/** The error a failure stands for: what the user can fix keeps its class and code. */
export function errorOfFailure(failure: AnalysisFailure): Error {
  if (failure.name === 'AnalysisError' && failure.code !== null)
    return new AnalysisError(failure.code as AnalysisErrorCode, failure.message);
  return new AnalysisFailed(failure);
}

interface Job<Q, R> {
  readonly id: number;
  readonly request: Q;
  readonly progress: ProgressListener | undefined;
  readonly resolve: (result: R) => void;
  readonly reject: (error: unknown) => void;
  /** Rejected already (cancelled): an answer that still comes is dropped. */
  settled: boolean;
  /** Stops the job where it runs in this thread instead. */
  stopHere?: () => void;
}

interface Slot<Q, R> {
  readonly port: WorkerPort;
  /** It has answered at least once: it could start. */
  answered: boolean;
  readonly jobs: Map<number, Job<Q, R>>;
  stopGrace: (() => void) | null;
}

export class WorkerClient<Q extends WorkerRequest, R> {
  private readonly slots: Slot<Q, R>[] = [];
  private readonly queue: Job<Q, R>[] = [];
  /** No worker could start: everything runs in this thread from now on. */
  private noWorkers: boolean;
  private nextId = 1;

  constructor(
    private readonly host: WorkerHost<Q, R>,
    private readonly options: WorkerClientOptions,
  ) {
    this.noWorkers = host.launch === null || options.size < 1;
  }

  /** The most requests that run side by side: the workers, or one in this thread. */
  get size(): number {
    return this.noWorkers ? 1 : this.options.size;
  }

  /** Workers running now. */
  get workers(): number {
    return this.slots.length;
  }

  run(request: Q, progress?: ProgressListener): Running<R> {
    if (this.noWorkers) return this.runHere(request, progress);
    let job!: Job<Q, R>;
    const result = new Promise<R>((resolve, reject) => {
      job = { id: this.nextId++, request, progress, resolve, reject, settled: false };
    });
    this.queue.push(job);
    this.pump();
    return {
      result,
      cancel: () => this.cancel(job),
      withdraw: () => {
        if (!this.queue.includes(job)) return false;
        this.cancel(job);
        return true;
      },
    };
  }

  /** The request in this thread, whatever the workers (few files are not worth a message). */
  runHere(request: Q, progress?: ProgressListener): Running<R> {
    let cancelled = false;
    let rejectNow: (error: unknown) => void = () => undefined;
    const run = this.host.runHere(request, {
      ...(progress ? { onProgress: progress } : {}),
      isCancelled: () => cancelled,
      yieldToEvents: this.host.yieldToEvents,
    });
    const result = new Promise<R>((resolve, reject) => {
      rejectNow = reject;
      run.then(resolve, (error: unknown) =>
        reject(error instanceof AnalysisCancelled ? error : errorOfFailure(failureOf(error))),
      );
    });
    const cancel = () => {
      cancelled = true;
      rejectNow(new AnalysisCancelled());
    };
    return { result, cancel, withdraw: () => false };
  }

  /** Stops every worker; what was asked and not answered is cancelled. A later request starts anew. */
  dispose(): void {
    for (const job of this.queue.splice(0))
      this.settle(job, () => job.reject(new AnalysisCancelled()));
    for (const slot of this.slots.splice(0)) {
      slot.stopGrace?.();
      slot.port.terminate();
      for (const job of slot.jobs.values())
        this.settle(job, () => job.reject(new AnalysisCancelled()));
    }
  }

  private settle(job: Job<Q, R>, outcome: () => void): void {
    if (job.settled) return;
    job.settled = true;
    outcome();
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.freeSlot();
      if (slot === null) break;
      const job = this.queue.shift() as Job<Q, R>;
      slot.jobs.set(job.id, job);
      slot.port.post({ type: 'start', id: job.id, request: job.request });
    }
    if (this.noWorkers) {
      // No worker could start: what waits runs here.
      for (const job of this.queue.splice(0)) this.here(job);
    }
  }

  /** The least busy worker with room, starting one while fewer than `size` run. */
  private freeSlot(): Slot<Q, R> | null {
    const room = this.options.perWorker ?? 1;
    let best: Slot<Q, R> | null = null;
    for (const slot of this.slots) {
      if (slot.jobs.size < room && (best === null || slot.jobs.size < best.jobs.size)) best = slot;
    }
    if (best !== null && best.jobs.size === 0) return best;
    if (this.slots.length < this.options.size && !this.noWorkers) {
      const started = this.start();
      if (started !== null) return started;
    }
    return best;
  }

  private start(): Slot<Q, R> | null {
    let port: WorkerPort | null;
    try {
      port = this.host.launch?.() ?? null;
    } catch {
      port = null;
    }
    if (port === null) {
      if (this.slots.length === 0) this.noWorkers = true;
      return null;
    }
    const slot: Slot<Q, R> = { port, jobs: new Map(), stopGrace: null, answered: false };
    this.slots.push(slot);
    port.listen(
      (message) => this.receive(slot, message),
      (reason) => this.lost(slot, reason),
    );
    return slot;
  }

  private receive(slot: Slot<Q, R>, message: unknown): void {
    if (!isFromWorker(message)) return;
    slot.answered = true;
    const job = slot.jobs.get(message.id);
    if (job === undefined) return;
    if (message.type === 'progress') {
      if (!job.settled) job.progress?.(message.done, message.total);
      return;
    }
    slot.jobs.delete(job.id);
    if ([...slot.jobs.values()].every((other) => !other.settled)) {
      slot.stopGrace?.();
      slot.stopGrace = null;
    }
    switch (message.type) {
      case 'result':
        this.settle(job, () => job.resolve(message.result as R));
        break;
      case 'failed':
        this.settle(job, () => job.reject(errorOfFailure(message.error)));
        break;
      case 'cancelled':
        this.settle(job, () => job.reject(new AnalysisCancelled()));
        break;
    }
    this.pump();
  }

  /**
   * The caller does not wait: the promise rejects at once. A request still queued is dropped; a
   * running one is asked to stop at its next checkpoint, and its worker stopped if it has not
   * answered within the grace period (preparing a million draws before the first checkpoint).
   */
  private cancel(job: Job<Q, R>): void {
    if (job.settled) return;
    this.settle(job, () => job.reject(new AnalysisCancelled()));
    job.stopHere?.();
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      return;
    }
    const slot = this.slots.find((candidate) => candidate.jobs.get(job.id) === job);
    if (slot === undefined) return;
    slot.port.post({ type: 'cancel', id: job.id });
    const grace = this.options.cancelGraceMs === undefined ? 500 : this.options.cancelGraceMs;
    if (grace === null || slot.stopGrace !== null) return;
    slot.stopGrace = this.host.setTimer(grace, () => {
      slot.stopGrace = null;
      if (![...slot.jobs.values()].some((other) => other.settled)) return;
      this.remove(slot);
      slot.port.terminate();
      // The others it held did nothing wrong: they go first to the next worker.
      this.queue.unshift(...[...slot.jobs.values()].filter((other) => !other.settled));
      this.pump();
    });
  }

  private lost(slot: Slot<Q, R>, reason: string): void {
    if (!this.remove(slot)) return;
    slot.stopGrace?.();
    // A worker that never answered could not start (a script the platform refuses): the next
    // requests run in this thread rather than start one worker after another.
    if (!slot.answered && this.slots.length === 0) this.noWorkers = true;
    // Its requests fail (an analysis that ran a worker out of memory would do the same here);
    // the caller decides whether one is worth running in this thread.
    for (const job of slot.jobs.values()) {
      this.settle(job, () =>
        job.reject(new WorkerLost({ name: 'Error', code: null, message: reason })),
      );
    }
    this.pump();
  }

  private remove(slot: Slot<Q, R>): boolean {
    const at = this.slots.indexOf(slot);
    if (at < 0) return false;
    this.slots.splice(at, 1);
    return true;
  }

  /** A request that was given a job's promise, run in this thread instead. */
  private here(job: Job<Q, R>): void {
    const running = this.runHere(job.request, job.progress);
    job.stopHere = running.cancel;
    running.result.then(
      (result) => this.settle(job, () => job.resolve(result)),
      (error: unknown) => this.settle(job, () => job.reject(error)),
    );
  }
}
