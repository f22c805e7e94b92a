import {
  AnalysisCancelled,
  checkpoint,
  type RunControl,
  type WorkerClient,
  type WorkerRunner,
} from '../analysis';
import { issue } from '../scenario/issues';
import type { ApplicantOutcome } from './applicant';
import { assessApplicantText, invalidApplicant } from './assess';

/*
 * The one way applicants' files are loaded, in the page (files picked or dropped, read as text)
 * and on the command line (paths, read by the worker that assesses them): the files go to the
 * workers of a client (shared/analysis/worker-client.ts) a few at a time, each worker reports
 * every file it finishes, and a file no worker could finish is assessed in this thread.
 */

/** One applicant's file: its name and its text, or its name alone for a worker that reads it. */
export interface ApplicantSource {
  readonly name: string;
  readonly text?: string;
}

export interface AssessRequest {
  readonly kind: 'assess-applicants';
  readonly sources: readonly ApplicantSource[];
}

export interface AssessResult {
  readonly kind: 'assess-applicants';
  readonly result: readonly ApplicantOutcome[];
}

/** A file read for assessing: its text, or the outcome that says why it cannot be read. */
export type ReadApplicant =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly outcome: ApplicantOutcome };

/** Reads the file of a source that came without its text; only where files can be read. */
export type ApplicantReader = (name: string) => Promise<ReadApplicant>;

const notRead = (name: string): ApplicantOutcome =>
  invalidApplicant(name, [issue([], 'compare_not_assessed', 'was not assessed')]);

/** What a worker runs: each source read if need be, assessed, and counted as it is done. */
export function applicantRunner(
  read: ApplicantReader | null,
): WorkerRunner<AssessRequest, AssessResult> {
  return {
    kinds: new Set(['assess-applicants']),
    run: async (request, control) => ({
      kind: 'assess-applicants',
      result: await assessSources(request.sources, read, control),
    }),
  };
}

async function assessSources(
  sources: readonly ApplicantSource[],
  read: ApplicantReader | null,
  control: RunControl,
): Promise<ApplicantOutcome[]> {
  // The reads go ahead together, so the CPU does not wait for the disk between files.
  const texts = sources.map((source): Promise<ReadApplicant> =>
    source.text !== undefined
      ? Promise.resolve({ ok: true, text: source.text })
      : read === null
        ? Promise.resolve({ ok: false, outcome: notRead(source.name) })
        : read(source.name),
  );
  const outcomes: ApplicantOutcome[] = [];
  for (const [index, source] of sources.entries()) {
    const text = await (texts[index] as Promise<ReadApplicant>);
    outcomes.push(text.ok ? assessApplicantText(source.name, text.text) : text.outcome);
    await checkpoint(control, outcomes.length, sources.length);
  }
  return outcomes;
}

export interface LoadProgress {
  readonly done: number;
  readonly total: number;
  /** Files assessed by workers so far (the rest were done in this thread). */
  readonly inWorkers: number;
}

export interface AssessOptions {
  /** Through the client's workers; false: in this thread (a few files are not worth a message). */
  readonly inWorkers: boolean;
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Files per request to a worker. */
  readonly chunk?: number;
}

const DEFAULT_CHUNK = 8;

/** The outcome of each source, in their order; never throws but for a cancel. */
export async function assessApplicants(
  client: WorkerClient<AssessRequest, AssessResult>,
  sources: readonly ApplicantSource[],
  options: AssessOptions,
): Promise<ApplicantOutcome[]> {
  const total = sources.length;
  let done = 0;
  let inWorkers = 0;
  const report = (count: number, byWorker: boolean) => {
    done += count;
    if (byWorker) inWorkers += count;
    if (count > 0) options.onProgress?.({ done, total, inWorkers });
  };
  /**
   * A chunk through the workers (or here), counting each file once: a chunk a worker could not
   * finish (it died with it, or none could start) is done again here.
   */
  const assessChunk = async (part: readonly ApplicantSource[], viaWorkers: boolean) => {
    let counted = 0;
    let byWorker = viaWorkers;
    const progress = (finished: number) => {
      if (finished <= counted) return;
      report(finished - counted, byWorker);
      counted = finished;
    };
    const request: AssessRequest = { kind: 'assess-applicants', sources: part };
    const attempt = async (here: boolean) => {
      byWorker = !here;
      const running = here ? client.runHere(request, progress) : client.run(request, progress);
      const answer = await running.result;
      progress(part.length);
      return answer.result;
    };
    if (!viaWorkers) return attempt(true);
    try {
      return await attempt(false);
    } catch (error) {
      if (error instanceof AnalysisCancelled) throw error;
      return attempt(true);
    }
  };

  if (!options.inWorkers) return [...(await assessChunk(sources, false))];
  const size = options.chunk ?? DEFAULT_CHUNK;
  const chunks: ApplicantSource[][] = [];
  for (let from = 0; from < total; from += size) chunks.push(sources.slice(from, from + size));
  const parts = await Promise.all(chunks.map((part) => assessChunk(part, true)));
  const outcomes = parts.flat();
  return sources.map((source, index) => outcomes[index] ?? notRead(source.name));
}
