import {
  assessApplicantText,
  collectApplicants,
  invalidApplicant,
  type ApplicantOutcome,
  type CollectedApplicants,
} from '../../shared/compare';
import { hostIssue } from '../../shared/host/issues';
import { MAX_DOCUMENT_BYTES } from '../../shared/host/limits';

/*
 * Applicant files chosen in the page (a file picker, a folder picker, the bundled examples) →
 * the comparison's applicants. The files are read here; each is validated and evaluated in a web
 * worker when the page can start one, else here, a few at a time between frames.
 */

export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

export type ToWorkerMessage = { readonly batch: number; readonly files: readonly SourceFile[] };
export type ToPageMessage = { readonly batch: number; readonly outcome: ApplicantOutcome };

export type Progress = (done: number, total: number) => void;

const IN_PAGE_SLICE = 8;

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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

function inPage(files: readonly SourceFile[], progress: Progress): Promise<ApplicantOutcome[]> {
  return (async () => {
    const outcomes: ApplicantOutcome[] = [];
    for (const file of files) {
      outcomes.push(assessApplicantText(file.name, file.text));
      progress(outcomes.length, files.length);
      if (outcomes.length % IN_PAGE_SLICE === 0) await nextFrame();
    }
    return outcomes;
  })();
}

let batches = 0;

function inWorker(
  files: readonly SourceFile[],
  progress: Progress,
): Promise<ApplicantOutcome[]> | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./assess.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const batch = (batches += 1);
  return new Promise((resolve) => {
    const outcomes: ApplicantOutcome[] = [];
    worker.onmessage = (event: MessageEvent<ToPageMessage>) => {
      if (event.data.batch !== batch) return;
      outcomes.push(event.data.outcome);
      progress(outcomes.length, files.length);
      if (outcomes.length === files.length) {
        worker.terminate();
        resolve(outcomes);
      }
    };
    // A worker that cannot start or fails: the files it had not done are done here.
    worker.onerror = () => {
      worker.terminate();
      void inPage(files.slice(outcomes.length), (done) =>
        progress(outcomes.length + done, files.length),
      ).then((rest) => resolve([...outcomes, ...rest]));
    };
    const message: ToWorkerMessage = { batch, files };
    worker.postMessage(message);
  });
}

/** Validates and evaluates the files, off the page's thread when it can; never throws. */
export async function assessFiles(
  files: readonly SourceFile[],
  refused: readonly ApplicantOutcome[],
  progress: Progress,
): Promise<CollectedApplicants> {
  const canStartWorker = typeof Worker !== 'undefined' && files.length > IN_PAGE_SLICE;
  const outcomes = (canStartWorker ? inWorker(files, progress) : null) ?? inPage(files, progress);
  return collectApplicants([...refused, ...(await outcomes)]);
}
