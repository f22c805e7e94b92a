import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';

/**
 * What a file was when the app last read or wrote it, to notice another program's change before
 * a save overwrites it. Size and modification time decide cheaply; when they differ the content
 * hash decides, so a file that was only touched (a sync tool, a backup) is not a conflict.
 */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

const hashOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The file's stamp now, or null when there is no file to stamp (deleted, or never written). */
export async function stampOf(path: string): Promise<FileStamp | null> {
  try {
    const [info, bytes] = await Promise.all([fsp.stat(path), fsp.readFile(path)]);
    return { size: bytes.byteLength, mtimeMs: info.mtimeMs, sha256: hashOf(bytes) };
  } catch {
    return null;
  }
}

/** Whether the file still holds what `known` recorded; a missing file has not "changed". */
export async function changedSince(path: string, known: FileStamp): Promise<boolean> {
  let info;
  try {
    info = await fsp.stat(path);
  } catch {
    return false;
  }
  if (info.size === known.size && info.mtimeMs === known.mtimeMs) return false;
  const now = await stampOf(path);
  return now !== null && now.sha256 !== known.sha256;
}
