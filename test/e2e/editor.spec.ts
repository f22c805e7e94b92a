import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { cliMetrics, displayedAmount, toCents } from './cli';
import { openApp } from './screens';

/**
 * The finance officer's path through the interface, in Chromium through the browser host:
 * open an example, change it, make a mistake, undo it, and read the results as she types.
 */

async function openExample(page: Page, name = 'Reference case A') {
  await openApp(page, 'en');
  await page.getByRole('button', { name: `Open example ${name}` }).click();
  await expect(page.getByTestId('kpi-npv-value')).toBeVisible();
}

test('an example opens with the NPV the command line prints for it', async ({ page }) => {
  const metrics = cliMetrics('assets/examples/reference-a.json');
  await openExample(page);
  const npv = await page.getByTestId('kpi-npv-value').textContent();
  expect(displayedAmount(npv)).toBe(toCents(String(metrics.npv)));
  const payback = await page.getByTestId('kpi-paybackYears-value').textContent();
  expect(payback).toBe(`${Number(metrics.paybackYears).toFixed(2)} years`);
});

test('changing the production cost reduction moves the NPV and the chart as it is typed', async ({
  page,
}) => {
  await openExample(page);
  const npv = page.getByTestId('kpi-npv-value');
  const chart = page.getByTestId('chart-cumulative').locator('canvas');
  const before = await npv.textContent();
  const chartBefore = await chart.getAttribute('aria-label');
  const field = page.getByLabel('Effect 1: Full effect');
  await expect(field).toHaveValue('25');
  await field.fill('');
  await field.pressSequentially('30', { delay: 50 });
  await expect(npv).not.toHaveText(before ?? '');
  await expect(chart).not.toHaveAttribute('aria-label', chartBefore ?? '');
  const expected = cliMetrics('test/e2e/fixtures/reference-a-30.json');
  expect(displayedAmount(await npv.textContent())).toBe(toCents(String(expected.npv)));
  await expect(page.getByTestId('dirty-marker')).toBeVisible();
  await expect(page).toHaveTitle('• Reference case A — Yardstick');
});

test('an invalid value shows its translated message while the rest keeps working', async ({
  page,
}) => {
  await openExample(page);
  const cost = page.getByLabel('Investment item 1: Cost (CNY)');
  await cost.fill('6,000,000x');
  await expect(cost).toHaveValue('6,000,000x');
  await expect(cost).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText(
      'Only digits, one decimal separator (.) and thousands separators (,) are allowed.',
    ),
  ).toBeVisible();
  const npv = page.getByTestId('kpi-npv-value');
  const before = await npv.textContent();
  await page.getByLabel('Discount rate', { exact: true }).fill('10');
  await expect(npv).not.toHaveText(before ?? '');
  await expect(cost).toHaveValue('6,000,000x');

  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByText('只能输入数字、一个小数点（.）和千位分隔符（,）。')).toBeVisible();
  // Amounts are in 万元 in Chinese: the label says so, and the refused text stays as typed.
  await expect(page.getByLabel('投资项目 1：投资额 (万元)')).toHaveValue('6,000,000x');
});

test('undo and redo go back and forth over every edit', async ({ page }) => {
  await openExample(page);
  const name = page.getByLabel('Project name');
  const npv = page.getByTestId('kpi-npv-value');
  const original = await npv.textContent();
  await name.fill('Line 4');
  await page.getByLabel('Discount rate', { exact: true }).fill('12');
  await expect(npv).not.toHaveText(original ?? '');
  await page.keyboard.press('Control+z');
  await expect(npv).toHaveText(original ?? '');
  await page.keyboard.press('Control+z');
  await expect(name).toHaveValue('Reference case A');
  await expect(page.getByTestId('dirty-marker')).toBeHidden();
  await page.keyboard.press('Control+Shift+z');
  await expect(name).toHaveValue('Line 4');
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  await page.getByRole('menuitem', { name: /^Redo/ }).click();
  await expect(npv).not.toHaveText(original ?? '');
});

test('a scenario saved through the browser host reopens with nothing lost', async ({ page }) => {
  await page.addInitScript(() => {
    // Headless Chromium cannot answer the File System Access pickers: use download and upload.
    const win = window as unknown as Record<string, unknown>;
    delete win.showOpenFilePicker;
    delete win.showSaveFilePicker;
  });
  await openExample(page, 'Plant-wide MES roll-out');
  const kpi = page.getByTestId('kpi-npv-value');
  const before = await kpi.textContent();
  await page.getByLabel('Project name').fill('MES roll-out, revised');
  await page.getByLabel('Discount rate', { exact: true }).fill('9.5');
  // Read the NPV only once the results have caught up with the new discount rate.
  await expect(kpi).not.toHaveText(before ?? '');
  const npv = await kpi.textContent();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const saved = await download;
  const path = test.info().outputPath('saved.yardstick.json');
  await saved.saveAs(path);
  await expect(page.getByTestId('dirty-marker')).toBeHidden();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Yardstick' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByLabel('Project name')).toHaveValue('MES roll-out, revised');
  await expect(page.getByLabel('Discount rate', { exact: true })).toHaveValue('9.5');
  await expect(page.getByTestId('kpi-npv-value')).toHaveText(npv ?? '');
});

test('every action is reachable from the keyboard: menus and standard shortcuts', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const win = window as unknown as Record<string, unknown>;
    delete win.showOpenFilePicker;
    delete win.showSaveFilePicker;
  });
  await openApp(page, 'en');
  // The first stop of Tab is the menu bar; arrows and Enter work the menus.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('menuitem', { name: 'File' })).toBeFocused();
  await page.keyboard.press('Enter');
  const newScenario = page.getByRole('menuitem', { name: 'New scenario' });
  await expect(newScenario).toBeVisible();
  // The menu opens with its first item focused, or the first arrow reaches it.
  if (!(await newScenario.evaluate((item) => item === document.activeElement))) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(newScenario).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('document-title')).toHaveText('Untitled scenario');
  // Visible focus: a focused field draws Mantine's focus ring.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(
    () => getComputedStyle(document.activeElement as Element).outlineStyle,
  );
  expect(outline).not.toBe('none');

  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await chooser;
});

test('File ▸ Export workbook with formulas writes the case being edited, every figure a formula', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const win = window as unknown as Record<string, unknown>;
    delete win.showSaveFilePicker;
  });
  await openExample(page, 'Plant-wide MES roll-out');
  const kpi = page.getByTestId('kpi-npv-value');
  const before = await kpi.textContent();
  await page.getByLabel('Discount rate', { exact: true }).fill('9.5');
  await expect(kpi).not.toHaveText(before ?? '');
  const npv = await kpi.textContent();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Export workbook with formulas…' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('Plant-wide MES roll-out.xlsx');
  const path = test.info().outputPath('case.xlsx');
  await saved.saveAs(path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const cell = book.getWorksheet('Metrics')?.getCell('B3').value as ExcelJS.CellFormulaValue;
  expect(cell.formula).toMatch(/NPV\(Discount_Nominal,/);
  // The value saved with the formula is the NPV on screen, at the discount rate just typed.
  expect(toCents(String(cell.result))).toBe(displayedAmount(npv));
  const rate = book.getWorksheet('Inputs')?.getCell('B4').value;
  expect(rate).toBe(0.095);
});
