import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookToCsv } from '../../../shared/host/export/csv';
import { workbookToXlsx } from '../../../shared/host/export/xlsx';
import {
  actualsTemplate,
  csvGrid,
  readActualsTemplate,
  type ReadTemplate,
} from '../../../shared/monitor';
import { xlsxGrid } from '../../../shared/monitor/template-xlsx';
import { serializeScenarioFile, type ScenarioFile } from '../../../shared/scenario';
import { exampleFile } from '../../helpers/scenarios';

/*
 * The actuals template written by Yardstick (CSV and XLSX) and read back: what it holds comes
 * back exactly, a filled-in year is taken, and a cell that cannot be taken is named by its row
 * and column label while the file stays as it was.
 */

const slipping = () => exampleFile('smt-inspection-actuals');

const csvOf = (file: ScenarioFile) => workbookToCsv(actualsTemplate(file));
const xlsxOf = (file: ScenarioFile) => workbookToXlsx(actualsTemplate(file));

function taken(result: ReadTemplate): ScenarioFile {
  if (!result.ok)
    throw new Error(JSON.stringify('problems' in result ? result.problems : result.issues));
  return result.file;
}

describe('the template round trip', () => {
  it('gives back the actuals exactly, through CSV', () => {
    const file = slipping();
    const back = taken(readActualsTemplate(file, csvGrid(csvOf(file))));
    expect(serializeScenarioFile(back)).toBe(serializeScenarioFile(file));
  });

  it('gives back the actuals exactly, through a real XLSX workbook', async () => {
    const file = slipping();
    const back = taken(readActualsTemplate(file, await xlsxGrid(await xlsxOf(file))));
    expect(serializeScenarioFile(back)).toBe(serializeScenarioFile(file));
  });

  it('of a file without actuals is an empty template that changes nothing', () => {
    const file = exampleFile('reference-a');
    const grid = csvGrid(csvOf(file));
    // Header, the months row, 1 + 2 + 1 + 1 lines, tax and notes: nine rows; 2026 … 2036.
    expect(grid).toHaveLength(9);
    expect(grid[0]?.slice(3)).toEqual(Array.from({ length: 11 }, (_, i) => String(2026 + i)));
    expect(taken(readActualsTemplate(file, grid))).toEqual(file);
  });
});

describe('a template filled in a spreadsheet', () => {
  it('takes a new year: typed numbers, a thousands separator, a partial year', async () => {
    const file = slipping();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxOf(file)).buffer as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    // Column of 2026 (year 3): A Section, B Id, C Line, D 2023 … G 2026.
    const rowOf = (id: string) => {
      let found = 0;
      sheet.eachRow((row, number) => {
        if (row.getCell(2).value === id) found = number;
      });
      return sheet.getRow(found);
    };
    rowOf('#months').getCell(7).value = 6;
    rowOf('inspection-labour').getCell(7).value = 610000.5;
    rowOf('defect-detection').getCell(7).value = '402,000';
    rowOf('#tax-paid').getCell(7).value = { formula: '20000*3', result: 60000 };
    rowOf('#notes').getCell(7).value = 'First half of 2026';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const back = taken(readActualsTemplate(file, await xlsxGrid(bytes)));
    expect(back.actuals?.years.at(-1)).toEqual({
      year: 3,
      months: 6,
      savings: [
        { id: 'inspection-labour', amount: '610000.5' },
        { id: 'defect-detection', amount: '402000' },
      ],
      runningCosts: [],
      capex: [],
      subsidies: [],
      taxPaid: '60000',
      notes: 'First half of 2026',
    });
  });

  it('reports every cell it cannot take by row and column label, and changes nothing', () => {
    const file = slipping();
    const grid = csvGrid(csvOf(file)).map((row) => [...row]);
    const row = (id: string) => grid.find((cells) => cells[1] === id) as string[];
    row('inspection-labour')[5] = '1.2e6'; // 2025
    row('support')[4] = '-5'; // 2024: a cost cannot be negative
    row('#months')[8] = '13'; // 2028
    row('cloud')[7] = '100'; // 2027: no months reported that year
    grid.push(['Savings', 'robots', 'Robots', '1']);
    const result = readActualsTemplate(file, grid);
    expect(result.ok).toBe(false);
    const problems = 'problems' in result ? result.problems : [];
    expect(
      problems.map(({ code, row: r, column, rowLabel, columnLabel }) => [
        code,
        r,
        column,
        rowLabel,
        columnLabel,
      ]),
    ).toEqual([
      ['not_months', 2, 9, 'Months reported (12: the whole year; empty: not reported)', '2028'],
      ['not_an_amount', 3, 6, 'Lower inspection labour cost', '2025'],
      ['negative_amount', 6, 5, 'Software support and model updates', '2024'],
      ['figures_without_months', 8, 8, 'Image storage and model training in the cloud', '2027'],
      ['unknown_line', 17, 2, 'Robots', 'Id'],
    ]);
    // Nothing was changed: the file keeps the actuals it had.
    expect(file.actuals?.years).toHaveLength(3);
  });

  it('refuses a table that is not the template', () => {
    const result = readActualsTemplate(slipping(), csvGrid('"a","b"\r\n1,2\r\n'));
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'no_header' }] });
  });

  it('passes on what the file format refuses as a whole, at the field', () => {
    const file = slipping();
    const grid = csvGrid(csvOf(file)).map((row) => [...row]);
    // 2024 partial although 2025 is reported after it.
    (grid.find((cells) => cells[1] === '#months') as string[])[4] = '6';
    expect(readActualsTemplate(file, grid)).toMatchObject({
      ok: false,
      issues: [{ path: ['actuals', 'years', 1, 'months'], code: 'partial_year_not_last' }],
    });
  });
});
