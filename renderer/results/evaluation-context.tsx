import type Decimal from 'decimal.js';
import {
  createContext,
  useContext,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import {
  evaluateScenario,
  explainMetrics,
  scenarioWarnings,
  type Evaluation,
  type Explanations,
  type ScenarioWarning,
} from '../../shared/model';
import type { Scenario } from '../../shared/scenario';

export interface EvaluationState {
  readonly evaluation: Evaluation<Decimal> | null;
  readonly explanations: Explanations | null;
  /** The plausibility checks the scenario fails, shown beside the figures and fields concerned. */
  readonly warnings: readonly ScenarioWarning[];
  /** The warnings of each field, by the path an override uses. */
  readonly fieldWarnings: ReadonlyMap<string, readonly ScenarioWarning[]>;
  /** The model refused a scenario the schema accepted: a bug to report, not a user error. */
  readonly failure: string | null;
}

const NONE: EvaluationState = {
  evaluation: null,
  explanations: null,
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

/*
 * Held in a store rather than a context value: a context that changed with every evaluation would
 * make React search the whole editor for consumers each time (hundreds of memoised rows with 500
 * investment items); the few readers subscribe instead.
 */
class EvaluationStore {
  private readonly listeners = new Set<() => void>();
  private published: EvaluationState;

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
}

const EvaluationContext = createContext<EvaluationStore>(new EvaluationStore(NONE));

/**
 * The Decimal model run on the scenario shown, on every change: the editor's per-item charts and
 * the results panel read the same evaluation, so every figure on screen is the model's.
 */
export function EvaluationProvider({
  scenario,
  children,
}: {
  scenario: Scenario;
  children: ReactNode;
}) {
  // The keystroke shows in its field at once; the model and the charts follow in a render React
  // may interrupt when the next keystroke comes (no debounce: the figures are never stale for long).
  const deferred = useDeferredValue(scenario);
  const state = useMemo<EvaluationState>(() => {
    try {
      const evaluation = evaluateScenario(deferred);
      const warnings = scenarioWarnings(deferred, evaluation.metrics);
      return {
        evaluation,
        explanations: explainMetrics(evaluation),
        warnings,
        fieldWarnings: byField(warnings),
        failure: null,
      };
    } catch (error) {
      return {
        ...NONE,
        failure: error instanceof Error ? error.message : String(error),
      };
    }
  }, [deferred]);
  const [store] = useState(() => new EvaluationStore(state));
  store.state = state;
  useLayoutEffect(() => store.publish(), [store, state]);
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
