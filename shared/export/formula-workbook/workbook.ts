import type Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import type { Evaluation } from '../../model';
import { add, mul, ONE, ref, sub, type Cond, type Expr } from './formula';
import { FIRST_YEAR_COLUMN, yearColumn, type Grid, type YearRow } from './grid';
import { inputSheet, type InputUnit } from './inputs-sheet';
import { label, type LabelKey, type WorkbookLanguage } from './labels';
import { addMetricWorkings, metricCells, NONE_TEXT, type MetricKind } from './metrics-sheet';
import { FIRST_GRID_ROW, projectionSheet, YEAR_INDEX_ROW } from './projection-sheet';
import type { StatementOptions } from '../../statements';
import { STATEMENT_TEXTS } from '../../i18n/catalogue/statements';
import { fill } from '../../i18n/texts';
import {
  STATEMENT_FIRST_YEAR_COLUMN,
  STATEMENT_HEADER_ROW,
  statementSheets,
  statementYearColumn,
  type StatementSheet,
} from './statement-sheets';

/*
 * The workbook an auditor can trace: About (what the file is and what it holds), Inputs (every
 * number as a named input cell), Projection and Projection without subsidies (every cell a formula
 * over the inputs and the rows above), Metrics (formulas over the projections). Each formula
 * cell carries the value Yardstick computed, so the file shows the right figures before any
 * recalculation; a spreadsheet that recalculates gets them again from the formulas.
 */

export interface FormulaWorkbookRequest {
  readonly evaluation: Evaluation<Decimal>;
  readonly language: WorkbookLanguage;
  /** The scenario's name as the file gives it (base, or a named scenario). */
  readonly scenarioName: string;
  /** The file the scenario came from, as the user knows it (a file name). */
  readonly sourceName: string;
  /** The statutory surplus reserve's rate and cap of the statements (10 %, no cap by default). */
  readonly statementOptions?: StatementOptions<Decimal>;
}

/** The built sheets, for the tests that read them back without a spreadsheet engine. */
export interface FormulaWorkbookParts {
  readonly projection: Grid;
  readonly withoutSubsidies: Grid | null;
  /** The feasibility-study statements, one sheet each. */
  readonly statements: readonly StatementSheet[];
  readonly sheetNames: Readonly<
    Record<'about' | 'inputs' | 'projection' | 'withoutSubsidies' | 'metrics', string>
  >;
}

const FORMATS = {
  amount: '#,##0.00;-#,##0.00',
  rate: '0.00%',
  factor: '0.000000',
  ratio: '0.0000',
  years: '0.00',
  number: '#,##0.####',
  days: '#,##0.##',
} as const;

const INPUT_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF1F4E9E' } };
const INPUT_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF7D6' },
};
const WORKING_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF666666' } };
const HEADING_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF6' },
};

const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
};

function cellValue(expr: Expr | Cond): ExcelJS.CellFormulaValue {
  return 'prec' in expr
    ? { formula: expr.text, result: expr.value.toNumber() }
    : { formula: expr.text, result: expr.value };
}

