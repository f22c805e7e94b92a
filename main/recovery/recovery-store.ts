import { randomUUID } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS } from '../../shared/scenario/document-text';
import { HandleIdSchema, type RecoverySummary } from '../../shared/host/schemas';
import { writeFileAtomic } from '../files/atomic-write';

/**
 * One recovery snapshot: the unsaved text of one window and, when it belongs to a file, that
 * file's path so Save writes back to it after a restore. Only main reads these; the path never
 * reaches the renderer.
 */
const SnapshotSchema = z.strictObject({
  format: z.literal('yardstick.recovery'),
  version: z.literal(1),
  recoveryId: HandleIdSchema,
  title: z.string().min(1).max(255),
  savedAt: z.iso.datetime(),
  documentPath: z.string().max(4096).nullable(),
  text: z.string().max(MAX_DOCUMENT_CHARS),
});
export type RecoverySnapshot = z.infer<typeof SnapshotSchema>;

/** A snapshot is the document plus a little metadata; JSON escaping can at most double the text. */
const MAX_SNAPSHOT_BYTES = 2 * MAX_DOCUMENT_BYTES + 64 * 1024;
const suffix = '.recovery.json';

export function newRecoveryId(): string {
  return randomUUID();
}

/**
 * Recovery snapshots in one folder of the app's data. Each is written atomically, so a kill at any
 * moment leaves the previous snapshot or the new one, never half of one.
 */
export class RecoveryStore {
  constructor(readonly folder: string) {}

  private fileOf(recoveryId: string): string {
    if (!HandleIdSchema.safeParse(recoveryId).success) throw new Error('Not a recovery id.');
    return join(this.folder, `${recoveryId}${suffix}`);
  }

  async write(snapshot: Omit<RecoverySnapshot, 'format' | 'version'>): Promise<void> {
    await fsp.mkdir(this.folder, { recursive: true });
    const full: RecoverySnapshot = { format: 'yardstick.recovery', version: 1, ...snapshot };
    const bytes = new TextEncoder().encode(JSON.stringify(SnapshotSchema.parse(full)));
    // A copy `read` would refuse is no copy at all: better an error now (the autosaver reports it)
    // than the promise of a recovery that cannot happen.
    if (bytes.byteLength > MAX_SNAPSHOT_BYTES)
      throw new Error(
        `The recovery copy would be ${bytes.byteLength} bytes; recovery reads copies of at most ${MAX_SNAPSHOT_BYTES} bytes.`,
      );
    await writeFileAtomic(this.fileOf(snapshot.recoveryId), bytes);
  }

  /** The snapshot, or null when it is gone, unreadable or not ours. */
  async read(recoveryId: string): Promise<RecoverySnapshot | null> {
    try {
      const file = this.fileOf(recoveryId);
      const info = await fsp.stat(file);
      if (!info.isFile() || info.size > MAX_SNAPSHOT_BYTES) return null;
      const parsed = SnapshotSchema.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')));
      return parsed.success && parsed.data.recoveryId === recoveryId ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async discard(recoveryId: string): Promise<void> {
    await fsp.rm(this.fileOf(recoveryId), { force: true });
  }

  /** Every readable snapshot except those of the windows open now, newest first. */
  async list(exclude: ReadonlySet<string> = new Set()): Promise<RecoverySummary[]> {
    let names: string[];
    try {
      names = await fsp.readdir(this.folder);
    } catch {
      return [];
    }
    const ids = names
      .filter((name) => name.endsWith(suffix))
      .map((name) => name.slice(0, -suffix.length))
      .filter((id) => HandleIdSchema.safeParse(id).success && !exclude.has(id));
    const snapshots = await Promise.all(ids.map((id) => this.read(id)));
    return snapshots
      .filter((s): s is RecoverySnapshot => s !== null)
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
      .map((s) => ({
        recoveryId: s.recoveryId,
        title: s.title,
        savedAt: s.savedAt,
        fromFile: s.documentPath !== null,
      }));
  }

  /**
   * Removes temporary files a killed writer left behind. Only safe while no other process writes
   * here, which the app's single-instance lock guarantees; call it once at start.
   */
  async sweepTemporaryFiles(): Promise<void> {
    let names: string[];
    try {
      names = await fsp.readdir(this.folder);
    } catch {
      return;
    }
    await Promise.all(
      names
        .filter((name) => name.startsWith('.') && name.endsWith('.tmp'))
        .map((name) => fsp.rm(join(this.folder, name), { force: true })),
    );
  }
}
