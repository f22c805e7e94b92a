import type Decimal from 'decimal.js';
import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react';
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

const EvaluationContext = createContext<EvaluationState>({
  evaluation: null,
  explanations: null,
  failure: null,
});

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
  return <EvaluationContext.Provider value={state}>{children}</EvaluationContext.Provider>;
}

export function useEvaluation(): EvaluationState {
  return useContext(EvaluationContext);
}
