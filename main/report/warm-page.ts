import type { ReportRequest } from '../../shared/report/request';
import { printOnReportPage, type PrintStages, type ReportPageDriver } from './report-page-run';

/*
 * The app prints a report on a report page opened beforehand: starting a hidden window and
 * loading the page (its scripts, fonts and styles) is most of the time of a short report, so one
 * page is kept loaded while nobody prints. Each page prints one report and is then closed (what a
 * report leaves in its page never reaches the next), and the next one is loaded at once, in the
 * background. Prints at the same time each get a page: the warm one, then pages opened for them.
 * A page is kept only while the app has a window to print for (a hidden window would keep the
 * app running after its last window closed).
 */

/** A loaded report page, ready for `printOnReportPage`. */
export interface OpenReportPage {
  readonly driver: ReportPageDriver;
  close(): void;
}

export class WarmReportPage {
  /** The page kept loaded for the next print; null while none is (being) opened. */
  private warm: Promise<OpenReportPage> | null = null;
  /** A page is loaded after each print: between `prepare` and `release`. */
  private keepWarm = false;

  /** `open` starts a hidden window and loads the report page in it. */
  constructor(private readonly open: () => Promise<OpenReportPage>) {}

  /** Loads a page for the next print, unless one is loaded or loading already, and after each print. */
  prepare(): void {
    this.keepWarm = true;
    if (this.warm !== null) return;
    const opening = this.open();
    // A page that fails to load is no loss until someone prints: the print opens another.
    opening.catch(() => {
      if (this.warm === opening) this.warm = null;
    });
    this.warm = opening;
  }

  async print(request: ReportRequest, stages?: PrintStages): Promise<Uint8Array> {
    const page = await this.take();
    try {
      return await printOnReportPage(page.driver, request, stages);
    } finally {
      page.close();
      if (this.keepWarm) this.prepare();
    }
  }

  /** Closes the page kept loaded, and keeps none until `prepare`: prints open their own pages. */
  release(): void {
    this.keepWarm = false;
    const warm = this.warm;
    this.warm = null;
    void warm?.then(
      (page) => page.close(),
      () => undefined,
    );
  }

  /** The warm page when it loaded; otherwise a page opened now. */
  private async take(): Promise<OpenReportPage> {
    const warm = this.warm;
    this.warm = null;
    if (warm !== null) {
      try {
        return await warm;
      } catch {
        // It failed to load: try once more, now that someone waits for it.
      }
    }
    return this.open();
  }
}
