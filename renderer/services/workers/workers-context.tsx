import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { WorkerClient, WorkerPort } from '../../../shared/analysis';
import type { ChecksClient } from '../evaluation/edit-checks';
import type {
  EvaluateRequest,
  EvaluateResult,
  TableRequest,
  TableResult,
} from '../evaluation/live-results';
import { startWebWorker, webWorkerClient } from './web-workers';

/*
 * The editor's two workers, one for the checks of what is typed and one for the model, so that a
 * long evaluation never holds up the next keystroke's check. Null where the page cannot start a
 * worker (component tests): the editor then checks and evaluates in the page, as it types.
 */

export interface EditorWorkers {
  readonly checks: ChecksClient | null;
  readonly evaluation: WorkerClient<
    EvaluateRequest | TableRequest,
    EvaluateResult | TableResult
  > | null;
}

const NONE: EditorWorkers = { checks: null, evaluation: null };

const EditorWorkersContext = createContext<EditorWorkers>(NONE);

/** Web Workers where the page can start them, else none. */
export const defaultWorkerLauncher = (): (() => WorkerPort | null) | null =>
  typeof Worker === 'undefined' ? null : startWebWorker;

export function EditorWorkersProvider({
  launch,
  children,
}: {
  /** Starts a worker; null: everything in the page. */
  launch: (() => WorkerPort | null) | null;
  children: ReactNode;
}) {
  const workers = useMemo<EditorWorkers>(
    () =>
      launch === null
        ? NONE
        : {
            // Edits go out without waiting for answers; a busy worker is never stopped (it
            // would lose its copy of the document and its warm JIT), its stale answer dropped.
            checks: webWorkerClient({ size: 1, perWorker: 1_000, cancelGraceMs: null }, launch),
            evaluation: webWorkerClient({ size: 1, cancelGraceMs: null }, launch),
          },
    [launch],
  );
  useEffect(
    () => () => {
      workers.checks?.dispose();
      workers.evaluation?.dispose();
    },
    [workers],
  );
  return <EditorWorkersContext.Provider value={workers}>{children}</EditorWorkersContext.Provider>;
}

export function useEditorWorkers(): EditorWorkers {
  return useContext(EditorWorkersContext);
}
