import type Decimal from 'decimal.js';
import { Dec } from '../../finance';
import { fn, ref, type Cond, type Expr } from './formula';

/*
 * The rows of a projection sheet before they are written: a label in column A, a total (or, for
 * a working, its one value) in column B, and one column per year from C. Rows are added in the
 * order of the computation, so a formula only ever refers to rows above it or to the inputs.
 */

/** `count`: a whole number of years (the year of a tax holiday). */
export type RowKind = 'amount' | 'factor' | 'ratio' | 'flag' | 'count';
export type RowRole = 'line' | 'total' | 'working' | 'memo';

export interface YearRow {
  readonly type: 'years';
  /** The key of the model's projection column it reproduces (`savings[prod-cost]`, `tax`), or null for a working. */
  readonly key: string | null;
  readonly id: string;
  readonly label: string;
  readonly kind: RowKind;
  readonly role: RowRole;
  readonly cells: readonly (Expr | Cond | null)[];
  total: Expr | null;
  readonly row: number;
}

export interface ScalarRow {
  readonly type: 'scalar';
  readonly id: string;
  readonly label: string;
  readonly kind: RowKind;
  readonly value: Expr | Cond;
  readonly row: number;
}

export interface HeadingRow {
  readonly type: 'heading';
  readonly label: string;
  readonly row: number;
}

export type GridRow = YearRow | ScalarRow | HeadingRow;

export interface YearSpec {
  readonly key?: string | null;
  readonly label: string;
  readonly kind?: RowKind;
  readonly role?: RowRole;
  readonly cell: (year: number) => Expr | Cond | null;
  readonly total?: boolean;
}

export const FIRST_YEAR_COLUMN = 3;

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const yearColumn = (year: number): string => columnLetter(FIRST_YEAR_COLUMN + year);

const ZERO = new Dec(0);

export class Grid {
  readonly rows: GridRow[] = [];
  private readonly byId = new Map<string, YearRow | ScalarRow>();
  private next: number;

  constructor(
    readonly sheetName: string,
    readonly yearCount: number,
    firstRow: number,
  ) {
    this.next = firstRow;
  }

  get nextRow(): number {
    return this.next;
  }

  get horizon(): number {
    return this.yearCount - 1;
  }

  heading(label: string): void {
    this.rows.push({ type: 'heading', label, row: this.next++ });
  }

  /** A row of yearly cells; `cell(t)` returns null for a year the rule leaves empty. */
  years(id: string, spec: YearSpec): void {
    this.block([{ id, ...spec }]);
  }

  /**
   * Rows whose cells depend on each other across years (a ledger: what is used this year depends
   * on what was carried forward last year, which depends on what was used then): the rows are
   * laid out in order and filled a year at a time, every row's year t before any row's t + 1.
   */
  block(specs: readonly ({ id: string } & YearSpec)[]): void {
    const entries = specs.map((spec) => {
      if (this.byId.has(spec.id)) throw new Error(`formula workbook: row ${spec.id} twice`);
      const kind = spec.kind ?? 'amount';
      const entry: YearRow = {
        type: 'years',
        key: spec.key === undefined ? spec.id : spec.key,
        id: spec.id,
        label: spec.label,
        kind,
        role: spec.role ?? 'line',
        cells: [],
        row: this.next++,
        total: null,
      };
      this.rows.push(entry);
      this.byId.set(spec.id, entry);
      return { entry, spec, withTotal: spec.total ?? kind === 'amount' };
    });
    for (let year = 0; year < this.yearCount; year += 1)
      for (const { entry, spec } of entries)
        (entry.cells as (Expr | Cond | null)[]).push(spec.cell(year));
    for (const { entry, withTotal } of entries) {
      if (!withTotal) continue;
      entry.total = fn(
        'SUM',
        [`${yearColumn(0)}${entry.row}:${yearColumn(this.horizon)}${entry.row}`],
        entry.cells.reduce<Decimal>(
          (sum, cell) => (cell === null || !('prec' in cell) ? sum : sum.plus(cell.value)),
          ZERO,
        ),
      );
    }
  }

  scalar(id: string, label: string, value: Expr | Cond, kind: RowKind = 'amount'): void {
    if (this.byId.has(id)) throw new Error(`formula workbook: row ${id} twice`);
    const entry: ScalarRow = { type: 'scalar', id, label, kind, value, row: this.next++ };
    this.rows.push(entry);
    this.byId.set(id, entry);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  private yearRow(id: string): YearRow {
    const found = this.byId.get(id);
    if (found?.type !== 'years') throw new Error(`formula workbook: no yearly row ${id}`);
    return found;
  }

  /** The value of a row in a year (0 where it is empty). */
  valueAt(id: string, year: number): Decimal {
    const cells = this.yearRow(id).cells;
    if (year >= cells.length)
      throw new Error(`formula workbook: ${id} read in year ${year} before it is computed`);
    const cell = cells[year];
    if (cell === null || cell === undefined) return ZERO;
    return 'prec' in cell ? cell.value : ZERO;
  }

  /** A row's cell of a year as an operand: `D12`, or `'Projection'!D12` from another sheet. */
  at(id: string, year: number, fromSheet?: string): Expr {
    const row = this.yearRow(id).row;
    return ref(`${this.prefix(fromSheet)}${yearColumn(year)}${row}`, this.valueAt(id, year));
  }

  /** A condition held in a row's cell of a year. */
  flagAt(id: string, year: number): Cond {
    const cell = this.yearRow(id).cells[year];
    return {
      text: `${yearColumn(year)}${this.yearRow(id).row}`,
      value: cell !== null && cell !== undefined && !('prec' in cell) ? cell.value : false,
    };
  }

  /** A working's value as an operand (absolute, so it reads the same from every year). */
  scalarRef(id: string, fromSheet?: string): Expr {
    const found = this.byId.get(id);
    if (found?.type !== 'scalar' || !('prec' in found.value))
      throw new Error(`formula workbook: no working ${id}`);
    return ref(`${this.prefix(fromSheet)}$B$${found.row}`, found.value.value);
  }

  scalarCond(id: string): Cond {
    const found = this.byId.get(id);
    if (found?.type !== 'scalar' || 'prec' in found.value)
      throw new Error(`formula workbook: no condition ${id}`);
    return { text: `$B$${found.row}`, value: found.value.value };
  }

  /** `C12:L12` (years `from` … `to`), absolute in the row. */
  range(id: string, from = 0, to = this.horizon, fromSheet?: string): string {
    const row = this.yearRow(id).row;
    return `${this.prefix(fromSheet)}$${yearColumn(from)}$${row}:$${yearColumn(to)}$${row}`;
  }

  /** Sum of a row over years `from` … `to` as an operand. */
  sumOf(id: string, from = 0, to = this.horizon, fromSheet?: string): Expr {
    let total = ZERO;
    for (let year = from; year <= to; year += 1) total = total.plus(this.valueAt(id, year));
    return fn('SUM', [this.range(id, from, to, fromSheet)], total);
  }

  values(id: string): Decimal[] {
    return Array.from({ length: this.yearCount }, (_, year) => this.valueAt(id, year));
  }

  /** The sheet row of a row id (for the metrics sheet). */
  rowOf(id: string): number {
    const found = this.byId.get(id);
    if (found === undefined) throw new Error(`formula workbook: no row ${id}`);
    return found.row;
  }

  private prefix(fromSheet: string | undefined): string {
    return fromSheet === undefined || fromSheet === this.sheetName
      ? ''
      : `${quoteSheet(this.sheetName)}!`;
  }
}

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
