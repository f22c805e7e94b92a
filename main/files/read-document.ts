import { promises as fsp } from 'node:fs';
import { basename } from 'node:path';
import { hostIssue, type HostIssue } from '../../shared/host/issues';
import { MAX_DOCUMENT_BYTES } from '../../shared/host/limits';
import type { DocumentValidator } from '../../shared/host/document-check';
import { readIssue } from './fs-issues';

export type ReadDocumentResult =
  { ok: true; text: string; name: string } | { ok: false; name: string; issues: HostIssue[] };

export interface ReadDocumentOptions {
  validate: DocumentValidator;
  maxBytes?: number;
}

/**
 * Reads a scenario file without trusting it: refuses folders, devices and oversized files before
 * reading them, never reads more than the limit even if the file grows meanwhile, refuses bytes
 * that are not UTF-8, and hands the text to the validator, which refuses hostile JSON.
 */
export async function readDocument(
  path: string,
  { validate, maxBytes = MAX_DOCUMENT_BYTES }: ReadDocumentOptions,
): Promise<ReadDocumentResult> {
  const name = basename(path);
  const refuse = (issue: HostIssue): ReadDocumentResult => ({ ok: false, name, issues: [issue] });

  let bytes: Uint8Array;
  try {
    // stat before open: opening a FIFO or a device could block or never end.
    const info = await fsp.stat(path);
    if (!info.isFile()) return refuse(hostIssue('file.notAFile', { file: name }));
    if (info.size > maxBytes) {
      return refuse(hostIssue('file.tooLarge', { file: name, size: info.size, limit: maxBytes }));
    }
    const read = await readAtMost(path, maxBytes + 1);
    if (read.byteLength > maxBytes) {
      return refuse(
        hostIssue('file.tooLarge', { file: name, size: read.byteLength, limit: maxBytes }),
      );
    }
    bytes = read;
  } catch (error) {
    return refuse(readIssue(path, error));
  }

  let text: string;
  try {
    // fatal: a file with invalid bytes is refused, not silently "repaired"; the BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(hostIssue('file.notUtf8', { file: name }));
  }

  const check = validate(text, name);
  return check.ok ? { ok: true, text, name } : { ok: false, name, issues: check.issues };
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
