import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printReport } from '../../main/report/print-report';
import { Dec } from '../../shared/finance';
import type { ReportRequest } from '../../shared/report/request';
import { cliCompare, parseCsv, type CompareJson } from './compare-cli';
import { displayedAmount, toCents } from './cli';
import { comparisonTexts } from '../../renderer/features/report/comparison/texts';
import { expectAccessible, openApp, SCREENSHOTS, shoot } from './screens';
import { englishWords } from '../helpers/english-words';
import { applicantsTexts } from '../../shared/i18n/catalogue';

const { en: applicantsEn, 'zh-CN': applicantsZhCN } = applicantsTexts;

/**
 * The subsidy officer's day, in Chromium against the web build: a folder of applications in,
 * what the subsidy does for each, an applicant's whole case opened and left, flags checked, the
 * ranking re-weighted, a budget proposed, exported and printed — every figure agreeing with
 * `yardstick compare` run on the same folder, and the PDF read back with pdftotext.
 */

const FOLDER = 'assets/examples/applicants';
/** The same applicants in Chinese, as the Chinese interface loads them. */
const FOLDER_ZH = 'assets/examples/zh-CN/applicants';
const BUDGET = '5000000';
const ADDITIONALITY_WEIGHT = 100;
const CHECKED = '13-taizhou-boyuan-pump-high-subsidy.json';
const REPORT_SHOTS = `${SCREENSHOTS}/applicants-report`;

async function openWorkspace(
  page: Page,
  language: 'en' | 'zh-CN',
  size: { width: number; height: number },
): Promise<void> {
  await page.addInitScript(() => {
    // Headless Chromium cannot answer the File System Access pickers: downloads instead.
    const win = window as unknown as Record<string, unknown>;
    delete win.showOpenFilePicker;
    delete win.showSaveFilePicker;
    // The report frame's printer: keep each request it is handed, to print it as a PDF here.
    // (In the frame, before the report page loads: its window outlives the first about:blank.)
    if (window === window.top) return;
    type Api = { render: (request: unknown) => unknown };
    let api: Api | undefined;
    Object.defineProperty(window, 'yardstickReport', {
      configurable: true,
      get: () => api,
      set: (value: Api) => {
        api = Object.assign({}, value, {
          render: (request: unknown) => {
            const top = window.top as unknown as { reportRequests?: unknown[] };
            top.reportRequests = [...(top.reportRequests ?? []), request];
            return value.render(request);
          },
        });
      },
    });
  });
  await page.setViewportSize(size);
  await openApp(page, language);
  await page
    .locator('header label', { hasText: language === 'en' ? 'Applicants' : '申请比较' })
    .click();
}

