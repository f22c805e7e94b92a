import { statSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RENDER_TIMEOUT_MS } from '../../shared/report/budget';
import { REPORT_PAGE, type ReportRequest } from '../../shared/report/request';
import { launchHeadless } from './chromium-args';
import { findChromium } from './find-chromium';
import { printOnReportPage, renderCall, type PrintStages } from './report-page-run';

/*
 * The command line's printer: the built report page in a headless Chromium found on the machine,
 * driven by playwright-core. Every request the page makes is answered from the built files under
 * a made-up origin, and anything else is refused, so printing never touches the network.
 */

const ORIGIN = 'http://yardstick-report.invalid';

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

/** A path under `root` for a URL path, or null when it would leave it. */
function fileUnder(root: string, urlPath: string): string | null {
  const path = resolve(root, `.${decodeURIComponent(urlPath)}`);
  const inside = relative(root, path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? null : path;
}

export async function printReport(
  request: ReportRequest,
  options: PrintReportOptions = {},
): Promise<Uint8Array> {
  const pagesDir = options.pagesDir ?? reportPagesDir();
  if (pagesDir === null || !isFile(join(pagesDir, REPORT_PAGE)))
    throw new ReportSetupError(
      'the report page is not built: run "npm run build" (or set YARDSTICK_REPORT_PAGES to the folder holding report.html)',
    );
  const chromium = findChromium({ env: process.env, platform: process.platform, isFile });
  if (!chromium.found) throw new ReportSetupError(chromium.message);

  const { chromium: launcher } = await import('playwright-core');
  const browser = await launchHeadless((args) =>
    launcher.launch({ executablePath: chromium.path, args: [...args] }),
  );
  try {
    const page = await browser.newPage();
    // Minutes, not seconds: a comparison of thousands of applicants is recomputed in the page.
    page.setDefaultTimeout(RENDER_TIMEOUT_MS);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === ORIGIN ? fileUnder(pagesDir, url.pathname) : null;
      if (file === null || !isFile(file)) return route.abort('blockedbyclient');
      return route.fulfill({ path: file });
    });
    await page.goto(`${ORIGIN}/${REPORT_PAGE}`);
    try {
      await page.waitForFunction("'yardstickReport' in window");
    } catch {
      throw new Error(`the report page did not start (${pageErrors.join('; ') || 'no error'})`);
    }
    return await printOnReportPage(
      {
        render: (step) => page.evaluate(renderCall(step)),
        pdf: async (layout) =>
          page.pdf({
            format: 'A4',
            preferCSSPageSize: true,
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate: layout.headerTemplate,
            footerTemplate: layout.footerTemplate,
            margin: {
              top: `${layout.marginsMm.top}mm`,
              bottom: `${layout.marginsMm.bottom}mm`,
              left: `${layout.marginsMm.left}mm`,
              right: `${layout.marginsMm.right}mm`,
            },
            tagged: true,
            outline: true,
          }),
      },
      request,
      options,
    );
  } finally {
    await browser.close();
  }
}
