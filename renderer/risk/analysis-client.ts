import {
  AnalysisCancelled,
  isFromWorker,
  runRequest,
  type AnalysisFailure,
  type AnalysisKind,
  type AnalysisRequest,
  type AnalysisResult,
  type FromWorker,
} from '../../shared/analysis';

export type Progress = (done: number, total: number) => void;

export interface RunningAnalysis<R> {
  /** Rejects with `AnalysisCancelled` when cancelled, or with an `AnalysisFailed`. */
  readonly result: Promise<R>;
  cancel(): void;
}

/** The worker's account of why an analysis failed: `code` for what the person can fix. */
export class AnalysisFailed extends Error {
  readonly code: string | null;
  constructor(failure: AnalysisFailure) {
    super(failure.message);
    this.name = failure.name;
    this.code = failure.code;
  }
}

interface Pending {
  readonly kind: AnalysisKind;
  resolve(result: AnalysisResult): void;
  reject(error: unknown): void;
  progress: Progress | undefined;
}

/**
 * Runs analyses in a Web Worker, one message channel for all of them. Where no worker can be
 * started (component tests in jsdom), the same code runs in the page, still in chunks that
 * yield to events, so progress and cancel behave the same.
 */
export class AnalysisClient {
  private worker: Worker | null | undefined;
  private readonly pending = new Map<number, Pending>();
  /** Runs cancelled whose worker has not yet said it stopped. */
  private readonly abandoned = new Set<number>();
  private nextId = 1;

  constructor(private readonly createWorker: () => Worker | null = defaultWorker) {}

  /** `R` is the result of the request's kind (`TornadoResult` for a tornado). */
  run<R>(request: AnalysisRequest, progress?: Progress): RunningAnalysis<R> {
    const id = this.nextId++;
    const worker = this.ensureWorker();
    if (!worker) return inPage<R>(request, progress);
    const result = new Promise<R>((resolve, reject) => {
      this.pending.set(id, {
        kind: request.kind,
        resolve: (answer) => resolve(answer.result as unknown as R),
        reject,
        progress,
      });
    });
    worker.postMessage({ type: 'start', id, request });
    return { result, cancel: () => this.cancel(worker, id) };
  }

  /**
   * The run stops at its next checkpoint; the page does not wait for it. A worker still busy
   * a moment later (preparing a million draws before its first checkpoint) is stopped outright
   * and a new one starts with the next run.
   */
  private cancel(worker: Worker, id: number): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    pending.reject(new AnalysisCancelled());
    worker.postMessage({ type: 'cancel', id });
    this.abandoned.add(id);
    window.setTimeout(() => {
      if (!this.abandoned.has(id) || this.worker !== worker) return;
      worker.terminate();
      this.worker = undefined;
      this.abandoned.clear();
      for (const other of this.pending.values()) other.reject(new AnalysisCancelled());
      this.pending.clear();
    }, 500);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const pending of this.pending.values()) pending.reject(new AnalysisCancelled());
    this.pending.clear();
  }

  private ensureWorker(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    this.worker = this.createWorker();
    this.worker?.addEventListener('message', (event: MessageEvent<unknown>) =>
      this.receive(event.data),
    );
    this.worker?.addEventListener('error', (event) => {
      // A worker that cannot load fails every run it had; the next run starts a new one.
      for (const pending of this.pending.values()) {
        pending.reject(new AnalysisFailed({ name: 'Error', code: null, message: event.message }));
      }
      this.pending.clear();
      this.worker = undefined;
    });
    return this.worker;
  }

  private receive(data: unknown): void {
    if (!isFromWorker(data)) return;
    const message: FromWorker = data;
    if (message.type !== 'progress') this.abandoned.delete(message.id);
    const pending = this.pending.get(message.id);
    if (!pending) return;
    switch (message.type) {
      case 'progress':
        pending.progress?.(message.done, message.total);
        return;
      case 'result':
        this.pending.delete(message.id);
        pending.resolve(message.result);
        return;
      case 'failed':
        this.pending.delete(message.id);
        pending.reject(new AnalysisFailed(message.error));
        return;
      case 'cancelled':
        this.pending.delete(message.id);
        pending.reject(new AnalysisCancelled());
        return;
    }
  }
}

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

function inPage<R>(request: AnalysisRequest, progress?: Progress): RunningAnalysis<R> {
  let cancelled = false;
  const result = runRequest(request, {
    ...(progress ? { onProgress: progress } : {}),
    isCancelled: () => cancelled,
    yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
  }).then(
    (answer): R => answer.result as unknown as R,
    (error: unknown) => {
      if (error instanceof AnalysisCancelled) throw error;
      throw new AnalysisFailed({
        name: error instanceof Error ? error.name : 'Error',
        code: (error as { code?: string }).code ?? null,
        message: error instanceof Error ? error.message : String(error),
      });
    },
  );
  return {
    result,
    cancel: () => {
      cancelled = true;
    },
  };
}
