import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { cliCompare, parseCsv, type CompareJson } from './compare-cli';
import { displayedAmount, toCents } from './cli';
import { applicantsEn, applicantsZhCN } from '../../renderer/applicants/i18n';
import { expectAccessible, openApp, shoot } from './screens';

/**
 * The subsidy officer's day (issue 8), in Chromium against the web build: a folder of
 * applications in, checked, sorted, filtered, re-weighted, allocated and exported — and every
 * figure agreeing with `yardstick compare` run on the same folder.
 */

const FOLDER = 'assets/examples/applicants';
const BUDGET = '3000000';
const ADDITIONALITY_WEIGHT = 100;

async function openWorkspace(page: Page, language: 'en' | 'zh-CN'): Promise<void> {
  await page.addInitScript(() => {
    // Headless Chromium cannot answer the File System Access pickers: downloads instead.
    const win = window as unknown as Record<string, unknown>;
    delete win.showOpenFilePicker;
    delete win.showSaveFilePicker;
  });
  await page.setViewportSize({ width: 1440, height: 900 });
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

test('from a folder of applications to a funding list, its exports agreeing with the CLI', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openWorkspace(page, 'en');
  const cli = cliCompare([FOLDER]);
  const byCompany = new Map(cli.applicants.map((a) => [a.company, a]));

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
  await shoot(page, 'applicants-loaded-en-light');

  // Sort by NPV, ascending then descending: the companies in the order of the CLI's NPVs.
  const byNpv = [...cli.applicants].sort((a, b) => Number(a.npv) - Number(b.npv));
  await page.getByTestId('sort-npv').click();
  await expect(page.getByTestId('sort-npv').locator('xpath=..')).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const shownNpv = (await columnTexts(page, 'npv')).map(displayedAmount);
  expect(shownNpv.map(Number)).toEqual([...shownNpv.map(Number)].sort((a, b) => a - b));
  // Each shown amount is the CLI's NPV to the cent (the column may move a cent to add up).
  shownNpv.forEach((text, i) =>
    expect(Math.abs(Number(text) - Number(toCents(byNpv[i]?.npv ?? '')))).toBeLessThanOrEqual(0.01),
  );
  const companiesAscending = await companyCells(page, 'applicant-row', 1);
  expect(
    companiesAscending.map((text) => byNpv.find((a) => text.startsWith(a.company))?.company),
  ).toEqual(byNpv.map((a) => a.company));
  await page.getByTestId('sort-npv').click();
  await expect(page.getByTestId('sort-npv').locator('xpath=..')).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const companiesDescending = await companyCells(page, 'applicant-row', 1);
  expect(companiesDescending).toEqual([...companiesAscending].reverse());

  // Filter: the rows whose company, project or file mention the word, and their total.
  const needle = 'electronics';
  const matching = cli.applicants.filter((a) =>
    [a.company, a.project, a.file.split('/').pop() ?? ''].some((text) =>
      text.toLowerCase().includes(needle),
    ),
  );
  expect(matching.length).toBeGreaterThan(1);
  expect(matching.length).toBeLessThan(cli.applicants.length);
  await page.getByLabel('Filter by company, project or file').fill('Electronics');
  await expect(page.getByTestId('applicant-row')).toHaveCount(matching.length);
  const requested = matching.reduce((sum, a) => sum + Number(a.subsidyRequested), 0);
  const totalRow = page.getByTestId('applicants-total');
  await expect(totalRow).toContainText(`Total (${matching.length})`);
  const totals = await totalRow.locator('th').allTextContents();
  expect(totals.map(displayedAmount)).toContain(requested.toFixed(2));
  await shoot(page, 'applicants-filtered-en-light');
  await page.getByLabel('Filter by company, project or file').fill('');
  await expect(page.getByTestId('applicant-row')).toHaveCount(cli.applicants.length);

  // Change a weight: the ranking becomes what each score's breakdown implies.
  await page.getByRole('tab', { name: 'Ranking' }).click();
  const defaultOrder = await companyCells(page, 'ranking-row', 1);
  expect(defaultOrder).toEqual(cli.ranking.map((row) => row.company));
  const weights = new Map(
    (cli.ranking[0]?.breakdown ?? []).map((part) => [part.criterion, Number(part.weight)]),
  );
  expect(weights.has('additionality')).toBe(true);
  weights.set('additionality', ADDITIONALITY_WEIGHT);
  const expected = rankingUnder(cli, weights);
  expect(expected).not.toEqual(defaultOrder);
  await page
    .getByLabel('Weight of “Pays off only with the subsidy”')
    .fill(String(ADDITIONALITY_WEIGHT));
  await expect.poll(() => companyCells(page, 'ranking-row', 1)).toEqual(expected);
  // The new leader's breakdown: the weight typed, and points adding up to its score.
  const leader = expected[0] ?? '';
  await page.getByRole('button', { name: `Score breakdown of ${leader}` }).click();
  const breakdown = page.getByRole('table', { name: `Score breakdown of ${leader}` });
  await expect(breakdown.getByRole('row').filter({ hasText: 'Pays off only with' })).toContainText(
    String(ADDITIONALITY_WEIGHT),
  );
  const points = await breakdown
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Number(row.querySelectorAll('td')[4]?.textContent)));
  const score = Number(
    await page.getByTestId('ranking-row').first().locator('td').nth(2).textContent(),
  );
  expect(Math.abs(points.reduce((a, b) => a + b, 0) - score)).toBeLessThanOrEqual(0.1);
  await shoot(page, 'applicants-ranking-en-light');

  // The same weights for the CLI, as a --weights file.
  const weightsFile = testInfo.outputPath('weights.json');
  writeFileSync(weightsFile, JSON.stringify({ weights: Object.fromEntries(weights) }));

  // Set a budget: the funded set fits it and is the one the CLI selects, for either objective.
  await page.getByRole('tab', { name: 'Budget' }).click();
  await page.getByLabel(/^Budget \(/).fill(BUDGET);
  const expectFundedAsCli = async (objective: 'npv' | 'score') => {
    const allocated = cliCompare([
      FOLDER,
      '--budget',
      BUDGET,
      '--weights',
      weightsFile,
      '--objective',
      objective,
    ]);
    const selected = allocated.selected ?? [];
    expect(selected.length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await companyCells(page, 'funded', 0)).sort())
      .toEqual(selected.map((award) => award.company).sort());
    const awards = (await companyCells(page, 'funded', 1)).map((text) =>
      Number(displayedAmount(text)),
    );
    const awarded = awards.reduce((a, b) => a + b, 0);
    expect(awarded).toBeLessThanOrEqual(Number(BUDGET));
    expect(awarded).toBe(Number(allocated.totalSubsidy));
    for (const award of selected) {
      expect(Number(award.award)).toBe(Number(byCompany.get(award.company)?.subsidyRequested));
    }
    return allocated;
  };
  await expectFundedAsCli('npv');
  await expect(page.getByTestId('marginal')).toBeVisible();
  await shoot(page, 'applicants-budget-en-light');
  await page.locator('label', { hasText: 'Total score' }).click();
  const allocated = await expectFundedAsCli('score');

  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page.getByTestId('chart-applicants-map').locator('canvas')).toBeVisible();
  await shoot(page, 'applicants-map-en-light');
  await page.getByRole('tab', { name: 'Plausibility' }).click();
  await shoot(page, 'applicants-flags-en-light');

  // Export CSV: every digit of the CLI's figures, the awards, in the new ranking's order.
  await page.getByRole('tab', { name: 'Comparison' }).click();
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Export CSV' }).click();
  const csvPath = testInfo.outputPath('comparison.csv');
  await (await csvDownload).saveAs(csvPath);
  const [header = [], ...body] = parseCsv(readFileSync(csvPath, 'utf8'));
  const at = (name: string) => header.indexOf(name);
  for (const name of ['Company', 'NPV', 'Subsidy requested', 'Award', 'Decision'])
    expect(header, name).toContain(name);
  const rows = body.slice(0, -1);
  const total = body.at(-1) ?? [];
  expect(rows.map((row) => row[at('Company')])).toEqual(expected);
  for (const row of rows) {
    expect(row[at('NPV')]).toBe(byCompany.get(row[at('Company')] ?? '')?.npv);
  }
  const funded = new Map((allocated.selected ?? []).map((award) => [award.company, award.award]));
  for (const row of rows) {
    expect(row[at('Award')]).toBe(funded.get(row[at('Company')] ?? '') ?? '0');
  }
  expect(total[at('Award')]).toBe(allocated.totalSubsidy);

  // Export XLSX: the same table as numbers, and the score breakdown with the weight typed.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Export Excel workbook' }).click();
  const xlsxPath = testInfo.outputPath('comparison.xlsx');
  await (await xlsxDownload).saveAs(xlsxPath);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsxPath);
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Applicants', 'Score breakdown']);
  const sheet = book.getWorksheet('Applicants');
  const headers = (sheet?.getRow(1).values ?? []) as unknown[];
  const col = (name: string) => headers.indexOf(name);
  for (let r = 0; r < expected.length; r += 1) {
    const row = sheet?.getRow(r + 2);
    const company = String(row?.getCell(col('Company')).value);
    expect(company).toBe(expected[r]);
    expect(row?.getCell(col('NPV')).value).toBeCloseTo(Number(byCompany.get(company)?.npv), 2);
  }
  const scores = book.getWorksheet('Score breakdown');
  const weightsShown = new Set<number>();
  scores?.eachRow((row, index) => {
    if (index > 1 && String(row.getCell(3).value).startsWith('Pays off only with'))
      weightsShown.add(Number(row.getCell(6).value));
  });
  expect([...weightsShown]).toEqual([ADDITIONALITY_WEIGHT]);
});

test('a set of files, some not scenario files, loads what it can and says why not the rest', async ({
  page,
}, testInfo) => {
  await openWorkspace(page, 'en');
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

test('the loaded workspace in Chinese: every tab translated, accessible and photographed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openWorkspace(page, 'zh-CN');
  await page.getByTestId('applicant-folder').setInputFiles(FOLDER);
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
    if (tag === 'budget') await page.getByRole('textbox', { name: /^预算（/ }).fill(BUDGET);
    if (tag === 'ranking')
      await page
        .getByRole('button', { name: /得分明细/ })
        .first()
        .click();
    await expectWorkspaceInChinese(page, tag);
    await expectAccessible(page, `applicants ${tag} zh-CN`);
    await shoot(page, `applicants-${tag}-zh-CN-light`);
  }
});
