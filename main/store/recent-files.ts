import { createHash } from 'node:crypto';
import { posix, win32 } from 'node:path';
import { z } from 'zod';
import { MAX_RECENT_FILES } from '../../shared/host/limits';
import type { RecentFile } from '../../shared/host/schemas';
import { readJsonFile, SerialQueue, writeJsonFile } from './json-file';

const EntrySchema = z.object({ path: z.string().min(1).max(4096), openedAt: z.iso.datetime() });
type Entry = z.infer<typeof EntrySchema>;

/** The renderer names a recent file by this id; only main knows the path behind it. */
export function recentIdOf(path: string): string {
  return createHash('sha256').update(path).digest('base64url').slice(0, 22);
}

/** Windows and macOS file systems ignore case by default: one file, one entry. */
function sameFile(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

export function entriesFrom(raw: unknown): Entry[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = EntrySchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The files a person opened or saved lately, newest first, kept in the app's data folder. */
export class RecentFilesStore {
  private readonly queue = new SerialQueue();

  private readonly pathApi: typeof posix;

  constructor(
    private readonly file: string,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {
    this.pathApi = platform === 'win32' ? win32 : posix;
  }

  paths(): Promise<string[]> {
    return this.queue.run(async () => (await this.read()).map((e) => e.path));
  }

  list(): Promise<RecentFile[]> {
    return this.queue.run(async () =>
      (await this.read()).map((entry) => ({
        recentId: recentIdOf(entry.path),
        name: this.pathApi.basename(entry.path),
        location: this.pathApi.dirname(entry.path),
        openedAt: entry.openedAt,
      })),
    );
  }

  /** The path behind an id from `list`, or null when it is not (any more) in the list. */
  resolve(recentId: string): Promise<string | null> {
    return this.queue.run(
      async () => (await this.read()).find((e) => recentIdOf(e.path) === recentId)?.path ?? null,
    );
  }

  add(path: string, now: Date = new Date()): Promise<void> {
    const absolute = this.pathApi.resolve(path);
    return this.queue.run(async () => {
      const rest = (await this.read()).filter((e) => !sameFile(e.path, absolute, this.platform));
      const next = [{ path: absolute, openedAt: now.toISOString() }, ...rest].slice(
        0,
        MAX_RECENT_FILES,
      );
      await writeJsonFile(this.file, next);
    });
  }

  remove(path: string): Promise<void> {
    return this.queue.run(async () => {
      const entries = await this.read();
      const next = entries.filter((e) => !sameFile(e.path, path, this.platform));
      if (next.length !== entries.length) await writeJsonFile(this.file, next);
    });
  }

  clear(): Promise<void> {
    return this.queue.run(() => writeJsonFile(this.file, []));
  }

  private async read(): Promise<Entry[]> {
    return entriesFrom(await readJsonFile(this.file)).slice(0, MAX_RECENT_FILES);
  }
}
