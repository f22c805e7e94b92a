import { Autosaver, type SnapshotSink } from '../../../shared/host/autosaver';
import { hostIssue, type HostIssue } from '../../../shared/host/issues';
import type { RecoverySummary } from '../../../shared/host/schemas';
import type { LiveCopies } from './live-copies';
import {
  readRecovery,
  recoveryIds,
  RecoveryRecordSchema,
  storageKeys,
  writeJson,
  type RecoveryRecord,
} from './local-records';

type PendingRecovery = Pick<RecoveryRecord, 'title' | 'text' | 'recentId'>;

/**
 * Unsaved work in the browser: this tab's copy, written to localStorage by the autosaver, and the
 * copies other tabs left behind, offered for recovery unless a tab that is still open writes them
 * (`LiveCopies`). A copy restored here is taken over: this tab writes it from then on.
 */
export function browserRecovery({
  win,
  storage,
  live,
  recoveryId,
  intervalMs,
}: {
  win: Window;
  storage: Storage;
  live: LiveCopies;
  /** This tab's own copy. */
  recoveryId: string;
  intervalMs?: number;
}) {
  const recoverySink: SnapshotSink<PendingRecovery> = {
    write: async (recoveryId, snapshot, savedAt) => {
      const record: RecoveryRecord = { recoveryId, savedAt: savedAt.toISOString(), ...snapshot };
      // A copy the reader would refuse is no copy: an error now (logged) rather than a promise of
      // recovery that cannot be kept.
      if (!RecoveryRecordSchema.safeParse(record).success)
        throw new Error(
          `The recovery copy of ${snapshot.text.length} characters would not be read back; nothing was kept.`,
        );
      writeJson(storage, storageKeys.recoveryPrefix + recoveryId, record);
    },
    discard: async (recoveryId) => storage.removeItem(storageKeys.recoveryPrefix + recoveryId),
  };
  const autosaver = new Autosaver(
    recoverySink,
    recoveryId,
    {
      now: () => Date.now(),
      setTimer: (run, ms) => win.setTimeout(run, ms),
      clearTimer: (timer) => win.clearTimeout(timer as number),
    },
    {
      ...(intervalMs === undefined ? {} : { intervalMs }),
      onError: (error) => console.error('Autosave failed:', error),
    },
  );

  // This tab's own copy is marked live from the start, so no other tab offers it.
  void live.claim(autosaver.recoveryId);

  return {
    autosaver,

    async list(): Promise<RecoverySummary[]> {
      const elsewhere = await live.heldElsewhere();
      return recoveryIds(storage)
        .filter((id) => id !== autosaver.recoveryId && !elsewhere.has(id))
        .map((id) => readRecovery(storage, id))
        .filter((record): record is RecoveryRecord => record !== null)
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
        .map((r) => ({
          recoveryId: r.recoveryId,
          title: r.title,
          savedAt: r.savedAt,
          fromFile: r.recentId !== null,
        }));
    },

    /** The copy to restore, taken over by this tab; or why it cannot be. */
    async take(
      id: string,
    ): Promise<{ ok: true; record: RecoveryRecord } | { ok: false; issue: HostIssue }> {
      const record = id === autosaver.recoveryId ? null : readRecovery(storage, id);
      if (!record) return { ok: false, issue: hostIssue('recovery.missing') };
      // Another tab writes this copy, or took it over a moment ago: it is that tab's work.
      if ((await live.heldElsewhere()).has(id) || !(await live.claim(id)))
        return { ok: false, issue: hostIssue('recovery.openElsewhere') };
      const previous = autosaver.recoveryId;
      await autosaver.adopt(id);
      live.release(previous);
      return { ok: true, record };
    },

    async discard(id: string): Promise<void> {
      if (id === autosaver.recoveryId) return;
      // Never delete the work of a tab that is still open.
      if ((await live.heldElsewhere()).has(id)) return;
      storage.removeItem(storageKeys.recoveryPrefix + id);
    },
  };
}
