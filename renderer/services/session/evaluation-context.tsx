import {
  createContext,
  startTransition,
  useContext,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Running } from '../../../shared/analysis';
import type { ScenarioWarning } from '../../../shared/model';
import type { Scenario } from '../../../shared/scenario';
import { useFormat } from '../format/use-format';
import { useEditorWorkers } from '../workers/workers-context';
import { scenarioShown } from '../document/scenario-shown';
import { useDocumentChanges } from './document-context';
import type { Answered, CheckEditResult } from '../evaluation/edit-checks';
import {
  liveOutcome,
  resultsFromWire,
  type DisplayTable,
  type EvaluateResult,
  type LiveOutcome,
  type Results,
  type ResultsDisplay,
  type TableResult,
} from '../evaluation/live-results';

export interface EvaluationState {
  readonly results: Results | null;
  /** The plausibility checks the scenario fails, shown beside the figures and fields concerned. */
  readonly warnings: readonly ScenarioWarning[];
  /** The warnings of each field, by the path an override uses. */
  readonly fieldWarnings: ReadonlyMap<string, readonly ScenarioWarning[]>;
  /** The model refused a scenario the schema accepted: a bug to report, not a user error. */
  readonly failure: string | null;
}

const NONE: EvaluationState = {
  results: null,
  warnings: [],
  fieldWarnings: new Map(),
  failure: null,
};

function byField(warnings: readonly ScenarioWarning[]): Map<string, ScenarioWarning[]> {
  const found = new Map<string, ScenarioWarning[]>();
  for (const warning of warnings)
    for (const field of warning.fields) found.set(field, [...(found.get(field) ?? []), warning]);
  return found;
}

function stateOf(outcome: LiveOutcome): EvaluationState {
  if (!outcome.ok) return { ...NONE, failure: outcome.failure };
  const results = resultsFromWire(outcome.results);
  return {
    results,
    warnings: results.warnings,
    fieldWarnings: byField(results.warnings),
    failure: null,
  };
}

/*
 * Held in a store rather than a context value: a context that changed with every evaluation would
 * make React search the whole editor for consumers each time (hundreds of memoised rows with 500
 * investment items); the few readers subscribe instead.
 */
class EvaluationStore {
  private readonly listeners = new Set<() => void>();
  private published: EvaluationState;
  /** The request whose results are shown: results of an older one are dropped. */
  private shown = 0;
  requested = 0;

