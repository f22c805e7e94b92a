import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFormulaWorkbook,
  formulaWorkbookXlsx,
  type WorkbookLanguage,
} from '../../../shared/export/formula-workbook';
import {
  ALL_METRIC_KEYS,
  evaluateScenario,
  projectionTable,
  type Evaluation,
} from '../../../shared/model';
import { decimalArithmetic } from '../../../shared/finance';
import { parseScenarioFile, selectScenario, type Scenario } from '../../../shared/scenario';
import { label } from '../../../shared/export/formula-workbook/labels';
import { STATEMENT_FIRST_YEAR_COLUMN } from '../../../shared/export/formula-workbook/statement-sheets';
import { buildStatements } from '../../../shared/statements';
import {
  baseScenario,
  capex,
  EXAMPLES_DIR,
  evaluateValid,
  exampleAndApplicantPaths,
  saving,
} from '../../helpers/scenarios';
import { textbookConstructionLoan } from '../../helpers/textbook-construction-loan';
import { recalculateInCalc, SOFFICE } from '../../helpers/spreadsheet';

/*
 * The workbook with formulas recalculated by a real spreadsheet engine: LibreOffice Calc, headless,
 * told to recalculate every formula on load (it keeps the saved values otherwise). Every
 * projection row and every metric Calc computes must be Yardstick's own figure — amounts to the
 * cent, rates to 1e-9 — for every example file and applicant. Then an input is changed in the
 * workbook (the cached values left stale) and Calc's figures must be Yardstick's for the same
 * change — the projection, the metrics and every cell of the feasibility-study statements: that
 * both proves Calc recomputed and that the formulas follow the inputs. All the
 * workbooks go through one Calc process.
 */

/*
 * One small case per rule a feasibility study adds, each figure derived by hand from the formula
 * of docs/methodology.md (not read from the program): Calc must recalculate the workbook to them.
 * `rows` are projection rows by id, `years` the values by year (an omitted year is not checked).
 */
interface HandCase {
  readonly label: string;
  readonly language: WorkbookLanguage;
  readonly scenario: Scenario;
  readonly rows: Readonly<Record<string, Readonly<Record<number, string>>>>;
}