type Tree = { readonly [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );

/**
 * The workspace's own texts live in their own namespace, which screens.ts's check does not know:
 * no English text of it that Chinese translates differently may be on a Chinese screen.
 */
async function expectWorkspaceInChinese(page: Page, screen: string): Promise<void> {
  const chinese = new Map(leaves(applicantsZhCN as Tree));
  const english = leaves(applicantsEn as Tree)
    .filter(([key, text]) => chinese.get(key) !== text)
    .flatMap(([, text]) => text.split(/\{\{\w+\}\}/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 4 && /[a-z]{3}/.test(part));
  const shown = await page.locator('main').innerText();
  expect(
    english.filter((part) => shown.includes(part)),
    `${screen}: English on a Chinese screen`,
  ).toEqual([]);
}

/** The texts of one column of a table's body rows, found by the header's sort button. */
async function columnTexts(page: Page, column: string): Promise<string[]> {
  const table = page.getByTestId('applicants-table');
  const index = await table
    .locator('thead th')
    .evaluateAll(
      (cells, id) => cells.findIndex((cell) => cell.querySelector(`[data-testid="sort-${id}"]`)),
      column,
    );
  expect(index, `column ${column}`).toBeGreaterThanOrEqual(0);
  return table
    .getByTestId('applicant-row')
    .evaluateAll(
      (rows, at) => rows.map((row) => row.querySelectorAll('td')[at]?.textContent ?? ''),
      index,
    );
}

/** The applicants named in rows marked with the test id, by the button that opens each case. */
const openers = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .getByTestId('open-applicant')
    .evaluateAll((buttons) => buttons.map((button) => button.textContent ?? ''));

/** One cell of every row of a table, or of every row marked with the test id. */
const companyCells = (page: Page, testId: string, cell: number) =>
  page
    .getByTestId(testId)
    .locator('xpath=self::tr | self::table/tbody/tr')
    .evaluateAll(
      (rows, at) => rows.map((row) => row.querySelectorAll('td')[at]?.textContent ?? ''),
      cell,
    );

/** The scores the breakdown implies under new weights, and the ranking they give (README, "Ranking"). */
function rankingUnder(cli: CompareJson, weights: Map<string, number>): string[] {
  const npv = new Map(cli.applicants.map((a) => [a.file, Number(a.npv)]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const scored = cli.ranking.map((row) => ({
    file: row.file,
    company: row.company,
    score:
      row.breakdown.reduce(
        (sum, part) => sum + (weights.get(part.criterion) ?? 0) * Number(part.scaled),
        0,
      ) / total,
  }));
  return scored
    .sort(
      (a, b) =>
        (Math.abs(a.score - b.score) > 1e-12 ? b.score - a.score : 0) ||
        (npv.get(b.file) ?? 0) - (npv.get(a.file) ?? 0) ||
        (a.file < b.file ? -1 : 1),
    )
    .map((row) => row.company);
}

/**
 * Prints the report the workspace asked its printer for, as `yardstick compare --report` does,
 * and reads it back: the text (pdftotext) and every page as a picture to look at.
 */
async function printedReport(page: Page, name: string): Promise<string> {
  await page.waitForFunction(
    () => ((window as unknown as { reportRequests?: unknown[] }).reportRequests ?? []).length > 0,
    undefined,
    { timeout: 60_000 },
  );
  const request = (await page.evaluate(() =>
    (window as unknown as { reportRequests: unknown[] }).reportRequests.at(-1),
  )) as ReportRequest;
  mkdirSync(REPORT_SHOTS, { recursive: true });
  const pdf = join(REPORT_SHOTS, `${name}.pdf`);
  writeFileSync(pdf, await printReport(request, { pagesDir: 'out/web' }));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(REPORT_SHOTS, name)]);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

const squash = (text: string) => text.replace(/\s+/g, '');

test('the officer’s day: a folder in, cases opened, flags checked, a proposal out and printed, as the CLI says', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await openWorkspace(page, 'en', { width: 1280, height: 800 });
  const cli = cliCompare([FOLDER]);
  const byCompany = new Map(cli.applicants.map((a) => [a.company, a]));
  const nameOf = (file: string) =>
    cli.applicants.find((a) => a.file.endsWith(file))?.company ?? file;

  // Load the folder: the invalid file is listed with its reasons, the rest compared.
  await page.getByTestId('applicant-folder').setInputFiles(FOLDER);
  await expect(page.getByTestId('applicants-summary')).toHaveText(
    `${cli.applicants.length} applicants compared, amounts in CNY`,
  );
  const invalid = page.getByTestId('invalid-files');
  await expect(invalid).toContainText('Files left out of the comparison: 1');
  await expect(invalid).toContainText('14-zhuhai-guangyao-invalid.json');
  // Both of the file's faults, each naming its field: a negative cost and an unknown key.
  await expect(invalid).toContainText(/Investment item 1 › Cost: Enter an amount of zero or more/);
  await expect(invalid).toContainText(/Investment item 3.*lifeYears/);
  await expect(page.getByTestId('applicant-row')).toHaveCount(cli.applicants.length);

  // What the subsidy does for each, and the award it needs, as the command line says.
  const shownNames = await openers(page, 'applicant-row');
  const shownStates = await page
    .getByTestId('applicant-row')
    .getByTestId('state-badge')
    .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-state')));
  expect(shownStates).toEqual(shownNames.map((name) => byCompany.get(name)?.state));
  const necessary = (await columnTexts(page, 'necessaryAward')).map(displayedAmount);
  necessary.forEach((text, i) => {
    const award = byCompany.get(shownNames[i] ?? '')?.necessaryAward ?? null;
    expect(text, shownNames[i]).toBe(award === null ? '' : toCents(award));
  });
  await shoot(page, 'applicants-loaded-en-light');

  // The applicant stays in view while the figures scroll sideways.
  const firstName = page.getByTestId('open-applicant').first();
  const before = await firstName.boundingBox();
  await page.getByTestId('applicants-scroller').evaluate((element) => {
    element.scrollLeft = 700;
  });
  // (Within the table's border width: a sticky cell keeps to the scrolled box's edge.)
  await expect
    .poll(async () => Math.abs(((await firstName.boundingBox())?.x ?? 0) - (before?.x ?? 0)))
    .toBeLessThanOrEqual(1);
  await shoot(page, 'applicants-scrolled-en-light');

  // Sort by NPV: the companies in the order of the CLI's NPVs, each to the cent.
  const byNpv = [...cli.applicants].sort((a, b) => Number(a.npv) - Number(b.npv));
  await page.getByTestId('sort-npv').click();
  await expect(page.getByTestId('sort-npv').locator('xpath=..')).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const shownNpv = (await columnTexts(page, 'npv')).map(displayedAmount);
  // Each shown amount is the CLI's NPV to the cent (the column may move a cent to add up).
  shownNpv.forEach((text, i) =>
    expect(Math.abs(Number(text) - Number(toCents(byNpv[i]?.npv ?? '')))).toBeLessThanOrEqual(0.01),
  );
  expect(await openers(page, 'applicant-row')).toEqual(byNpv.map((a) => a.company));

  // Open an applicant's whole case, read-only, and come back to the list as it was.
  const dongguan = nameOf('02-dongguan-jinhui-mould-mes.json');
  await page.getByTestId('open-applicant').filter({ hasText: dongguan }).click();
  const opened = page.getByTestId('applicant-case');
  await expect(opened.getByRole('heading', { name: `The case of ${dongguan}` })).toBeVisible();
  await expect(opened.getByTestId('results-kpis')).toContainText(
    Number(toCents(byCompany.get(dongguan)?.npv ?? '')).toLocaleString('en', {
      minimumFractionDigits: 2,
    }),
  );
  await expect(opened.getByTestId('case-necessary')).toContainText(
    Number(byCompany.get(dongguan)?.necessaryAward).toLocaleString('en', {
      minimumFractionDigits: 2,
    }),
  );
  await expect(opened.getByTestId('projection-table')).toBeVisible();
  await shoot(page, 'applicants-case-en-light');
  await page.getByTestId('case-back').first().click();
  await expect(opened).toHaveCount(0);
  await expect(page.getByTestId('sort-npv').locator('xpath=..')).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(page.getByTestId('open-applicant').filter({ hasText: dongguan })).toBeFocused();

  // The ranking shows the flags; the officer checks one applicant's and lets it be funded.
  await page.getByRole('tab', { name: 'Ranking' }).click();
  expect(await openers(page, 'ranking-row')).toEqual(cli.ranking.map((row) => row.company));
  const taizhou = nameOf(CHECKED);
  const taizhouRow = page.getByTestId('ranking-row').filter({ hasText: taizhou });
  await taizhouRow.getByRole('button', { name: `Flags: 1 · ${taizhou}` }).click();
  await expect(page.getByTestId('flags-popover')).toContainText('Asks subsidies of 58.57%');
  await page.keyboard.press('Escape');
  await taizhouRow.getByRole('checkbox', { name: `Checked — include: ${taizhou}` }).check();
  await shoot(page, 'applicants-ranking-en-light');

  // Change a weight: the ranking becomes what each score's breakdown implies.
  const weights = new Map(
    (cli.ranking[0]?.breakdown ?? []).map((part) => [part.criterion, Number(part.weight)]),
  );
  weights.set('additionality', ADDITIONALITY_WEIGHT);
  const expected = rankingUnder(cli, weights);
  await page
    .getByLabel('Weight of “Pays off only with the subsidy”')
    .fill(String(ADDITIONALITY_WEIGHT));
  await expect.poll(() => openers(page, 'ranking-row')).toEqual(expected);
  // The same weights and check for the CLI, as a --weights file.
  const weightsFile = testInfo.outputPath('weights.json');
  writeFileSync(
    weightsFile,
    JSON.stringify({
      version: 2,
      weights: Object.fromEntries(weights),
      // The CLI knows each applicant by the path it was given.
      allocation: { checked: [join(FOLDER, CHECKED)] },
    }),
  );

  // A budget: by default the three projects the subsidy causes, and no deadweight.
  await page.getByRole('tab', { name: 'Budget' }).click();
  await page.getByLabel(/^Budget \(/).fill(BUDGET);
  const expectProposedAsCli = async (args: readonly string[]) => {
    const allocated = cliCompare([FOLDER, '--budget', BUDGET, '--weights', weightsFile, ...args]);
    const selected = allocated.selected ?? [];
    await expect
      .poll(async () => (await companyCells(page, 'funded', 0)).sort())
      .toEqual(selected.map((award) => award.company).sort());
    return allocated;
  };
  const caused = await expectProposedAsCli([]);
  expect((caused.selected ?? []).map((award) => byCompany.get(award.company)?.state)).toEqual([
    'additional',
    'additional',
    'additional',
  ]);
  await expect(page.getByTestId('deadweight')).toHaveText(
    'Deadweight: none — no award goes to a project that pays off without it.',
  );
  // Capped at the necessary award: each proposal is what the project needs, to the fen.
  await page.getByTestId('award-cap').getByText('The necessary award').click();
  const capped = await expectProposedAsCli(['--cap', 'necessary']);
  for (const award of capped.selected ?? [])
    expect(award.award).toBe(byCompany.get(award.company)?.necessaryAward);
  await shoot(page, 'applicants-budget-en-light');
  // The total NPV funds projects that pay off anyway; the deadweight says how much.
  await page.getByTestId('award-cap').getByText('The request').click();
  await page.getByTestId('objective').getByText('Total NPV').click();
  const total = await expectProposedAsCli(['--objective', 'npv']);
  expect(Number(total.deadweightSubsidy)).toBeGreaterThan(0);
  // Checked, the flagged applicant competes like any other.
  expect(total.rejected?.find((item) => item.company === taizhou)?.reason).not.toBe('flagged');
  await expect(page.getByTestId('deadweight')).toContainText(
    Number(total.deadweightSubsidy).toLocaleString('en', { minimumFractionDigits: 2 }),
  );
  await page.getByTestId('objective').getByText('NPV caused').click();
  await expectProposedAsCli([]);

  // The map: the outlier drawn at the edge, and each bubble named as the keyboard reaches it.
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page.getByTestId('chart-applicants-map').locator('canvas')).toBeVisible();
  await expect(page.getByText(/beyond the axis, drawn as a triangle/)).toContainText(
    nameOf('08-changzhou-tianli-motor-implausible.json'),
  );
  await page.getByTestId('applicants-map-keys').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('applicants-map-focused')).toContainText(
    `2 of 13: ${expected[1] ?? ''}`,
  );
  await shoot(page, 'applicants-map-en-light');

  // Export CSV: what the subsidy does, the necessary award and the deadweight, for a reader:
  // amounts to the cent with the unit in the heading, rates to six decimals of the fraction.
  await page.getByRole('tab', { name: 'Comparison' }).click();
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Export CSV' }).click();
  const csvPath = testInfo.outputPath('comparison.csv');
  await (await csvDownload).saveAs(csvPath);
  const [header = [], ...body] = parseCsv(readFileSync(csvPath, 'utf8'));
  const at = (name: string) =>
    header.findIndex((heading) => heading === name || heading === `${name} (CNY)`);
  for (const name of [
    'Company',
    'Effect of the subsidy',
    'Necessary award (CNY)',
    'Proposed award (CNY)',
  ])
    expect(header, name).toContain(name);
  const cent = (value: string | undefined) =>
    value === undefined || value === '' ? '' : new Dec(value).toFixed(2, Dec.ROUND_HALF_UP);
  const rows = body.slice(0, -1);
  const totalRow = body.at(-1) ?? [];
  expect(rows.map((row) => row[at('Company')])).toEqual(expected);
  const proposed = new Map((caused.selected ?? []).map((award) => [award.company, award.award]));
  for (const row of rows) {
    const company = row[at('Company')] ?? '';
    expect(row[at('NPV')]).toBe(cent(byCompany.get(company)?.npv));
    expect(row[at('Necessary award')]).toBe(cent(byCompany.get(company)?.necessaryAward ?? ''));
    expect(row[at('Proposed award')]).toBe(cent(proposed.get(company) ?? '0'));
  }
  expect(totalRow[at('Proposed award')]).toBe(cent(caused.totalSubsidy));
  expect(totalRow[at('Of which deadweight')]).toBe(cent(caused.deadweightSubsidy));
  const share = caused.deadweightShare;
  expect(totalRow[at('Deadweight share of the awards')]).toBe(
    share === null || share === undefined
      ? undefined
      : new Dec(share).toDecimalPlaces(6, Dec.ROUND_HALF_UP).toFixed(),
  );

  // Export XLSX: the same table as numbers, and the score breakdown with the weight typed.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Export Excel workbook' }).click();
  const xlsxPath = testInfo.outputPath('comparison.xlsx');
  await (await xlsxDownload).saveAs(xlsxPath);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsxPath);
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Applicants', 'Score breakdown']);
  const scores = book.getWorksheet('Score breakdown');
  const weightsShown = new Set<number>();
  scores?.eachRow((row, index) => {
    if (index > 1 && String(row.getCell(3).value).startsWith('Pays off only with'))
      weightsShown.add(Number(row.getCell(6).value));
  });
  expect([...weightsShown]).toEqual([ADDITIONALITY_WEIGHT]);

  // The PDF: the proposal on the cover with its deadweight, the checked flag, every state.
  await page.getByLabel('Programme or call, for the report').fill('Smart manufacturing 2026');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Print PDF report' }).click();
  const text = squash(await printedReport(page, 'en'));
  const texts = comparisonTexts.en;
  expect(text).toContain(squash('Smart manufacturing 2026'));
  for (const title of Object.values(texts.sections)) expect(text).toContain(squash(title));
  // The cover's label wraps beside its value: the value, and the label's first words.
  expect(text).toContain(squash('Deadweight in the CN¥0.00 (0.00% of the awards)'));
  expect(text).toContain(squash(texts.summary.proposal));
  expect(text).toContain(squash(texts.allocation.funded));
  expect(text).toContain(squash(texts.flags.checked));
  for (const award of caused.selected ?? []) expect(text).toContain(squash(award.company));
  for (const state of Object.values(applicantsEn.states)) expect(text).toContain(squash(state));
});

