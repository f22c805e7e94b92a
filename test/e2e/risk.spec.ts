import { expect, test } from '@playwright/test';
import { openApp } from './screens';

/**
 * The risk analyses run in a Web Worker: the interface keeps answering while they run, a long
 * Monte Carlo run can be cancelled, and a short one gives the NPV's distribution.
 */
test.beforeEach(async ({ page }) => {
  await openApp(page, 'en');
  await page.getByRole('button', { name: 'Open example SMT line 3: visual-AI inspection' }).click();
  await page.getByRole('tab', { name: 'Risk' }).click();
});

test('the tornado, two-way table and switching values are computed for the scenario', async ({
  page,
}) => {
  await expect(page.getByTestId('chart-tornado').locator('canvas')).toHaveAttribute(
    'aria-label',
    /Tornado of NPV/,
  );
  await page.getByRole('tab', { name: 'Two-way table' }).click();
  await expect(page.getByTestId('two-way-3-3')).not.toBeEmpty();
  await page.getByRole('tab', { name: 'Switching values' }).click();
  await expect(page.getByRole('table', { name: /Switching values of NPV/ })).toBeVisible();
});

test('a Monte Carlo run gives P5, P50, P95 and P(NPV > 0); a long one can be cancelled', async ({
  page,
}) => {
  await page.getByRole('tab', { name: 'Monte Carlo' }).click();
  await page.getByRole('textbox', { name: 'Draws' }).fill('2000');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('monte-carlo-probability')).toContainText('%', { timeout: 60_000 });
  await expect(page.getByTestId('monte-carlo-p5')).toContainText('¥');
  await expect(page.getByTestId('chart-histogram').locator('canvas')).toHaveAttribute(
    'aria-label',
    /P5 .* P50 .* P95/,
  );

  await page.getByRole('textbox', { name: 'Draws' }).fill('1000000');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('monte-carlo-progress')).toBeVisible();
  // The page answers while the worker draws: the language can be switched mid-run.
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('button', { name: '取消运行' })).toBeVisible();
  await page.getByRole('button', { name: '取消运行' }).click();
  await expect(page.getByText('已取消运行。')).toBeVisible();
});
