/**
 * Undo/redo over immutable snapshots. Every edit records a new snapshot; undo and redo move
 * between them. Snapshots are never copied or changed, so "is this the saved version?" is a
 * reference comparison and undoing back to it makes the document clean again.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** What the last recorded edit touched while it is still going on (typing in one field). */
  readonly lastEdit: { readonly key: string } | null;
}

export interface RecordOptions {
  /**
   * Edits with the same key, one after another, replace one another instead of adding undo steps,
   * so undo takes back what was typed in a field, not a keystroke. `seal` ends the run (the field
   * lost focus); any other edit, undo or redo ends it too.
   */
  readonly key?: string;
}

/** How far back undo reaches; older snapshots are dropped. */
export const HISTORY_LIMIT = 200;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastEdit: null };
}

export function record<T>(history: History<T>, next: T, options: RecordOptions = {}): History<T> {
  if (Object.is(next, history.present)) return history;
  const { key } = options;
  const lastEdit = key === undefined ? null : { key };
  const coalesce =
    key !== undefined && history.lastEdit?.key === key && history.future.length === 0;
  if (coalesce) return { ...history, present: next, lastEdit };
  return {
    past: [...history.past, history.present].slice(-HISTORY_LIMIT),
    present: next,
    future: [],
    lastEdit,
  };
}

/** Ends a run of edits to one field: the next edit is a new undo step. */
export function seal<T>(history: History<T>): History<T> {
  return history.lastEdit === null ? history : { ...history, lastEdit: null };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (history.past.length === 0) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous as T,
    future: [history.present, ...history.future],
    lastEdit: null,
  };
}

export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...future] = history.future;
  return {
    past: [...history.past, history.present],
    present: next as T,
    future,
    lastEdit: null,
  };
}
