import { describe, expect, it } from 'vitest';
import { csvText, numberCell, textCell, workbookToCsv } from '../../../shared/host/export/csv';
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
  it('starts with a BOM, ends lines with CRLF, quotes every text field and keeps every digit', () => {
    const csv = workbookToCsv({
      sheets: [
        sheet('P', [
          ['视觉检测', '-1234567.8912345678901234'],
          ['Empty', null],
        ]),
      ],
    });
    expect(csv).toBe(
      '\uFEFF"Item","Amount"\r\n"视觉检测",-1234567.8912345678901234\r\n"Empty",\r\n',
    );
  });

  it('doubles quotes and keeps commas and line breaks inside the quoted field', () => {
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
          ['\t=1+1', '3'],
          ['  =1+1', '4'],
        ]),
      ],
    });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")",-5`);
    expect(csv).toContain(`"'+1",0`);
    expect(csv).toContain(`"'@SUM(A1)",1`);
    expect(csv).toContain(`"'-2+3",2`);
    expect(csv).toContain(`"'\t'=1+1",3`);
    expect(csv).toContain(`"'  =1+1",4`);
  });

  it('defuses a formula start after every character a spreadsheet may split on', () => {
    const csv = workbookToCsv({
      sheets: [
        sheet('P', [
          ["Acme;=cmd|' /C calc'!A0", '1'],
          ['Acme\t=1+1', '2'],
          ['Acme|@SUM(1)', '3'],
          ['Acme, +1', '4'],
          ['Acme\n-1', '5'],
        ]),
      ],
    });
    expect(csv).toContain(`"Acme;'=cmd|' /C calc'!A0",1`);
    expect(csv).toContain(`"Acme\t'=1+1",2`);
    expect(csv).toContain(`"Acme|'@SUM(1)",3`);
    expect(csv).toContain(`"Acme,' +1",4`);
    expect(csv).toContain(`"Acme\n'-1",5`);
  });

  it('shows controls other than line breaks and tabs as escapes', () => {
    const csv = workbookToCsv({ sheets: [sheet('P', [['A\u001b[2Kcme\u202e\r', '1']])] });
    expect(csv).toContain('"A\\u001b[2Kcme\\u202e\\u000d",1');
  });

  it('writes a "number" that is not one as text', () => {
    expect(csvText([[numberCell('=1+1'), numberCell(Number.NaN), numberCell(-0.5)]])).toBe(
      `"'=1+1",,-0.5\r\n`,
    );
    expect(csvText([[textCell(''), null]])).toBe('"",\r\n');
  });

  it('stacks several sheets under their names, separated by an empty line', () => {
    const csv = workbookToCsv({
      sheets: [sheet('Projection', [['a', '1']]), sheet('Metrics', [['NPV', '2']])],
    });
    expect(csv).toBe(
      '\uFEFF"Projection"\r\n"Item","Amount"\r\n"a",1\r\n\r\n"Metrics"\r\n"Item","Amount"\r\n"NPV",2\r\n',
    );
  });
});
