import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookToCsv } from '../../../shared/host/export/csv';
import { scenarioWorkbook } from '../../../shared/host/export/scenario-workbook';
import { workbookToXlsx } from '../../../shared/host/export/xlsx';
import { ExportWorkbookSchema } from '../../../shared/host/schemas';
import { evaluateScenario, metricsJson } from '../../../shared/model';
import {
  parseScenarioFile,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  selectScenario,
  type ScenarioFile,
} from '../../../shared/scenario';
import { largeScenarioOf } from '../../helpers/large-scenario';
import { maximalScenarioFile } from '../../helpers/maximal-scenario';
import { validScenarioText } from '../support/scenario';

const largeScenarioFile = (capexItems: number): ScenarioFile => ({
  format: SCENARIO_FORMAT,
  version: SCENARIO_VERSION,
  ...largeScenarioOf({ horizonYears: 20, capexItems }),
  scenarios: [],
});

const parsed = parseScenarioFile(validScenarioText);
if (!parsed.ok) throw new Error('the example scenario no longer validates');
const file = parsed.file;

describe('scenarioWorkbook', () => {
  it('exports inputs, the projection and the metrics, within the IPC contract', () => {
    const result = scenarioWorkbook(file);
    if (!result.ok) throw new Error('export failed');
    expect(result.workbook.sheets.map((s) => s.name)).toEqual(['Inputs', 'Projection', 'Metrics']);
    expect(ExportWorkbookSchema.safeParse(result.workbook).success).toBe(true);

    const projection = result.workbook.sheets[1];
    expect(projection?.rows).toHaveLength(file.project.horizonYears + 1);
    expect(projection?.columns[0]).toEqual({ header: 'year', kind: 'year' });

    const inputs = result.workbook.sheets[0];
    expect(inputs?.rows).toContainEqual(['capex[id=investment].amount', '6000000', null]);
    expect(inputs?.rows).toContainEqual(['project.name', null, 'Reference case A']);
  });

  it('shows the same figures as the model: NPV to the last digit, rates as fractions', () => {
    const result = scenarioWorkbook(file, { parts: ['metrics'] });
    if (!result.ok) throw new Error('export failed');
    const selected = selectScenario(file);
    if (!selected.ok) throw new Error('setup');
    const expected = metricsJson(evaluateScenario(selected.scenario).metrics);
    const rows = result.workbook.sheets[0]?.rows ?? [];
    const row = (key: string) => rows.find((r) => r[0] === key);
    expect(row('npv')?.[1]).toBe(expected.npv);
    expect(row('irr')?.[2]).toBe(expected.irr);
    expect(row('additionality')?.[4]).toBe(expected.additionality ? 'yes' : 'no');
    expect(row('npv')?.[5]).toMatch(/Σ|NPV|\//);
  });

  it('writes as CSV and XLSX with numbers as numbers', async () => {
    const result = scenarioWorkbook(file, { label: (key) => (key === 'npv' ? '净现值' : key) });
    if (!result.ok) throw new Error('export failed');
    expect(workbookToCsv(result.workbook)).toContain('"净现值",');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookToXlsx(result.workbook)) as never);
    const npv = book.getWorksheet('Metrics')?.getRow(2).getCell(2);
    expect(typeof npv?.value).toBe('number');
    expect(book.getWorksheet('Projection')?.getCell('A2').value).toBe(0);
  });

  it('says which scenario does not exist instead of exporting something else', () => {
    expect(scenarioWorkbook(file, { scenario: 'no such scenario' }).ok).toBe(false);
  });

  it.each([
    ['220 investment items', () => largeScenarioFile(220)],
    ['the largest file the format accepts', maximalScenarioFile],
  ])(
    'exports a valid case of %s: within the contract, and as XLSX and CSV',
    async (_, make) => {
      const result = scenarioWorkbook(make());
      if (!result.ok) throw new Error('export failed');
      const checked = ExportWorkbookSchema.safeParse(result.workbook);
      expect(checked.error?.issues.slice(0, 3) ?? []).toEqual([]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(
        (await workbookToXlsx(result.workbook)).buffer as unknown as ArrayBuffer,
      );
      const projection = book.getWorksheet('Projection');
      expect(projection?.columnCount).toBe(result.workbook.sheets[1]?.columns.length);
      expect(workbookToCsv(result.workbook).length).toBeGreaterThan(0);
    },
    120_000,
  );
});
