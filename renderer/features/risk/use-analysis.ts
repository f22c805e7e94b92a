import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { AnalysisCancelled, type AnalysisRequest } from '../../../shared/analysis';
import { type AnalysisClient, AnalysisFailed, type RunningAnalysis } from './analysis-client';

export const AnalysisClientContext = createContext<AnalysisClient | null>(null);

export function useAnalysisClient(): AnalysisClient {
  const client = useContext(AnalysisClientContext);
  if (!client) throw new Error('useAnalysisClient needs an AnalysisClientContext above it.');
  return client;
}

export type AnalysisState<R> =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly done: number; readonly total: number }
  | { readonly status: 'done'; readonly result: R }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly code: string | null; readonly message: string };

/**
 * Runs an analysis whenever its request changes (a new scenario, other options), a moment after
 * the last change so typing does not start a run per keystroke; a newer request cancels the
 * older run. A null request runs nothing. `cancel` stops the run (a large case takes minutes),
 * `restart` runs the same request again.
 */
export function useAutoAnalysis<R>(
  request: AnalysisRequest | null,
  delayMs = 250,
): { state: AnalysisState<R>; cancel(): void; restart(): void } {
  const client = useAnalysisClient();
  const [state, setState] = useState<AnalysisState<R>>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const running = useRef<RunningAnalysis<R> | null>(null);
  useEffect(() => {
    if (!request) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      setState({ status: 'running', done: 0, total: 0 });
      const run = client.run<R>(request, (done, total) => {
        if (current) setState({ status: 'running', done, total });
      });
      running.current = run;
      run.result.then(
        (result) => current && setState({ status: 'done', result }),
        (error: unknown) => current && setState(stateOfError(error)),
      );
    }, delayMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
      running.current?.cancel();
      running.current = null;
    };
  }, [client, request, delayMs, attempt]);
  return {
    state,
    cancel: () => running.current?.cancel(),
    restart: () => setAttempt((count) => count + 1),
  };
}

export function stateOfError(
  error: unknown,
): { status: 'cancelled' } | { status: 'failed'; code: string | null; message: string } {
  if (error instanceof AnalysisCancelled) return { status: 'cancelled' };
  if (error instanceof AnalysisFailed)
    return { status: 'failed', code: error.code, message: error.message };
  return {
    status: 'failed',
    code: null,
    message: error instanceof Error ? error.message : String(error),
  };
}

/** A run started by the person (Monte Carlo), with progress and a cancel button. */
export function useManualAnalysis<R>(): {
  state: AnalysisState<R>;
  start(request: AnalysisRequest): void;
  cancel(): void;
} {
  const client = useAnalysisClient();
  const [state, setState] = useState<AnalysisState<R>>({ status: 'idle' });
  const running = useRef<RunningAnalysis<R> | null>(null);
  const latest = useRef<object | null>(null);
  useEffect(() => () => running.current?.cancel(), []);
  return {
    state,
    start: (request) => {
      running.current?.cancel();
      setState({ status: 'running', done: 0, total: 0 });
      // A token of this run, known before `run` returns: progress may be reported at once.
      const token = {};
      latest.current = token;
      const run = client.run<R>(request, (done, total) => {
        if (latest.current === token) setState({ status: 'running', done, total });
      });
      running.current = run;
      run.result.then(
        (result) => latest.current === token && setState({ status: 'done', result }),
        (error: unknown) => latest.current === token && setState(stateOfError(error)),
      );
    },
    cancel: () => running.current?.cancel(),
  };
}
