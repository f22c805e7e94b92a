import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCENARIO_VERSION } from '../../shared/scenario';
import { writeApplicantsFolder } from '../helpers/applicants-folder';
import { largeScenarioOf } from '../helpers/large-scenario';
import { openApp, shoot } from './screens';

/*
 * Load: the interface under the largest work it is meant for — 1,000 applicants, a 40-year
 * scenario with 500 investment items, a Monte Carlo of 100,000 draws. Behaviour is asserted; input
 * latency and memory are measured, printed and written to test-results/load.json, never asserted
 * as timings (a shared CI machine makes timing assertions flaky and says nothing about a user's).
 *
 * Input latency: from the input event's timestamp to the frame painted after it (a
 * requestAnimationFrame, then a message posted from it, which runs once that frame is painted).
 * Memory: the page's JS heap (CDP Performance.getMetrics, sampled every 250 ms), and on Linux the
 * peak resident memory of the renderer process (VmHWM), which also holds the analysis workers.
 */

const APPLICANTS = 1_000;
const HORIZON = 40;
const CAPEX_ITEMS = 500;
const DRAWS = 100_000;

/*
 * "Bounded": below 1 GiB of JS heap on the page and 2 GiB resident for the renderer. The figures
 * measured are a few hundred MB at most; an interface that kept every draw's projection, or a
 * table that rendered 1,000 applicants with all their years, would cross these.
 */
const HEAP_CAP = 1024 ** 3;
const RSS_CAP = 2 * 1024 ** 3;

interface Figures {
  readonly latencyMs: { readonly count: number; readonly median: number; readonly worst: number };
  readonly peakHeapMB: number;
  readonly heapAfterMB: number;
  readonly peakRendererRssMB: number | null;
}

const results: Record<string, Figures> = {};

declare global {
  interface Window {
    __latencies?: number[];
  }
}

/** Records, for every key press and pointer press, the time until the next painted frame. */
async function installLatencyProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const latencies: number[] = [];
    window.__latencies = latencies;
    const record = (event: Event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => latencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    };
    addEventListener('keydown', record, { capture: true });
    addEventListener('pointerdown', record, { capture: true });
  });
}

async function takeLatencies(page: Page): Promise<number[]> {
  // Let the last event's frame be painted before reading.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  return page.evaluate(() => (window.__latencies ?? []).splice(0));
}

/** Samples the page's JS heap until stopped; the peak and the last sample. */
class HeapSampler {
  private peak = 0;
  private last = 0;
  private readonly timer: NodeJS.Timeout;

  private constructor(private readonly cdp: CDPSession) {
    this.timer = setInterval(() => void this.sample(), 250);
  }

  static async start(page: Page): Promise<HeapSampler> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const sampler = new HeapSampler(cdp);
    await sampler.sample();
    return sampler;
  }

  async sample(): Promise<number> {
    try {
      const { metrics } = await this.cdp.send('Performance.getMetrics');
      const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
      this.peak = Math.max(this.peak, used);
      this.last = used;
    } catch {
      // The page closed between two samples: keep what was measured.
    }
    return this.last;
  }

  async stop(): Promise<{ peak: number; last: number }> {
    clearInterval(this.timer);
    await this.sample();
    return { peak: this.peak, last: this.last };
  }
}

/** The highest resident memory of the test's Chromium renderer processes (Linux only). */
function peakRendererRss(): number | null {
  if (process.platform !== 'linux') return null;
  const parents = new Map<number, number>();
  const renderers: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      parents.set(Number(entry), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('--type=renderer')) {
        renderers.push(Number(entry));
      }
    } catch {
      // A process that ended while being read.
    }
  }
  // Only this test's browser: its processes descend from this worker process.
  const ours = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at)) {
      if (at === process.pid) return true;
    }
    return false;
  };
  const peaks = renderers.filter(ours).map((pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  });
  return peaks.length ? Math.max(...peaks) : null;
}

const mb = (bytes: number) => Math.round(bytes / 1024 ** 2);

async function record(name: string, page: Page, heap: HeapSampler): Promise<Figures> {
  const latencies = (await takeLatencies(page)).sort((a, b) => a - b);
  const { peak, last } = await heap.stop();
  const rss = peakRendererRss();
  const figures: Figures = {
    latencyMs: {
      count: latencies.length,
      median: Math.round(latencies[Math.floor(latencies.length / 2)] ?? 0),
      worst: Math.round(latencies.at(-1) ?? 0),
    },
    peakHeapMB: mb(peak),
    heapAfterMB: mb(last),
    peakRendererRssMB: rss === null ? null : mb(rss),
  };
  results[name] = figures;
  console.log(`load ${name}: ${JSON.stringify(figures)}`);
  expect(latencies.length, 'the latency probe saw the input').toBeGreaterThan(0);
  expect(peak).toBeLessThan(HEAP_CAP);
  if (rss !== null) expect(rss).toBeLessThan(RSS_CAP);
  return figures;
}

test.afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  // Timings only mean something next to the machine's size.
  const report = { cores: cpus().length, draws: DRAWS, cases: results };
  writeFileSync('test-results/load.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(`load figures written to test-results/load.json: ${JSON.stringify(report)}`);
});

