import { readFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { REPORT_PAGE } from '../../shared/report/request';
import { contentTypeOf } from '../security/app-protocol';
import type { CdpPipe } from './cdp-pipe';
import { renderCall, type PdfLayout, type ReportPageDriver } from './report-page-run';

/*
 * The report page in a tab of a Chromium driven over its DevTools pipe. Every request the page
 * (or a worker it starts) makes is paused and answered from the built files under a made-up
 * origin; anything else is refused, so printing never touches the network.
 */

export const REPORT_ORIGIN = 'http://yardstick-report.invalid';

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;

/** The built file a request of the page is answered with, or null when it is refused. */
export function builtFileFor(pagesDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== REPORT_ORIGIN) return null;
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const path = resolve(pagesDir, `.${urlPath}`);
  const inside = relative(pagesDir, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return isFile(path) ? path : null;
}

interface PausedRequest {
  readonly requestId: string;
  readonly request: { readonly url: string };
}

/** Answers a paused request of session `sessionId` from `pagesDir`, or refuses it. */
async function answer(
  pipe: CdpPipe,
  sessionId: string,
  pagesDir: string,
  { requestId, request }: PausedRequest,
  refused: (url: string) => void,
): Promise<void> {
  const file = builtFileFor(pagesDir, request.url);
  if (file === null) {
    refused(request.url);
    await pipe.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }, sessionId);
    return;
  }
  const body = await readFile(file);
  await pipe.send(
    'Fetch.fulfillRequest',
    {
      requestId,
      responseCode: 200,
      responseHeaders: [{ name: 'Content-Type', value: contentTypeOf(file) }],
      body: body.toString('base64'),
    },
    sessionId,
  );
}

/**
 * Routes every request of the page through `answer`. A dedicated worker's requests (its script
 * and what it fetches) are paused on the page's session too: Chromium has no Fetch domain on a
 * worker's own session.
 */
export async function routeRequests(
  pipe: CdpPipe,
  sessionId: string,
  pagesDir: string,
  refused: (url: string) => void,
): Promise<void> {
  pipe.on(
    'Fetch.requestPaused',
    (params) => {
      // A request still paused when the page closes has nobody left to answer.
      answer(pipe, sessionId, pagesDir, params as unknown as PausedRequest, refused).catch(
        () => undefined,
      );
    },
    sessionId,
  );
  await pipe.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, sessionId);
}

interface EvaluateResult {
  readonly result: { readonly value?: unknown };
  readonly exceptionDetails?: {
    readonly text: string;
    readonly exception?: { readonly description?: string };
  };
}

interface IoRead {
  readonly data: string;
  readonly base64Encoded?: boolean;
  readonly eof: boolean;
}

/** Inches, as the DevTools protocol measures paper. */
const inches = (mm: number) => mm / 25.4;

/** A4 in inches, as Chromium's own print dialog and Playwright name it. */
const A4 = { width: 8.27, height: 11.7 };

/** Gives `work`, or rejects with `message` once `ms` have passed. */
async function within<T>(work: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

export interface CdpReportPageOptions {
  readonly pagesDir: string;
  /** How long the page gets to load. */
  readonly loadTimeoutMs: number;
  /** Told of each request refused (a test's window on the no-network rule). */
  readonly onRefused?: (url: string) => void;
}

/** Opens the report page in a new tab of the browser on `pipe`, ready for `printOnReportPage`. */
export async function openCdpReportPage(
  pipe: CdpPipe,
  { pagesDir, loadTimeoutMs, onRefused = () => undefined }: CdpReportPageOptions,
): Promise<ReportPageDriver> {
  const { targetId } = await pipe.send<{ targetId: string }>('Target.createTarget', {
    url: 'about:blank',
  });
  const { sessionId } = await pipe.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId,
    flatten: true,
  });
  const send = <T>(method: string, params: Record<string, unknown> = {}) =>
    pipe.send<T>(method, params, sessionId);

  const pageErrors: string[] = [];
  pipe.on(
    'Runtime.exceptionThrown',
    (params) => {
      const details = params['exceptionDetails'] as EvaluateResult['exceptionDetails'];
      pageErrors.push(firstLine(details));
    },
    sessionId,
  );
  const loaded = new Promise<void>((resolve) =>
    pipe.on('Page.loadEventFired', () => resolve(), sessionId),
  );

  await Promise.all([
    routeRequests(pipe, sessionId, pagesDir, onRefused),
    send('Runtime.enable'),
    send('Page.enable'),
    // The page is laid out in the window size Playwright gives a page, as the app's print was.
    send('Emulation.setDeviceMetricsOverride', {
      width: 1280,
      height: 720,
      deviceScaleFactor: 1,
      mobile: false,
    }),
  ]);
  const navigated = await send<{ errorText?: string }>('Page.navigate', {
    url: `${REPORT_ORIGIN}/${REPORT_PAGE}`,
  });
  if (navigated.errorText !== undefined)
    throw new Error(`the report page did not load (${navigated.errorText})`);
  await within(
    loaded,
    loadTimeoutMs,
    () => `the report page did not load within ${Math.round(loadTimeoutMs / 1000)} seconds`,
  );
  const started = await send<EvaluateResult>('Runtime.evaluate', {
    expression: "'yardstickReport' in window",
    returnByValue: true,
  });
  if (started.result.value !== true)
    throw new Error(`the report page did not start (${pageErrors.join('; ') || 'no error'})`);

  return {
    async render(step) {
      const evaluated = await send<EvaluateResult>('Runtime.evaluate', {
        expression: renderCall(step),
        awaitPromise: true,
        returnByValue: true,
      });
      if (evaluated.exceptionDetails !== undefined)
        throw new Error(firstLine(evaluated.exceptionDetails));
      return evaluated.result.value;
    },
    pdf: (layout) => printToPdf(send, layout),
  };
}

function firstLine(details: EvaluateResult['exceptionDetails']): string {
  const text = details?.exception?.description ?? details?.text ?? 'no message';
  return text.split('\n')[0] ?? text;
}

async function printToPdf(
  send: <T>(method: string, params?: Record<string, unknown>) => Promise<T>,
  layout: PdfLayout,
): Promise<Uint8Array> {
  const { stream } = await send<{ stream: string }>('Page.printToPDF', {
    paperWidth: A4.width,
    paperHeight: A4.height,
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: layout.headerTemplate,
    footerTemplate: layout.footerTemplate,
    marginTop: inches(layout.marginsMm.top),
    marginBottom: inches(layout.marginsMm.bottom),
    marginLeft: inches(layout.marginsMm.left),
    marginRight: inches(layout.marginsMm.right),
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    // A report of hundreds of pages is read in parts rather than as one huge message.
    transferMode: 'ReturnAsStream',
  });
  const parts: Buffer[] = [];
  for (;;) {
    const read = await send<IoRead>('IO.read', { handle: stream, size: 4 * 1024 * 1024 });
    parts.push(Buffer.from(read.data, read.base64Encoded === true ? 'base64' : 'utf8'));
    if (read.eof) break;
  }
  await send('IO.close', { handle: stream });
  return new Uint8Array(Buffer.concat(parts));
}
