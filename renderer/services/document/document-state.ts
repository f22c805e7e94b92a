import {
  createHistory,
  record,
  redo,
  seal,
  undo,
  type History,
  type RecordOptions,
} from './history';

/**
 * The document open in the window: its undo history of immutable snapshots, the snapshot that is
 * on disk (or was opened, for an example), and the host's handle for its file.
 */
export interface DocumentState<T> {
  readonly history: History<T>;
  /** The snapshot the file holds; null when nothing on disk matches (recovered work). */
  readonly saved: T | null;
  /** The host's handle of the file; null until the document is saved somewhere. */
  readonly documentId: string | null;
  /** The file name shown in the title bar; null for a document without a file. */
  readonly fileName: string | null;
}

export interface OpenedFrom {
  readonly documentId: string | null;
  readonly fileName: string | null;
  /** Recovered work differs from its file (or has none), so it opens dirty. */
  readonly dirty?: boolean;
}

export function openDocument<T>(snapshot: T, from: OpenedFrom): DocumentState<T> {
  return {
    history: createHistory(snapshot),
    saved: from.dirty ? null : snapshot,
    documentId: from.documentId,
    fileName: from.fileName,
  };
}

export function isDirty<T>(state: DocumentState<T>): boolean {
  return state.history.present !== state.saved;
}

export function edit<T>(
  state: DocumentState<T>,
  next: T,
  options?: RecordOptions,
): DocumentState<T> {
  const history = record(state.history, next, options);
  return history === state.history ? state : { ...state, history };
}

/** The field being typed in lost focus: its run of edits is one undo step, finished. */
export function sealEdit<T>(state: DocumentState<T>): DocumentState<T> {
  const history = seal(state.history);
  return history === state.history ? state : { ...state, history };
}

export function undoEdit<T>(state: DocumentState<T>): DocumentState<T> {
  const history = undo(state.history);
  return history === state.history ? state : { ...state, history };
}

export function redoEdit<T>(state: DocumentState<T>): DocumentState<T> {
  const history = redo(state.history);
  return history === state.history ? state : { ...state, history };
}

/**
 * After a save: `snapshot` is what was written (typing may have gone on while the host wrote).
 * Coalescing stops here so the saved snapshot stays an undo step of its own.
 */
export function markSaved<T>(
  state: DocumentState<T>,
  snapshot: T,
  file: { readonly documentId: string; readonly fileName: string },
): DocumentState<T> {
  return {
    history: { ...state.history, lastEdit: null },
    saved: snapshot,
    documentId: file.documentId,
    fileName: file.fileName,
  };
}
