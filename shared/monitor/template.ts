import type { ExportSheet, ExportWorkbook } from '../sheet/sheet';
import {
  ACTUAL_LINE_LISTS,
  AMOUNT_PATTERN,
  PLANNED_LIST_OF,
  SIGNED_AMOUNT_PATTERN,
  validateScenarioDocument,
  type ActualLineList,
  type ActualYear,
  type ScenarioFile,
  type ValidationIssue,
} from '../scenario';

/*
 * The actuals template: one table a finance officer fills in a spreadsheet and Yardstick reads
 * back. A row per planned line (its id says which: ids are unique across a file's lists), a column
 * per calendar year of the horizon, and three rows of their own, whose ids cannot be an item's:
 * `#months` (12 for a whole year reported, 1–11 for its first months, empty when the year is not
 * reported), `#tax-paid` (empty: computed) and `#notes`; an empty amount of a year reported is
 * zero (the line not listed). The columns Section and Line are for the
 * reader and are not read back. The same table is written as CSV and XLSX and read from either;
 * a cell that cannot be taken is reported by its row and column label, and nothing is changed.
 */

export const MONTHS_ROW = '#months';
export const TAX_ROW = '#tax-paid';
export const NOTES_ROW = '#notes';

export interface TemplateTexts {
  readonly sheet: string;
  readonly section: string;
  readonly id: string;
  readonly line: string;
  readonly months: string;
  readonly taxPaid: string;
  readonly notes: string;
  readonly lists: Readonly<Record<ActualLineList, string>>;
}

export const TEMPLATE_ENGLISH_TEXTS: TemplateTexts = {
  sheet: 'Actuals',
  section: 'Section',
  id: 'Id',
  line: 'Line',
  months: 'Months reported (12: the whole year; empty: not reported)',
  taxPaid: 'Income tax paid (empty: computed)',
  notes: 'Notes',
  lists: {
    savings: 'Savings',
    runningCosts: 'Running costs',
    capex: 'Investment',
    subsidies: 'Subsidies received',
  },
};

/** The template of a file, filled with the actuals it already has. */
export function actualsTemplate(
  file: ScenarioFile,
  texts: TemplateTexts = TEMPLATE_ENGLISH_TEXTS,
): ExportWorkbook {
  const horizon = file.project.horizonYears;
  const years = Array.from({ length: horizon + 1 }, (_, year) => year);
  const reported = new Map((file.actuals?.years ?? []).map((entry) => [entry.year, entry]));
  const perYear = (value: (entry: ActualYear) => string | null) =>
    years.map((year) => {
      const entry = reported.get(year);
      return entry === undefined ? null : value(entry);
    });
  const rows: (string | null)[][] = [
    ['', MONTHS_ROW, texts.months, ...perYear((entry) => String(entry.months ?? 12))],
  ];
  for (const list of ACTUAL_LINE_LISTS) {
    for (const item of file[PLANNED_LIST_OF[list]]) {
      rows.push([
        texts.lists[list],
        item.id,
        item.name,
        // Empty: the line is not listed that year, i.e. zero; written as it stands in the file.
        ...perYear((entry) => entry[list].find((line) => line.id === item.id)?.amount ?? null),
      ]);
    }
  }
  rows.push(['', TAX_ROW, texts.taxPaid, ...perYear((entry) => entry.taxPaid ?? null)]);
  rows.push(['', NOTES_ROW, texts.notes, ...perYear((entry) => entry.notes ?? null)]);
  const sheet: ExportSheet = {
    name: texts.sheet,
    columns: [
      { header: texts.section, kind: 'text' },
      { header: texts.id, kind: 'text' },
      { header: texts.line, kind: 'text' },
      // Amounts, except in the notes row: text cells, so a note is never taken for a number.
      ...years.map((year) => ({
        header: String(file.project.startYear + year),
        kind: 'text' as const,
      })),
    ],
    rows,
  };
  return { sheets: [sheet] };
}

export const TEMPLATE_PROBLEM_CODES = [
  'no_header',
  'unknown_year_column',
  'unknown_line',
  'duplicate_line',
  'not_an_amount',
  'negative_amount',
  'not_months',
  'figures_without_months',
] as const;
export type TemplateProblemCode = (typeof TEMPLATE_PROBLEM_CODES)[number];

/** A cell that cannot be taken: where (1-based, and by the labels a person sees) and why. */
export interface TemplateProblem {
  readonly code: TemplateProblemCode;
  readonly row: number;
  readonly column: number;
  /** The row's line as the sheet names it (its Line cell, else its Id). */
  readonly rowLabel: string;
  /** The column's header (a calendar year, or Id). */
  readonly columnLabel: string;
  readonly value: string;
  readonly message: string;
}

