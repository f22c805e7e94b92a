import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { expectAccessible, openApp, shoot, type Language } from './screens';
import { appTexts } from '../../shared/i18n/catalogue';

const { en, 'zh-CN': zhCN } = appTexts;

/*
 * The finance officer two years after the investment, in both languages: the case with its actual
 * results opens (the English example from the welcome screen, its Chinese twin from a file), the
 * Actuals tab gives the verdict, NPV, IRR and payback re-forecast beside the plan, the variance
 * by line and year and the cash flows; the future can be re-forecast on the delivery achieved.
 * Photographed at 1280×800 and 1024×700 (test/e2e/screenshots, looked at by a person).
 */

const TEXTS = { en, 'zh-CN': zhCN } as const;

async function openCase(page: Page, language: Language) {
  await page.addInitScript(() => {
    // Headless Chromium cannot answer the File System Access picker: the file input is used.
    delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
    delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
  });
  await openApp(page, language);
  if (language === 'en') {
    await page
      .getByRole('button', { name: `Open example ${en.examples['smt-inspection-actuals'].title}` })
      .click();
  } else {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: zhCN.welcome.openFile }).click();
    await (await chooser).setFiles('assets/examples/zh-CN/smt-inspection-actuals.json');
  }
  await expect(page.getByTestId('kpi-npv-value')).toBeVisible();
}

for (const language of ['en', 'zh-CN'] as const satisfies readonly Language[]) {
  const t = TEXTS[language];

  test(`plan vs actual of a slipping case in ${language}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openCase(page, language);
    await page.getByRole('tab', { name: t.nav.actuals }).click();
    await expect(page.getByRole('heading', { name: t.actuals.title })).toBeVisible();

    // Re-forecast on the plan: payback 2.44 → 3.20 years (the command line's figures, rounded).
    const verdict = page.getByTestId('actuals-verdict');
    const slips = (from: string, to: string) =>
      t.actuals.verdict['payback-slips']
        .replace('{{plannedPayback}}', from)
        .replace('{{reforecastPayback}}', to)
        .split('{{')[0] as string;
    await expect(verdict).toContainText(slips('2.4', '3.2'));
    const metrics = page.getByTestId('actuals-metrics');
    await expect(metrics).toContainText(t.actuals.delivery);
    await expect(page.getByTestId('actuals-variance')).toContainText(t.actuals.total.savings);
    await expect(page.getByTestId('actuals-flows')).toContainText(t.actuals.status.forecast);
    await expectAccessible(page, `actuals-${language}`);
    await shoot(page, `actuals-${language}-1280`);

    // On the delivery achieved (67 % of the savings), the payback slips to 4.0 years.
    await page.getByText(t.actuals.future.delivery).click();
    await expect(verdict).toContainText(slips('2.4', '4.0'));
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByTestId('actuals-variance').scrollIntoViewIfNeeded();
    await shoot(page, `actuals-${language}-1024-variance`);

    // The template round trip: exported, a cell spoilt in a spreadsheet, refused by row and
    // column in the language shown with nothing changed; mended, imported.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t.actuals.template.exportCsv }).click();
    const template = test.info().outputPath(`template-${language}.csv`);
    await (await download).saveAs(template);
    const rows = (await readFile(template, 'utf8')).split('\r\n');
    const at = rows.findIndex((row) => row.includes('"inspection-labour"'));
    const cells = (rows[at] as string).split(',');
    const spoilt = test.info().outputPath(`spoilt-${language}.csv`);
    // 2025 (column F): a figure with an exponent.
    await writeFile(
      spoilt,
      rows
        .map((row, i) =>
          i === at ? [...cells.slice(0, 5), '1.2e6', ...cells.slice(6)].join(',') : row,
        )
        .join('\r\n'),
    );
    await page.getByTestId('actuals-import').setInputFiles(spoilt);
    const refusal = page.getByRole('alert').filter({ hasText: `spoilt-${language}.csv` });
    await expect(refusal).toContainText(
      t.actuals.import.problem.not_an_amount
        .replace('{{row}}', String(at + 1))
        .replace(
          '{{rowLabel}}',
          language === 'en' ? 'Lower inspection labour cost' : '检验人工成本降低',
        )
        .replace('{{columnLabel}}', '2025')
        .split('{{')[0] as string,
    );
    await expect(verdict).toContainText(slips('2.4', '4.0'));
    await shoot(page, `actuals-${language}-1024-import-refused`);
    const mended = test.info().outputPath(`mended-${language}.csv`);
    // 2025 inspection labour as planned (1,398,298.08 in the plan): the delivery rises.
    await writeFile(
      mended,
      rows
        .map((row, i) =>
          i === at ? [...cells.slice(0, 5), '1398298.08', ...cells.slice(6)].join(',') : row,
        )
        .join('\r\n'),
    );
    await page.getByTestId('actuals-import').setInputFiles(mended);
    await expect(verdict).not.toContainText(slips('2.4', '4.0'));
  });
}
