import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useMemo,
  useReducer,
  useRef,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { BASE_SCENARIO, type ScenarioFile } from '../../../shared/scenario';
import { useEditorWorkers } from '../workers/workers-context';
import {
  usePublished,
  useSelected,
  useSubscribed,
  type PublishedStore,
} from '../document/published-store';
import { EditPipeline, type Answered } from '../evaluation/edit-checks';
import {
  edit,
  isDirty,
  markSaved,
  openDocument,
  redoEdit,
  sealEdit,
  undoEdit,
  type DocumentState,
  type OpenedFrom,
} from '../document/document-state';
import { canRedo, canUndo } from '../document/history';
import {
  applyFieldEdit,
  fieldEditKey,
  snapshotOf,
  type FieldEdit,
  type Snapshot,
} from '../document/scenario-edits';

interface Workspace {
  readonly document: DocumentState<Snapshot> | null;
  /** The scenario being edited and shown: `base` or a named scenario. Not an edit: no undo. */
  readonly scenario: string;
  /** How many documents were opened: a new one (a file, an example, a blank one) takes the focus. */
  readonly opened: number;
  /** Counts the changes: which of them React has drawn (an answered edit is drawn later). */
  readonly version: number;
}

type Action =
  | { readonly type: 'open'; readonly file: ScenarioFile; readonly from: OpenedFrom }
  | { readonly type: 'close' }
  | { readonly type: 'edit'; readonly next: Snapshot; readonly key?: string }
  | { readonly type: 'seal' }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'select'; readonly scenario: string }
  | {
      readonly type: 'saved';
      readonly snapshot: Snapshot;
      readonly documentId: string;
      readonly fileName: string;
    };

function reduce(state: Workspace, action: Action): Workspace {
  const next = reduceOnce(state, action);
  return next === state ? state : { ...next, version: state.version + 1 };
}

function reduceOnce(state: Workspace, action: Action): Workspace {
  switch (action.type) {
    case 'open':
      return {
        document: openDocument(snapshotOf(action.file), action.from),
        scenario: BASE_SCENARIO,
        opened: state.opened + 1,
        version: state.version,
      };
    case 'close':
      return { ...state, document: null, scenario: BASE_SCENARIO };
    case 'select':
      return { ...state, scenario: action.scenario };
    default:
      break;
  }
  const current = state.document;
  if (!current) return state;
  let document: DocumentState<Snapshot>;
  switch (action.type) {
    case 'edit':
      document = edit(current, action.next, action.key === undefined ? {} : { key: action.key });
      break;
    case 'seal':
      document = sealEdit(current);
      break;
    case 'undo':
      document = undoEdit(current);
      break;
    case 'redo':
      document = redoEdit(current);
      break;
    case 'saved':
      document = markSaved(current, action.snapshot, action);
      break;
  }
  if (document === current) return state;
  const names = new Set(document.history.present.file.scenarios.map((named) => named.name));
  // Undoing the creation of a scenario leaves nothing to show but the base.
  const scenario =
    state.scenario === BASE_SCENARIO || names.has(state.scenario) ? state.scenario : BASE_SCENARIO;
  return { ...state, document, scenario };
}

export interface DocumentApi {
  readonly document: DocumentState<Snapshot> | null;
  readonly snapshot: Snapshot | null;
  readonly scenario: string;
  /** Counts the documents opened in this window: changes when another one opens. */
  readonly opened: number;
  readonly dirty: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  open(file: ScenarioFile, from: OpenedFrom): void;
  close(): void;
  /**
   * Records the snapshot `change` makes of the current one, unless it returns the same one.
   * Edits with the same `key` in quick succession are one undo step (typing in a field).
   */
  update(change: (current: Snapshot) => Snapshot, key?: string): void;
  /**
   * Typing: checked off the page's thread where a worker can run, and recorded in the order typed
   * (one undo step per field, as `update` with the field's key).
   */
  edit(edit: FieldEdit): void;
  /** Ends a run of edits in one field (it lost focus), so the next edit is its own undo step. */
  seal(): void;
  undo(): void;
  redo(): void;
  select(scenario: string): void;
  saved(snapshot: Snapshot, file: { documentId: string; fileName: string }): void;
  /** The latest state, for handlers that run after awaiting the host (what is typed included). */
  current(): Workspace;
}

