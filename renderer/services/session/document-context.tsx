import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useReducer,
  useRef,
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
import { EditPipeline } from '../evaluation/edit-checks';
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
  switch (action.type) {
    case 'open':
      return {
        document: openDocument(snapshotOf(action.file), action.from),
        scenario: BASE_SCENARIO,
        opened: state.opened + 1,
      };
    case 'close':
      return { document: null, scenario: BASE_SCENARIO, opened: state.opened };
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
  return { document, scenario, opened: state.opened };
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

const DocumentContext = createContext<PublishedStore<DocumentApi> | null>(null);

export function DocumentProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(reduce, {
    document: null,
    scenario: BASE_SCENARIO,
    opened: 0,
  });
  const latest = useRef(state);
  latest.current = state;

  const apply = useCallback((change: (current: Snapshot) => Snapshot, key?: string) => {
    const present = latest.current.document?.history.present;
    if (!present) return;
    const next = change(present);
    if (next === present) return;
    const action: Action = key === undefined ? { type: 'edit', next } : { type: 'edit', next, key };
    // Applied to `latest` at once so several changes in one event build on one another.
    latest.current = reduce(latest.current, action);
    dispatch(action);
  }, []);

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
      dispatch(action);
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
              dispatch({ type: 'seal' });
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
  }, [state, update, apply, pipeline]);
  const pending = useMemo<PendingEdits>(
    () =>
      pipeline === null
        ? NO_PENDING
        : { subscribe: pipeline.subscribe, isPending: (key) => pipeline.isPending(key) },
    [pipeline],
  );

  const store = usePublished(api);
  return (
    <DocumentContext.Provider value={store}>
      <PendingContext.Provider value={pending}>{children}</PendingContext.Provider>
    </DocumentContext.Provider>
  );
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
