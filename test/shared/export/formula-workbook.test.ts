import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, projectionTable, type Evaluation } from '../../../shared/model';
import { parseScenarioFile, selectScenario } from '../../../shared/scenario';
import { buildFormulaWorkbook } from '../../../shared/export/formula-workbook';
import { EXAMPLES_DIR, exampleAndApplicantPaths } from '../../helpers/scenarios';

/*
 * The workbook with formulas, read without a spreadsheet engine: the values cached beside the
 * formulas (what a reader sees before any recalculation) are Yardstick's projection, row by row,
 * to the cent. The recalculation by a real engine is test/main/formula-workbook-calc.test.ts.
 */

const exampleFiles = exampleAndApplicantPaths();

function evaluationOf(path: string) {
  const parsed = parseScenarioFile(readFileSync(path, 'utf8'));
  if (!parsed.ok) return null;
  const selected = selectScenario(parsed.file, undefined);
  if (!selected.ok) return null;
  return { evaluation: evaluateScenario(selected.scenario), name: selected.name };
}

describe('formula workbook cached values', () => {
  for (const path of exampleFiles) {
    const loaded = evaluationOf(path);
    if (loaded === null) continue;
    it(`${path.split('/').pop()}: every projection row is Yardstick's to the cent`, () => {
      expect(cachedProblems(loaded.evaluation)).toEqual([]);
    });
  }
});

/*
 * The four rules of a feasibility study in the combinations the examples do not have, read from
 * the cached values (the formulas' own arithmetic, in Decimal): the heat-treatment example with
 * the company's own income (the holiday relieves only the project's part), a holiday from the
 * first profitable year, interest rolled into an annuity loan, the one-time deduction and the R&D
 * super deduction on the items the loan finances, disposal at the horizon and maintenance
 * expensed, tax credits against the tax left after the holiday.
 */
describe('formula workbook cached values: the feasibility-study rules combined', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a scenario file edited as JSON
  const variants: Record<string, (file: Record<string, any>) => void> = {
    'company income and a holiday from the first profitable year': (file) => {
      file.tax.companyTaxableIncome = '1500000';
      file.tax.holiday.from = 'first-profitable-year';
    },
    'interest rolled into an annuity loan, drawn at year end': (file) => {
      const loan = file.financing.loans[0];
      loan.constructionInterest = 'rolled-into-loan';
      loan.repayment = 'annuity';
      loan.drawTiming = 'year-end';
    },
    'one-time and super deductions on the financed items, disposal, upkeep expensed, credits': (
      file,
    ) => {
      for (const item of file.capex.slice(0, 2)) {
        item.eligibility.oneTimeDeduction = true;
        item.eligibility.superDeduction = true;
        item.eligibility.investmentTaxCredit = true;
      }
      file.capex[2].maintenance.treatment = 'expense';
      file.tax.oneTimeDeduction = { unitThreshold: '2000000' };
      file.tax.superDeduction = { rate: '1' };
      file.tax.investmentTaxCredit = { rate: '0.1', carryForwardYears: 5 };
      file.tax.disposalAtHorizon = true;
      file.tax.holiday.from = 'first-profitable-year';
    },
  };
  for (const [title, change] of Object.entries(variants)) {
    it(`${title}: every projection row is Yardstick's to the cent`, () => {
      const file = JSON.parse(
        readFileSync(join(EXAMPLES_DIR, 'heat-treatment-energy-upgrade.json'), 'utf8'),
      );
      change(file);
      const parsed = parseScenarioFile(JSON.stringify(file));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      const selected = selectScenario(parsed.file, undefined);
      if (!selected.ok) throw new Error('no base');
      expect(cachedProblems(evaluateScenario(selected.scenario))).toEqual([]);
    });
  }
});

/** Where the values cached in the projection sheets differ from Yardstick's projection by a cent or more. */
function cachedProblems(evaluation: Evaluation<Decimal>): string[] {
  const { parts } = buildFormulaWorkbook({
    evaluation,
    language: 'en',
    scenarioName: 'base',
    sourceName: 'x.json',
  });
  const problems: string[] = [];
  for (const [grid, projection] of [
    [parts.projection, evaluation.projection],
    [parts.withoutSubsidies ?? parts.projection, evaluation.withoutSubsidies],
  ] as const) {
    const table = projectionTable(projection);
    const keyed = new Map(
      grid.rows.flatMap((row) =>
        row.type === 'years' && row.key !== null ? [[row.key, row]] : [],
      ),
    );
    table.header.forEach((key, column) => {
      if (key === 'year' || key === 'calendarYear') return;
      const row = keyed.get(key === 'interestSubsidy' ? 'financingSubsidiesTotal' : key);
      table.rows.forEach((cells, year) => {
        const expected = cells[column] === null ? null : new Decimal(cells[column] as string);
        const cell = row?.cells[year] ?? null;
        const actual =
          cell === null
            ? key === 'dscr'
              ? null
              : new Decimal(0)
            : 'prec' in cell
              ? cell.value
              : null;
        if (expected === null || actual === null) {
          if (expected !== actual)
            problems.push(`${key} year ${year}: ${String(actual)} vs ${String(expected)}`);
          return;
        }
        if (actual.minus(expected).abs().gt('0.005'))
          problems.push(`${key} year ${year}: ${actual.toFixed(4)} vs ${expected.toFixed(4)}`);
      });
    });
  }
  return problems;
}

