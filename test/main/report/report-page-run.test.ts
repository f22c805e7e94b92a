import { describe, expect, it } from 'vitest';
import {
  printOnReportPage,
  renderCall,
  ReportTimeoutError,
  type ReportPageDriver,
} from '../../../main/report/report-page-run';
import {
  ComparisonReportRequestSchema,
  type ComparisonReportRequest,
} from '../../../shared/report/request';

/*
 * How a request reaches the report page. A bureau's call may have thousands of applicants and
 * files of megabytes each: one script holding them all (110 files of 5 MB) would be longer than
 * the longest string a JavaScript engine holds, so the request goes in steps of at most a few
 * megabytes, each JSON, never code.
 */

const comparison = (files: ComparisonReportRequest['files']): ComparisonReportRequest => ({
  kind: 'comparison',
  language: 'en',
  preparer: null,
  date: '2026-11-25',
  title: null,
  files,
  settingsText: null,
  budget: null,
});

/** A page that runs the scripts it is given, in a sandbox of its own with a fake report page. */
function fakePage() {
  const scripts: number[] = [];
  let received: unknown = null;
  const window = {
    yardstickReport: {
      render: async (request: unknown) => {
        received = request;
        return { status: 'ready', runningHeader: 'Call' };
      },
    },
  } as Record<string, unknown>;
  const driver: ReportPageDriver = {
    render: async (step) => {
      const script = renderCall(step);
      scripts.push(script.length);
      // The script only reads `window`: run it against the fake one.
      return new Function('window', `return ${script}`)(window) as unknown;
    },
    pdf: async () => new Uint8Array([1]),
  };
  return { driver, scripts, received: () => received };
}

describe('handing a request to the report page', () => {
  it('sends 110 files of 5 MB in steps no longer than a few megabytes, and the page gets them all', async () => {
    const text = `{"notes":"${'x'.repeat(5_000_000)}"}`;
    const files = Array.from({ length: 110 }, (_, i) => ({ name: `applicant-${i}.json`, text }));
    const page = fakePage();
    await printOnReportPage(page.driver, comparison(files));
    expect(Math.max(...page.scripts)).toBeLessThan(12_000_000);
    const received = page.received() as ComparisonReportRequest;
    expect(received.files).toHaveLength(110);
    expect(received.files.every((file, i) => file.name === `applicant-${i}.json`)).toBe(true);
    expect(received.files[109]?.text).toBe(text);
    // Half a gigabyte of text goes through JSON in pieces: seconds, more on a busy machine.
  }, 60_000);

  it('accepts more than 5,000 files and paths longer than 260 characters', () => {
    const deep = `/srv/bureau/${'call-for-applications-2026/'.repeat(12)}applicant.json`;
    expect(deep.length).toBeGreaterThan(260);
    const files = Array.from({ length: 5_001 }, (_, i) => ({ name: `${deep}-${i}`, text: '{}' }));
    const checked = ComparisonReportRequestSchema.safeParse(comparison(files));
    expect(checked.error?.issues.slice(0, 2) ?? []).toEqual([]);
  });
});

describe('a report page that does not answer', () => {
  it('is given up after the time a printer allows, with a clear error, and nothing is printed', async () => {
    let printed = false;
    const driver: ReportPageDriver = {
      render: (step) =>
        step.stage === 'render' ? new Promise<never>(() => undefined) : Promise.resolve(0),
      pdf: async () => {
        printed = true;
        return new Uint8Array();
      },
    };
    await expect(
      printOnReportPage(driver, comparison([]), { timeoutMs: 50 }),
    ).rejects.toBeInstanceOf(ReportTimeoutError);
    expect(printed).toBe(false);
  });
});