/** Which fields' typing is on its way: held apart from the document so fields read it cheaply. */
interface PendingEdits {
  subscribe(listener: () => void): () => void;
  isPending(key: string): boolean;
}

const NO_PENDING: PendingEdits = { subscribe: () => () => undefined, isPending: () => false };
const PendingContext = createContext<PendingEdits>(NO_PENDING);

/**
 * Each change of the document the moment it is made, before React draws it: the model starts on
 * what was typed while the page draws the editor.
 */
export interface DocumentChanges {
  /** `answered`: the change is typing the worker answered, with what came with it. */
  subscribe(listener: (answered?: Answered) => void): () => void;
  /** The snapshot as changed, and the scenario shown. */
  latest(): { readonly snapshot: Snapshot | null; readonly scenario: string };
}

const ChangesContext = createContext<DocumentChanges>({
  subscribe: () => () => undefined,
  latest: () => ({ snapshot: null, scenario: BASE_SCENARIO }),
});

const DocumentContext = createContext<PublishedStore<DocumentApi> | null>(null);

export function DocumentProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(reduce, {
    document: null,
    scenario: BASE_SCENARIO,
    opened: 0,
    version: 0,
  });
  // Every action is applied here first, then dispatched: `latest` is the document as changed,
  // ahead of what React has drawn (an edit drawn in a transition may not be drawn yet).
  const latest = useRef(state);
  // Keys of typing applied and not drawn yet, with the version that holds them.
  const undrawn = useRef(new Map<string, number>());
  const [changes] = useState(() => {
    const listeners = new Set<(answered?: Answered) => void>();
    const api: DocumentChanges = {
      subscribe: (listener) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      latest: () => ({
        snapshot: latest.current.document?.history.present ?? null,
        scenario: latest.current.scenario,
      }),
    };
    const changed = (answered?: Answered) => listeners.forEach((listener) => listener(answered));
    return { api, changed };
  });

  // While an answered edit waits to be drawn, what follows it waits too, in the same transition:
  // drawn at once, it would be drawn on the document without that edit.
  const dispatchAfterDrawn = useCallback((action: Action) => {
    if (undrawn.current.size > 0) startTransition(() => dispatch(action));
    else dispatch(action);
  }, []);

  const apply = useCallback(
    (change: (current: Snapshot) => Snapshot, key: string | undefined, answered?: Answered) => {
      const present = latest.current.document?.history.present;
      if (!present) return;
      const next = change(present);
      if (next === present) return;
      const action: Action =
        key === undefined ? { type: 'edit', next } : { type: 'edit', next, key };
      // Applied to `latest` at once so several changes in one event build on one another.
      latest.current = reduce(latest.current, action);
      // Typing answered by the worker: the field shows it already, so the editor is drawn again in
      // a transition, which neither the next key nor the new figures wait for. Until it is drawn
      // the field counts its typing as pending, and keeps showing what was typed.
      if (answered !== undefined) {
        if (key !== undefined) undrawn.current.set(key, latest.current.version);
        startTransition(() => dispatch(action));
      } else dispatchAfterDrawn(action);
      changes.changed(answered);
    },
    [changes, dispatchAfterDrawn],
  );
  const [drawnListeners] = useState(() => new Set<() => void>());
  useLayoutEffect(() => {
    let changed = false;
    for (const [key, version] of undrawn.current)
      if (version <= state.version) {
        undrawn.current.delete(key);
        changed = true;
      }
    if (changed) drawnListeners.forEach((listener) => listener());
  }, [state.version, drawnListeners]);

  const { checks } = useEditorWorkers();
  const pipeline = useMemo(
    () =>
      checks === null
        ? null
        : new EditPipeline(checks, {
            present: () => latest.current.document?.history.present ?? null,
            apply,
          }),
    [checks, apply],
  );

  // Anything but typing sees the document as typed: what is pending is applied first.
  const update = useCallback(
    (change: (current: Snapshot) => Snapshot, key?: string) => {
      pipeline?.flush();
      apply(change, key);
    },
    [pipeline, apply],
  );

  const api = useMemo<DocumentApi>(() => {
    const run = (action: Action) => {
      if (action.type === 'open' || action.type === 'close') pipeline?.drop();
      else pipeline?.flush();
      latest.current = reduce(latest.current, action);
      dispatchAfterDrawn(action);
      changes.changed();
    };
    const { document } = state;
    return {
      document,
      snapshot: document?.history.present ?? null,
      scenario: state.scenario,
      opened: state.opened,
      dirty: document ? isDirty(document) : false,
      canUndo: document ? canUndo(document.history) : false,
      canRedo: document ? canRedo(document.history) : false,
      open: (file, from) => run({ type: 'open', file, from }),
      close: () => run({ type: 'close' }),
      update,
      edit: (edit) => {
        if (pipeline === null)
          apply((current) => applyFieldEdit(current, edit), fieldEditKey(edit));
        else pipeline.submit(edit);
      },
      // Leaving a field ends its undo step once what was typed in it has arrived.
      seal: () =>
        pipeline === null
          ? run({ type: 'seal' })
          : pipeline.afterPending(() => {
              latest.current = reduce(latest.current, { type: 'seal' });
              dispatchAfterDrawn({ type: 'seal' });
            }),
      undo: () => run({ type: 'undo' }),
      redo: () => run({ type: 'redo' }),
      select: (scenario) => run({ type: 'select', scenario }),
      saved: (snapshot, file) => run({ type: 'saved', snapshot, ...file }),
      current: () => {
        pipeline?.flush();
        return latest.current;
      },
    };
  }, [state, update, apply, pipeline, changes, dispatchAfterDrawn]);
  const pending = useMemo<PendingEdits>(
    () =>
      pipeline === null
        ? NO_PENDING
        : {
            subscribe: (listener) => {
              drawnListeners.add(listener);
              const unsubscribe = pipeline.subscribe(listener);
              return () => {
                drawnListeners.delete(listener);
                unsubscribe();
              };
            },
            isPending: (key) => pipeline.isPending(key) || undrawn.current.has(key),
          },
    [pipeline, drawnListeners],
  );

  const store = usePublished(api);
  return (
    <DocumentContext.Provider value={store}>
      <ChangesContext.Provider value={changes.api}>
        <PendingContext.Provider value={pending}>{children}</PendingContext.Provider>
      </ChangesContext.Provider>
    </DocumentContext.Provider>
  );
}

/** The document's changes as they are made (see `DocumentChanges`). */
export function useDocumentChanges(): DocumentChanges {
  return useContext(ChangesContext);
}

/** Whether typing in the field with this undo key is still on its way to the document. */
export function useEditPending(key: string): boolean {
  const { subscribe, isPending } = useContext(PendingContext);
  return useSyncExternalStore(subscribe, () => isPending(key));
}

function useDocumentStore(): PublishedStore<DocumentApi> {
  const store = useContext(DocumentContext);
  if (!store) throw new Error('useDocument needs a DocumentProvider above it.');
  return store;
}

export function useDocument(): DocumentApi {
  return useSubscribed(useDocumentStore());
}

/** One part of the document's state (a flag, the document): drawn again only when it changes. */
export function useDocumentState<S>(select: (api: DocumentApi) => S): S {
  return useSelected(useDocumentStore(), select);
}
