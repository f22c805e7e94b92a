import type Decimal from 'decimal.js';
import type { Arithmetic } from '../finance/arithmetic';
import { Dec } from '../finance/decimal';
import { powIntByProducts } from './float-arithmetic';

/*
 * The recording arithmetic. The model is evaluated once with it, for one set of driver values,
 * and every operation that depends on a driver is written down as an instruction over numbered
 * slots; everything else is folded to a constant on the spot. Replaying the instructions for
 * other driver values repeats exactly the float operations `floatArithmetic` would perform — the
 * same expressions, in the same order — so the replay is the float model, bit for bit, without a
 * second copy of it.
 *
 * The model decides some things from values (a loss is carried forward when income is negative,
 * a zero column is skipped). Each such decision on a driver-dependent value is written down as a
 * guard: the outcome this recording took. A replay whose guard comes out differently took another
 * path through the model, and is evaluated by recording again (see plan.ts).
 */

/** A value of the recording arithmetic: the number of its slot. */
export type Ref = number & { readonly __tapeSlot: true };

/** Instructions; `_C` variants take a constant as the second operand, `C_` as the first. */
export const OPS = {
  add: 1,
  sub: 2,
  mul: 3,
  div: 4,
  min: 5,
  max: 6,
  pow: 7,
  neg: 8,
  abs: 9,
} as const;

export const GUARDS = {
  isZero: 20,
  isNegative: 21,
  isFinite: 22,
  cmp: 23,
} as const;

export const INPUT = -1;
export const CONSTANT = -2;

type BinaryOp =
  | typeof OPS.add
  | typeof OPS.sub
  | typeof OPS.mul
  | typeof OPS.div
  | typeof OPS.min
  | typeof OPS.max
  | typeof OPS.pow;
type GuardCode = (typeof GUARDS)[keyof typeof GUARDS];

/** The exact float operations of `floatArithmetic`, which the kernel repeats. */
export function applyOp(code: number, a: number, b: number): number {
  switch (code) {
    case OPS.add:
      return a + b;
    case OPS.sub:
      return a - b;
    case OPS.mul:
      return a * b;
    case OPS.div:
      return a / b;
    case OPS.min:
      return Math.min(a, b);
    case OPS.max:
      return Math.max(a, b);
    case OPS.pow:
      return a ** b;
    case OPS.neg:
      return -a;
    case OPS.abs:
      return Math.abs(a);
    default:
      throw new Error(`unknown instruction ${code}`);
  }
}

export const compare = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);

/** What one recording holds: slots (inputs, constants, results of instructions) and guards. */
export interface Tape {
  /** Per slot: INPUT, CONSTANT or the instruction that computes it. */
  readonly code: readonly number[];
  /** Per slot: the driver index of an input, or the first operand. */
  readonly a: readonly number[];
  /** Per slot: the second operand of a binary instruction. */
  readonly b: readonly number[];
  /** Per slot: the value in this recording (the constant's value for a constant). */
  readonly values: readonly number[];
  readonly guards: readonly Guard[];
}

export interface Guard {
  readonly code: GuardCode;
  readonly a: number;
  /** The second operand of `cmp`; -1 otherwise. */
  readonly b: number;
  /** The outcome recorded: 0/1 for the predicates, -1/0/1 for `cmp`. */
  readonly expected: number;
}

const SLOT_LIMIT = 1 << 22;

export class Recorder implements Arithmetic<Ref>, Tape {
  readonly kind = 'float' as const;
  readonly code: number[] = [];
  readonly a: number[] = [];
  readonly b: number[] = [];
  readonly values: number[] = [];
  readonly guards: Guard[] = [];
  readonly zero: Ref;
  readonly one: Ref;
  private readonly constants = new Map<number, Ref>();
  private negativeZero: Ref | null = null;
  private readonly known = new Map<number, Ref>();
  private readonly guarded = new Set<string>();

  constructor() {
    this.zero = this.constant(0);
    this.one = this.constant(1);
  }

  /** A driver: a slot whose value each replay supplies. */
  input(driver: number, value: number): Ref {
    return this.slot(INPUT, driver, 0, value);
  }

  isConstant(ref: Ref): boolean {
    return this.code[ref] === CONSTANT;
  }

  constant(value: number): Ref {
    // A Map keys -0 and +0 alike; they are different floats (1/-0 is -Infinity).
    if (Object.is(value, -0)) return (this.negativeZero ??= this.slot(CONSTANT, 0, 0, value));
    let ref = this.constants.get(value);
    if (ref === undefined) {
      ref = this.slot(CONSTANT, 0, 0, value);
      this.constants.set(value, ref);
    }
    return ref;
  }

