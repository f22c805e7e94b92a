import type { AutosaveClock, SnapshotSink } from '../../shared/host/autosaver';
import type { RecoverySnapshot, RecoveryStore } from './recovery-store';

export type PendingSnapshot = Pick<RecoverySnapshot, 'title' | 'documentPath' | 'text'>;

/** The autosaver's writes go to the recovery folder, each one atomically. */
export function recoverySink(store: RecoveryStore): SnapshotSink<PendingSnapshot> {
  return {
    write: (recoveryId, snapshot, savedAt) =>
      store.write({ recoveryId, savedAt: savedAt.toISOString(), ...snapshot }),
    discard: (recoveryId) => store.discard(recoveryId),
  };
}

export const nodeClock: AutosaveClock = {
  now: () => Date.now(),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
};
