import { visibleText } from '../visible-text';
import type { ExportSheet, ExportWorkbook } from '../schemas';

/*
 * The one CSV writer: the app's and the browser's exports, `yardstick evaluate`, `analyze` and
 * `compare --format csv` all write through it.
 *
 * Scenario files come from other people (subsidy applicants), and a CSV is opened by spreadsheets
 * that run a cell starting with = + - @ as a formula (OWASP, "CSV Injection"). A spreadsheet may
 * also split cells on a semicolon, a tab or a bar as well as the comma, and ignore quotes, so
 * `Acme;=cmd|' /C calc'!A0` is a formula cell there even though it is not at the start of the
 * field. Hence: every text field is quoted; a formula start (= + - @, or a tab or carriage return
 * at the very start) is defused with an apostrophe at the start of the field and after every
 * character a spreadsheet may split on (, ; tab | and line breaks), spaces in between or not;
 * controls other than line breaks and tabs are shown as escapes (visible-text.ts). Numbers are
 * written as they are, unquoted, so spreadsheets read them as numbers; a "number" that is not one
 * is written as text.
 */

/** Excel reads a CSV as the local ANSI code page unless it starts with a byte-order mark. */
const BOM = '\uFEFF';
const EOL = '\r\n';

/** A cell: text, a number (a JavaScript number or a decimal string as the model gave it), or none. */
export type CsvCell = { readonly text: string } | { readonly number: string | number } | null;

export const textCell = (text: string): CsvCell => ({ text });
export const numberCell = (number: string | number | null): CsvCell =>
  number === null ? null : { number };

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const AT_START = /^[\t\r]|^[ \u00a0]*[=+\-@]/;
const AFTER_SEPARATOR = /([,;|\t\r\n])(?=[ \u00a0]*[=+\-@])/g;

function textField(value: string): string {
  const shown = visibleText(value, 'layout');
  const defused = (AT_START.test(shown) ? `'${shown}` : shown).replace(AFTER_SEPARATOR, "$1'");
  return `"${defused.replaceAll('"', '""')}"`;
}

function field(cell: CsvCell): string {
  if (cell === null) return '';
  if ('text' in cell) return textField(cell.text);
  if (typeof cell.number === 'number')
    return Number.isFinite(cell.number) ? String(cell.number) : '';
  return NUMBER.test(cell.number) ? cell.number : textField(cell.number);
}

/** Rows of cells as CSV lines, each ended by CRLF (RFC 4180). */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(field).join(',') + EOL).join('');
}

function sheetRows(sheet: ExportSheet): CsvCell[][] {
  const textColumns = sheet.columns.map((column) => column.kind === 'text');
  return [
    sheet.columns.map((column) => textCell(column.header)),
    ...sheet.rows.map((row) =>
      row.map((cell, i) =>
        cell === null ? null : (textColumns[i] ?? true) ? textCell(cell) : numberCell(cell),
      ),
    ),
  ];
}

/**
 * The workbook as one CSV text, numbers exactly as the model gave them. With several sheets, each
 * table is preceded by a line with its name and followed by an empty line, the way spreadsheet
 * programs show stacked tables; a single sheet is a plain table.
 */
export function workbookToCsv(workbook: ExportWorkbook): string {
  const sections = workbook.sheets.map((sheet) =>
    csvText(
      workbook.sheets.length === 1
        ? sheetRows(sheet)
        : [[textCell(sheet.name)], ...sheetRows(sheet)],
    ),
  );
  return BOM + sections.join(EOL);
}
