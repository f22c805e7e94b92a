import { AnalysisCancelled } from './errors';

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
