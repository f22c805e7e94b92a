import { footerTemplate, headerTemplate, PAGE_MARGINS_MM } from '../../shared/report/print-layout';
import { RENDER_TIMEOUT_MS } from '../../shared/report/budget';
import { ReportOutcomeSchema, type ReportRequest } from '../../shared/report/request';

/*
 * The one way a report becomes a PDF, whichever Chromium prints it: hand the request to the
 * report page, wait for its answer, then print with the running header and page numbers.
 */

/** What a printer needs of a loaded report page. */
export interface ReportPageDriver {
  /** Runs `renderCall(step)` in the page and gives its answer. */
  render(step: RenderStep): Promise<unknown>;
  pdf(layout: PdfLayout): Promise<Uint8Array>;
}

/**
 * The request reaches the page in steps, each a script of JSON data: the request without its
 * applicants' files, the files a few megabytes at a time, then the call of
 * `window.yardstickReport.render` with what arrived. One script holding a whole bureau's call
 * (110 files of 5 MB) would be longer than the longest string a JavaScript engine holds.
 */
export type RenderStep =
  | { readonly stage: 'request'; readonly request: ReportRequest }
  | { readonly stage: 'files'; readonly files: readonly { name: string; text: string }[] }
  | { readonly stage: 'render' };

/** Characters of file text per step: a few megabytes, one file whatever its size. */
const STEP_CHARS = 8_000_000;

export function renderSteps(request: ReportRequest): RenderStep[] {
  // Reports of many files (a comparison, a programme's monitoring) send them a few at a time.
  if (request.kind === 'investment') return [{ stage: 'request', request }, { stage: 'render' }];
  const steps: RenderStep[] = [{ stage: 'request', request: { ...request, files: [] } }];
  let batch: { name: string; text: string }[] = [];
  let size = 0;
  for (const file of request.files) {
    if (batch.length > 0 && size + file.text.length > STEP_CHARS) {
      steps.push({ stage: 'files', files: batch });
      batch = [];
      size = 0;
    }
    batch.push(file);
    size += file.text.length + file.name.length;
  }
  if (batch.length > 0) steps.push({ stage: 'files', files: batch });
  steps.push({ stage: 'render' });
  return steps;
}

export interface PdfLayout {
  readonly headerTemplate: string;
  readonly footerTemplate: string;
  readonly marginsMm: typeof PAGE_MARGINS_MM;
}

/** The page did not answer within the time a printer gives it: the case is too large to print. */
export class ReportTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(
      `the report page did not finish laying out the report within ${seconds} seconds; the case is too large to print as a report`,
    );
    this.name = 'ReportTimeoutError';
  }
}

export interface PrintStages {
  /** How long to wait for the page's answer (default RENDER_TIMEOUT_MS). */
  readonly timeoutMs?: number;
  /** Told as the printing goes on, for a person watching a long report. */
  readonly onStage?: (stage: 'laying out' | 'printing') => void;
}

/** The page's answer to the steps, or a ReportTimeoutError once `ms` have passed. */
async function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReportTimeoutError(Math.round(ms / 1000))), ms);
  });
  // The page is closed by the printer after a timeout; what it still answers is not awaited.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The page refused the request: its messages are translated and name the field. */
export class ReportRefusedError extends Error {
  constructor(readonly messages: readonly string[]) {
    super(messages.join('\n'));
    this.name = 'ReportRefusedError';
  }
}

export async function printOnReportPage(
  driver: ReportPageDriver,
  request: ReportRequest,
  stages: PrintStages = {},
): Promise<Uint8Array> {
  let rendered: unknown;
  stages.onStage?.('laying out');
  try {
    rendered = await withinTime(
      (async () => {
        let answer: unknown;
        for (const step of renderSteps(request)) answer = await driver.render(step);
        return answer;
      })(),
      stages.timeoutMs ?? RENDER_TIMEOUT_MS,
    );
  } catch (error) {
    if (error instanceof ReportTimeoutError) throw error;
    // The browser's message carries the page's stack; a person needs its first line only.
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new Error(`the report page failed (${first ?? 'no message'})`, { cause: error });
  }
  const answer = ReportOutcomeSchema.safeParse(rendered);
  if (!answer.success) throw new Error('the report page gave no answer it could be printed from');
  const outcome = answer.data;
  if (outcome.status === 'failed') throw new ReportRefusedError(outcome.messages);
  stages.onStage?.('printing');
  return driver.pdf({
    headerTemplate: headerTemplate(outcome.runningHeader),
    footerTemplate: footerTemplate(request.language),
    marginsMm: PAGE_MARGINS_MM,
  });
}

/** The script of one step; the request goes in as JSON, never as code. */
export function renderCall(step: RenderStep): string {
  switch (step.stage) {
    case 'request':
      return `(window.__yardstickRequest = ${JSON.stringify(step.request)}, 0)`;
    case 'files':
      return `(${JSON.stringify(step.files)}.forEach((file) => window.__yardstickRequest.files.push(file)), 0)`;
    case 'render':
      return '(() => { const request = window.__yardstickRequest; delete window.__yardstickRequest; return window.yardstickReport.render(request); })()';
  }
}
