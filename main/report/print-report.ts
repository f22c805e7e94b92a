import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RENDER_TIMEOUT_MS } from '../../shared/report/budget';
import { REPORT_PAGE, type ReportRequest } from '../../shared/report/request';
import { launchHeadless } from './chromium-args';
import { openCdpReportPage } from './cdp-report-page';
import { findChromium } from './find-chromium';
import { startPipedChromium, type PipedChromium } from './pipe-chromium';
import { printOnReportPage, type PrintStages } from './report-page-run';

/*
 * The command line's printer: the built report page in a headless Chromium found on the machine,
 * driven over its DevTools pipe (cdp-report-page.ts answers every request from the built files).
 */

/** Printing cannot start here (no Chromium, pages not built); the message says what to do. */
export class ReportSetupError extends Error {
  override name = 'ReportSetupError';
}

export interface PrintReportOptions extends PrintStages {
  /** The built renderer that holds report.html (default: found beside the command line). */
  readonly pagesDir?: string;
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;

/**
 * The built pages: YARDSTICK_REPORT_PAGES, else out/web next to the built command line
 * (out/cli/yardstick.js) or to this source file when run from a checkout.
 */
export function reportPagesDir(env = process.env): string | null {
  const named = env['YARDSTICK_REPORT_PAGES'];
  if (named !== undefined && named !== '') return named;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'web'), join(here, '..', '..', 'out', 'web')];
  return candidates.find((dir) => isFile(join(dir, REPORT_PAGE))) ?? null;
}

/** A report page loading in its own Chromium, to print one report on. */
export interface ReportPrinter {
  print(request: ReportRequest, stages?: PrintStages): Promise<Uint8Array>;
  /** Quits the Chromium, whether or not it printed or even started; never throws. */
  close(): Promise<void>;
}

/**
 * Starts Chromium and loads the report page at once, without waiting: a caller starts it first
 * and reads its input meanwhile. Problems starting are told by `print`.
 */
export function startReportPrinter(options: { readonly pagesDir?: string } = {}): ReportPrinter {
  const pagesDir = options.pagesDir ?? reportPagesDir();
  const launched = (async (): Promise<PipedChromium> => {
    if (pagesDir === null || !isFile(join(pagesDir, REPORT_PAGE)))
      throw new ReportSetupError(
        'the report page is not built: run "npm run build" (or set YARDSTICK_REPORT_PAGES to the folder holding report.html)',
      );
    const chromium = findChromium({ env: process.env, platform: process.platform, isFile });
    if (!chromium.found) throw new ReportSetupError(chromium.message);
    return launchHeadless((args) => startPipedChromium(chromium.path, args));
  })();
  const opened = launched.then(({ pipe }) =>
    // Minutes, not seconds: a comparison of thousands of applicants is recomputed in the page.
    openCdpReportPage(pipe, { pagesDir: pagesDir as string, loadTimeoutMs: RENDER_TIMEOUT_MS }),
  );
  // Told by `print`; a printer closed unused has nobody to tell.
  opened.catch(() => undefined);
  return {
    print: async (request, stages) => printOnReportPage(await opened, request, stages),
    // Closing the browser also ends a page still loading.
    close: () =>
      launched.then(
        (browser) => browser.close(),
        () => undefined,
      ),
  };
}

export async function printReport(
  request: ReportRequest,
  options: PrintReportOptions = {},
): Promise<Uint8Array> {
  const printer = startReportPrinter(options);
  try {
    return await printer.print(request, options);
  } finally {
    await printer.close();
  }
}
