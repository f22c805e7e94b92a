import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy } from '../../shared/host/csp';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

test('the built renderer opens in Chromium and shows Yardstick with its version', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await expect(page).toHaveTitle('Yardstick');
  await expect(page.getByRole('heading', { level: 1, name: 'Yardstick' })).toBeVisible();
  await expect(page.getByTestId('app-version')).toContainText(version);
  expect(errors).toEqual([]);
});

test('the built page carries a Content-Security-Policy without unsafe-eval', async ({ page }) => {
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  // The page carries the same policy the app protocol sends as a header in Electron.
  expect(policy).toBe(contentSecurityPolicy);
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  // Scripts the page did not ship must not run: neither injected inline code nor string eval.
  const ran = await page.evaluate(async () => {
    const flags = window as unknown as Record<string, unknown>;
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    document.head.append(inline);
    try {
      window.setTimeout('window.__evalRan = true', 0);
    } catch {
      // A refused string timer may throw instead of being ignored.
    }
    await new Promise((resolve) => window.setTimeout(resolve, 50));
    return { inline: flags.__inlineRan === true, evaluated: flags.__evalRan === true };
  });
  expect(ran).toEqual({ inline: false, evaluated: false });
});
