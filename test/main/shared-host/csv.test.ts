import { describe, expect, it } from 'vitest';
import { workbookToCsv } from '../../../shared/host/export/csv';
import type { ExportWorkbook } from '../../../shared/host/schemas';

const sheet = (name: string, rows: (string | null)[][]): ExportWorkbook['sheets'][number] => ({
  name,
  columns: [
    { header: 'Item', kind: 'text' },
    { header: 'Amount', kind: 'amount' },
  ],
  rows,
});

describe('workbookToCsv', () => {
  it('starts with a BOM, ends lines with CRLF and keeps every digit', () => {
    const csv = workbookToCsv({
      sheets: [
        sheet('P', [
          ['视觉检测', '-1234567.8912345678901234'],
          ['Empty', null],
        ]),
      ],
    });
    expect(csv).toBe('\uFEFFItem,Amount\r\n视觉检测,-1234567.8912345678901234\r\nEmpty,\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = workbookToCsv({ sheets: [sheet('P', [['a, "b"\nc', '1']])] });
    expect(csv).toContain('"a, ""b""\nc",1');
  });

  it('defuses text that a spreadsheet would run as a formula, but not negative numbers', () => {
    const csv = workbookToCsv({
      sheets: [
        sheet('P', [
          ['=HYPERLINK("http://evil","x")', '-5'],
          ['+1', '0'],
          ['@SUM(A1)', '1'],
          ['-2+3', '2'],
        ]),
      ],
    });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")",-5`);
    expect(csv).toContain("'+1,0");
    expect(csv).toContain("'@SUM(A1),1");
    expect(csv).toContain("'-2+3,2");
  });

  it('stacks several sheets under their names, separated by an empty line', () => {
    const csv = workbookToCsv({
      sheets: [sheet('Projection', [['a', '1']]), sheet('Metrics', [['NPV', '2']])],
    });
    expect(csv).toBe(
      '\uFEFFProjection\r\nItem,Amount\r\na,1\r\n\r\nMetrics\r\nItem,Amount\r\nNPV,2\r\n',
    );
  });
});