const HAND_CASES: readonly HandCase[] = [
  {
    // Interest during construction on mid-year draws, rolled into the loan: the textbook case
    // (test/helpers/textbook-construction-loan.ts), draws of 3,000,000, 6,000,000 and 4,000,000 in
    // years 0–2 at 12 %, q_j = (P_{j−1} + A_j / 2) × i:
    //   q0 = (0 + 3,000,000 / 2) × 0.12 = 180,000
    //   q1 = (3,180,000 + 6,000,000 / 2) × 0.12 = 741,600
    //   q2 = (3,180,000 + 6,741,600 + 4,000,000 / 2) × 0.12 = 11,921,600 × 0.12 = 1,430,592
    // in all 2,352,192; owed at the end of year 2: 13,000,000 + 2,352,192 = 15,352,192. Year 3
    // (grace, the plant in service): 15,352,192 × 0.12 = 1,842,263.04, expensed. Years 4–8 repay
    // it in equal parts: 15,352,192 / 5 = 3,070,438.40, leaving 12,281,753.60 at the end of year
    // 4. The plant (20,000,000, straight line over 10 years from year 3: 2,000,000 a year) carries
    // the 2,352,192 in the equity view only: 2,352,192 / 10 = 235,219.20 more deducted in years 3–10.
    label: 'hand: interest during construction',
    language: 'zh-CN',
    scenario: textbookConstructionLoan(),
    rows: {
      interestDuringConstruction: { 0: '180000', 1: '741600', 2: '1430592', 3: '0' },
      loanBalance: { 2: '15352192', 3: '15352192', 4: '12281753.6', 8: '0' },
      interest: { 2: '0', 3: '1842263.04' },
      principal: { 3: '0', 4: '3070438.4', 8: '3070438.4' },
      depreciation: { 3: '2000000' },
      constructionInterestDeduction: { 2: '0', 3: '235219.2', 10: '235219.2' },
    },
  },
  {
    // Maintenance investment: an overhaul of 300,000 paid in year 3 and every 3 years (years 3, 6
    // and 9), each outlay depreciated straight over 3 years from the year after: 100,000 a year in
    // years 4–10 (the last outlay's years 11–12 fall after the horizon); routine upkeep of 50,000
    // in year 2 and every 2 years (2, 4, 6, 8, 10), expensed. Year 4: 1,000,000 − 50,000 − 100,000
    // = 850,000 taxable, 212,500 tax. Year 6: capex 350,000, cash flow 1,000,000 − 350,000 −
    // 212,500 = 437,500. Year 3: 1,000,000 taxable, 250,000 tax.
    label: 'hand: maintenance investment',
    language: 'en',
    scenario: baseScenario({
      project: { name: 'Maintenance', currency: 'CNY', startYear: 2026, horizonYears: 10 },
      capex: [
        capex('overhaul', '300000', {
          payments: [{ year: 3, share: '1' }],
          depreciation: { method: 'straight-line', lifeYears: 3, salvage: '0' },
          maintenance: { treatment: 'depreciate', everyYears: 3 },
        }),
        capex('upkeep', '50000', {
          payments: [{ year: 2, share: '1' }],
          maintenance: { treatment: 'expense', everyYears: 2 },
        }),
      ],
      effects: [saving('s', '1000000')],
    }),
    rows: {
      maintenanceCapex: { 2: '50000', 3: '300000', 5: '0', 6: '350000', 9: '300000', 10: '50000' },
      maintenanceExpensed: { 2: '50000', 3: '0', 6: '50000', 10: '50000' },
      depreciationBeforeIncentives: { 3: '0', 4: '100000', 7: '100000', 10: '100000' },
      taxableIncome: { 3: '1000000', 4: '850000' },
      tax: { 3: '250000', 4: '212500' },
      projectNetCashFlow: { 6: '437500' },
    },
  },
  {
    // Surcharges on VAT: 100,000 of VAT payable a year × (7 % + 3 % + 2 %) = 12,000 in year-0
    // prices, × 1.02^t: 12,240 in year 1, 12,484.80 in year 2, 12,000 × 1.02^5 = 13,248.9696384 in
    // year 5. Deductible: year 1 taxable 500,000 − 12,240 − 200,000 = 287,760, tax 71,940; cash
    // flow 500,000 − 12,240 − 71,940 = 415,820.
    label: 'hand: surcharges on VAT',
    language: 'zh-CN',
    scenario: baseScenario({
      capex: [capex('m', '1000000')],
      effects: [saving('s', '500000')],
      tax: {
        rate: '0.25',
        lossCarryForwardYears: 5,
        surcharges: {
          basis: 'vat-rates',
          vatPayable: '100000',
          urbanMaintenanceRate: '0.07',
          educationRate: '0.03',
          localEducationRate: '0.02',
          escalates: true,
        },
      },
      parameters: { discountRate: { rate: '0.08', basis: 'nominal' }, inflation: '0.02' },
    }),
    rows: {
      surcharges: { 0: '0', 1: '12240', 2: '12484.8', 5: '13248.9696384' },
      taxableIncome: { 1: '287760' },
      tax: { 1: '71940' },
      projectNetCashFlow: { 1: '415820' },
    },
  },
  {
    // A tax holiday from the first profitable year, 2 exempt and 2 at half rate, for a high and
    // new technology enterprise taxed at 15 %: depreciation 200,000 a year in years 1–5; year 1
    // 100,000 − 200,000 = −100,000, a loss (not profitable: the clock does not start); year 2
    // 600,000 − 200,000 − 100,000 of the loss = 300,000, the first profitable year: exempt,
    // relief = 300,000 × 15 % = 45,000; year 3 exempt, 400,000 × 15 % = 60,000; years 4–5 at half
    // the statutory rate, 12.5 %, which is below 15 %: 60,000 − 400,000 × 12.5 % = 10,000 relief,
    // 50,000 tax (not half of 15 %: no stacking); year 6, after the holiday, 600,000 × 15 % = 90,000.
    label: 'hand: tax holiday',
    language: 'en',
    scenario: baseScenario({
      project: { name: 'Holiday', currency: 'CNY', startYear: 2026, horizonYears: 6 },
      capex: [capex('m', '1000000')],
      effects: [saving('s', '600000', { series: ['100000'] })],
      tax: {
        rate: '0.25',
        lossCarryForwardYears: 5,
        preferential: {
          type: 'reduced-rate',
          label: 'High and new technology enterprise',
          rate: '0.15',
        },
        holiday: { exemptYears: 2, halfRateYears: 2, from: 'first-profitable-year' },
      },
    }),
    rows: {
      taxBeforeCredits: { 1: '0', 2: '45000', 3: '60000', 4: '60000', 6: '90000' },
      taxHolidayRelief: { 1: '0', 2: '45000', 3: '60000', 4: '10000', 5: '10000', 6: '0' },
      tax: { 1: '0', 2: '0', 3: '0', 4: '50000', 5: '50000', 6: '90000' },
    },
  },
];
for (const hand of HAND_CASES) evaluateValid(hand.scenario); // the app's own validation