  constructor(public state: EvaluationState) {
    this.published = state;
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  publish() {
    if (this.published === this.state) return;
    this.published = this.state;
    for (const listener of this.listeners) listener();
  }

  /**
   * The outcome of request `seq`, unless a newer one is shown already. Until its table comes,
   * the table shown before stays, marked as behind the figures.
   */
  show(seq: number, state: EvaluationState) {
    if (seq <= this.shown) return;
    this.shown = seq;
    const table = this.state.results?.table ?? null;
    this.state =
      state.results === null || state.results.table !== null || table === null
        ? state
        : { ...state, results: { ...state.results, table, tableBehind: true } };
    this.publish();
  }

  /** The table of request `seq`, if its figures are the ones shown. */
  showTable(seq: number, table: DisplayTable) {
    const results = this.state.results;
    if (seq !== this.shown || results === null) return;
    this.state = { ...this.state, results: { ...results, table, tableBehind: false } };
    this.publish();
  }
}

/** How long typing pauses before the yearly table of its figures is made. */
const TABLE_AFTER_TYPING_MS = 150;

const EvaluationContext = createContext<EvaluationStore>(new EvaluationStore(NONE));

/**
 * The Decimal model run on the scenario shown, on every change: the editor's per-item charts and
 * the results panel read the same results, so every figure on screen is the model's. Where a
 * worker runs it, the page never waits for it: a change asks for new key figures, then their
 * yearly table; a request for figures not yet started is dropped for a newer one, a table not yet
 * made is cancelled, and results come in the order asked (an older answer that arrives late is
 * dropped). The model is asked as soon as the document changes, before the page draws the change.
 * Without a worker the model runs in a render React may interrupt when the next keystroke comes.
 */
export function EvaluationProvider({
  scenario,
  children,
}: {
  scenario: Scenario;
  children: ReactNode;
}) {
  const { evaluation: client, checks } = useEditorWorkers();
  const format = useFormat(scenario.project.currency);
  const display = useMemo<ResultsDisplay>(
    () => ({ locale: format.locale, scale: format.scale }),
    [format.locale, format.scale],
  );
  const [store] = useState(() => new EvaluationStore(NONE));

  // In the page: the keystroke shows in its field at once; the model follows in a deferred render.
  const deferred = useDeferredValue(scenario);
  const here = useMemo(
    () => (client === null ? stateOf(liveOutcome(deferred, display)) : null),
    [client, deferred, display],
  );
  if (here !== null) store.state = here;
  useLayoutEffect(() => {
    if (here !== null) store.publish();
  }, [store, here]);

  // In a worker. Typing the checks' worker answered comes with its key figures, made there: the
  // table is asked of that worker. Anything else is evaluated by the evaluation's worker.
  const running = useRef<Running<EvaluateResult | TableResult | CheckEditResult>[]>([]);
  const asked = useRef<{ scenario: Scenario; display: ResultsDisplay } | null>(null);
  const ask = useRef<(scenario: Scenario, answered?: Answered) => void>(() => undefined);
  const [tables] = useState(() => new WeakSet<object>());
  const tableTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  ask.current = (next, answered) => {
    if (client === null) return;
    if (asked.current?.scenario === next && asked.current.display === display) return;
    asked.current = { scenario: next, display };
    // Figures already being made are still shown if nothing newer is by then; a table is not.
    running.current.forEach((run) => (tables.has(run) ? run.cancel() : run.withdraw()));
    running.current = [];
    clearTimeout(tableTimer.current);
    const seq = (store.requested += 1);
    const showTable = (
      run: Running<EvaluateResult | TableResult | CheckEditResult>,
      retry: () => void,
    ) =>
      run.result.then(
        (answer) => {
          if (answer.kind !== 'results-table') return;
          const { held, table } = answer.result;
          if (table !== null) store.showTable(seq, table);
          else if (!held && running.current.includes(run)) retry();
        },
        () => undefined,
      );
    // The worker no longer held the evaluation: the table is made from the scenario.
    const tableFromScenario = () => {
      const again = client.run({
        kind: 'results-table',
        token: `evaluate:${seq}`,
        scenario: next,
        display,
      });
      tables.add(again);
      running.current = [again];
      void showTable(again, () => undefined);
    };
    const figures = answered?.figures;
    if (figures !== undefined && checks !== null) {
      store.show(seq, stateOf(figures));
      // Asked once typing pauses: a table started between two keys would hold up the next key's
      // check in the same worker.
      const token = answered!.token;
      tableTimer.current = setTimeout(() => {
        const table = checks.run({ kind: 'results-table', token, display });
        tables.add(table);
        running.current = [table];
        void showTable(table, tableFromScenario);
      }, TABLE_AFTER_TYPING_MS);
      return;
    }
    const token = `evaluate:${seq}`;
    const figured = client.run({ kind: 'evaluate-scenario', token, scenario: next });
    const tabled = client.run({ kind: 'results-table', token, display });
    tables.add(tabled);
    running.current = [figured, tabled];
    figured.result.then(
      (answer) => {
        if (answer.kind === 'evaluate-scenario') store.show(seq, stateOf(answer.result));
      },
      () => undefined,
    );
    void showTable(tabled, tableFromScenario);
  };
  const changes = useDocumentChanges();
  useEffect(
    () =>
      changes.subscribe((answered) => {
        const { snapshot, scenario: name } = changes.latest();
        if (snapshot === null) return;
        // Typing whose newer answers are on their way: they bring the figures.
        if (answered?.figures === undefined && answered?.replayed === true && answered.more) return;
        ask.current(scenarioShown(snapshot.file, name), answered);
      }),
    [changes],
  );
  useLayoutEffect(() => ask.current(scenario), [client, scenario, display]);
  useEffect(
    () => () => {
      clearTimeout(tableTimer.current);
      running.current.forEach((run) => run.cancel());
    },
    [],
  );

  return <EvaluationContext.Provider value={store}>{children}</EvaluationContext.Provider>;
}

/** The results as soon as they come: for the key figures, drawn in the frame they arrive in. */
export function useEvaluation(): EvaluationState {
  const store = useContext(EvaluationContext);
  return useSyncExternalStore(store.subscribe, () => store.state);
}

/**
 * The results for what may follow the key figures by a frame or two (charts, the table, the
 * warnings): drawn in a transition after the key figures are painted, which a newer keystroke
 * interrupts, so neither the next key nor the next figure waits for them.
 */
export function useSettledEvaluation(): EvaluationState {
  const store = useContext(EvaluationContext);
  const [state, setState] = useState(() => store.state);
  useEffect(() => {
    const update = () => startTransition(() => setState(store.state));
    update();
    return store.subscribe(update);
  }, [store]);
  return state;
}

/**
 * The warnings on one field (`effects[id=prod-cost].fullEffect`). A field is drawn again only
 * when what they say changes, not at every evaluation: the store is read for a signature of them.
 */
export function useFieldWarnings(path: string | null): readonly ScenarioWarning[] {
  const store = useContext(EvaluationContext);
  const signature = useSyncExternalStore(store.subscribe, () =>
    path === null
      ? ''
      : (store.state.fieldWarnings.get(path) ?? [])
          .map((warning) => `${warning.code}${JSON.stringify(warning.params)}`)
          .join('\n'),
  );
  return useMemo(
    () => (signature === '' || path === null ? [] : (store.state.fieldWarnings.get(path) ?? [])),
    // The signature says when the list changed; the store holds its latest value.
    [signature, path, store],
  );
}
