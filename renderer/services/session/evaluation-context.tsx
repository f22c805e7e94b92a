import {
  createContext,
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
import {
  liveOutcome,
  resultsFromWire,
  type EvaluateResult,
  type LiveOutcome,
  type Results,
  type ResultsDisplay,
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

  /** The outcome of request `seq`, unless a newer one is shown already. */
  show(seq: number, state: EvaluationState) {
    if (seq <= this.shown) return;
    this.shown = seq;
    this.state = state;
    this.publish();
  }
}

const EvaluationContext = createContext<EvaluationStore>(new EvaluationStore(NONE));

/**
 * The Decimal model run on the scenario shown, on every change: the editor's per-item charts and
 * the results panel read the same results, so every figure on screen is the model's. Where a
 * worker runs it, the page never waits for it: a change asks for new results, a request not yet
 * started is dropped for a newer one, and results come in the order asked (an older answer that
 * arrives late is dropped). Without a worker the model runs in a render React may interrupt when
 * the next keystroke comes.
 */
export function EvaluationProvider({
  scenario,
  children,
}: {
  scenario: Scenario;
  children: ReactNode;
}) {
  const { evaluation: client } = useEditorWorkers();
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

  // In a worker.
  const running = useRef<Running<EvaluateResult> | null>(null);
  useEffect(() => {
    if (client === null) return;
    running.current?.withdraw();
    const seq = (store.requested += 1);
    const run = client.run({ kind: 'evaluate-scenario', scenario, display });
    running.current = run;
    run.result.then(
      (answer) => store.show(seq, stateOf(answer.result)),
      () => undefined,
    );
  }, [client, scenario, display, store]);
  useEffect(() => () => running.current?.cancel(), []);

  return <EvaluationContext.Provider value={store}>{children}</EvaluationContext.Provider>;
}

export function useEvaluation(): EvaluationState {
  const store = useContext(EvaluationContext);
  return useSyncExternalStore(store.subscribe, () => store.state);
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
