import type { Arithmetic } from '../finance';

/*
 * A statement row is an expression over the projection's columns and the rows above it, never a
 * rule of its own: the same expression gives the row's values here and its formulas in the
 * workbook (shared/export/formula-workbook/statement-sheets.ts), so the two cannot drift apart.
 * Rows are evaluated a year at a time, every row of year t before any row of year t + 1, so a row
 * may read another row's value of the year before (`prior`), which a cumulative row or a reserve
 * capped by what was set aside before needs. A total may read the rows listed under it.
 */

export type Expr =
  /** A column of the statements' inputs (`Columns`), this year. */
  | { readonly col: string }
  /** A row of this statement, this year. */
  | { readonly row: string }
  /** A row of this statement, the year before (zero in year 0). */
  | { readonly prior: string }
  | { readonly add: readonly Expr[] }
  | { readonly sub: readonly [Expr, ...Expr[]] }
  /** max(0, x). */
  | { readonly pos: Expr }
  | { readonly min: readonly [Expr, Expr] }
  | { readonly mul: readonly [Expr, Expr] }
  /** A parameter of the statements (a rate, a cap). */
  | { readonly param: string };

export const col = (name: string): Expr => ({ col: name });
export const row = (key: string): Expr => ({ row: key });
export const prior = (key: string): Expr => ({ prior: key });
export const add = (...terms: Expr[]): Expr => ({ add: terms });
export const sub = (first: Expr, ...rest: Expr[]): Expr => ({ sub: [first, ...rest] });
export const pos = (x: Expr): Expr => ({ pos: x });
/** max(0, −x): the negative part of x, as a positive amount. */
export const negPart = (x: Expr): Expr => pos({ sub: [{ add: [] }, x] });
export const min = (a: Expr, b: Expr): Expr => ({ min: [a, b] });
export const mul = (a: Expr, b: Expr): Expr => ({ mul: [a, b] });
export const param = (name: string): Expr => ({ param: name });
/** x + the same row's value the year before: a cumulative row. */
export const cumulativeOf = (self: string, x: Expr): Expr => add(prior(self), x);

export interface Scope<N> {
  readonly column: (name: string, year: number) => N;
  readonly row: (key: string, year: number) => N;
  readonly parameter: (name: string) => N;
}

export function evaluateExpr<N>(A: Arithmetic<N>, expr: Expr, year: number, scope: Scope<N>): N {
  const at = (x: Expr) => evaluateExpr(A, x, year, scope);
  if ('col' in expr) return scope.column(expr.col, year);
  if ('row' in expr) return scope.row(expr.row, year);
  if ('prior' in expr) return year === 0 ? A.zero : scope.row(expr.prior, year - 1);
  if ('add' in expr) return expr.add.reduce((total, term) => A.add(total, at(term)), A.zero);
  if ('sub' in expr) {
    const [first, ...rest] = expr.sub;
    return rest.reduce((total, term) => A.sub(total, at(term)), at(first));
  }
  if ('pos' in expr) return A.max(A.zero, at(expr.pos));
  if ('min' in expr) return A.min(at(expr.min[0]), at(expr.min[1]));
  if ('mul' in expr) return A.mul(at(expr.mul[0]), at(expr.mul[1]));
  return scope.parameter(expr.param);
}
