import { assessApplicantText, invalidApplicant, type ApplicantOutcome } from '../../shared/compare';
import { readDocument } from '../files/read-document';

/** Reads one applicant's file without trusting it (size, UTF-8) and assesses it; never throws. */
export async function assessApplicantFile(path: string): Promise<ApplicantOutcome> {
  const read = await readDocument(path, { validate: () => ({ ok: true }) });
  if (!read.ok) {
    return invalidApplicant(
      path,
      read.issues.map((found) => ({ path: [], code: found.code, params: found.params, message: found.message })),
    );
  }
  return assessApplicantText(path, read.text);
}
