import type { Scenario, ScenarioFile } from '../scenario';
import type { ScenarioComparison } from './comparison';
import type { DrawValues, MonteCarloOptions, MonteCarloResult } from './monte-carlo';
import type { SwitchingOptions, SwitchingValuesResult } from './switching-values';
import type { SensitivityOptions, TornadoResult } from './tornado';
import type { TwoWayOptions, TwoWayTable } from './two-way';

/*
 * The messages between whoever asks for an analysis (or other work) and the worker that runs it:
 * a Web Worker in the app, a worker_thread of the command line. Everything in them survives structured cloning
 * (plain objects, strings, numbers, typed arrays), and the large typed arrays of a result are
 * transferred rather than copied.
 *
 *   caller → worker: start {id, request}, cancel {id}
 *   worker → caller: progress {id, done, total}*, then exactly one of
 *                    result {id, result} | failed {id, error} | cancelled {id}
 */

export type AnalysisRequest =
  | { readonly kind: 'scenarios'; readonly file: ScenarioFile }
  | { readonly kind: 'tornado'; readonly scenario: Scenario; readonly options: SensitivityOptions }
  | { readonly kind: 'two-way'; readonly scenario: Scenario; readonly options: TwoWayOptions }
  | {
      readonly kind: 'switching-values';
      readonly scenario: Scenario;
      readonly options: SwitchingOptions;
    }
  | {
      readonly kind: 'monte-carlo';
      readonly scenario: Scenario;
      readonly options: Partial<MonteCarloOptions>;
    }
  /** Draws [from, to) of a Monte Carlo run, for a pool of workers; the caller summarises (see the Node runner). */
  | {
      readonly kind: 'monte-carlo-draws';
      readonly scenario: Scenario;
      readonly options: Partial<MonteCarloOptions>;
      readonly from: number;
      readonly to: number;
    };

export type AnalysisKind = AnalysisRequest['kind'];

export type AnalysisResult =
  | { readonly kind: 'scenarios'; readonly result: ScenarioComparison }
  | { readonly kind: 'tornado'; readonly result: TornadoResult }
  | { readonly kind: 'two-way'; readonly result: TwoWayTable }
  | { readonly kind: 'switching-values'; readonly result: SwitchingValuesResult }
  | { readonly kind: 'monte-carlo'; readonly result: MonteCarloResult }
  | {
      readonly kind: 'monte-carlo-draws';
      /** The figures of the draws and, driver-major, the drivers' values in them. */
      readonly result: { readonly values: DrawValues; readonly samples: Float64Array };
    };

export type ResultOf<K extends AnalysisKind> = Extract<AnalysisResult, { kind: K }>['result'];

export interface AnalysisFailure {
  /** "AnalysisError" for what the user can fix (its code says what), anything else for a bug. */
  readonly name: string;
  readonly code: string | null;
  readonly message: string;
}

/**
 * What any worker of Yardstick is asked to do: an analysis, or another kind of work its host
 * adds (an applicant's file assessed, the editor's scenario evaluated). One protocol for all.
 */
export interface WorkerRequest {
  readonly kind: string;
}

export type ToWorker<Q extends WorkerRequest = AnalysisRequest> =
  | { readonly type: 'start'; readonly id: number; readonly request: Q }
  | { readonly type: 'cancel'; readonly id: number };

export type FromWorker<R = AnalysisResult> =
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: 'result'; readonly id: number; readonly result: R }
  | { readonly type: 'failed'; readonly id: number; readonly error: AnalysisFailure }
  | { readonly type: 'cancelled'; readonly id: number };

export const ANALYSIS_KINDS: ReadonlySet<string> = new Set<AnalysisKind>([
  'scenarios',
  'tornado',
  'two-way',
  'switching-values',
  'monte-carlo',
  'monte-carlo-draws',
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The shape of a message to a worker that runs `kinds`; the work checks its own options. */
export function isToWorker(
  value: unknown,
  kinds: ReadonlySet<string> = ANALYSIS_KINDS,
): value is ToWorker<WorkerRequest> {
  if (!isRecord(value) || !Number.isSafeInteger(value['id'])) return false;
  if (value['type'] === 'cancel') return true;
  const request = value['request'];
  return (
    value['type'] === 'start' &&
    isRecord(request) &&
    typeof request['kind'] === 'string' &&
    kinds.has(request['kind'])
  );
}

export function isFromWorker(value: unknown): value is FromWorker<unknown> {
  if (!isRecord(value) || !Number.isSafeInteger(value['id'])) return false;
  switch (value['type']) {
    case 'progress':
      return typeof value['done'] === 'number' && typeof value['total'] === 'number';
    case 'result':
      return isRecord(value['result']) || Array.isArray(value['result']);
    case 'failed':
      return isRecord(value['error']) && typeof value['error']['message'] === 'string';
    case 'cancelled':
      return true;
    default:
      return false;
  }
}