  fromDecimal = (value: Decimal): Ref => this.constant(value.toNumber());
  fromNumber = (value: number): Ref => this.constant(value);
  toNumber = (value: Ref): number => this.valueOf(value);
  toDecimal = (value: Ref): Decimal => new Dec(this.valueOf(value));

  add = (a: Ref, b: Ref): Ref => {
    // x + 0 is x for every x but -0, whose sign no figure of the model depends on.
    if (this.isConstantValue(a, 0)) return b;
    if (this.isConstantValue(b, 0)) return a;
    return this.binary(OPS.add, a, b);
  };
  sub = (a: Ref, b: Ref): Ref => (this.isConstantValue(b, 0) ? a : this.binary(OPS.sub, a, b));
  mul = (a: Ref, b: Ref): Ref => {
    if (this.isConstantValue(a, 1)) return b;
    if (this.isConstantValue(b, 1)) return a;
    return this.binary(OPS.mul, a, b);
  };
  div = (a: Ref, b: Ref): Ref => (this.isConstantValue(b, 1) ? a : this.binary(OPS.div, a, b));
  min = (a: Ref, b: Ref): Ref => this.binary(OPS.min, a, b);
  max = (a: Ref, b: Ref): Ref => this.binary(OPS.max, a, b);
  pow = (a: Ref, exponent: Ref): Ref => this.binary(OPS.pow, a, exponent);
  neg = (a: Ref): Ref => this.unary(OPS.neg, a);
  abs = (a: Ref): Ref => this.unary(OPS.abs, a);
  /** Whole powers as the products of `analysisArithmetic` (float-arithmetic.ts); reuse shares them across years. */
  powInt = (a: Ref, exponent: number): Ref => powIntByProducts(this, a, exponent);

  cmp = (a: Ref, b: Ref): number => {
    const outcome = compare(this.valueOf(a), this.valueOf(b));
    if (!this.isConstant(a) || !this.isConstant(b)) this.guard(GUARDS.cmp, a, b, outcome);
    return outcome;
  };
  isZero = (a: Ref): boolean => this.predicate(GUARDS.isZero, a, this.valueOf(a) === 0);
  isNegative = (a: Ref): boolean => this.predicate(GUARDS.isNegative, a, this.valueOf(a) < 0);
  isFinite = (a: Ref): boolean =>
    this.predicate(GUARDS.isFinite, a, Number.isFinite(this.valueOf(a)));

  valueOf(ref: Ref): number {
    return this.values[ref] as number;
  }

  private isConstantValue(ref: Ref, value: number): boolean {
    return this.code[ref] === CONSTANT && Object.is(this.values[ref], value);
  }

  private slot(code: number, a: number, b: number, value: number): Ref {
    if (this.code.length >= SLOT_LIMIT) throw new Error('the model is too large to record');
    this.code.push(code);
    this.a.push(a);
    this.b.push(b);
    this.values.push(value);
    return (this.code.length - 1) as Ref;
  }

  private binary(code: BinaryOp, a: Ref, b: Ref): Ref {
    const value = applyOp(code, this.valueOf(a), this.valueOf(b));
    if (this.isConstant(a) && this.isConstant(b)) return this.constant(value);
    return this.reuse(code, a, b, value);
  }

  private unary(code: number, a: Ref): Ref {
    const value = applyOp(code, this.valueOf(a), 0);
    if (this.isConstant(a)) return this.constant(value);
    return this.reuse(code, a, 0, value);
  }

  /** The same instruction on the same slots is the same value: compute it once. */
  private reuse(code: number, a: Ref, b: number, value: number): Ref {
    const key = (code * SLOT_LIMIT + a) * SLOT_LIMIT * 2 + b + SLOT_LIMIT;
    const found = this.known.get(key);
    if (found !== undefined) return found;
    const ref = this.slot(code, a, b, value);
    this.known.set(key, ref);
    return ref;
  }

  private predicate(code: GuardCode, a: Ref, outcome: boolean): boolean {
    if (!this.isConstant(a)) this.guard(code, a, -1, outcome ? 1 : 0);
    return outcome;
  }

  private guard(code: GuardCode, a: number, b: number, expected: number): void {
    const key = `${code},${a},${b},${expected}`;
    if (this.guarded.has(key)) return;
    this.guarded.add(key);
    this.guards.push({ code, a, b, expected });
  }
}
