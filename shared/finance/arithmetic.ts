import type Decimal from 'decimal.js';
import { Dec } from './decimal';

/**
 * The arithmetic the model is generic over: one model, evaluated exactly with
 * Decimal for every figure a person reads, and with 64-bit floats for bulk analysis.
 * Every operation the model needs is here, so a model written against `Arithmetic<N>` cannot
 * silently fall back to JavaScript's number operators.
 */
export interface Arithmetic<N> {
  readonly kind: 'decimal' | 'float';
  readonly zero: N;
  readonly one: N;
  fromDecimal(value: Decimal): N;
  fromNumber(value: number): N;
  toNumber(value: N): number;
  toDecimal(value: N): Decimal;
  add(a: N, b: N): N;
  sub(a: N, b: N): N;
  mul(a: N, b: N): N;
  div(a: N, b: N): N;
  neg(a: N): N;
  abs(a: N): N;
  /** a raised to a whole-number power (negative allowed). */
  powInt(a: N, exponent: number): N;
  /** a raised to any real power; a must be positive unless the exponent is whole. */
  pow(a: N, exponent: N): N;
  min(a: N, b: N): N;
  max(a: N, b: N): N;
  /** -1, 0 or 1 as a is less than, equal to or greater than b. */
  cmp(a: N, b: N): number;
  isZero(a: N): boolean;
  isNegative(a: N): boolean;
  isFinite(a: N): boolean;
}

export const decimalArithmetic: Arithmetic<Decimal> = {
  kind: 'decimal',
  zero: new Dec(0),
  one: new Dec(1),
  fromDecimal: (value) => (value instanceof Dec ? value : new Dec(value)),
  fromNumber: (value) => new Dec(value),
  toNumber: (value) => value.toNumber(),
  toDecimal: (value) => value,
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  mul: (a, b) => a.times(b),
  div: (a, b) => a.div(b),
  neg: (a) => a.neg(),
  abs: (a) => a.abs(),
  powInt: (a, exponent) => a.pow(exponent),
  pow: (a, exponent) => a.pow(exponent),
  min: (a, b) => (a.lte(b) ? a : b),
  max: (a, b) => (a.gte(b) ? a : b),
  cmp: (a, b) => a.cmp(b),
  isZero: (a) => a.isZero(),
  isNegative: (a) => a.isNegative() && !a.isZero(),
  isFinite: (a) => a.isFinite(),
};

export const floatArithmetic: Arithmetic<number> = {
  kind: 'float',
  zero: 0,
  one: 1,
  fromDecimal: (value) => value.toNumber(),
  fromNumber: (value) => value,
  toNumber: (value) => value,
  toDecimal: (value) => new Dec(value),
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  abs: (a) => Math.abs(a),
  powInt: (a, exponent) => a ** exponent,
  pow: (a, exponent) => a ** exponent,
  min: (a, b) => Math.min(a, b),
  max: (a, b) => Math.max(a, b),
  cmp: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  isZero: (a) => a === 0,
  isNegative: (a) => a < 0,
  isFinite: (a) => Number.isFinite(a),
};
