import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * `npm start` on a machine without the Electron binary: one line says so and where the browser
 * version is served, and that page is the working interface. ELECTRON_OVERRIDE_DIST_PATH at an
 * empty folder makes the binary missing on every machine; the web build is the one `npm test` made.
 */

let start: ChildProcess | null = null;
let emptyDist: string | null = null;

test.afterEach(() => {
  start?.kill('SIGTERM');
  start = null;
  if (emptyDist !== null) rmSync(emptyDist, { recursive: true, force: true });
  emptyDist = null;
});

test('npm start without Electron says so in one line and serves the browser version', async ({
  page,
}) => {
  emptyDist = mkdtempSync(join(tmpdir(), 'yardstick-no-electron-'));
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      ELECTRON_OVERRIDE_DIST_PATH: emptyDist,
      YARDSTICK_START_NO_BUILD: '1',
      YARDSTICK_START_PORT: String(Number(process.env.YARDSTICK_E2E_PORT ?? 47173) + 1),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  start = child;
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await expect.poll(() => stdout, { timeout: 30_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);

  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /^Yardstick cannot open its desktop window: .+\. Serving the browser version at /,
  );
  expect(stderr).toBe('');

  const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)?.[0] ?? '';
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Yardstick' })).toBeVisible();
  await expect(page).toHaveTitle(/Yardstick/);
});
