import type { WorkerClient } from '../../../shared/analysis';
import {
  assessApplicants,
  collectApplicants,
  invalidApplicant,
  type ApplicantOutcome,
  type AssessRequest,
  type AssessResult,
  type CollectedApplicants,
} from '../../../shared/compare';
import { hostIssue } from '../../../shared/host/issues';
import { MAX_DOCUMENT_BYTES } from '../../../shared/scenario/document-text';
import { webWorkerClient, workerCores } from '../../services/workers/web-workers';

/*
 * Applicant files chosen in the page (a file picker, a folder picker, the bundled examples) →
 * the comparison's applicants. The files are read here; the shared loader (shared/compare/load.ts)
 * has them validated and evaluated in the page's workers, or here for a few files.
 */

export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

export type Progress = (done: number, total: number) => void;

/** Up to this many files are assessed in the page: not worth a message to a worker. */
const IN_PAGE_FILES = 8;

/** The workers stay for the session, so that from the second load on their JIT is warm. */
let workers: WorkerClient<AssessRequest, AssessResult> | null = null;

/** Reads picked files as UTF-8 text, refusing oversized and non-UTF-8 ones (they become reasons). */
export async function readPickedFiles(
  picked: readonly File[],
): Promise<{ readonly files: SourceFile[]; readonly refused: ApplicantOutcome[] }> {
  const files: SourceFile[] = [];
  const refused: ApplicantOutcome[] = [];
  for (const file of picked) {
    const name = file.webkitRelativePath || file.name;
    const refuse = (issue: ReturnType<typeof hostIssue>) =>
      refused.push(
        invalidApplicant(name, [
          { path: [], code: issue.code, params: issue.params, message: issue.message },
        ]),
      );
    if (file.size > MAX_DOCUMENT_BYTES) {
      refuse(
        hostIssue('file.tooLarge', { file: name, size: file.size, limit: MAX_DOCUMENT_BYTES }),
      );
      continue;
    }
    try {
      files.push({
        name,
        text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()),
      });
    } catch {
      refuse(hostIssue('file.notUtf8', { file: name }));
    }
  }
  return { files, refused };
}

/** Validates and evaluates the files, off the page's thread when it can; never throws. */
export async function assessFiles(
  files: readonly SourceFile[],
  refused: readonly ApplicantOutcome[],
  progress: Progress,
): Promise<CollectedApplicants> {
  workers ??= webWorkerClient({ size: workerCores(), perWorker: 2 });
  const outcomes = await assessApplicants(workers, files, {
    inWorkers: files.length > IN_PAGE_FILES,
    onProgress: ({ done, total }) => progress(done, total),
  });
  return collectApplicants([...refused, ...outcomes]);
}
