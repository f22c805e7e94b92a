import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFormulaWorkbook } from '../../../shared/export/formula-workbook';
import { STATEMENT_FIRST_YEAR_COLUMN } from '../../../shared/export/formula-workbook/statement-sheets';
import { decimalArithmetic } from '../../../shared/finance';
import { evaluateScenario } from '../../../shared/model';
import { parseScenarioFile, selectScenario } from '../../../shared/scenario';
import { buildStatements } from '../../../shared/statements';
import { exampleAndApplicantPaths } from '../../helpers/scenarios';

/*
 * The statement sheets of the workbook with formulas: a sheet per statement, in the standard's
 * order and names; every figure a formula over the Projection sheet or the statement's own cells
 * (never a typed number), its saved value the statements' own. LibreOffice recalculating them is
 * test/main/export/formula-workbook-calc.test.ts.
 */

const reference = /(\$?[A-Z]{1,3}\$?\d+)|([A-Za-z_][A-Za-z0-9_]*)/g;

describe('the statement sheets', () => {
  for (const path of exampleAndApplicantPaths()) {
    const parsed = parseScenarioFile(readFileSync(path, 'utf8'));
    if (!parsed.ok) continue; // the applicant filed with an invalid file has no workbook
    const selected = selectScenario(parsed.file, undefined);
    if (!selected.ok) continue;
    it(`${path.split('/').pop()}: every cell a formula over cells or inputs, saved with the statements' value`, async () => {
      const evaluation = evaluateScenario(selected.scenario);
      const { book, parts } = buildFormulaWorkbook({
        evaluation,
        language: 'zh-CN',
        scenarioName: selected.name,
        sourceName: 'x.json',
      });
      const reread = new ExcelJS.Workbook();
      await reread.xlsx.load((await book.xlsx.writeBuffer()) as ArrayBuffer);
      const statements = buildStatements(decimalArithmetic, evaluation);
      // The defined names the Inputs sheet lists (its fourth column).
      const names = new Set(
        reread.worksheets[1]
          ?.getColumn(4)
          .values.filter((value): value is string => typeof value === 'string'),
      );
      expect(parts.statements.map((sheet) => sheet.sheetName)).toEqual([
        '项目投资现金流量表',
        '项目资本金现金流量表',
        '利润与利润分配表',
        '财务计划现金流量表',
        '借款还本付息计划表',
        '项目总投资使用计划与资金筹措表',
      ]);
      const problems: string[] = [];
      for (const sheet of parts.statements) {
        const ws = reread.getWorksheet(sheet.sheetName) as ExcelJS.Worksheet;
        const statement = statements.statements.find((entry) => entry.key === sheet.key);
        for (const row of sheet.rows) {
          const values = statement?.rows.find((entry) => entry.key === row.key)?.values ?? [];
          values.forEach((value, year) => {
            const cell = ws.getCell(row.row, STATEMENT_FIRST_YEAR_COLUMN + year);
            const formula = cell.formula;
            if (formula === undefined || formula === null || formula === '') {
              // Empty only where the rule gives nothing.
              if (cell.value !== null || (value !== null && !value.isZero()))
                problems.push(`${sheet.sheetName}!${cell.address}: not a formula`);
              return;
            }
            const refers = [...formula.replace(/"[^"]*"/g, '').matchAll(reference)].some(
              ([token, cellRef]) => cellRef !== undefined || names.has(token),
            );
            if (!refers) problems.push(`${sheet.sheetName}!${cell.address}: =${formula}`);
            // The writer saves no result of 0 nor of "" (a ratio without a denominator).
            const saved = (cell.value as ExcelJS.CellFormulaValue).result;
            if (
              value === null
                ? saved !== undefined && saved !== ''
                : !new Decimal((saved ?? 0) as number).minus(value).abs().lte('0.005')
            )
              problems.push(`${sheet.sheetName}!${cell.address}: saved ${String(saved)}`);
          });
        }
      }
      expect(problems).toEqual([]);
      // A workbook of every sheet built, written and read back: seconds on a busy machine.
    }, 60_000);
  }
});
