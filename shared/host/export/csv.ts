import type { ExportSheet, ExportWorkbook } from '../schemas';

/** Excel reads a CSV as the local ANSI code page unless it starts with a byte-order mark. */
const BOM = '\uFEFF';
const EOL = '\r\n';

/**
 * A text cell that starts like a formula is run as one when Excel opens the CSV. Scenario files
 * come from other people (subsidy applicants), so a project named `=HYPERLINK(...)` must reach the
 * spreadsheet as text: OWASP's advice is a leading apostrophe.
 */
const formulaStart = /^[=+\-@\t\r]/;

function field(cell: string | null, isText: boolean): string {
  if (cell === null) return '';
  const value = isText && formulaStart.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function sheetLines(sheet: ExportSheet): string[] {
  const textColumns = sheet.columns.map((column) => column.kind === 'text');
  return [
    sheet.columns.map((column) => field(column.header, true)).join(','),
    ...sheet.rows.map((row) => row.map((cell, i) => field(cell, textColumns[i] ?? true)).join(',')),
  ];
}

/**
 * The workbook as one CSV text, numbers exactly as the model gave them. With several sheets, each
 * table is preceded by a line with its name and followed by an empty line, the way spreadsheet
 * programs show stacked tables; a single sheet is a plain table.
 */
export function workbookToCsv(workbook: ExportWorkbook): string {
  const sections = workbook.sheets.map((sheet) =>
    workbook.sheets.length === 1
      ? sheetLines(sheet)
      : [field(sheet.name, true), ...sheetLines(sheet)],
  );
  return BOM + sections.map((lines) => lines.join(EOL)).join(EOL + EOL) + EOL;
}
