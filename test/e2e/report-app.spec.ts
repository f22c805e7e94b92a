import { expect, test } from '@playwright/test';
import { reportTexts } from '../../renderer/features/report/texts';
import { STATEMENT_TEXTS } from '../../shared/i18n/catalogue/statements';
import { openApp } from './screens';

/*
 * Export PDF report in the browser build: the dialog asks who prepared it and offers the Monte
 * Carlo run just made; the report page is laid out in a frame of the app and handed to the
 * browser's print dialog (headless Chromium prints nothing, so the test reads the frame).
 */
test('the report of the scenario on screen, with the preparer and the Monte Carlo run', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page, 'en');
  await page.getByRole('button', { name: 'Open example SMT line 3: visual-AI inspection' }).click();
  await page.getByRole('tab', { name: 'Risk' }).click();
  await page.getByRole('tab', { name: 'Monte Carlo' }).click();
  await page.getByRole('textbox', { name: 'Draws' }).fill('3000');
  await page.getByRole('textbox', { name: 'Seed' }).fill('42');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('monte-carlo-probability')).toContainText('%', { timeout: 60_000 });

  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Export PDF report/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Board report (PDF)' });
  await dialog.getByLabel(/Prepared by/).fill('Wang Fang');
  await expect(
    dialog.getByLabel(/Include the Monte Carlo summary \(3,000 draws, seed 42\)/),
  ).toBeChecked();
  // The feasibility-study statements are a Chinese report's appendix by default, asked for here.
  const statements = dialog.getByLabel(STATEMENT_TEXTS.en.printOption);
  await expect(statements).not.toBeChecked();
  await statements.check();
  await dialog.getByRole('button', { name: 'Export PDF' }).click();

  const report = page.frameLocator('[data-testid="report-frame"]');
  const texts = reportTexts.en;
  await expect(report.getByText('Wang Fang')).toBeVisible({ timeout: 60_000 });
  for (const title of Object.values(texts.sections))
    await expect(report.getByRole('heading', { name: title })).toBeVisible();
  await expect(report.getByRole('heading', { name: texts.scenarios.monteCarlo })).toBeVisible();
  await expect(report.getByText(/3,000 draws .*seed 42/)).toBeVisible();
  await expect(
    report.getByRole('heading', { name: STATEMENT_TEXTS.en.appendixTitle }),
  ).toBeVisible();
  for (const title of Object.values(STATEMENT_TEXTS.en.titles))
    await expect(report.getByRole('heading', { name: title })).toBeVisible();

  // The next report starts from what was typed: the preparer is remembered.
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Export PDF report/ }).click();
  await expect(dialog.getByLabel(/Prepared by/)).toHaveValue('Wang Fang');
});