test.beforeEach(async ({ page }) => {
  await installLatencyProbe(page);
  // Headless Chromium cannot answer the File System Access pickers: use the file input.
  await page.addInitScript(() => {
    const win = window as unknown as Record<string, unknown>;
    delete win.showOpenFilePicker;
    delete win.showSaveFilePicker;
  });
  await openApp(page, 'en');
});

test(`the applicants workspace lists ${APPLICANTS} applicants and stays responsive`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  const folder = join(tmpdir(), `yardstick-load-applicants-${process.pid}`);
  const files = writeApplicantsFolder(folder, APPLICANTS).map((file) => join(folder, file));
  const heap = await HeapSampler.start(page);

  await page.locator('header label', { hasText: 'Applicants' }).click();
  await page.getByTestId('applicant-files').setInputFiles(files);
  await expect(page.getByTestId('applicants-summary')).toContainText(/1,?000 applicants compared/, {
    timeout: 90_000,
  });
  // The table renders the rows in view; it tells assistive technology how many there are.
  const table = page.getByTestId('applicants-table');
  const allRows = String(APPLICANTS + 2); // with the header and totals rows
  await expect(table).toHaveAttribute('aria-rowcount', allRows);
  await takeLatencies(page); // the load itself is not input latency

  const filter = page.getByLabel('Filter by company, project or file');
  await filter.click();
  await filter.pressSequentially('Hefei', { delay: 30 });
  await expect(page.getByTestId('applicant-row').first()).toContainText('Hefei');
  await filter.fill('');
  await expect(table).toHaveAttribute('aria-rowcount', allRows);
  await expect(page.getByTestId('applicants-total')).toContainText(/Total \(1,?000\)/);
  // Scrolled half-way, the table shows the rows there, the totals still in view below them.
  const scroller = page.getByRole('region', { name: 'Comparison' });
  await scroller.evaluate((element) => {
    element.scrollIntoView();
    element.scrollTop = element.scrollHeight / 2;
  });
  await expect(page.locator('[data-testid="applicant-row"][aria-rowindex="502"]')).toBeVisible();
  await expect(page.getByTestId('applicants-total')).toBeVisible();
  await shoot(page, 'applicants-load-1000-en-light');
  await record('applicants', page, heap);
});

test(`a ${HORIZON}-year scenario with ${CAPEX_ITEMS} investment items takes typing`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  const path = join(tmpdir(), `yardstick-load-scenario-${process.pid}.json`);
  const scenario = largeScenarioOf({ horizonYears: HORIZON, capexItems: CAPEX_ITEMS });
  const file = { format: 'yardstick.scenario', version: SCENARIO_VERSION, ...scenario };
  writeFileSync(path, JSON.stringify({ ...file, scenarios: [] }, null, 2));
  const heap = await HeapSampler.start(page);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).click();
  await (await chooser).setFiles(path);
  const npv = page.getByTestId('kpi-npv-value');
  await expect(npv).toBeVisible({ timeout: 60_000 });
  await expect(page.getByLabel(`Investment item ${CAPEX_ITEMS}: Cost (CNY)`)).toBeAttached();
  await takeLatencies(page);

  // Type a new cost into the last item: the results must follow.
  const before = await npv.textContent();
  const cost = page.getByLabel(`Investment item ${CAPEX_ITEMS}: Cost (CNY)`);
  await cost.scrollIntoViewIfNeeded();
  await cost.click();
  await cost.fill('');
  await cost.pressSequentially('2500000', { delay: 30 });
  await expect(cost).toHaveValue('2500000');
  await expect(npv).not.toHaveText(before ?? '', { timeout: 30_000 });
  const name = page.getByLabel('Project name');
  await name.click();
  await name.pressSequentially(' 40y', { delay: 30 });
  await expect(name).toHaveValue('Benchmark 40y');
  await record('scenario', page, heap);
});

test(`a Monte Carlo of ${DRAWS} draws completes while the page keeps answering`, async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.getByRole('button', { name: 'Open example SMT line 3: visual-AI inspection' }).click();
  await page.getByRole('tab', { name: 'Risk' }).click();
  await page.getByRole('tab', { name: 'Monte Carlo' }).click();
  const heap = await HeapSampler.start(page);

  const draws = page.getByRole('textbox', { name: 'Draws' });
  await draws.fill(String(DRAWS));
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('monte-carlo-progress')).toBeVisible();
  await takeLatencies(page);
  // While the worker draws, the page handles clicks and typing at once.
  const latin = page.getByLabel('Latin hypercube sampling');
  await latin.click();
  await expect(latin).toBeChecked();
  const seed = page.getByRole('textbox', { name: 'Seed' });
  await seed.click();
  await seed.pressSequentially('23', { delay: 30 });
  await expect(seed).toHaveValue('123');
  await expect(page.getByTestId('monte-carlo-progress')).toBeVisible();
  await expect(page.getByTestId('monte-carlo-probability')).toContainText('%', {
    timeout: 150_000,
  });
  await expect(page.getByText(/Results of 100,000 draws/)).toBeVisible();
  await record('monteCarlo', page, heap);

  // A second long run is cancelled: the button answers mid-run.
  await draws.fill(String(DRAWS));
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByRole('button', { name: 'Cancel the run' }).click();
  await expect(page.getByText('The run was cancelled.')).toBeVisible();
});
