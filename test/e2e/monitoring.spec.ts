import { expect, test, type Page } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expectAccessible, openApp, SCREENSHOTS, shoot, type Language } from './screens';
import { applicantsTexts } from '../../shared/i18n/catalogue';

const { en: applicantsEn, 'zh-CN': applicantsZhCN } = applicantsTexts;

/*
 * The subsidy officer two years into a programme, in both languages: the funded applicants'
 * files with their actual results are loaded like any applicants, and the Monitoring tab shows
 * what each achieved of its claim, its NPV and the NPV the subsidy caused re-forecast, the flags
 * for under-delivery and missing reports at the settings chosen, and the programme's totals.
 * Photographed at 1280×800 and 1024×700 (test/e2e/screenshots, looked at by a person).
 */

const TEXTS = { en: applicantsEn, 'zh-CN': applicantsZhCN } as const;
/** English: the two examples with actuals and one funded applicant that starts in 2026. */
const FILES = {
  en: [
    'assets/examples/smt-inspection-actuals.json',
    'assets/examples/workshop-vision-actuals.json',
    'assets/examples/small-enterprise-subsidy.json',
  ],
  'zh-CN': [
    'assets/examples/zh-CN/smt-inspection-actuals.json',
    'assets/examples/zh-CN/workshop-vision-actuals.json',
  ],
} as const;

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

async function openProgramme(page: Page, language: Language) {
  await page.addInitScript(() => {
    const win = window as unknown as Record<string, unknown>;
    delete win.showOpenFilePicker;
    delete win.showSaveFilePicker;
  });
  await openApp(page, language);
  await page
    .locator('header label', { hasText: language === 'en' ? 'Applicants' : '申请比较' })
    .click();
  await page.getByTestId('applicant-files').setInputFiles([...FILES[language]]);
  await page.getByRole('tab', { name: TEXTS[language].tabs.monitor }).click();
}

for (const language of ['en', 'zh-CN'] as const satisfies readonly Language[]) {
  const t = TEXTS[language];

  test(`programme monitoring in ${language}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openProgramme(page, language);
    const year = page.getByRole('textbox', { name: t.monitor.reportingYear, exact: true });
    await year.fill('2025');
    const table = page.getByTestId('monitor-table');
    await expect(table.locator('tbody tr')).toHaveCount(FILES[language].length);
    await expect(table).toContainText(t.monitor.verdict['payback-slips']);
    await expect(table).toContainText(t.monitor.verdict['on-track']);
    // The slipping applicant achieved 67 % of its claim: below the 80 % threshold.
    const flags = page.getByTestId('monitor-flags');
    await expect(flags).toContainText(
      fill(t.monitor.flagsTitle, { underDelivering: 1, missing: 0 }),
    );
    await expectAccessible(page, `monitoring-${language}`);
    await shoot(page, `monitoring-${language}-1280`);

    // Two more years due: every applicant misses a report; a lower threshold clears the flag.
    await year.fill('2027');
    await expect(flags).toContainText(
      fill(t.monitor.flagsTitle, { underDelivering: 1, missing: FILES[language].length }),
    );
    await page.getByRole('textbox', { name: t.monitor.threshold, exact: true }).fill('60');
    await expect(flags).toContainText(
      fill(t.monitor.flagsTitle, { underDelivering: 0, missing: FILES[language].length }),
    );
    await page.setViewportSize({ width: 1024, height: 700 });
    await shoot(page, `monitoring-${language}-1024`);
  });

  test(`the monitoring report in ${language}, read back with pdftotext`, () => {
    test.setTimeout(240_000);
    const pdf = test.info().outputPath(`monitoring-${language}.pdf`);
    const run = spawnSync(
      process.execPath,
      [
        'scripts/cli.mjs',
        'monitor',
        ...FILES[language],
        '--as-of',
        '2025',
        '--report',
        pdf,
        '--lang',
        language,
        '--title',
        language === 'en' ? 'County digital transformation pilot' : '县级数字化转型试点',
        '--date',
        '2026-11-25',
      ],
      { encoding: 'utf8', timeout: 240_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const cli = JSON.parse(run.stdout) as {
      totals: { delivery: string };
      applicants: { flags: { code: string }[] }[];
    };
    expect(cli.applicants.map((row) => row.flags.map((flag) => flag.code))).toContainEqual([
      'under-delivery',
    ]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // Lower case: the cover's kicker is set in capitals.
    const flat = text.replace(/\s+/g, '').toLowerCase();
    for (const part of [
      t.monitor.report.kicker,
      t.monitor.report.totalsTitle,
      t.monitor.report.applicantsTitle,
      t.monitor.report.methodTitle,
      fill(t.monitor.flagsTitle, { underDelivering: 1, missing: 0 }),
      t.monitor.report.summary.split('{{')[1]?.replace(/^\w+\}\}/, '') ?? '',
      // The programme's delivery as the command line computes it: 3,659,000 / 5,110,553.60.
      `${(Number(cli.totals.delivery) * 100).toFixed(1)}%`,
    ])
      expect(flat).toContain(part.replace(/\s+/g, '').toLowerCase());
    mkdirSync(`${SCREENSHOTS}/monitoring-report`, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      pdf,
      `${SCREENSHOTS}/monitoring-report/${language}`,
    ]);
  });
}
