import { Dec } from '../../finance/decimal';
import { SCALE_DIGITS, SCALE_FACTOR, type AmountScale } from '../../i18n/amount-scale';
import type { ColumnKind, ExportSheet, ExportWorkbook } from '../schemas';

/*
 * A workbook for a person to read, made from the exact one: amounts in the unit shown (元, 万元 or
 * 亿元) rounded as the screen rounds them — to the cent in yuan — with the unit in the column's
 * heading; rates (fractions, shown as percentages) to a hundredth of a basis point; ratios and years
 * to six decimals. The exact workbook, every figure as the model computed it, is what the command
 * line's `--format csv` and `--format json` write, for machines.
 */

export interface ReadableOptions {
  readonly scale: AmountScale;
  /** An amount column's heading with its unit: `NPV (CNY)`, `财务净现值（万元）`. */
  readonly amountHeader: (header: string) => string;
}

/** Decimals a rate (a fraction) and a plain number keep: 0.082534 is 8.2534 %. */
const RATE_DIGITS = 6;
const NUMBER_DIGITS = 6;

function roundedCell(cell: string | null, kind: ColumnKind, scale: AmountScale): string | null {
  if (cell === null || kind === 'text' || kind === 'year' || kind === 'integer') return cell;
  let value: Dec;
  try {
    value = new Dec(cell);
  } catch {
    return cell;
  }
  if (!value.isFinite()) return cell;
  const rounded =
    kind === 'amount'
      ? value.div(SCALE_FACTOR[scale]).toDecimalPlaces(SCALE_DIGITS[scale], Dec.ROUND_HALF_UP)
      : value.toDecimalPlaces(kind === 'rate' ? RATE_DIGITS : NUMBER_DIGITS, Dec.ROUND_HALF_UP);
  // Never "-0.00": a figure that rounds to nothing is nothing.
  const shown = rounded.isZero() ? new Dec(0) : rounded;
  return kind === 'amount' ? shown.toFixed(SCALE_DIGITS[scale]) : shown.toFixed();
}

function readableSheet(sheet: ExportSheet, options: ReadableOptions): ExportSheet {
  return {
    ...sheet,
    columns: sheet.columns.map((column) =>
      column.kind === 'amount'
        ? { ...column, header: options.amountHeader(column.header) }
        : column,
    ),
    rows: sheet.rows.map((row) =>
      row.map((cell, index) =>
        roundedCell(cell, sheet.columns[index]?.kind ?? 'text', options.scale),
      ),
    ),
  };
}

export function readableWorkbook(
  workbook: ExportWorkbook,
  options: ReadableOptions,
): ExportWorkbook {
  return { sheets: workbook.sheets.map((sheet) => readableSheet(sheet, options)) };
}