export function buildFormulaWorkbook(request: FormulaWorkbookRequest): {
  book: ExcelJS.Workbook;
  parts: FormulaWorkbookParts;
} {
  const { evaluation, language: lang } = request;
  const inputs = evaluation.inputs;
  const L = (key: LabelKey, params?: Record<string, string | number>) => label(lang, key, params);
  const sheetNames = {
    about: L('sheet.about'),
    inputs: L('sheet.inputs'),
    projection: L('sheet.projection'),
    withoutSubsidies: L('sheet.withoutSubsidies'),
    metrics: L('sheet.metrics'),
  };
  const book = new ExcelJS.Workbook();
  book.creator = 'Yardstick';
  book.calcProperties.fullCalcOnLoad = true;

  // ---- Inputs and what is derived from them --------------------------------------------------
  const sheet = inputSheet(inputs, lang);
  const derived: { name: string; label: string; unit: InputUnit; expr: Expr }[] = [];
  const named = new Map<string, Expr>();
  const name = (n: string): Expr => {
    const found = named.get(n);
    if (found !== undefined) return ref(n, found.value);
    return sheet.input(n);
  };
  const has = (n: string) => named.has(n) || sheet.has(n);
  const derive = (n: string, key: LabelKey, unit: InputUnit, expr: Expr) => {
    derived.push({ name: n, label: L(key), unit, expr });
    named.set(n, expr);
  };
  const { parameters } = inputs;
  const nominal = (rate: string) =>
    sub(mul(add(ONE, name(rate)), add(ONE, name('Inflation'))), ONE);
  derive(
    'Discount_Nominal',
    parameters.discountRate.basis === 'real' ? 'derived.discountReal' : 'derived.discount',
    'rate',
    parameters.discountRate.basis === 'real' ? nominal('Discount_Rate') : name('Discount_Rate'),
  );
  derive(
    'FundingGap_Nominal',
    parameters.fundingGapDiscountRate.basis === 'real'
      ? 'derived.fundingGapReal'
      : 'derived.fundingGap',
    'rate',
    parameters.fundingGapDiscountRate.basis === 'real'
      ? nominal('FundingGap_Rate')
      : name('FundingGap_Rate'),
  );
  derive(
    'Mirr_Finance',
    'derived.mirrFinance',
    'rate',
    name(sheet.has('Mirr_FinanceRate') ? 'Mirr_FinanceRate' : 'Discount_Nominal'),
  );
  derive(
    'Mirr_Reinvest',
    'derived.mirrReinvest',
    'rate',
    name(sheet.has('Mirr_ReinvestRate') ? 'Mirr_ReinvestRate' : 'Discount_Nominal'),
  );
  const amounts = (test: (index: number) => boolean) =>
    inputs.capex.flatMap((_, index) => (test(index) ? [name(`Capex${index + 1}_Amount`)] : []));
  const eligible = amounts((i) => inputs.capex[i]?.eligibility.grants === true);
  if (eligible.length > 0)
    derive('Eligible_Capex', 'derived.eligibleCapex', 'amount', add(...eligible));
  const eligibleCost = amounts(
    (i) => inputs.capex[i]?.eligibility.grants === true && inputs.capex[i]?.replacement !== true,
  );
  if (eligibleCost.length > 0)
    derive('Eligible_Cost', 'derived.eligibleCost', 'amount', add(...eligibleCost));

  // ---- The projections ------------------------------------------------------------------------
  const projection = projectionSheet({
    inputs,
    name,
    has,
    lang,
    sheetName: sheetNames.projection,
    subsidies: inputs.subsidies,
  });
  addMetricWorkings(projection, lang, name);
  const withoutSubsidies =
    inputs.subsidies.length === 0
      ? null
      : projectionSheet({
          inputs,
          name,
          has,
          lang,
          sheetName: sheetNames.withoutSubsidies,
          subsidies: [],
        });
  const metrics = metricCells({
    lang,
    projection,
    withoutSubsidies: withoutSubsidies ?? projection,
    evaluation,
    sheetName: sheetNames.metrics,
    firstRow: 3,
    has,
  });

  // ---- About ---------------------------------------------------------------------------------
  const about = book.addWorksheet(sheetNames.about);
  about.getColumn(1).width = 72;
  about.getCell('A1').value = L('about.title', { name: inputs.project.name });
  about.getCell('A1').font = { bold: true, size: 14 };
  about.getCell('A2').value = L('about.scenario', { scenario: request.scenarioName });
  about.getCell('A3').value = L('about.generated', { file: request.sourceName });
  about.getCell('A5').value = L('about.complete');
  about.getCell('A5').font = { bold: true };
  L('about.lines', { row: projection.rowOf('projectNetCashFlow') })
    .split('\n')
    .forEach((line, index) => {
      const cell = about.getCell(`A${7 + index}`);
      cell.value = line;
      cell.alignment = { wrapText: true, vertical: 'top' };
      // Spreadsheets do not grow a row for wrapped text written by a program: give it the lines.
      const perLine = lang === 'zh-CN' ? 34 : 70;
      about.getRow(7 + index).height = 15 * Math.ceil(line.length / perLine) + 4;
    });
  about.pageSetup = { ...PAGE_SETUP, orientation: 'portrait' };

  // ---- Inputs sheet --------------------------------------------------------------------------
  const inputsSheet = book.addWorksheet(sheetNames.inputs, {
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  inputsSheet.columns = [{ width: 64 }, { width: 18 }, { width: 10 }, { width: 28 }];
  inputsSheet.getCell('A1').value = L('inputs.title');
  inputsSheet.getCell('A1').font = { bold: true, size: 13 };
  const header = inputsSheet.getRow(2);
  header.values = [L('col.line'), L('col.value'), L('col.unit'), L('col.name')];
  header.font = { bold: true };
  let row = 3;
  let section = '';
  // A rate's cell is formatted as a percentage already: a unit "%" beside it would read "5.00% %".
  const unitText = (unit: InputUnit) => (unit === 'rate' ? null : L(`unit.${unit}`));
  const headingRow = (sheetRef: ExcelJS.Worksheet, at: number, text: string, width: number) => {
    const cell = sheetRef.getCell(at, 1);
    cell.value = text;
    cell.font = { bold: true };
    for (let column = 1; column <= width; column += 1)
      sheetRef.getCell(at, column).fill = HEADING_FILL;
  };
  for (const entry of sheet.entries) {
    if (entry.section !== section) {
      section = entry.section;
      headingRow(inputsSheet, row++, section, 4);
    }
    inputsSheet.getCell(row, 1).value = entry.label;
    const cell = inputsSheet.getCell(row, 2);
    cell.value = entry.value.toNumber();
    cell.numFmt = FORMATS[entry.unit];
    cell.font = INPUT_FONT;
    cell.fill = INPUT_FILL;
    inputsSheet.getCell(row, 3).value = unitText(entry.unit);
    inputsSheet.getCell(row, 4).value = entry.name;
    book.definedNames.add(`${quoted(sheetNames.inputs)}!$B$${row}`, entry.name);
    row += 1;
  }
  headingRow(inputsSheet, row++, L('inputs.derived'), 4);
  for (const entry of derived) {
    inputsSheet.getCell(row, 1).value = entry.label;
    const cell = inputsSheet.getCell(row, 2);
    cell.value = cellValue(entry.expr);
    cell.numFmt = FORMATS[entry.unit];
    inputsSheet.getCell(row, 3).value = unitText(entry.unit);
    inputsSheet.getCell(row, 4).value = entry.name;
    book.definedNames.add(`${quoted(sheetNames.inputs)}!$B$${row}`, entry.name);
    row += 1;
  }
  headingRow(inputsSheet, row++, L('inputs.layout'), 4);
  for (const fact of sheet.layout) {
    inputsSheet.getCell(row, 1).value = fact.label;
    // Left-aligned, so a long description runs on over the empty unit and name columns.
    inputsSheet.getCell(row, 2).value = fact.value;
    inputsSheet.getCell(row, 2).alignment = { horizontal: 'left' };
    row += 1;
  }
  inputsSheet.pageSetup = { ...PAGE_SETUP, orientation: 'portrait', printTitlesRow: '2:2' };

  // ---- Projection sheets -------------------------------------------------------------------
  const writeGrid = (grid: Grid, title: string) => {
    const ws = book.addWorksheet(grid.sheetName, {
      views: [{ state: 'frozen', xSplit: 2, ySplit: YEAR_INDEX_ROW + 1 }],
    });
    ws.getColumn(1).width = 72;
    ws.getColumn(2).width = 18;
    for (let t = 0; t <= grid.horizon; t += 1) ws.getColumn(FIRST_YEAR_COLUMN + t).width = 15;
    ws.getCell('A1').value = title;
    ws.getCell('A1').font = { bold: true, size: 13 };
    const yearRow = ws.getRow(YEAR_INDEX_ROW);
    yearRow.getCell(1).value = L('col.line');
    yearRow.getCell(2).value = L('col.total');
    const calendar = ws.getRow(YEAR_INDEX_ROW + 1);
    calendar.getCell(1).value = L('col.calendar');
    for (let t = 0; t <= grid.horizon; t += 1) {
      const cell = yearRow.getCell(FIRST_YEAR_COLUMN + t);
      cell.value = t;
      cell.numFmt = L('col.year');
      calendar.getCell(FIRST_YEAR_COLUMN + t).value = inputs.project.startYear + t;
    }
    yearRow.font = { bold: true };
    calendar.font = { bold: true };
    for (const entry of grid.rows) {
      if (entry.type === 'heading') {
        headingRow(ws, entry.row, entry.label, FIRST_YEAR_COLUMN + grid.horizon);
        continue;
      }
      const labelCell = ws.getCell(entry.row, 1);
      labelCell.value = entry.label;
      if (entry.type === 'scalar') {
        labelCell.font = WORKING_FONT;
        const cell = ws.getCell(entry.row, 2);
        cell.value = cellValue(entry.value);
        if (entry.kind === 'amount') cell.numFmt = FORMATS.amount;
        continue;
      }
      writeYearRow(ws, entry);
    }
    ws.pageSetup = {
      ...PAGE_SETUP,
      printTitlesRow: `${YEAR_INDEX_ROW}:${YEAR_INDEX_ROW + 1}`,
      printTitlesColumn: 'A:A',
    };
    return ws;
  };
  writeGrid(projection, L('projection.title', { name: inputs.project.name }));
  if (withoutSubsidies !== null) writeGrid(withoutSubsidies, L('withoutSubsidies.title'));

  // ---- Metrics -------------------------------------------------------------------------------
  const ms = book.addWorksheet(sheetNames.metrics, { views: [{ state: 'frozen', ySplit: 2 }] });
  ms.columns = [{ width: 60 }, { width: 20 }, { width: 10 }, { width: 30 }];
  ms.getCell('A1').value = L('metrics.title');
  ms.getCell('A1').font = { bold: true, size: 13 };
  ms.getRow(2).values = [L('col.line'), L('col.value'), L('col.unit'), L('col.key')];
  ms.getRow(2).font = { bold: true };
  let workingsHeading = false;
  for (const metric of metrics) {
    if (metric.key === null && !workingsHeading) {
      headingRow(ms, metric.row - 1, L('metrics.workings'), 4);
      workingsHeading = true;
    }
    ms.getCell(metric.row, 1).value = metric.label;
    if (metric.key === null) ms.getCell(metric.row, 1).font = WORKING_FONT;
    const cell = ms.getCell(metric.row, 2);
    const result =
      metric.value === null
        ? NONE_TEXT
        : typeof metric.value === 'boolean'
          ? metric.value
          : metric.value.toNumber();
    cell.value = { formula: metric.formula, result } as ExcelJS.CellFormulaValue;
    const format = metricFormat(metric.kind);
    if (format !== undefined) cell.numFmt = format;
    ms.getCell(metric.row, 3).value = metric.kind === 'rate' ? null : L(`unit.${metric.kind}`);
    if (metric.key !== null) ms.getCell(metric.row, 4).value = metric.key;
  }
  ms.pageSetup = { ...PAGE_SETUP, orientation: 'portrait', printTitlesRow: '2:2' };

  // ---- The feasibility-study statements ------------------------------------------------------
  const { sheets: statements } = statementSheets({
    evaluation,
    projection,
    lang,
    name,
    ...(request.statementOptions === undefined
      ? {}
      : { statementOptions: request.statementOptions }),
  });
  for (const statement of statements)
    writeStatement(book, statement, lang, inputs.project.startYear, inputs.project.currency);

  return {
    book,
    parts: { projection, withoutSubsidies, statements, sheetNames },
  };
}

function writeYearRow(ws: ExcelJS.Worksheet, entry: YearRow): void {
  const labelCell = ws.getCell(entry.row, 1);
  const numFmt =
    entry.kind === 'amount'
      ? FORMATS.amount
      : entry.kind === 'factor'
        ? FORMATS.factor
        : entry.kind === 'ratio'
          ? FORMATS.ratio
          : undefined;
  if (entry.role === 'working') labelCell.font = WORKING_FONT;
  if (entry.role === 'total') labelCell.font = { bold: true };
  if (entry.total !== null) {
    const cell = ws.getCell(entry.row, 2);
    cell.value = cellValue(entry.total);
    if (numFmt !== undefined) cell.numFmt = numFmt;
    if (entry.role === 'total') cell.font = { bold: true };
  }
  entry.cells.forEach((expr, t) => {
    if (expr === null) return;
    const cell = ws.getCell(`${yearColumn(t)}${entry.row}`);
    cell.value = cellValue(expr);
    if (numFmt !== undefined) cell.numFmt = numFmt;
    if (entry.role === 'total') cell.font = { bold: true };
    if (entry.role === 'working') cell.font = WORKING_FONT;
  });
}

/** A statement as the standard lays it out: 序号, 项目, 合计, the years; memo rows after the form. */
function writeStatement(
  book: ExcelJS.Workbook,
  statement: StatementSheet,
  lang: WorkbookLanguage,
  startYear: number,
  currency: string,
): void {
  const texts = STATEMENT_TEXTS[lang];
  const ws = book.addWorksheet(statement.sheetName, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: STATEMENT_HEADER_ROW }],
  });
  ws.getColumn(1).width = 8;
  ws.getColumn(2).width = 46;
  ws.getColumn(3).width = 18;
  const years = statement.rows[0]?.cells.length ?? 0;
  for (let t = 0; t < years; t += 1) ws.getColumn(STATEMENT_FIRST_YEAR_COLUMN + t).width = 15;
  ws.getCell('A1').value = statement.title;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = fill(texts.unit, {
    unit: lang === 'zh-CN' && currency === 'CNY' ? '元' : currency,
  });
  const header = ws.getRow(STATEMENT_HEADER_ROW);
  header.getCell(1).value = texts.number;
  header.getCell(2).value = texts.item;
  header.getCell(3).value = texts.total;
  for (let t = 0; t < years; t += 1)
    header.getCell(STATEMENT_FIRST_YEAR_COLUMN + t).value = startYear + t;
  header.font = { bold: true };
  for (const entry of statement.rows) {
    const numFmt =
      entry.kind === 'ratio'
        ? FORMATS.ratio
        : entry.kind === 'factor'
          ? FORMATS.factor
          : FORMATS.amount;
    ws.getCell(entry.row, 1).value = entry.number;
    const label = ws.getCell(entry.row, 2);
    label.value = entry.memo ? `${texts.memoHeading}: ${entry.label}` : entry.label;
    if (entry.memo) label.font = WORKING_FONT;
    if (entry.total !== null) {
      ws.getCell(entry.row, 3).value = cellValue(entry.total);
      ws.getCell(entry.row, 3).numFmt = numFmt;
    }
    entry.cells.forEach((cell, t) => {
      // A rule the scenario does not use: empty, as the projection sheet leaves it.
      if (cell.formula === '0') return;
      const target = ws.getCell(`${statementYearColumn(t)}${entry.row}`);
      target.value = {
        formula: cell.formula,
        result: cell.value === null ? '' : cell.value.toNumber(),
      } as ExcelJS.CellFormulaValue;
      target.numFmt = numFmt;
      if (entry.memo) target.font = WORKING_FONT;
    });
  }
  ws.pageSetup = {
    ...PAGE_SETUP,
    printTitlesRow: `${STATEMENT_HEADER_ROW}:${STATEMENT_HEADER_ROW}`,
    printTitlesColumn: 'A:B',
  };
}

function metricFormat(kind: MetricKind): string | undefined {
  switch (kind) {
    case 'amount':
      return FORMATS.amount;
    case 'rate':
      return '0.0000%';
    case 'years':
      return FORMATS.years;
    case 'ratio':
      return FORMATS.ratio;
    case 'flag':
      return undefined;
  }
}

function quoted(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** The workbook as XLSX bytes. */
export async function formulaWorkbookXlsx(request: FormulaWorkbookRequest): Promise<Uint8Array> {
  const { book } = buildFormulaWorkbook(request);
  const bytes = await book.xlsx.writeBuffer();
  return new Uint8Array(bytes as ArrayBuffer);
}

export { FIRST_GRID_ROW };
