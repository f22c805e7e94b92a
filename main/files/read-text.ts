import { promises as fsp } from 'node:fs';

/*
 * The one way Yardstick reads a file someone handed it (the app's Open, the command line, the
 * applicants folder): refuse folders, devices and oversized files before reading, never read more
 * than the limit even if the file grows meanwhile, and refuse bytes that are not UTF-8 rather than
 * silently "repairing" them. The callers word the refusals for their readers.
 */

export type TextFileRefusal =
  | { readonly reason: 'not_a_file' }
  | { readonly reason: 'too_large'; readonly size: number }
  | { readonly reason: 'not_utf8' }
  | { readonly reason: 'fs_error'; readonly error: unknown };

export type TextFileResult =
  { readonly ok: true; readonly text: string } | ({ readonly ok: false } & TextFileRefusal);

export async function readTextFile(path: string, maxBytes: number): Promise<TextFileResult> {
  let bytes: Uint8Array;
  try {
    // stat before open: opening a FIFO or a device could block or never end.
    const info = await fsp.stat(path);
    if (!info.isFile()) return { ok: false, reason: 'not_a_file' };
    if (info.size > maxBytes) return { ok: false, reason: 'too_large', size: info.size };
    bytes = await readAtMost(path, maxBytes + 1);
    if (bytes.byteLength > maxBytes)
      return { ok: false, reason: 'too_large', size: bytes.byteLength };
  } catch (error) {
    return { ok: false, reason: 'fs_error', error };
  }
  try {
    // The BOM some editors write is dropped; the loader drops any further ones.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not_utf8' };
  }
}

async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const handle = await fsp.open(path, 'r');
  try {
    // Size the buffer by the file, not the limit: a folder of applicants is hundreds of small reads.
    const { size } = await handle.stat();
    const buffer = new Uint8Array(Math.min(limit, size + 1));
    let length = 0;
    while (length < buffer.byteLength) {
      const { bytesRead } = await handle.read(buffer, length, buffer.byteLength - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
