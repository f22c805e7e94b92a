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
  type Evaluation,
  type Explanations,
} from '../../shared/model';
import type { Scenario } from '../../shared/scenario';

export interface EvaluationState {
  readonly evaluation: Evaluation<Decimal> | null;
  readonly explanations: Explanations | null;
  /** The model refused a scenario the schema accepted: a bug to report, not a user error. */
  readonly failure: string | null;
}

const NONE: EvaluationState = { evaluation: null, explanations: null, failure: null };

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
      return { evaluation, explanations: explainMetrics(evaluation), failure: null };
    } catch (error) {
      return {
        evaluation: null,
        explanations: null,
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
