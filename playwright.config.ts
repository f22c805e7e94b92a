import { defineConfig } from '@playwright/test';
import { chromiumArgs, sandboxStarts } from './main/report/chromium-args.ts';

/**
 * End-to-end tests drive the built web renderer (out/web) in Debian's Chromium: Playwright's own
 * browser download cannot run offline. YARDSTICK_CHROMIUM points elsewhere when needed.
 */
const chromium = process.env.YARDSTICK_CHROMIUM ?? '/usr/bin/chromium';
// An unusual port, so a developer's own preview server (4173) does not collide with the test run.
const port = Number(process.env.YARDSTICK_E2E_PORT ?? 47173);
// Two runs on one machine (YARDSTICK_E2E_TAG=a, with their own port and YARDSTICK_WEB_OUT) keep
// their results apart.
const tag = process.env.YARDSTICK_E2E_TAG ? `-${process.env.YARDSTICK_E2E_TAG}` : '';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: `test-results/playwright${tag}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: `test-results/e2e${tag}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromium,
      // The sandbox stays on where it can start (not as root, not without user namespaces).
      args: chromiumArgs(sandboxStarts(chromium)),
    },
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
