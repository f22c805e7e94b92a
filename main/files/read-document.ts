import { basename } from 'node:path';
import { hostIssue, type HostIssue } from '../../shared/host/issues';
import { MAX_DOCUMENT_BYTES } from '../../shared/scenario/document-text';
import type { DocumentValidator } from '../../shared/host/document-check';
import { readIssue } from './fs-issues';
import { readTextFile } from './read-text';

export type ReadDocumentResult =
  { ok: true; text: string; name: string } | { ok: false; name: string; issues: HostIssue[] };

export interface ReadDocumentOptions {
  validate: DocumentValidator;
  maxBytes?: number;
}

/**
 * Reads a scenario file without trusting it (read-text.ts) and hands the text to the validator,
 * which refuses hostile JSON; refusals are the host's translated issues.
 */
export async function readDocument(
  path: string,
  { validate, maxBytes = MAX_DOCUMENT_BYTES }: ReadDocumentOptions,
): Promise<ReadDocumentResult> {
  const name = basename(path);
  const refuse = (issue: HostIssue): ReadDocumentResult => ({ ok: false, name, issues: [issue] });

  const read = await readTextFile(path, maxBytes);
  if (!read.ok) {
    switch (read.reason) {
      case 'not_a_file':
        return refuse(hostIssue('file.notAFile', { file: name }));
      case 'too_large':
        return refuse(hostIssue('file.tooLarge', { file: name, size: read.size, limit: maxBytes }));
      case 'not_utf8':
        return refuse(hostIssue('file.notUtf8', { file: name }));
      case 'fs_error':
        return refuse(readIssue(path, read.error));
    }
  }
  const { text } = read;

  const check = validate(text, name);
  return check.ok ? { ok: true, text, name } : { ok: false, name, issues: check.issues };
}
