import { hostIssue } from '../../../shared/host/issues';
import type { PrintResult } from '../../../shared/host/schemas';
import {
  REPORT_PAGE,
  ReportOutcomeSchema,
  type ReportPageApi,
  type ReportRequest,
} from '../../../shared/report/request';

/*
 * The browser build's printer: the report page in a hidden frame of this page, handed the
 * request like every other printer does, then given to the browser's print dialog (which saves
 * PDFs). The frame stays until the next print, so the dialog can take its time.
 */

const FRAME_ID = 'yardstick-report-frame';
const START_TIMEOUT_MS = 30_000;

function waitForApi(frame: HTMLIFrameElement): Promise<ReportPageApi> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const api = (frame.contentWindow as (Window & { yardstickReport?: ReportPageApi }) | null)
        ?.yardstickReport;
      if (api) resolve(api);
      else if (Date.now() - started > START_TIMEOUT_MS)
        reject(new Error('the report page did not start'));
      else setTimeout(poll, 50);
    };
    poll();
  });
}

export async function printInFrame(win: Window, request: ReportRequest): Promise<PrintResult> {
  const doc = win.document;
  doc.getElementById(FRAME_ID)?.remove();
  const frame = doc.createElement('iframe');
  frame.id = FRAME_ID;
  frame.dataset['testid'] = 'report-frame';
  frame.title = 'Report';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Laid out at A4 width off screen: a hidden (display: none) frame would not lay out its charts.
  Object.assign(frame.style, {
    position: 'fixed',
    left: '-10000px',
    top: '0',
    width: '794px',
    height: '1123px',
    border: '0',
  });
  frame.src = new URL(REPORT_PAGE, win.location.href).href;
  doc.body.append(frame);
  try {
    const api = await waitForApi(frame);
    const outcome = ReportOutcomeSchema.parse(await api.render(request));
    if (outcome.status === 'failed') {
      return {
        status: 'failed',
        issues: [hostIssue('print.failed', { reason: outcome.messages.join(' ') })],
      };
    }
    if (frame.contentDocument) frame.contentDocument.title = outcome.runningHeader;
    frame.contentWindow?.print();
    return { status: 'print-dialog' };
  } catch (error) {
    return {
      status: 'failed',
      issues: [
        hostIssue('print.failed', { reason: error instanceof Error ? error.message : 'error' }),
      ],
    };
  }
}