export type ReadTemplate =
  | { readonly ok: true; readonly file: ScenarioFile }
  | { readonly ok: false; readonly problems: readonly TemplateProblem[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** `1,234,567.50` as spreadsheets show it, or a plain decimal. */
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * The file with the actuals a filled template gives, validated as a whole; or every cell that
 * cannot be taken. `grid` holds the cells as text, the header row first (csvGrid, xlsxGrid).
 */
export function readActualsTemplate(
  file: ScenarioFile,
  grid: readonly (readonly string[])[],
): ReadTemplate {
  const problems: TemplateProblem[] = [];
  const headerIndex = grid.findIndex((row) => row.some((cell) => cell.trim() === MONTHS_ROW));
  // The header is the row above the months row; without it, the table is not the template.
  const header = headerIndex > 0 ? grid[headerIndex - 1] : undefined;
  const idColumn = grid[headerIndex]?.findIndex((cell) => cell.trim() === MONTHS_ROW) ?? -1;
  if (header === undefined || idColumn < 0) {
    return {
      ok: false,
      problems: [
        {
          code: 'no_header',
          row: 1,
          column: 1,
          rowLabel: '',
          columnLabel: '',
          value: '',
          message: `no row "${MONTHS_ROW}" under a header row: this is not the actuals template`,
        },
      ],
    };
  }
  const startYear = file.project.startYear;
  const horizon = file.project.horizonYears;
  const labelColumn = idColumn + 1;
  const yearColumns: { column: number; year: number }[] = [];
  header.forEach((cell, column) => {
    if (column <= labelColumn || cell.trim() === '') return;
    const calendar = /^\d{4}$/.test(cell.trim()) ? Number(cell.trim()) : NaN;
    const year = calendar - startYear;
    if (Number.isInteger(year) && year >= 0 && year <= horizon) yearColumns.push({ column, year });
    else
      problems.push({
        code: 'unknown_year_column',
        row: headerIndex,
        column: column + 1,
        rowLabel: '',
        columnLabel: cell,
        value: cell,
        message: `"${cell}" is not a year from ${startYear} to ${startYear + horizon}`,
      });
  });

  const listOf = new Map<string, ActualLineList>();
  for (const list of ACTUAL_LINE_LISTS)
    for (const item of file[PLANNED_LIST_OF[list]]) listOf.set(item.id, list);

  const years = new Map<number, ActualYear & { -readonly [K in ActualLineList]: ActualYear[K] }>();
  const seen = new Set<string>();
  const rows = grid.slice(headerIndex);
  // The months row first: it says which columns are reported.
  const problemAt = (
    code: TemplateProblemCode,
    rowIndex: number,
    column: number,
    rowLabel: string,
    value: string,
    message: string,
  ) =>
    problems.push({
      code,
      row: headerIndex + rowIndex + 1,
      column: column + 1,
      rowLabel,
      columnLabel: header[column] ?? '',
      value,
      message: `${rowLabel}, ${header[column] ?? ''}: ${message}`,
    });

  rows.forEach((row, rowIndex) => {
    const id = (row[idColumn] ?? '').trim();
    const rowLabel = (row[labelColumn] ?? '').trim() || id;
    if (id === '' && row.every((cell) => cell.trim() === '')) return;
    if (id !== MONTHS_ROW) return;
    for (const { column, year } of yearColumns) {
      const text = (row[column] ?? '').trim();
      if (text === '') continue;
      if (!/^\d{1,2}$/.test(text) || Number(text) < 1 || Number(text) > 12) {
        problemAt(
          'not_months',
          rowIndex,
          column,
          rowLabel,
          text,
          `"${text}" is not a number of months from 1 to 12`,
        );
        continue;
      }
      const months = Number(text);
      years.set(year, {
        year,
        ...(months === 12 ? {} : { months }),
        savings: [],
        runningCosts: [],
        capex: [],
        subsidies: [],
      });
    }
  });

  rows.forEach((row, rowIndex) => {
    const id = (row[idColumn] ?? '').trim();
    const rowLabel = (row[labelColumn] ?? '').trim() || id;
    if (id === MONTHS_ROW) return;
    if (id === '' && row.every((cell) => cell.trim() === '')) return;
    const list = listOf.get(id);
    if (list === undefined && id !== TAX_ROW && id !== NOTES_ROW) {
      problemAt(
        'unknown_line',
        rowIndex,
        idColumn,
        rowLabel,
        id,
        `"${id}" is not a line of the plan`,
      );
      return;
    }
    if (seen.has(id)) {
      problemAt('duplicate_line', rowIndex, idColumn, rowLabel, id, `"${id}" has a row already`);
      return;
    }
    seen.add(id);
    for (const { column, year } of yearColumns) {
      const raw = row[column] ?? '';
      // The CSV writer defuses a text a spreadsheet would run as a formula (a negative tax paid)
      // with an apostrophe, which a spreadsheet keeps as part of the text.
      const text = raw.trim().replace(/^'(?=[=+\-@])/, '');
      if (text === '') continue;
      const reported = years.get(year);
      if (reported === undefined) {
        problemAt(
          'figures_without_months',
          rowIndex,
          column,
          rowLabel,
          text,
          'has a figure but the year has no months reported',
        );
        continue;
      }
      if (id === NOTES_ROW) {
        reported.notes = raw;
        continue;
      }
      const amount = GROUPED.test(text) ? text.replaceAll(',', '') : text;
      const pattern = id === TAX_ROW ? SIGNED_AMOUNT_PATTERN : AMOUNT_PATTERN;
      if (!pattern.test(amount)) {
        const negative = id !== TAX_ROW && SIGNED_AMOUNT_PATTERN.test(amount);
        problemAt(
          negative ? 'negative_amount' : 'not_an_amount',
          rowIndex,
          column,
          rowLabel,
          text,
          negative
            ? `"${text}" is negative; only the tax paid may be`
            : `"${text}" is not an amount such as 1250000.50 (at most 15 digits and 6 decimals)`,
        );
        continue;
      }
      if (id === TAX_ROW) reported.taxPaid = amount;
      else if (list !== undefined) reported[list].push({ id, amount });
    }
  });
  if (problems.length > 0)
    return {
      ok: false,
      problems: problems.sort((a, b) => a.row - b.row || a.column - b.column),
    };

  const reportedYears = [...years.values()].sort((a, b) => a.year - b.year);
  const { actuals: _before, ...rest } = file;
  const candidate =
    reportedYears.length === 0 ? rest : { ...rest, actuals: { years: reportedYears } };
  const checked = validateScenarioDocument(candidate);
  return checked.ok ? { ok: true, file: checked.file } : { ok: false, issues: checked.issues };
}

/** The rows of a CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF; a BOM skipped). */
export function csvGrid(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index] as string;
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
