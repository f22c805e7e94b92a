import { z } from 'zod';
import { MAX_RECENT_FILES } from '../../../shared/host/limits';
import { MAX_DOCUMENT_CHARS } from '../../../shared/scenario/document-text';
import { HandleIdSchema } from '../../../shared/host/schemas';

/**
 * What the browser host keeps in localStorage. Another tab, an extension or an old version may have
 * written these keys, so every read is validated and anything unreadable counts as absent.
 */
export const storageKeys = {
  settings: 'yardstick.settings',
  recent: 'yardstick.recent',
  recoveryPrefix: 'yardstick.recovery.',
} as const;

export const RecentEntrySchema = z.strictObject({
  recentId: HandleIdSchema,
  name: z.string().min(1).max(255),
  openedAt: z.iso.datetime(),
});
export type RecentEntry = z.infer<typeof RecentEntrySchema>;

export const RecoveryRecordSchema = z.strictObject({
  recoveryId: HandleIdSchema,
  title: z.string().min(1).max(255),
  savedAt: z.iso.datetime(),
  /** The recent-file entry whose handle Save writes to after a restore, if any. */
  recentId: HandleIdSchema.nullable(),
  text: z.string().max(MAX_DOCUMENT_CHARS),
});
export type RecoveryRecord = z.infer<typeof RecoveryRecordSchema>;

export function readJson(storage: Storage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** localStorage throws when it is full or disabled; the caller decides whether that matters. */
export function writeJson(storage: Storage, key: string, value: unknown): void {
  storage.setItem(key, JSON.stringify(value));
}

export function readRecent(storage: Storage): RecentEntry[] {
  const raw = readJson(storage, storageKeys.recent);
  if (!Array.isArray(raw)) return [];
  return raw
    .flatMap((item) => {
      const parsed = RecentEntrySchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    })
    .slice(0, MAX_RECENT_FILES);
}

export function readRecovery(storage: Storage, recoveryId: string): RecoveryRecord | null {
  const parsed = RecoveryRecordSchema.safeParse(
    readJson(storage, storageKeys.recoveryPrefix + recoveryId),
  );
  return parsed.success && parsed.data.recoveryId === recoveryId ? parsed.data : null;
}

export function recoveryIds(storage: Storage): string[] {
  const ids: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(storageKeys.recoveryPrefix))
      ids.push(key.slice(storageKeys.recoveryPrefix.length));
  }
  return ids;
}
