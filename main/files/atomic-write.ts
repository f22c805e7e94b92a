import { randomBytes } from 'node:crypto';
import { constants, promises as fsp, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isatty } from 'node:tty';
import { RefusedTarget, sameFile, writeTargetOf, type WriteTarget } from './write-target';

/**
 * The file operations an atomic write needs, injectable so a test can make any step fail. The
 * defaults are Node's.
 */
export interface AtomicFs {
  open(path: string, flags: string | number, mode: number): Promise<fsp.FileHandle>;
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
  /** What is at a path without following a link there, or null when nothing is. */
  lstat(path: string): Promise<Stats | null>;
  /** What is at a path, following links, or null when nothing is (or a link leads nowhere). */
  stat(path: string): Promise<Stats | null>;
  readlink(path: string): Promise<string>;
  /** Whether an open descriptor is a terminal. */
  isTerminal(handle: fsp.FileHandle): boolean;
}

const statOrNull = (read: () => Promise<Stats>) => read().catch(() => null);

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
  lstat: (path) => statOrNull(() => fsp.lstat(path)),
  stat: (path) => statOrNull(() => fsp.stat(path)),
  readlink: (path) => fsp.readlink(path),
  isTerminal: (handle) => isatty(handle.fd),
};

/** `target`: what is at the path given could not be written safely (see write-target.ts). */
export type AtomicStep = 'target' | 'open' | 'write' | 'sync' | 'close' | 'rename';

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
  /** How long a FIFO may go without a reader before the write is given up (default 10 s). */
  readerWaitMs?: number;
}

const transientRename = new Set(['EPERM', 'EACCES', 'EBUSY']);

/**
 * Writes `data` to `target` so that, whatever fails and whenever the process dies, the target holds
 * either its previous content or the whole new content: write a temporary file in the same folder
 * (a rename is only atomic within one file system), flush it to the disk, rename it over the
 * target, flush the folder. On failure the temporary file is removed.
 *
 * Only a regular file (or nothing) is ever renamed over. A pipe, a terminal, the null device or an
 * open descriptor (`-o /dev/stdout`) is written into instead, as a shell's `>` would; any other
 * device, a folder and a link someone else planted in a folder everyone may write are refused
 * (write-target.ts says why).
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeAtomicFs;
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let resolved: WriteTarget;
  try {
    resolved = await writeTargetOf(fs, target);
  } catch (cause) {
    throw new AtomicWriteError('target', target, cause);
  }
  if (resolved.kind !== 'file') {
    await writeInto(fs, resolved, target, bytes, options);
    return;
  }
  const destination = resolved.path;
  const folder = dirname(destination);
  const temporary = join(folder, `.${basename(destination)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = resolved.mode ?? 0o666;

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
    // Whatever took the target's place meanwhile must still be a file to be replaced.
    const now = await fs.lstat(destination);
    if (now !== null && !now.isFile()) throw new RefusedTarget('ECHANGED');
    await renameWithRetries(fs, temporary, destination, options);
  } catch (cause) {
    if (handle) await fs.close(handle).catch(() => undefined);
    if (step !== 'open') await fs.unlink(temporary).catch(() => undefined);
    throw new AtomicWriteError(step, target, cause);
  }
  // The new content is in place; a failed folder flush only weakens durability after a power cut.
  await fs.syncDirectory(folder).catch(() => undefined);
}

/**
 * Writes into what is already there: a FIFO once a program reads from it (waiting a while for
 * one, as `report -o pipe & pdftotext pipe -` starts the reader a moment later), a terminal or the
 * null device, or the file behind an open descriptor. Not atomic, by nature: the reader sees the
 * bytes as they come. Opened without O_CREAT and checked to be the very file looked at, so a
 * path swapped for a link in between is never written through.
 */
async function writeInto(
  fs: AtomicFs,
  target: Exclude<WriteTarget, { kind: 'file' }>,
  given: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions,
): Promise<void> {
  let handle: fsp.FileHandle | null = null;
  let step: AtomicStep = 'open';
  try {
    handle =
      target.kind === 'fifo'
        ? await openFifoWhenRead(fs, target.path, options)
        : await fs.open(target.path, constants.O_WRONLY | constants.O_NOCTTY, 0o666);
    step = 'target';
    if (!sameFile(await handle.stat(), target.identity)) throw new RefusedTarget('ECHANGED');
    // Only a terminal or the null device: writing a PDF into /dev/mem is not a request.
    if (target.kind === 'device' && !target.isNull && !fs.isTerminal(handle))
      throw new RefusedTarget('EDEVICE');
    step = 'write';
    if (target.kind === 'open-file') await handle.truncate(0);
    await fs.write(handle, bytes);
    step = 'close';
    const closing = handle;
    handle = null;
    await fs.close(closing);
  } catch (cause) {
    if (handle) await fs.close(handle).catch(() => undefined);
    throw new AtomicWriteError(step, given, cause);
  }
}

async function openFifoWhenRead(
  fs: AtomicFs,
  path: string,
  options: AtomicWriteOptions,
): Promise<fsp.FileHandle> {
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const until = Date.now() + (options.readerWaitMs ?? 10_000);
  for (;;) {
    try {
      // Non-blocking: no reader is ENXIO at once rather than a thread blocked for good.
      const probe = await fs.open(path, constants.O_WRONLY | constants.O_NONBLOCK, 0o666);
      try {
        // A reader is there: open again blocking, so a full pipe waits instead of failing.
        return await fs.open(path, constants.O_WRONLY, 0o666);
      } finally {
        await fs.close(probe).catch(() => undefined);
      }
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENXIO') throw error;
      if (Date.now() >= until) throw new RefusedTarget('ENOREADER');
      await sleep(50);
    }
  }
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
