import type { Arithmetic } from '../finance';
import { evaluateExpr, type Expr, type Scope } from './expr';

/*
 * A statement: titled rows × years and a totals column. Each row has a stable key (its name in
 * every language comes from shared/i18n/catalogue/statements.ts under that key), the number the standard
 * form gives it (1, 1.1, 2 …) and an expression over the projection's columns (expr.ts). Amount
 * rows have a total; cumulative rows and ratios do not (the standard leaves 合计 empty there).
 */

export type StatementKey =
  | 'projectCashFlow'
  | 'equityCashFlow'
  | 'profitAndDistribution'
  | 'financialPlan'
  | 'debtService'
  | 'totalInvestment';

/** Only amounts have a total: not a running sum, a balance, a factor (the discount factor) nor a ratio. */
export type RowKind = 'amount' | 'cumulative' | 'balance' | 'factor' | 'ratio';

export interface RowSpec {
  readonly key: string;
  readonly number: string;
  readonly kind?: 'amount' | 'cumulative' | 'balance' | 'factor';
  readonly expr: Expr;
  /** Shown only when some year is not zero (input VAT, terminal value: not rows of the standard form). */
  readonly optional?: boolean;
  /** A working row outside the standard form (how a row is derived); shown after the form. */
  readonly memo?: boolean;
}

export interface RatioSpec {
  readonly key: string;
  readonly number: string;
  readonly kind: 'ratio';
  readonly numerator: Expr;
  readonly denominator: Expr;
  readonly memo?: boolean;
}

export type StatementRowSpec = RowSpec | RatioSpec;

export interface StatementRow<N> {
  readonly key: string;
  readonly number: string;
  readonly kind: RowKind;
  readonly memo: boolean;
  /** One value per year 0 … H; a ratio is null in a year whose denominator is zero. */
  readonly values: readonly (N | null)[];
  /** Σ over the years for an amount row; null for cumulative rows and ratios. */
  readonly total: N | null;
  readonly spec: StatementRowSpec;
}

export type IndicatorKind = 'rate' | 'amount' | 'years' | 'ratio';

export interface Indicator<N> {
  readonly key: string;
  readonly kind: IndicatorKind;
  /** Null: no IRR, not paid back within the horizon, no year with debt service. */
  readonly value: N | null;
}

export interface Statement<N> {
  readonly key: StatementKey;
  readonly rows: readonly StatementRow<N>[];
  readonly indicators: readonly Indicator<N>[];
  /** Years (indices) a check names: the years the cumulative surplus is negative. */
  readonly shortfallYears: readonly number[];
}

export interface StatementInputs<N> {
  readonly yearCount: number;
  readonly column: (name: string) => readonly N[];
  readonly parameter: (name: string) => N;
}

/**
 * Every row of a statement, year by year: a row may read any row of the same year (a total reads
 * the rows listed under it) and any row the year before. Optional rows that are zero in every year
 * are left out.
 */
export function buildRows<N>(
  A: Arithmetic<N>,
  specs: readonly StatementRowSpec[],
  inputs: StatementInputs<N>,
): StatementRow<N>[] {
  const byKey = new Map<string, StatementRowSpec>();
  for (const spec of specs) {
    if (byKey.has(spec.key)) throw new Error(`statement row ${spec.key} twice`);
    byKey.set(spec.key, spec);
  }
  const values = new Map<string, (N | null)[]>(specs.map((spec) => [spec.key, []]));
  const computing = new Set<string>();
  const valueOf = (key: string, year: number): N | null => {
    const cells = values.get(key);
    const spec = byKey.get(key);
    if (cells === undefined || spec === undefined) throw new Error(`statement: no row ${key}`);
    if (cells.length > year) return cells[year] as N | null;
    if (computing.has(key)) throw new Error(`statement row ${key} reads itself`);
    computing.add(key);
    let value: N | null;
    if (spec.kind === 'ratio') {
      const denominator = evaluateExpr(A, spec.denominator, year, scope);
      value = A.isZero(denominator)
        ? null
        : A.div(evaluateExpr(A, spec.numerator, year, scope), denominator);
    } else value = evaluateExpr(A, spec.expr, year, scope);
    computing.delete(key);
    cells.push(value);
    return value;
  };
  const scope: Scope<N> = {
    column: (name, year) => inputs.column(name)[year] as N,
    row: (key, year) => valueOf(key, year) ?? A.zero,
    parameter: inputs.parameter,
  };
  for (let year = 0; year < inputs.yearCount; year += 1)
    for (const spec of specs) valueOf(spec.key, year);
  return specs.flatMap((spec): StatementRow<N>[] => {
    const cells = values.get(spec.key) as (N | null)[];
    const kind: RowKind = spec.kind ?? 'amount';
    if (
      spec.kind !== 'ratio' &&
      spec.optional === true &&
      cells.every((cell) => cell === null || A.isZero(cell))
    )
      return [];
    return [
      {
        key: spec.key,
        number: spec.number,
        kind,
        memo: spec.memo === true,
        values: cells,
        total:
          kind === 'amount'
            ? cells.reduce<N>((total, cell) => (cell === null ? total : A.add(total, cell)), A.zero)
            : null,
        spec,
      },
    ];
  });
}

/** The values of a row (a ratio's missing years as they are). */
export function rowValues<N>(statement: Statement<N>, key: string): readonly (N | null)[] {
  const found = statement.rows.find((entry) => entry.key === key);
  if (found === undefined) throw new Error(`statement ${statement.key} has no row ${key}`);
  return found.values;
}

/** An amount row's values (zero where an optional row was left out). */
export function amounts<N>(
  A: Arithmetic<N>,
  statement: Statement<N>,
  key: string,
  yearCount: number,
): N[] {
  const found = statement.rows.find((entry) => entry.key === key);
  return Array.from(
    { length: yearCount },
    (_, year) => (found?.values[year] as N | undefined) ?? A.zero,
  );
}
