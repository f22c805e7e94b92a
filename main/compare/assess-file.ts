import { stat } from 'node:fs/promises';
import { invalidApplicant, type ReadApplicant } from '../../shared/compare';
import { MAX_DOCUMENT_BYTES } from '../../shared/scenario/document-text';
import { readDocument } from '../files/read-document';

/** Reads one applicant's file without trusting it (a regular file, within the size limit, UTF-8). */
export async function readApplicantFile(path: string): Promise<ReadApplicant> {
  // readDocument sets aside its whole limit for each read; a folder of small files should not
  // allocate 5 MiB apiece, so the limit is the file's own size (it still refuses larger files).
  const size = await stat(path).then(
    (info) => info.size,
    () => MAX_DOCUMENT_BYTES,
  );
  const read = await readDocument(path, {
    validate: () => ({ ok: true }),
    maxBytes: Math.min(size, MAX_DOCUMENT_BYTES),
  });
  if (read.ok) return { ok: true, text: read.text };
  const reasons = read.issues.map((found) => ({
    path: [],
    code: found.code,
    params: found.params,
    message: found.message,
  }));
  return { ok: false, outcome: invalidApplicant(path, reasons) };
}

/**
 * The texts of the applicants' files that can be read, for a report page that assesses them again
 * itself; a file that cannot be read is left out here, as the assessment already says why.
 */
export async function readableApplicantTexts(
  paths: readonly string[],
): Promise<{ name: string; text: string }[]> {
  const files: { name: string; text: string }[] = [];
  for (const path of paths) {
    const read = await readApplicantFile(path);
    if (read.ok) files.push({ name: path, text: read.text });
  }
  return files;
}
