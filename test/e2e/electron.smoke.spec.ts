import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hostMethodNames } from '../../shared/host/contract';
import { scenarioWorkbook } from '../../shared/host/export/scenario-workbook';
import type { Host } from '../../shared/host/host';
import { parseScenarioFile } from '../../shared/scenario';
import { electronBinary } from '../../scripts/electron-binary.mjs';

/*
 * The desktop app end to end, in the real Electron: the window opens from app://, the page sees only
 * the Host, and a scenario goes through open → save elsewhere → reopen → export CSV. File dialogs
 * are answered from main (Playwright replaces dialog.showOpenDialog/showSaveDialog there). It needs
 * the Electron binary; where there is none (ELECTRON_SKIP_BINARY_DOWNLOAD) it is skipped and says why.
 */

const mainScript = resolve('out/main/index.js');
const example = resolve('assets/examples/reference-a.json');

const binary = electronBinary();
const skipReason =
  'reason' in binary
    ? `Electron smoke test skipped: ${binary.reason}. Install it with \`npx install-electron\` or without ELECTRON_SKIP_BINARY_DOWNLOAD.`
    : null;
if (skipReason) console.log(skipReason);

/** How the page sees the Host: the preload's `window.yardstick`. */
type WithHost = { yardstick: Host };

/** The next file dialogs answer with these paths, in order. */
async function answerDialogs(app: ElectronApplication, paths: string[]): Promise<void> {
  await app.evaluate(({ dialog }, queue) => {
    const next = () => queue.shift();
    dialog.showOpenDialog = (async () => ({
      canceled: false,
      filePaths: [next()],
    })) as typeof dialog.showOpenDialog;
    dialog.showSaveDialog = (async () => ({
      canceled: false,
      filePath: next(),
    })) as typeof dialog.showSaveDialog;
  }, paths);
}

test.describe('Electron desktop shell', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  let app: ElectronApplication;
  let work: string;

  test.beforeAll(async () => {
    expect(existsSync(mainScript), 'build the app first: npx electron-vite build').toBe(true);
    work = await mkdtemp(join(tmpdir(), 'yardstick-smoke-'));
    app = await electron.launch({
      executablePath: (binary as { path: string }).path,
      args: [mainScript, `--user-data-dir=${join(work, 'user-data')}`],
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    });
  });

  test.afterAll(async () => {
    await app?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('opens a secure window that shows the app and exposes only the Host', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await expect(page).toHaveTitle(/Yardstick/);
    expect(page.url()).toBe('app://yardstick/index.html');
    expect(
      await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((w) => w.isVisible()),
      ),
    ).toEqual([true]);

    const exposure = await page.evaluate(() => ({
      keys: Object.keys((window as unknown as { yardstick: object }).yardstick).sort(),
      node:
        typeof (globalThis as { require?: unknown }).require +
        typeof (globalThis as { process?: unknown }).process,
      popup: window.open('https://example.com') === null,
    }));
    expect(exposure).toEqual({
      keys: [...hostMethodNames].sort(),
      node: 'undefinedundefined',
      popup: true,
    });

    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://yardstick/index.html');
  });

  test('opens an example, saves it elsewhere, reopens it and exports CSV', async () => {
    const page = await app.firstWindow();
    const source = join(work, 'Reference A.yardstick.json');
    await mkdir(join(work, 'elsewhere'));
    const copy = join(work, 'elsewhere', 'Copy of A.yardstick.json');
    const csv = join(work, 'Reference A.csv');
    await copyFile(example, source);
    const original = await readFile(source, 'utf8');

    await answerDialogs(app, [source, copy, copy, csv]);
    // Functions given to page.evaluate run in the page as they are: no eval, which the CSP forbids.
    const opened = await page.evaluate(() => (window as unknown as WithHost).yardstick.openFile());
    expect(opened).toMatchObject({
      status: 'opened',
      document: { name: 'Reference A.yardstick.json', text: original },
    });
    if (opened.status !== 'opened') return;
    const { documentId, text } = opened.document;

    const saved = await page.evaluate(
      (request) => (window as unknown as WithHost).yardstick.saveAs(request),
      { documentId, suggestedName: 'Copy of A', text },
    );
    expect(saved).toMatchObject({
      status: 'saved',
      document: { name: 'Copy of A.yardstick.json' },
    });
    expect(await readFile(copy, 'utf8')).toBe(original);

    const reopened = await page.evaluate(() =>
      (window as unknown as WithHost).yardstick.openFile(),
    );
    expect(reopened).toMatchObject({
      status: 'opened',
      document: { name: 'Copy of A.yardstick.json', text: original },
    });
    const recent = await page.evaluate(() =>
      (window as unknown as WithHost).yardstick.recentFiles(),
    );
    expect(recent.map((r) => r.name)).toEqual([
      'Copy of A.yardstick.json',
      'Reference A.yardstick.json',
    ]);

    const parsed = parseScenarioFile(original);
    if (!parsed.ok) throw new Error('the example does not validate');
    const exported = scenarioWorkbook(parsed.file, { parts: ['projection', 'metrics'] });
    if (!exported.ok) throw new Error('the example does not export');
    const result = await page.evaluate(
      (request) => (window as unknown as WithHost).yardstick.exportWorkbook(request),
      { format: 'csv' as const, suggestedName: 'Reference A', workbook: exported.workbook },
    );
    expect(result).toEqual({ status: 'saved', name: 'Reference A.csv' });
    const bytes = await readFile(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Projection\r\nyear,calendarYear');
  });
});
