import { AnalysisCancelled, AnalysisError } from './errors';

/**
 * How a long run reports and stops. The analysis code has no timers of its own (shared/ knows no
 * platform), so the host says how to let pending messages in between chunks: a cancel message can
 * only arrive while the run waits in `yieldToEvents`.
 */
export interface RunControl {
  readonly onProgress?: (done: number, total: number) => void;
  readonly isCancelled?: () => boolean;
  readonly yieldToEvents?: () => Promise<void>;
}

export async function checkpoint(control: RunControl, done: number, total: number): Promise<void> {
  control.onProgress?.(done, total);
  if (control.yieldToEvents !== undefined) await control.yieldToEvents();
  if (control.isCancelled?.() === true) throw new AnalysisCancelled();
}

/** How far a run has come, in its own units (points evaluated, draws). */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

/**
 * A long analysis written as steps: it yields its progress after each step (a few hundred points
 * of the model) and returns its result. The same steps run at once in this thread (`runSteps`) or
 * with progress and cancel (`runStepsWith`), so both give the same result bit for bit.
 */
export type AnalysisSteps<R> = Generator<Progress, R, void>;

/** A point in time the run must not pass, on a clock the host supplies (shared/ has none). */
export interface TimeBudget {
  readonly deadline: number;
  readonly now: () => number;
}

/**
 * Runs the steps to the end, at once. With a budget, a run still going at its deadline stops
 * between two steps with `over_budget` (a report that must be printed in bounded time).
 */
export function runSteps<R>(steps: AnalysisSteps<R>, budget?: TimeBudget): R {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
    if (budget !== undefined && budget.now() > budget.deadline)
      throw new AnalysisError(
        'over_budget',
        `stopped after ${next.value.done} of ${next.value.total}: it takes longer than the time allowed`,
      );
  }
}

/** Runs the steps reporting each step's progress, letting events in, stopping when cancelled. */
export async function runStepsWith<R>(steps: AnalysisSteps<R>, control: RunControl): Promise<R> {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
    await checkpoint(control, next.value.done, next.value.total);
  }
}
