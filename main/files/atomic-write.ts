import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The file operations an atomic write needs, injectable so a test can make any step fail. The
 * defaults are Node's.
 */
export interface AtomicFs {
  open(path: string, flags: string, mode: number): Promise<fsp.FileHandle>;
  write(handle: fsp.FileHandle, data: Uint8Array): Promise<void>;
  sync(handle: fsp.FileHandle): Promise<void>;
  close(handle: fsp.FileHandle): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Mode of an existing target (kept on the new copy), or null when there is none. */
  modeOf(path: string): Promise<number | null>;
  /** The real path of an existing target, so a symlink keeps pointing at the saved file. */
  realpath(path: string): Promise<string>;
  /** Makes the rename itself durable; a no-op where directories cannot be opened (Windows). */
  syncDirectory(path: string): Promise<void>;
}

export const nodeAtomicFs: AtomicFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  write: async (handle, data) => {
    let offset = 0;
    while (offset < data.byteLength) {
      const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset);
      offset += bytesWritten;
    }
  },
  sync: (handle) => handle.sync(),
  close: (handle) => handle.close(),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  modeOf: async (path) => {
    try {
      return (await fsp.stat(path)).mode & 0o777;
    } catch {
      return null;
    }
  },
  realpath: async (path) => {
    try {
      return await fsp.realpath(path);
    } catch {
      return path;
    }
  },
  syncDirectory: async (path) => {
    if (process.platform === 'win32') return;
    const handle = await fsp.open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

export type AtomicStep = 'open' | 'write' | 'sync' | 'close' | 'rename';

/** A failed save: which step failed and why; the target is as it was before the call. */
export class AtomicWriteError extends Error {
  constructor(
    readonly step: AtomicStep,
    readonly target: string,
    override readonly cause: unknown,
  ) {
    super(
      `Saving ${target} failed at ${step}: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'AtomicWriteError';
  }

  /** The system error code (`ENOSPC`, `EACCES`, …) when there is one. */
  get code(): string | null {
    const code = (this.cause as { code?: unknown } | null)?.code;
    return typeof code === 'string' ? code : null;
  }
}

export interface AtomicWriteOptions {
  fs?: AtomicFs;
  /**
   * Windows refuses to replace a file that another program (an indexer, a virus scanner) has
   * open for a moment; a few short retries get past it.
   */
  renameRetries?: number;
  sleep?: (ms: number) => Promise<void>;
}

const transientRename = new Set(['EPERM', 'EACCES', 'EBUSY']);

/**
 * Writes `data` to `target` so that, whatever fails and whenever the process dies, the target holds
 * either its previous content or the whole new content: write a temporary file in the same folder
 * (a rename is only atomic within one file system), flush it to the disk, rename it over the
 * target, flush the folder. On failure the temporary file is removed.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeAtomicFs;
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const destination = await fs.realpath(target);
  const folder = dirname(destination);
  const temporary = join(folder, `.${basename(destination)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = (await fs.modeOf(destination)) ?? 0o666;

  let handle: fsp.FileHandle | null = null;
  let step: AtomicStep = 'open';
  try {
    // 'wx': never follow or reuse something already at the temporary name.
    handle = await fs.open(temporary, 'wx', mode);
    step = 'write';
    await fs.write(handle, bytes);
    step = 'sync';
    await fs.sync(handle);
    step = 'close';
    const closing = handle;
    handle = null;
    await fs.close(closing);
    step = 'rename';
    await renameWithRetries(fs, temporary, destination, options);
  } catch (cause) {
    if (handle) await fs.close(handle).catch(() => undefined);
    if (step !== 'open') await fs.unlink(temporary).catch(() => undefined);
    throw new AtomicWriteError(step, target, cause);
  }
  // The new content is in place; a failed folder flush only weakens durability after a power cut.
  await fs.syncDirectory(folder).catch(() => undefined);
}

async function renameWithRetries(
  fs: AtomicFs,
  from: string,
  to: string,
  options: AtomicWriteOptions,
): Promise<void> {
  const retries = options.renameRetries ?? (process.platform === 'win32' ? 5 : 0);
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (attempt >= retries || !transientRename.has(code)) throw error;
      await sleep(20 * 2 ** attempt);
    }
  }
}