interface Case {
  readonly file: string;
  readonly label: string;
  readonly scenario: Scenario;
  readonly scenarioName: string;
  readonly language: WorkbookLanguage;
  /** Inputs changed in the workbook by defined name, and the same change in the scenario. */
  readonly change?: {
    readonly names: Readonly<Record<string, number>>;
    readonly scenario: (scenario: Scenario) => void;
  };
}

const files = exampleAndApplicantPaths();

function loadCases(): Case[] {
  const cases: Case[] = [];
  files.forEach((file, index) => {
    const parsed = parseScenarioFile(readFileSync(file, 'utf8'));
    if (!parsed.ok) return; // the applicant filed with an invalid file has no workbook
    const selected = selectScenario(parsed.file, undefined);
    if (!selected.ok) return;
    const label = file.split('/').pop() as string;
    cases.push({
      file,
      label,
      scenario: selected.scenario,
      scenarioName: selected.name,
      // Both languages: the formulas are the same, the sheet names differ.
      language:
        label === 'heat-treatment-energy-upgrade.json' ? 'en' : index % 2 === 0 ? 'en' : 'zh-CN',
    });
  });
  // The example with all four rules of a feasibility study (interest during construction on
  // mid-year draws, maintenance investment, surcharges on VAT, three years exempt and three at
  // half rate) in English above and, as its Chinese twin, in Chinese.
  {
    const twin = join(EXAMPLES_DIR, 'zh-CN', 'heat-treatment-energy-upgrade.json');
    const parsed = parseScenarioFile(readFileSync(twin, 'utf8'));
    if (!parsed.ok) throw new Error('the Chinese heat-treatment example is not valid');
    const selected = selectScenario(parsed.file, undefined);
    if (!selected.ok) throw new Error('the Chinese heat-treatment example has no base');
    cases.push({
      file: twin,
      label: 'zh-CN heat-treatment-energy-upgrade.json',
      scenario: selected.scenario,
      scenarioName: selected.name,
      language: 'zh-CN',
    });
  }
  for (const hand of HAND_CASES)
    cases.push({
      file: hand.label,
      label: hand.label,
      scenario: hand.scenario,
      scenarioName: 'base',
      language: hand.language,
    });
  const byName = (name: string) => cases.find((entry) => entry.label === name) as Case;
  const changed = (
    name: string,
    change: NonNullable<Case['change']>,
    language: WorkbookLanguage,
  ) => {
    const base = byName(name);
    cases.push({ ...base, label: `${name} changed`, language, change });
  };
  // The discount rate: every discount factor, NPV, the funding gap's comparison.
  changed(
    'reference-a.json',
    {
      names: { Discount_Rate: 0.11 },
      scenario: (s) => {
        s.parameters.discountRate.rate = '0.11';
      },
    },
    'zh-CN',
  );
  // A capex amount (above the one-time deduction's unit threshold now) and a saving's share.
  changed(
    'mes-rollout-loan.json',
    {
      names: { Capex1_Amount: 6_400_000, Effect1_Share: 0.03 },
      scenario: (s) => {
        (s.capex[0] as { amount: string }).amount = '6400000';
        (s.effects[0] as { fullEffect: string }).fullEffect = '0.03';
      },
    },
    'en',
  );
  // A loss-making year: a loan rate and the tax rate of a small low-profit enterprise's case.
  changed(
    'small-enterprise-subsidy.json',
    {
      names: { Tax_Rate: 0.2, Discount_Rate: 0.05 },
      scenario: (s) => {
        s.tax.rate = '0.2';
        s.parameters.discountRate.rate = '0.05';
      },
    },
    'en',
  );
  // The four rules' inputs changed in the workbook: a year less of exemption, another loan rate
  // (so other interest during construction, capitalised and depreciated), another urban
  // maintenance tax rate.
  changed(
    'heat-treatment-energy-upgrade.json',
    {
      names: { Holiday_ExemptYears: 2, Loan1_Rate: 0.05, Surcharge_UrbanRate: 0.05 },
      scenario: (s) => {
        (s.tax.holiday as { exemptYears: number }).exemptYears = 2;
        (s.financing.loans[0] as { rate: string }).rate = '0.05';
        (s.tax.surcharges as { urbanMaintenanceRate: string }).urbanMaintenanceRate = '0.05';
      },
    },
    'zh-CN',
  );
  // The rules no example uses, in one case built from the MES example: sum-of-years' digits,
  // double and 1.5 declining balance, a replacement, yearly series, decay, growth on a cost,
  // stock absorbed and recovered, a capped credit carried forward, a reduced rate, tax paid at
  // the annual settlement, equal-principal repayment, MIRR rates, a terminal value, a real
  // funding-gap rate, payback from the start of construction, a loss year for the project alone.
  const everyRule = structuredClone(byName('mes-rollout-loan.json').scenario) as Scenario;
  const file = everyRule as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  file.capex[1].depreciation = { method: 'sum-of-years-digits', lifeYears: 5, salvage: '100000' };
  file.capex[2].depreciation = {
    method: 'double-declining-balance',
    lifeYears: 6,
    salvage: '50000',
  };
  file.capex[3].depreciation = {
    method: 'declining-balance',
    lifeYears: 5,
    salvage: '0',
    factor: '1.5',
  };
  file.capex[4].replacement = true;
  file.capex[4].payments = [{ year: 5, share: '1' }];
  for (const item of file.capex) item.residualValue = '0';
  file.capex[2].eligibility.investmentTaxCredit = true;
  file.effects[0].decayPerYear = '0.05';
  file.effects[1].series = ['100000', '350000', '420000'];
  file.runningCosts[0].growth = '0.03';
  file.runningCosts[1].series = ['400000', '450000'];
  file.workingCapital.push({
    id: 'stock-absorbed',
    name: 'Spare parts stock',
    change: 'absorb',
    basis: 'amount',
    amount: '600000',
    timing: [
      { year: 1, share: '0.5' },
      { year: 2, share: '0.5' },
    ],
    escalates: false,
    recoveredAtHorizon: true,
  });
  file.tax = {
    ...file.tax,
    companyTaxableIncome: undefined,
    disposalAtHorizon: false,
    payment: 'following-year',
    preferential: {
      type: 'reduced-rate',
      label: 'High and new technology enterprise',
      rate: '0.15',
    },
    investmentTaxCredit: { rate: '0.1', cap: '250000', carryForwardYears: 0 },
    superDeduction: { rate: '1' },
    // Short lives, so losses and credits expire within the horizon.
    lossCarryForwardYears: 1,
    inputVatRecoveryYears: 2,
  };
  delete file.tax.companyTaxableIncome;
  file.runningCosts[2].eligibility = { superDeduction: true };
  file.financing.loans[0].repayment = 'equal-principal';
  file.parameters = {
    ...file.parameters,
    payback: 'from-construction-start',
    mirr: { financeRate: '0.06', reinvestmentRate: '0.1' },
    terminalValue: { growth: '0.01' },
    fundingGapDiscountRate: { rate: '0.04', basis: 'real' },
  };
  const checked = parseScenarioFile(
    JSON.stringify({ ...file, format: 'yardstick.scenario', version: 3, scenarios: [] }),
  );
  if (!checked.ok)
    throw new Error(`the every-rule case is not valid: ${JSON.stringify(checked.issues)}`);
  const selected = selectScenario(checked.file, undefined);
  if (!selected.ok) throw new Error('the every-rule case has no base');
  cases.push({
    file: 'every-rule',
    label: 'every rule',
    scenario: selected.scenario,
    scenarioName: 'base',
    language: 'en',
  });
  return cases;
}

