import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHeadless } from '../../../main/report/chromium-args';
import {
  builtFileFor,
  openCdpReportPage,
  REPORT_ORIGIN,
  routeRequests,
} from '../../../main/report/cdp-report-page';
import { fakeCdpBrowser } from '../../helpers/fake-cdp-browser';
import { findChromium } from '../../../main/report/find-chromium';
import { startPipedChromium, type PipedChromium } from '../../../main/report/pipe-chromium';
import { printOnReportPage, ReportTimeoutError } from '../../../main/report/report-page-run';

/*
 * The command line's printer drives a real Chromium over its DevTools pipe. Pages of its own
 * (in a temporary folder standing for the built renderer) try what a report page must never do:
 * reach the network from the page and from a worker, leave the built folder. Every such request
 * is refused; the built files are answered; a page that fails to start says why; a page that
 * never answers ends in a timeout, and the browser is gone afterwards.
 */

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;
const chromium = findChromium({ env: process.env, platform: process.platform, isFile });
if (!chromium.found) console.log(`DevTools pipe tests skipped: ${chromium.message}`);

/** A report page that reports what its requests got, and answers render with that. */
const PROBE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><script src="./probe.js"></script></head>
<body><h1>Probe page</h1></body></html>`;

const probeScript = (port: number) => `
const outcome = (promise) => promise.then((response) => response.status, () => 'refused');
const worker = new Promise((resolve) => {
  const w = new Worker('./worker.js');
  w.onmessage = (event) => resolve(event.data);
  w.onerror = () => resolve('worker failed');
});
const probes = Promise.all([
  outcome(fetch('./data/answer.json')),
  outcome(fetch('https://example.com/')),
  outcome(fetch('http://127.0.0.1:${port}/page')),
  outcome(fetch('./%2e%2e/outside.txt')),
  worker,
]);
window.yardstickReport = {
  render: async () => {
    const [own, web, local, outside, fromWorker] = await probes;
    return { own, web, local, outside, fromWorker };
  },
};
`;

const workerScript = (port: number) => `
fetch('http://127.0.0.1:${port}/worker').then((r) => postMessage(r.status), () => postMessage('refused'));
`;

/** A server on this machine that a refused request would reach: it must hear nothing. */
const heard: string[] = [];
const server = createServer((request, response) => {
  heard.push(request.url ?? '');
  response.end('reached');
});

let root: string;
let pages: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  root = mkdtempSync(join(tmpdir(), 'yardstick-cdp-'));
  pages = join(root, 'pages');
  for (const dir of [join(pages, 'data'), join(root, 'broken'), join(root, 'silent')])
    mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, 'outside.txt'), 'not for the page');
  writeFileSync(join(pages, 'report.html'), PROBE_PAGE);
  writeFileSync(join(pages, 'probe.js'), probeScript(port));
  writeFileSync(join(pages, 'worker.js'), workerScript(port));
  writeFileSync(join(pages, 'data', 'answer.json'), '{"answer":42}');
  writeFileSync(
    join(root, 'broken', 'report.html'),
    '<!doctype html><script>throw new Error("the page broke")</script>',
  );
  writeFileSync(
    join(root, 'silent', 'report.html'),
    '<!doctype html><script>window.yardstickReport = { render: () => new Promise(() => {}) }</script>',
  );
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('which requests of the page are answered', () => {
  it('answers files of the built folder under the made-up origin only', () => {
    expect(builtFileFor(pages, `${REPORT_ORIGIN}/report.html`)).toBe(join(pages, 'report.html'));
    expect(builtFileFor(pages, `${REPORT_ORIGIN}/data/answer.json?x=1`)).toBe(
      join(pages, 'data', 'answer.json'),
    );
    expect(builtFileFor(pages, 'https://example.com/report.html')).toBeNull();
    expect(builtFileFor(pages, `${REPORT_ORIGIN}/%2e%2e/outside.txt`)).toBeNull();
    expect(builtFileFor(pages, `${REPORT_ORIGIN}/..%2Foutside.txt`)).toBeNull();
    expect(builtFileFor(pages, `${REPORT_ORIGIN}/missing.js`)).toBeNull();
    expect(builtFileFor(pages, `${REPORT_ORIGIN}/data`)).toBeNull();
    expect(builtFileFor(pages, `${REPORT_ORIGIN}/%E0%A4%A`)).toBeNull();
  });
});

describe('the page’s requests, as the browser pauses them', () => {
  it('fulfils a built file with its bytes and type, and refuses anything else as blocked', async () => {
    const browser = fakeCdpBrowser(() => ({}));
    const refused: string[] = [];
    await routeRequests(browser.pipe, 'PAGE', pages, (url) => refused.push(url));
    expect(browser.received).toEqual([
      {
        id: 1,
        method: 'Fetch.enable',
        params: { patterns: [{ urlPattern: '*' }] },
        sessionId: 'PAGE',
      },
    ]);
    const paused = (requestId: string, url: string, sessionId = 'PAGE') =>
      browser.event('Fetch.requestPaused', { requestId, request: { url } }, sessionId);
    paused('1', `${REPORT_ORIGIN}/data/answer.json`);
    paused('2', 'https://example.com/');
    paused('3', `${REPORT_ORIGIN}/%2e%2e/outside.txt`);
    // Another page's requests are not this router's to answer.
    paused('4', 'https://example.com/', 'OTHER');
    await browser.commands(4);
    await browser.settle();
    expect(browser.received.slice(1)).toEqual(
      expect.arrayContaining([
        {
          id: expect.any(Number),
          method: 'Fetch.fulfillRequest',
          params: {
            requestId: '1',
            responseCode: 200,
            responseHeaders: [{ name: 'Content-Type', value: 'application/json; charset=utf-8' }],
            body: Buffer.from('{"answer":42}').toString('base64'),
          },
          sessionId: 'PAGE',
        },
        {
          id: expect.any(Number),
          method: 'Fetch.failRequest',
          params: { requestId: '2', errorReason: 'BlockedByClient' },
          sessionId: 'PAGE',
        },
        {
          id: expect.any(Number),
          method: 'Fetch.failRequest',
          params: { requestId: '3', errorReason: 'BlockedByClient' },
          sessionId: 'PAGE',
        },
      ]),
    );
    expect(browser.received).toHaveLength(4);
    expect(refused).toEqual(['https://example.com/', `${REPORT_ORIGIN}/%2e%2e/outside.txt`]);
  });
});

describe.runIf(chromium.found)('a report page in Chromium over the DevTools pipe', () => {
  const executable = chromium.found ? chromium.path : '';
  const start = () => launchHeadless((args) => startPipedChromium(executable, args));
  const within = async (work: (browser: PipedChromium) => Promise<void>) => {
    const browser = await start();
    try {
      await work(browser);
    } finally {
      await browser.close();
    }
  };

  it('serves the built files and refuses the network, from the page and from a worker', async () => {
    await within(async (browser) => {
      const refused: string[] = [];
      const driver = await openCdpReportPage(browser.pipe, {
        pagesDir: pages,
        loadTimeoutMs: 60_000,
        onRefused: (url) => refused.push(url),
      });
      const seen = await driver.render({ stage: 'render' });
      expect(seen).toEqual({
        own: 200,
        web: 'refused',
        local: 'refused',
        outside: 'refused',
        fromWorker: 'refused',
      });
      const { port } = server.address() as AddressInfo;
      expect(refused).toEqual(
        expect.arrayContaining([
          'https://example.com/',
          `http://127.0.0.1:${port}/page`,
          `http://127.0.0.1:${port}/worker`,
        ]),
      );
      expect(heard).toEqual([]);
    });
  }, 60_000);

  it('prints the page as a tagged A4 PDF with the running header and page numbers', async () => {
    await within(async (browser) => {
      const driver = await openCdpReportPage(browser.pipe, {
        pagesDir: pages,
        loadTimeoutMs: 60_000,
      });
      const ready = { status: 'ready', runningHeader: 'Probe header 页眉' };
      const pdf = await printOnReportPage({ render: async () => ready, pdf: driver.pdf }, {
        kind: 'investment',
        language: 'zh-CN',
      } as never);
      const file = join(root, 'probe.pdf');
      writeFileSync(file, pdf);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(/Page size:.*\(A4\)/);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Probe page');
      expect(text).toContain('Probe header 页眉');
      expect(text).toContain('第 1 页，共 1 页');
    });
  }, 60_000);

  it('says why a page that throws before it starts did not start', async () => {
    await within(async (browser) => {
      await expect(
        openCdpReportPage(browser.pipe, { pagesDir: join(root, 'broken'), loadTimeoutMs: 60_000 }),
      ).rejects.toThrow(/the report page did not start \(.*the page broke/);
    });
  }, 60_000);

  it('gives up on a page that never answers, and the browser is gone once closed', async () => {
    const browser = await start();
    const driver = await openCdpReportPage(browser.pipe, {
      pagesDir: join(root, 'silent'),
      loadTimeoutMs: 60_000,
    });
    await expect(
      printOnReportPage(driver, { kind: 'investment', language: 'en' } as never, {
        timeoutMs: 500,
      }),
    ).rejects.toThrow(ReportTimeoutError);
    await browser.close();
    await expect(browser.pipe.send('Browser.getVersion')).rejects.toThrow();
  }, 60_000);

  it('says why when there is no Chromium to start', async () => {
    await expect(startPipedChromium(join(root, 'no-chromium'), ['--headless'])).rejects.toThrow(
      /Chromium did not start: .*ENOENT/,
    );
  });
});
