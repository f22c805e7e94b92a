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
import type { Running } from '../../shared/analysis';
import type { Scenario } from '../../shared/scenario';
import { useFormat } from '../format/use-format';
import { useEditorWorkers } from '../workers/workers-context';
import {
  liveOutcome,
  resultsFromWire,
  type EvaluateResult,
  type LiveOutcome,
  type Results,
  type ResultsDisplay,
} from './live-results';

export interface EvaluationState {
  readonly results: Results | null;
  /** The model refused a scenario the schema accepted: a bug to report, not a user error. */
  readonly failure: string | null;
}

const NONE: EvaluationState = { results: null, failure: null };

function stateOf(outcome: LiveOutcome): EvaluationState {
  return outcome.ok
    ? { results: resultsFromWire(outcome.results), failure: null }
    : { results: null, failure: outcome.failure };
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