/**
 * Cells of the projection and metrics sheets that hold a constant: a typed number or text where a
 * figure belongs, or a formula that refers to nothing (`=1250000`, `=1+1`). Labels (column A) and
 * the metrics' unit and key columns are text by design.
 */
function constantCells(
  book: ExcelJS.Workbook,
  sheetNames: readonly string[],
  names: ReadonlySet<string>,
): string[] {
  const found: string[] = [];
  const reference = /(\$?[A-Z]{1,3}\$?\d+)|([A-Za-z_][A-Za-z0-9_]*)/g;
  for (const name of sheetNames) {
    const sheet = book.getWorksheet(name);
    if (sheet === undefined) continue;
    const metrics = name === sheetNames[sheetNames.length - 1];
    const firstRow = metrics ? 3 : FIRST_DATA_ROW;
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber < firstRow) return;
      row.eachCell((cell, column) => {
        if (column === 1 || (metrics && column > 2)) return;
        const formula = cell.formula;
        if (formula === undefined || formula === null || formula === '') {
          found.push(`${name}!${cell.address}`);
          return;
        }
        const refers = [...formula.replace(/"[^"]*"/g, '').matchAll(reference)].some(
          ([token, cellRef]) => cellRef !== undefined || names.has(token),
        );
        if (!refers) found.push(`${name}!${cell.address}`);
      });
    });
  }
  return found;
}

const FIRST_DATA_ROW = 5;

/** The defined names the Inputs sheet lists (its fourth column). */
function definedNames(book: ExcelJS.Workbook): Set<string> {
  return new Set(
    book.worksheets[1]
      ?.getColumn(4)
      .values.filter((value): value is string => typeof value === 'string'),
  );
}

describe('no constant where a formula belongs', () => {
  const loaded = evaluationOf(join(EXAMPLES_DIR, 'mes-rollout-loan.json'));
  for (const path of exampleFiles) {
    const entry = evaluationOf(path);
    // A scenario with rules the workbook does not write yet has no workbook (refused above).
    if (entry === null) continue;
    it(`${path.split('/').pop()}: every projection and metric cell is a formula over inputs or cells`, async () => {
      const { book, parts } = buildFormulaWorkbook({
        evaluation: entry.evaluation,
        language: 'zh-CN',
        scenarioName: entry.name,
        sourceName: 'x.json',
      });
      const reread = new ExcelJS.Workbook();
      await reread.xlsx.load((await book.xlsx.writeBuffer()) as ArrayBuffer);
      const names = definedNames(reread);
      const sheets = [
        parts.sheetNames.projection,
        parts.sheetNames.withoutSubsidies,
        parts.sheetNames.metrics,
      ];
      expect(constantCells(reread, sheets, names)).toEqual([]);
    });
  }

  it('the check finds a typed figure and a formula that refers to nothing', async () => {
    if (loaded === null) throw new Error('example missing');
    const { book, parts } = buildFormulaWorkbook({
      evaluation: loaded.evaluation,
      language: 'en',
      scenarioName: loaded.name,
      sourceName: 'x.json',
    });
    const projection = book.getWorksheet(parts.sheetNames.projection) as ExcelJS.Worksheet;
    projection.getCell(`D${parts.projection.rowOf('capexTotal')}`).value = 1_250_000;
    const metrics = book.getWorksheet(parts.sheetNames.metrics) as ExcelJS.Worksheet;
    metrics.getCell('B3').value = {
      formula: '1250000+1',
      result: 1_250_001,
    } as ExcelJS.CellFormulaValue;
    const names = definedNames(book);
    const sheets = [
      parts.sheetNames.projection,
      parts.sheetNames.withoutSubsidies,
      parts.sheetNames.metrics,
    ];
    expect(constantCells(book, sheets, names)).toEqual([
      `${parts.sheetNames.projection}!D${parts.projection.rowOf('capexTotal')}`,
      `${parts.sheetNames.metrics}!B3`,
    ]);
  });
});

describe('the workbook’s units', () => {
  it.each(['en', 'zh-CN'] as const)(
    '%s: a percentage is written once — no "%%" unit beside a cell formatted as one',
    (language) => {
      const loaded = evaluationOf(join(EXAMPLES_DIR, 'reference-a.json'));
      if (loaded === null) throw new Error('example missing');
      const { book } = buildFormulaWorkbook({
        evaluation: loaded.evaluation,
        language,
        scenarioName: loaded.name,
        sourceName: 'reference-a.json',
      });
      const doubled: string[] = [];
      let percentCells = 0;
      book.eachSheet((sheet) =>
        sheet.eachRow((row, rowNumber) => {
          const cells: ExcelJS.Cell[] = [];
          row.eachCell((cell) => cells.push(cell));
          if (!cells.some((cell) => cell.numFmt?.includes('%'))) return;
          percentCells += 1;
          // The IRR's row read "64.0720% %": the value's format and a unit cell both said %.
          if (cells.some((cell) => typeof cell.value === 'string' && cell.value.trim() === '%'))
            doubled.push(`${sheet.name}!${rowNumber}`);
        }),
      );
      expect(percentCells).toBeGreaterThan(5);
      expect(doubled).toEqual([]);
    },
  );
});
