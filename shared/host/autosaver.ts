/** What an autosaver writes to: the recovery folder in main, localStorage in the browser host. */
export interface SnapshotSink<S> {
  write(recoveryId: string, snapshot: S, savedAt: Date): Promise<void>;
  discard(recoveryId: string): Promise<void>;
}

/** Timers are injected: shared/ has neither Node's nor the DOM's, and tests want their own. */
export interface AutosaveClock {
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export interface AutosaverOptions {
  /** At most one write per interval while edits keep coming. */
  intervalMs?: number;
  /** Where write failures go; autosave must never throw into the edit that triggered it. */
  onError?: (error: unknown) => void;
}

/**
 * Keeps one window's unsaved work on disk: the first change is written at once, later changes
 * at most every `intervalMs`, always the newest text. Writes never overlap, so an older snapshot
 * can never land after a newer one.
 */
export class Autosaver<S> {
  private pending: S | null = null;
  private timer: unknown = null;
  private lastWriteAt = Number.NEGATIVE_INFINITY;
  private chain: Promise<void> = Promise.resolve();
  private readonly intervalMs: number;
  private readonly onError: (error: unknown) => void;

  constructor(
    private readonly sink: SnapshotSink<S>,
    private currentId: string,
    private readonly clock: AutosaveClock,
    options: AutosaverOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 3000;
    this.onError = options.onError ?? (() => undefined);
  }

  get recoveryId(): string {
    return this.currentId;
  }

  update(snapshot: S): void {
    this.pending = snapshot;
    if (this.timer !== null) return;
    const wait = Math.max(0, this.lastWriteAt + this.intervalMs - this.clock.now());
    this.timer = this.clock.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, wait);
  }

  /** Writes the newest pending snapshot now (on quit, or before the page goes away). */
  flush(): Promise<void> {
    this.cancelTimer();
    const snapshot = this.pending;
    if (snapshot === null) return this.chain;
    this.pending = null;
    this.lastWriteAt = this.clock.now();
    const id = this.currentId;
    const savedAt = new Date(this.lastWriteAt);
    this.chain = this.chain.then(() => this.sink.write(id, snapshot, savedAt).catch(this.onError));
    return this.chain;
  }

  /** Resolves once every write and removal started so far has finished. */
  settled(): Promise<void> {
    return this.chain;
  }

  /** The work is saved or thrown away: forget pending text and remove the snapshot. */
  discard(): Promise<void> {
    this.cancelTimer();
    this.pending = null;
    const id = this.currentId;
    this.chain = this.chain.then(() => this.sink.discard(id).catch(this.onError));
    return this.chain;
  }

  /**
   * Takes over a snapshot restored from an earlier session: this window's own snapshot goes and
   * later writes replace the restored one, so it survives until the work is saved again.
   */
  adopt(recoveryId: string): Promise<void> {
    const previous = this.currentId;
    this.cancelTimer();
    this.pending = null;
    this.currentId = recoveryId;
    this.lastWriteAt = Number.NEGATIVE_INFINITY;
    this.chain = this.chain.then(() =>
      previous === recoveryId ? undefined : this.sink.discard(previous).catch(this.onError),
    );
    return this.chain;
  }

  /**
   * Leaves the current snapshot in place for recovery and continues under a new id: the page
   * crashed, and what it had not saved must be offered to the page that replaces it.
   */
  rotate(recoveryId: string): Promise<void> {
    const flushed = this.flush();
    this.currentId = recoveryId;
    this.lastWriteAt = Number.NEGATIVE_INFINITY;
    return flushed;
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.timer = null;
  }
}
