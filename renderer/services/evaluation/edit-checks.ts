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
import { scenarioShown } from '../document/scenario-shown';
import {
  keyFigures,
  type HeldEvaluation,
  type LiveOutcome,
  type TableRequest,
  type TableResult,
} from './live-results';

/*
 * Typing, checked off the page's thread. Each edit (a value typed, a draft) goes to a worker that
 * keeps its own copy of the document: the first edit sends the snapshot whole, the next ones only
 * the edit, named by the token of the snapshot the worker made last. The worker checks the file
 * as `applyFieldEdit` would and answers with the verdicts of its checks; the page applies the
 * same edit to the same snapshot with those verdicts (`replayedEdit`), in the order typed. Edits
 * go out one after another without waiting for answers.
 *
 * The worker then evaluates the scenario as edited, unless a newer edit has come in meanwhile, and
 * sends its key figures with the verdicts: the page shows them with the edit, without copying the
 * scenario to another worker, and asks this worker for the yearly table of that evaluation.
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
  readonly result: {
    /** False: the worker did not hold the base (it was replaced, or a request was cancelled). */
    readonly known: boolean;
    readonly verdicts: readonly Verdict[];
    /**
     * The key figures of the edited snapshot's scenario, held in the worker under the token
     * `figuresToken(next)`; absent where a newer edit came in first or the file did not change
     * since the worker's last figures.
     */
    readonly figures?: LiveOutcome;
  };
}

/** The checks' worker: typing checked, then the yearly table of the figures it made. */
export type ChecksClient = WorkerClient<
  CheckEditRequest | TableRequest,
  CheckEditResult | TableResult
>;

/** The token under which the worker holds the evaluation of the snapshot an edit made. */
export const figuresToken = (next: number) => `check:${next}`;

/** The worker's side: its copy of the document, moved on by each edit it checks. */
export function editCheckRunner(
  evaluations: HeldEvaluation,
): WorkerRunner<CheckEditRequest, CheckEditResult> {
  let held: { readonly token: number; readonly snapshot: Snapshot } | null = null;
  /** The scenario of the worker's last figures. */
  let figured: unknown = null;
  return {
    kinds: new Set(['check-edit']),
    run: async (request, control) => {
      const base = request.snapshot ?? (held?.token === request.base ? held.snapshot : undefined);
      if (base === undefined) {
        held = null;
        return { kind: 'check-edit', result: { known: false, verdicts: [] } };
      }
      const { checkFile, verdicts } = recordingCheck();
      const snapshot = applyFieldEdit(base, request.edit, checkFile);
      held = { token: request.next, snapshot };
      // Edits typed meanwhile are checked first; the figures are of the last of them.
      await control.yieldToEvents?.();
      if (held.token !== request.next)
        return { kind: 'check-edit', result: { known: true, verdicts } };
      const scenario = scenarioShown(snapshot.file, request.edit.scenario);
      if (scenario === figured) return { kind: 'check-edit', result: { known: true, verdicts } };
      figured = scenario;
      const figures = keyFigures(scenario, evaluations, figuresToken(request.next));
      return { kind: 'check-edit', result: { known: true, verdicts, figures } };
    },
  };
}

/** What came with an edit the worker answered. */
export interface Answered {
  /** The key figures of the snapshot the edit made, held in the worker under `token`. */
  readonly figures: LiveOutcome | undefined;
  readonly token: string;
  /** The page applied the edit as the worker did (else it checked it itself: no figures). */
  readonly replayed: boolean;
  /** More typing is on its way to the worker, whose answers bring the newer figures. */
  readonly more: boolean;
}

/** What the pipeline needs of the document. */
export interface EditTarget {
  /** The snapshot shown now; null without a document. */
  present(): Snapshot | null;
  /**
   * Records `change` of the present snapshot as an edit (with the edit's undo key); `answered`:
   * the worker's answer to typing, which the page may draw after more urgent work.
   */
  apply(
    change: (current: Snapshot) => Snapshot,
    key: string | undefined,
    answered?: Answered,
  ): void;
}

interface Pending {
  readonly edit: FieldEdit;
  readonly key: string | undefined;
  readonly next: number;
  /** The snapshot the edit was sent with, or null when the worker was to hold it already. */
  readonly sent: Snapshot | null;
  readonly base: number;
  readonly running: Running<CheckEditResult | TableResult>;
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
    private readonly client: ChecksClient,
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
      (answer) => this.answered(entry, answer.kind === 'check-edit' ? answer.result : 'failed'),
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
    const current = this.target.present();
    if (current === null) return;
    let next: Snapshot | null = null;
    if (answer !== undefined && answer !== 'failed' && answer.known && current === expected) {
      try {
        next = replayedEdit(current, entry.edit, answer.verdicts);
      } catch (error) {
        if (!(error instanceof VerdictMismatch)) throw error;
      }
    }
    const replayed = next !== null;
    const made = next ?? applyFieldEdit(current, entry.edit);
    this.target.apply(() => made, entry.key, {
      figures: replayed && answer !== 'failed' ? answer?.figures : undefined,
      token: figuresToken(entry.next),
      replayed,
      more: this.pending.length > 0,
    });
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
