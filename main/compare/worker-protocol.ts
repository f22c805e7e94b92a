import type { ApplicantOutcome } from '../../shared/compare';

/** Messages between the loader and its workers; an outcome is plain data (decimal strings). */
export type ToWorker =
  | { readonly type: 'assess'; readonly job: number; readonly index: number; readonly path: string }
  | { readonly type: 'close' };

export type FromWorker = {
  readonly type: 'assessed';
  readonly job: number;
  readonly index: number;
  readonly outcome: ApplicantOutcome;
};
