import { footerTemplate, headerTemplate, PAGE_MARGINS_MM } from '../../shared/report/print-layout';
import { ReportOutcomeSchema, type ReportRequest } from '../../shared/report/request';

/*
 * The one way a report becomes a PDF, whichever Chromium prints it: hand the request to the
 * report page, wait for its answer, then print with the running header and page numbers.
 */

/** What a printer needs of a loaded report page. */
export interface ReportPageDriver {
  /** `window.yardstickReport.render(request)` in the page, and its answer. */
  render(request: ReportRequest): Promise<unknown>;
  pdf(layout: PdfLayout): Promise<Uint8Array>;
}

export interface PdfLayout {
  readonly headerTemplate: string;
  readonly footerTemplate: string;
  readonly marginsMm: typeof PAGE_MARGINS_MM;
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
): Promise<Uint8Array> {
  let rendered: unknown;
  try {
    rendered = await driver.render(request);
  } catch (error) {
    // The browser's message carries the page's stack; a person needs its first line only.
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new Error(`the report page failed (${first ?? 'no message'})`, { cause: error });
  }
  const answer = ReportOutcomeSchema.safeParse(rendered);
  if (!answer.success) throw new Error('the report page gave no answer it could be printed from');
  const outcome = answer.data;
  if (outcome.status === 'failed') throw new ReportRefusedError(outcome.messages);
  return driver.pdf({
    headerTemplate: headerTemplate(outcome.runningHeader),
    footerTemplate: footerTemplate(request.language),
    marginsMm: PAGE_MARGINS_MM,
  });
}

/** The script printers run in the page; the request goes in as JSON, never as code. */
export function renderCall(request: ReportRequest): string {
  return `window.yardstickReport.render(${JSON.stringify(request)})`;
}