let work = '';
const recalculated = new Map<string, ExcelJS.Workbook>();
const cases = SOFFICE === undefined ? [] : loadCases();

beforeAll(async () => {
  if (SOFFICE === undefined) return;
  work = await mkdtemp(join(tmpdir(), 'yardstick-formula-workbook-'));
  await mkdir(join(work, 'out'));
  const paths: string[] = [];
  for (const [index, entry] of cases.entries()) {
    const original = evaluateScenario(entry.scenario);
    let bytes = await formulaWorkbookXlsx({
      evaluation: original,
      language: entry.language,
      scenarioName: entry.scenarioName,
      sourceName: entry.label,
    });
    if (entry.change !== undefined) bytes = await withInputs(bytes, entry.change.names);
    const path = join(work, `case-${index}.xlsx`);
    await writeFile(path, bytes);
    paths.push(path);
  }
  const outputs = await recalculateInCalc(paths, join(work, 'out'));
  for (const [index, output] of outputs.entries()) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output);
    recalculated.set((cases[index] as Case).label, book);
  }
}, 900_000);

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

/** The workbook with some named inputs set to new values; the formulas' saved results left as they were. */
async function withInputs(
  bytes: Uint8Array,
  names: Readonly<Record<string, number>>,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const inputs = book.worksheets[1] as ExcelJS.Worksheet;
  const left = new Set(Object.keys(names));
  inputs.eachRow((row) => {
    const name = row.getCell(4).value;
    if (typeof name === 'string' && name in names) {
      row.getCell(2).value = names[name] as number;
      left.delete(name);
    }
  });
  expect([...left]).toEqual([]);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

function changedScenario(entry: Case): Scenario {
  const scenario = structuredClone(entry.scenario) as Scenario;
  entry.change?.scenario(scenario);
  return scenario;
}

/** What Calc computed in a cell: a number, a boolean, text, or 0 for a formula with an empty result. */
function computed(cell: ExcelJS.Cell): unknown {
  const value = cell.value;
  if (value !== null && typeof value === 'object' && 'formula' in value) return value.result ?? 0;
  return value;
}

const CENT = new Decimal('0.005');

function near(actual: unknown, expected: Decimal, tolerance: Decimal): boolean {
  return typeof actual === 'number' && new Decimal(actual).minus(expected).abs().lte(tolerance);
}

function projectionProblems(
  book: ExcelJS.Workbook,
  entry: Case,
  evaluation: Evaluation<Decimal>,
): string[] {
  const { parts } = buildFormulaWorkbook({
    evaluation,
    language: entry.language,
    scenarioName: entry.scenarioName,
    sourceName: entry.label,
  });
  const problems: string[] = [];
  for (const [grid, projection] of [
    [parts.projection, evaluation.projection],
    [parts.withoutSubsidies, evaluation.withoutSubsidies],
  ] as const) {
    if (grid === null) continue;
    const sheet = book.getWorksheet(grid.sheetName) as ExcelJS.Worksheet;
    const table = projectionTable(projection);
    const rows = new Map(
      grid.rows.flatMap((row) =>
        row.type === 'years' && row.key !== null ? [[row.key, row.row]] : [],
      ),
    );
    table.header.forEach((key, column) => {
      if (key === 'year' || key === 'calendarYear') return;
      const row = rows.get(key === 'interestSubsidy' ? 'financingSubsidiesTotal' : key);
      table.rows.forEach((cells, year) => {
        const text = cells[column] ?? null;
        const actual = row === undefined ? null : computed(sheet.getCell(row, 3 + year));
        if (text === null) {
          if (actual !== null && actual !== '')
            problems.push(`${grid.sheetName} ${key} ${year}: ${String(actual)}, expected none`);
          return;
        }
        // A row the workbook leaves out is one the model leaves at zero.
        if (!near(actual ?? 0, new Decimal(text), CENT))
          problems.push(
            `${grid.sheetName} ${key} year ${year}: ${String(actual)}, expected ${text}`,
          );
      });
    });
  }
  return problems;
}

/**
 * Every cell of every statement sheet as Calc computed it is the statements' own figure: amounts
 * to the cent, ratios and factors to 1e-9, nothing where a ratio has no denominator.
 */
function statementProblems(
  book: ExcelJS.Workbook,
  entry: Case,
  evaluation: Evaluation<Decimal>,
): string[] {
  const { parts } = buildFormulaWorkbook({
    evaluation,
    language: entry.language,
    scenarioName: entry.scenarioName,
    sourceName: entry.label,
  });
  const statements = buildStatements(decimalArithmetic, evaluation);
  const problems: string[] = [];
  expect(parts.statements.map((sheet) => sheet.key)).toEqual(
    statements.statements.map((statement) => statement.key),
  );
  for (const sheet of parts.statements) {
    const ws = book.getWorksheet(sheet.sheetName) as ExcelJS.Worksheet;
    const statement = statements.statements.find((entry) => entry.key === sheet.key);
    for (const row of sheet.rows) {
      const expected = statement?.rows.find((entry) => entry.key === row.key);
      expected?.values.forEach((value, year) => {
        // An empty cell (a rule the scenario does not use) is 0 to a spreadsheet.
        const actual = computed(ws.getCell(row.row, STATEMENT_FIRST_YEAR_COLUMN + year)) ?? 0;
        if (value === null) {
          if (actual !== '' && actual !== 0)
            problems.push(
              `${sheet.sheetName} ${row.key} ${year}: ${String(actual)}, expected none`,
            );
          return;
        }
        const tolerance =
          row.kind === 'ratio' || row.kind === 'factor' ? new Decimal('1e-9') : CENT;
        if (!near(actual, value, tolerance))
          problems.push(
            `${sheet.sheetName} ${row.key} ${year}: ${String(actual)}, expected ${value.toString()}`,
          );
      });
      if (expected?.total !== null && expected?.total !== undefined) {
        const total = computed(ws.getCell(row.row, 3));
        if (!near(total, expected.total, CENT))
          problems.push(`${sheet.sheetName} ${row.key} total: ${String(total)}`);
      }
    }
  }
  return problems;
}

function metricProblems(
  book: ExcelJS.Workbook,
  entry: Case,
  evaluation: Evaluation<Decimal>,
): string[] {
  const sheet = book.getWorksheet(label(entry.language, 'sheet.metrics')) as ExcelJS.Worksheet;
  const found = new Map<string, unknown>();
  sheet.eachRow((row) => {
    const key = row.getCell(4).value;
    if (typeof key === 'string') found.set(key, computed(row.getCell(2)));
  });
  const problems: string[] = [];
  for (const key of ALL_METRIC_KEYS) {
    const expected = evaluation.metrics[key];
    const actual = found.has(key) ? found.get(key) : undefined;
    if (actual === undefined) {
      // A metric the workbook leaves out is one that is zero, none or false in this case.
      if (!(
        expected === null ||
        expected === false ||
        (expected instanceof Decimal && expected.isZero())
      ))
        problems.push(`${key}: missing, expected ${String(expected)}`);
      continue;
    }
    if (expected === null) {
      if (actual !== '—') problems.push(`${key}: ${String(actual)}, expected none (—)`);
    } else if (typeof expected === 'boolean') {
      // Calc saves a TRUE/FALSE result as 1/0 in a cell formatted as a truth value.
      const truth = typeof actual === 'number' ? actual !== 0 : actual;
      if (truth !== expected)
        problems.push(`${key}: ${String(actual)}, expected ${String(expected)}`);
    } else {
      const rate = /irr|Irr|frr|Rate|mirr|roi|Ratio|Index|Dscr|PerNpv|PerSubsidy|Years/.test(key);
      const tolerance = rate ? new Decimal('1e-9') : CENT;
      if (!near(actual, expected, tolerance))
        problems.push(`${key}: ${String(actual)}, expected ${expected.toString()}`);
    }
  }
  return problems;
}

describe.runIf(SOFFICE !== undefined)(
  'the workbook with formulas, recalculated by LibreOffice Calc',
  () => {
    for (const entry of cases) {
      it(`${entry.label}: every projection row, metric and statement cell is Yardstick's`, () => {
        const book = recalculated.get(entry.label) as ExcelJS.Workbook;
        const evaluation = evaluateScenario(changedScenario(entry));
        if (entry.change !== undefined) {
          // The change moves the figures: the saved values were the unchanged case's.
          expect(evaluation.metrics.npv.eq(evaluateScenario(entry.scenario).metrics.npv)).toBe(
            false,
          );
        }
        expect(projectionProblems(book, entry, evaluation)).toEqual([]);
        expect(metricProblems(book, entry, evaluation)).toEqual([]);
        expect(statementProblems(book, entry, evaluation)).toEqual([]);
      });
    }
  },
);

describe.runIf(SOFFICE !== undefined)(
  'the rules of a feasibility study, recalculated by Calc to figures derived by hand',
  () => {
    for (const hand of HAND_CASES) {
      it(`${hand.label}: Calc's figures are the hand-derived ones`, () => {
        const book = recalculated.get(hand.label) as ExcelJS.Workbook;
        const { parts } = buildFormulaWorkbook({
          evaluation: evaluateScenario(hand.scenario),
          language: hand.language,
          scenarioName: 'base',
          sourceName: hand.label,
        });
        const sheet = book.getWorksheet(parts.sheetNames.projection) as ExcelJS.Worksheet;
        const problems: string[] = [];
        for (const [id, years] of Object.entries(hand.rows))
          for (const [year, expected] of Object.entries(years)) {
            const actual = computed(sheet.getCell(parts.projection.rowOf(id), 3 + Number(year)));
            if (!near(actual ?? 0, new Decimal(expected), CENT))
              problems.push(`${id} year ${year}: ${String(actual)}, expected ${expected}`);
          }
        expect(problems).toEqual([]);
      });
    }
  },
);

if (SOFFICE === undefined)
  it.skip('LibreOffice is not installed (.ci/run installs libreoffice-calc-nogui): the recalculation is not checked', () => {});
