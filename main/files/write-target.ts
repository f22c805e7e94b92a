import type { Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AtomicFs } from './atomic-write';

/*
 * What a path given for writing (`report -o PATH`, a save or export dialog's answer) really is,
 * and so how it may be written:
 *
 * - nothing, or a regular file: a temporary file renamed over it (atomic-write.ts);
 * - a FIFO: written into, once a program reads from it — `-o pipe` for `pdftotext pipe -`;
 * - a character device: written into when it is a terminal or the null device (`-o /dev/null`
 *   discards the PDF, as it should; it must never replace /dev/null with a file, which running as
 *   root would do). Any other device (/dev/mem, /dev/kmsg…) is refused: no one means to write a
 *   report there;
 * - a regular file reached through an open descriptor (`-o /dev/stdout > out.pdf`): written into,
 *   since renaming over it would leave the shell writing to a file that is no longer there;
 * - a block device, a socket or a folder: refused.
 *
 * And a symbolic link at the path is not followed when its folder is one everyone may write to
 * (/tmp) and someone else owns the link: another user could point it at a file of ours. This is
 * the rule Linux itself applies with fs.protected_symlinks; the link's owner or the folder's owner
 * may still use their own links there.
 */

export type WriteTarget =
  /** Replace atomically at `path` (the real path, links resolved); `mode` of the file replaced. */
  | { readonly kind: 'file'; readonly path: string; readonly mode: number | null }
  | { readonly kind: 'fifo'; readonly path: string; readonly identity: Identity }
  | {
      readonly kind: 'device';
      readonly path: string;
      readonly identity: Identity;
      readonly isNull: boolean;
    }
  /** A regular file behind an open descriptor of this or another process (/proc/…/fd/N). */
  | { readonly kind: 'open-file'; readonly path: string; readonly identity: Identity };

/** Which file a path led to when it was looked at, to check the one opened is the same. */
export interface Identity {
  readonly dev: number;
  readonly ino: number;
}

/** Codes of the targets refused; each has a message in fs-issues.ts. */
export type RefusedTargetCode = 'EUNSAFELINK' | 'EDEVICE' | 'EISDIR' | 'ENOREADER' | 'ECHANGED';

export class RefusedTarget extends Error {
  constructor(readonly code: RefusedTargetCode) {
    super(code);
    this.name = 'RefusedTarget';
  }
}

const identityOf = (info: Stats): Identity => ({ dev: info.dev, ino: info.ino });

export const sameFile = (a: Identity, b: Identity): boolean => a.dev === b.dev && a.ino === b.ino;

/** World-writable: the sticky /tmp, a shared drop folder. */
const othersMayWrite = (folder: Stats): boolean => (folder.mode & 0o002) !== 0;

function ownLink(link: Stats, folder: Stats): boolean {
  const uid = process.getuid?.();
  return link.uid === folder.uid || (uid !== undefined && link.uid === uid);
}

/** Whether following `path` passes through a process's descriptors (/dev/stdout → /proc/self/fd/1). */
async function throughDescriptor(fs: AtomicFs, path: string): Promise<boolean> {
  let current = path;
  for (let hop = 0; hop < 40; hop += 1) {
    const folder = await fs.realpath(dirname(current));
    if (folder === '/proc' || folder.startsWith('/proc/') || folder.startsWith('/dev/fd'))
      return true;
    const info = await fs.lstat(current);
    if (info === null || !info.isSymbolicLink()) return false;
    current = resolve(folder, await fs.readlink(current));
  }
  return false;
}

export async function writeTargetOf(fs: AtomicFs, path: string): Promise<WriteTarget> {
  // Windows has no FIFOs, device nodes or world-writable folders in this sense.
  if (process.platform === 'win32')
    return { kind: 'file', path: await fs.realpath(path), mode: await fs.modeOf(path) };
  const link = await fs.lstat(path);
  if (link?.isSymbolicLink()) {
    const folder = await fs.stat(dirname(path));
    if (folder !== null && othersMayWrite(folder) && !ownLink(link, folder))
      throw new RefusedTarget('EUNSAFELINK');
  }
  const info = link?.isSymbolicLink() ? await fs.stat(path) : link;
  // A link to nothing: the new file is made where it points, as a shell's `>` would.
  if (info === null && link?.isSymbolicLink())
    return { kind: 'file', path: resolve(dirname(path), await fs.readlink(path)), mode: null };
  // Nothing there: a new file, made where the path leads.
  if (info === null) return { kind: 'file', path: await fs.realpath(path), mode: null };
  if (info.isFile()) {
    if (await throughDescriptor(fs, path))
      return { kind: 'open-file', path, identity: identityOf(info) };
    return { kind: 'file', path: await fs.realpath(path), mode: info.mode & 0o777 };
  }
  if (info.isFIFO()) return { kind: 'fifo', path, identity: identityOf(info) };
  if (info.isCharacterDevice()) {
    const nullDevice = await fs.stat('/dev/null');
    return {
      kind: 'device',
      path,
      identity: identityOf(info),
      isNull:
        nullDevice !== null && nullDevice.isCharacterDevice() && nullDevice.rdev === info.rdev,
    };
  }
  throw new RefusedTarget(info.isDirectory() ? 'EISDIR' : 'EDEVICE');
}
