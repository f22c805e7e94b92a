import type { Running, WorkerClient, WorkerRunner } from '../../../shared/analysis';
import {
  applyFieldEdit,
  fieldEditKey,
  recordingCheck,
  replayedEdit,
  VerdictMismatch,
  type FieldEdit,
  type Snapshot,
  type Verdict,
} from '../document/scenario-edits';

/*
 * Typing, checked off the page's thread. Each edit (a value typed, a draft) goes to a worker that
 * keeps its own copy of the document: the first edit sends the snapshot whole, the next ones only
 * the edit, named by the token of the snapshot the worker made last. The worker checks the file
 * as `applyFieldEdit` would and answers with the verdicts of its checks; the page applies the
 * same edit to the same snapshot with those verdicts (`replayedEdit`), in the order typed. Edits
 * go out one after another without waiting for answers.
 *
 * Anything that is not typing (undo, a row added, a save) first applies what is still pending
 * here, checked in the page, so every action sees the document as typed; an answer that does not
 * fit (the worker lost its copy, the snapshots differ) is checked in the page too.
 */

export interface CheckEditRequest {
  readonly kind: 'check-edit';
  /** The token of the snapshot the edit applies to: the one sent, or the last the worker made. */
  readonly base: number;
  /** The snapshot itself, when the worker does not hold it. */
  readonly snapshot?: Snapshot;
  /** The token of the snapshot the edit makes, for the next edit to name. */
  readonly next: number;
  readonly edit: FieldEdit;
}

export interface CheckEditResult {
  readonly kind: 'check-edit';
  /** `known` false: the worker did not hold the base (it was replaced, or a request was cancelled). */
  readonly result: { readonly known: boolean; readonly verdicts: readonly Verdict[] };
}

/** The worker's side: its copy of the document, moved on by each edit it checks. */
export function editCheckRunner(): WorkerRunner<CheckEditRequest, CheckEditResult> {
  let held: { readonly token: number; readonly snapshot: Snapshot } | null = null;
  return {
    kinds: new Set(['check-edit']),
    run: (request) => {
      const base = request.snapshot ?? (held?.token === request.base ? held.snapshot : undefined);
      if (base === undefined) {
        held = null;
        return Promise.resolve({ kind: 'check-edit', result: { known: false, verdicts: [] } });
      }
      const { checkFile, verdicts } = recordingCheck();
      held = { token: request.next, snapshot: applyFieldEdit(base, request.edit, checkFile) };
      return Promise.resolve({ kind: 'check-edit', result: { known: true, verdicts } });
    },
  };
}

/** What the pipeline needs of the document. */
export interface EditTarget {
  /** The snapshot shown now; null without a document. */
  present(): Snapshot | null;
  /** Records `change` of the present snapshot as an edit (with the edit's undo key). */
  apply(change: (current: Snapshot) => Snapshot, key: string | undefined): void;
}

interface Pending {
  readonly edit: FieldEdit;
  readonly key: string | undefined;
  readonly next: number;
  /** The snapshot the edit was sent with, or null when the worker was to hold it already. */
  readonly sent: Snapshot | null;
  readonly base: number;
  readonly running: Running<CheckEditResult>;
  answer?: CheckEditResult['result'] | 'failed';
}

export class EditPipeline {
  private readonly pending: Pending[] = [];
  /** The snapshot the worker holds (as the page has it) and its token; null: unknown. */
  private held: { readonly token: number; readonly snapshot: Snapshot } | null = null;
  private nextToken = 1;
  private afterwards: (() => void)[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly client: WorkerClient<CheckEditRequest, CheckEditResult>,
    private readonly target: EditTarget,
  ) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** An edit of this field (undo key) is on its way. */
  isPending(key: string): boolean {
    return this.pending.some((entry) => entry.key === key);
  }

  submit(edit: FieldEdit): void {
    const present = this.target.present();
    if (present === null) return;
    const last = this.pending.at(-1);
    let base: number;
    let sent: Snapshot | null = null;
    if (last !== undefined) base = last.next;
    else if (this.held !== null && this.held.snapshot === present) base = this.held.token;
    else {
      base = this.nextToken++;
      sent = present;
    }
    const next = this.nextToken++;
    const running = this.client.run({
      kind: 'check-edit',
      base,
      next,
      edit,
      ...(sent === null ? {} : { snapshot: sent }),
    });
    const entry: Pending = { edit, key: fieldEditKey(edit), next, sent, base, running };
    this.pending.push(entry);
    running.result.then(
      (answer) => this.answered(entry, answer.result),
      () => this.answered(entry, 'failed'),
    );
    this.changed();
  }

  /** Runs `action` once every edit typed so far is in the document (now, when none is pending). */
  afterPending(action: () => void): void {
    if (this.pending.length === 0) action();
    else this.afterwards.push(action);
  }

  /** Applies every pending edit now, checked here: the next action sees the document as typed. */
  flush(): void {
    if (this.pending.length === 0) return;
    for (const entry of this.pending.splice(0)) {
      entry.running.cancel();
      this.target.apply((current) => applyFieldEdit(current, entry.edit), entry.key);
    }
    this.held = null;
    this.finished();
  }

  /** Forgets what is pending (another document was opened, or it was closed). */
  drop(): void {
    for (const entry of this.pending.splice(0)) entry.running.cancel();
    this.held = null;
    this.afterwards = [];
    this.changed();
  }

  private answered(entry: Pending, answer: CheckEditResult['result'] | 'failed'): void {
    if (!this.pending.includes(entry)) return;
    entry.answer = answer;
    // Answers are applied in the order the edits were typed, whatever order they come in.
    while (this.pending[0]?.answer !== undefined) this.applyFirst();
    if (this.pending.length === 0) this.finished();
    else this.changed();
  }

  private applyFirst(): void {
    const entry = this.pending.shift() as Pending;
    const expected = entry.sent ?? (this.held?.token === entry.base ? this.held.snapshot : null);
    const answer = entry.answer;
    let replayed = false;
    this.target.apply((current) => {
      if (answer !== undefined && answer !== 'failed' && answer.known && current === expected) {
        try {
          const next = replayedEdit(current, entry.edit, answer.verdicts);
          replayed = true;
          return next;
        } catch (error) {
          if (!(error instanceof VerdictMismatch)) throw error;
        }
      }
      return applyFieldEdit(current, entry.edit);
    }, entry.key);
    const present = this.target.present();
    this.held = replayed && present !== null ? { token: entry.next, snapshot: present } : null;
  }

  private finished(): void {
    const actions = this.afterwards.splice(0);
    this.changed();
    for (const action of actions) action();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