test('a set of files, some not scenario files, loads what it can and says why not the rest', async ({
  page,
}, testInfo) => {
  await openWorkspace(page, 'en', { width: 1280, height: 800 });
  const notJson = testInfo.outputPath('notes.json');
  writeFileSync(notJson, 'Minutes of the call, not a scenario');
  await page
    .getByTestId('applicant-files')
    .setInputFiles([
      `${FOLDER}/01-suzhou-hengda-smt-aoi.json`,
      `${FOLDER}/07-xiamen-huamei-garment-cutting.json`,
      notJson,
    ]);
  await expect(page.getByTestId('applicants-summary')).toHaveText(
    '2 applicants compared, amounts in CNY',
  );
  await expect(page.getByTestId('invalid-files')).toContainText('notes.json');
  await expect(page.getByTestId('applicant-row')).toHaveCount(2);
});

test('the officer’s path in Chinese at 1024 × 700: every tab, a case and back, the PDF', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openWorkspace(page, 'zh-CN', { width: 1024, height: 700 });
  await page.getByTestId('applicant-folder').setInputFiles(FOLDER_ZH);
  await expect(page.getByTestId('applicant-row')).toHaveCount(13);
  const tabs = [
    ['比较', 'table'],
    ['排序', 'ranking'],
    ['预算', 'budget'],
    ['分布图', 'map'],
    ['合理性', 'flags'],
  ] as const;
  for (const [name, tag] of tabs) {
    await page.getByRole('tab', { name }).click();
    // Amounts are in 万元 in Chinese; the budget is typed with its unit, as an officer writes it.
    if (tag === 'budget') await page.getByRole('textbox', { name: /^预算（万元）/ }).fill('500万');
    if (tag === 'ranking')
      await page
        .getByRole('button', { name: /得分明细/ })
        .first()
        .click();
    if (tag === 'flags')
      await page.getByRole('checkbox', { name: /^已核查，纳入：台州博远/ }).check();
    await expectWorkspaceInChinese(page, tag);
    await expectAccessible(page, `applicants ${tag} zh-CN`);
    await shoot(page, `applicants-${tag}-zh-CN-light`);
  }

  // An applicant's case, in Chinese, accessible, and back to the tab it was opened from.
  await page.getByRole('tab', { name: '比较' }).click();
  await page.getByTestId('open-applicant').first().click();
  const opened = page.getByTestId('applicant-case');
  await expect(opened.getByRole('heading', { name: /的方案$/ })).toBeVisible();
  await expect(opened.getByTestId('case-necessary')).toContainText('必要资助额');
  await expectWorkspaceInChinese(page, 'case');
  await expectAccessible(page, 'applicant case zh-CN');
  await shoot(page, 'applicants-case-zh-CN-light');
  await page.getByTestId('case-back').first().click();
  await expect(page.getByTestId('applicant-row')).toHaveCount(13);
  await expect(page.getByRole('tab', { name: '比较' })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: '导出' }).click();
  await page.getByRole('menuitem', { name: '打印 PDF 报告' }).click();
  const printed = await printedReport(page, 'zh-CN');
  const text = squash(printed);
  const texts = comparisonTexts['zh-CN'];
  for (const title of Object.values(texts.sections)) expect(text).toContain(squash(title));
  expect(text).toContain(squash(`${texts.cover.deadweight}0.00 万元（占资助额 0.00%）`));
  expect(text).toContain(squash(texts.summary.proposal));
  expect(text).toContain(squash(texts.allocation.funded));
  expect(text).toContain(squash(texts.flags.checked));
  for (const state of Object.values(applicantsZhCN.states)) expect(text).toContain(squash(state));
  expect(text).not.toContain('已拨款');
  // No English word: the applicants' names, items and notes are Chinese (see english-words.ts).
  expect(englishWords(printed)).toEqual([]);
});
