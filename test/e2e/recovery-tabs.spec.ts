import { expect, test, type Page } from '@playwright/test';
import { openApp } from './screens';

/**
 * Two tabs of the browser build share one localStorage, where each keeps its unsaved work. A tab
 * must never offer another open tab's live work as crashed work, nor delete it; once that tab is
 * gone, its work is offered. Two pages in one Chromium context, as two tabs of one browser.
 */

const recoveryKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('yardstick.recovery.')),
  );

test('a tab never offers or discards the live work of another tab, and offers it once that tab is closed', async ({
  context,
}) => {
  const tabA = await context.newPage();
  await openApp(tabA, 'en');
  await tabA.getByRole('button', { name: 'Open example Reference case A' }).click();
  const field = tabA.getByLabel('Effect 1: Full effect');
  await field.fill('30');
  await expect(tabA.getByTestId('dirty-marker')).toBeVisible();
  await expect.poll(() => recoveryKeys(tabA)).toHaveLength(1);

  const tabB = await context.newPage();
  await openApp(tabB, 'en');
  // The welcome page has drawn its lists (recent files, examples) by now.
  await expect(tabB.getByRole('button', { name: 'Open example Reference case A' })).toBeVisible();
  await expect(tabB.getByRole('region', { name: 'Recover unsaved work' })).toHaveCount(0);
  expect(await recoveryKeys(tabB)).toHaveLength(1);

  // Tab A closes without saving: its work is now unsaved work to recover, in tab B.
  await tabA.close();
  await tabB.reload();
  const recover = tabB.getByRole('region', { name: 'Recover unsaved work' });
  await expect(recover).toBeVisible();
  await expect(recover.getByText('Reference case A')).toBeVisible();
  await recover.getByRole('button', { name: 'Recover' }).click();
  await expect(tabB.getByLabel('Effect 1: Full effect')).toHaveValue('30');
  await tabB.close();
});
