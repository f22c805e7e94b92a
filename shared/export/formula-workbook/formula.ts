import type Decimal from 'decimal.js';
import { Dec } from '../../finance';

/*
 * A formula and its value, built together: every cell of the workbook is written by combining
 * these, so the text a spreadsheet recalculates and the value cached beside it (what the file
 * shows before any recalculation) come from one expression and cannot drift apart. Values are
 * the model's 40-digit Decimals; the spreadsheet recomputes them in its own doubles.
 *
 * Precedence decides the brackets: 1 additive, 2 multiplicative, 3 power, 4 an atom (a reference,
 * a name, a number, a function call).
 */

export interface Expr {
  readonly text: string;
  readonly value: Decimal;
  readonly prec: number;
}

/** A condition: the spreadsheet's TRUE/FALSE. */
export interface Cond {
  readonly text: string;
  readonly value: boolean;
}

const wrap = (expr: Expr, least: number): string =>
  expr.prec < least ? `(${expr.text})` : expr.text;

export const ZERO: Expr = { text: '0', value: new Dec(0), prec: 4 };
export const ONE: Expr = { text: '1', value: new Dec(1), prec: 4 };

/** A structural number (a life in years, 365 days): written into the formula as it is. */
export function lit(value: number): Expr {
  return { text: String(value), value: new Dec(value), prec: value < 0 ? 1 : 4 };
}

/** A reference (a cell, a defined name) whose value is known. */
export function ref(text: string, value: Decimal): Expr {
  return { text, value, prec: 4 };
}

export function add(...terms: readonly Expr[]): Expr {
  if (terms.length === 0) return ZERO;
  if (terms.length === 1) return terms[0] as Expr;
  return {
    text: terms.map((term) => wrap(term, 1)).join('+'),
    value: terms.reduce((total, term) => total.plus(term.value), new Dec(0)),
    prec: 1,
  };
}

export function sub(a: Expr, ...bs: readonly Expr[]): Expr {
  if (bs.length === 0) return a;
  return {
    text: [wrap(a, 1), ...bs.map((b) => wrap(b, 2))].join('-'),
    value: bs.reduce((total, b) => total.minus(b.value), a.value),
    prec: 1,
  };
}

export function neg(a: Expr): Expr {
  return { text: `-${wrap(a, 2)}`, value: a.value.neg(), prec: 1 };
}

export function mul(...factors: readonly Expr[]): Expr {
  if (factors.length === 1) return factors[0] as Expr;
  const [first, ...rest] = factors;
  return {
    text: [wrap(first as Expr, 2), ...rest.map((factor) => wrap(factor, 3))].join('*'),
    value: rest.reduce((total, factor) => total.times(factor.value), (first as Expr).value),
    prec: 2,
  };
}

export function div(a: Expr, b: Expr): Expr {
  return { text: `${wrap(a, 2)}/${wrap(b, 3)}`, value: a.value.div(b.value), prec: 2 };
}

/** a raised to a whole power (a year index, a number of years after a ramp). */
export function pow(a: Expr, exponent: Expr): Expr {
  return {
    text: `${wrap(a, 4)}^${wrap(exponent, 4)}`,
    value: a.value.pow(exponent.value.toNumber()),
    prec: 3,
  };
}

function call(name: string, args: readonly { text: string }[], value: Decimal): Expr {
  return { text: `${name}(${args.map((arg) => arg.text).join(',')})`, value, prec: 4 };
}

export function min(...args: readonly Expr[]): Expr {
  return call(
    'MIN',
    args,
    args.reduce((least, arg) => (arg.value.lt(least) ? arg.value : least), (args[0] as Expr).value),
  );
}

export function max(...args: readonly Expr[]): Expr {
  return call(
    'MAX',
    args,
    args.reduce((most, arg) => (arg.value.gt(most) ? arg.value : most), (args[0] as Expr).value),
  );
}

export function iff(condition: Cond, then: Expr, otherwise: Expr): Expr {
  return call('IF', [condition, then, otherwise], condition.value ? then.value : otherwise.value);
}

type Comparison = '<' | '<=' | '>' | '>=' | '=' | '<>';

export function compare(a: Expr, op: Comparison, b: Expr): Cond {
  const c = a.value.cmp(b.value);
  const value =
    op === '<'
      ? c < 0
      : op === '<='
        ? c <= 0
        : op === '>'
          ? c > 0
          : op === '>='
            ? c >= 0
            : op === '='
              ? c === 0
              : c !== 0;
  return { text: `${wrap(a, 1)}${op}${wrap(b, 1)}`, value };
}

export function and(...conditions: readonly Cond[]): Cond {
  return {
    text: `AND(${conditions.map((c) => c.text).join(',')})`,
    value: conditions.every((c) => c.value),
  };
}

export function or(...conditions: readonly Cond[]): Cond {
  return {
    text: `OR(${conditions.map((c) => c.text).join(',')})`,
    value: conditions.some((c) => c.value),
  };
}

/** A condition held in a cell (a TRUE/FALSE working). */
export function condRef(text: string, value: boolean): Cond {
  return { text, value };
}

/** A spreadsheet function whose value the model computes its own way (PMT, SUM of a range, NPV…). */
export function fn(name: string, args: readonly (Expr | Cond | string)[], value: Decimal): Expr {
  return call(
    name,
    args.map((arg) => (typeof arg === 'string' ? { text: arg } : arg)),
    value,
  );
}
