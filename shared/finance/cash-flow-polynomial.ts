import type { Arithmetic } from './arithmetic';
import { countSignChanges, signOf } from './arithmetic-helpers';
import { Dec } from './decimal';

/*
 * The IRR machinery. NPV is written as a function of the discount factor of one period,
 * x = 1/(1+ρ) with ρ the rate per period:
 *
 *     g(x) = Σ c_i · x^k_i      (k_i = the period of flow i: its year, or its day for XIRR)
 *
 * Every rate in (-1, ∞) is exactly one x in (0, ∞) and NPV = g(x), so the IRRs are the positive
 * roots of g, a polynomial with whole exponents. That gives Horner evaluation for yearly flows, whole
 * powers (no logarithms) for dated ones, Descartes' rule (at most as many positive roots as sign
 * changes in the flows, of the same parity) and, through Rolle's theorem, a complete search: between
 * two neighbouring roots of g' the function g is monotone, so it has at most one root there.
 *
 * Each function is kept divided by its lowest power of x. That moves no positive root, and it makes
 * the derivative one term shorter every time, so the recursion through derivatives ends.
 */

export interface CashFlowFunction<N> {
  /** g(x) and g'(x). */
  evaluate(x: N): [value: N, slope: N];
  /** Σ |c_i| · x^k_i: the size of the terms, against which a value of g counts as zero. */
  magnitude(x: N): N;
  /** Sign of g as x → 0+ (rates → ∞): that of the earliest flow. */
  readonly signNearZero: -1 | 1;
  /** Sign of g as x → ∞ (rates → -1): that of the latest flow. */
  readonly signNearInfinity: -1 | 1;
  /** Sign changes in the flows, zeros skipped. */
  readonly signChanges: number;
  /** The factor by which an open bracket is widened: a factor of 4 in the yearly discount factor. */
  readonly widening: N;
  /** g' divided by its lowest power of x; null when g is a single term. */
  derivative(): CashFlowFunction<N> | null;
}

function nonZeroSign<N>(A: Arithmetic<N>, value: N): -1 | 1 {
  return A.isNegative(value) ? -1 : 1;
}

/** Flows at years 0, 1, 2, …; null when every flow is zero. */
export function yearlyCashFlowFunction<N>(
  A: Arithmetic<N>,
  flows: readonly N[],
): CashFlowFunction<N> | null {
  let first = 0;
  while (first < flows.length && A.isZero(flows[first] as N)) first++;
  if (first === flows.length) return null;
  let last = flows.length - 1;
  while (A.isZero(flows[last] as N)) last--;
  return polynomial(A, flows.slice(first, last + 1));
}

/** c[0] and c[c.length - 1] are not zero. */
function polynomial<N>(A: Arithmetic<N>, c: readonly N[]): CashFlowFunction<N> {
  const degree = c.length - 1;
  const sizes = c.map((value) => A.abs(value));
  return {
    evaluate(x) {
      let value = c[degree] as N;
      let slope = A.zero;
      for (let i = degree - 1; i >= 0; i--) {
        slope = A.add(A.mul(slope, x), value);
        value = A.add(A.mul(value, x), c[i] as N);
      }
      return [value, slope];
    },
    magnitude(x) {
      let size = sizes[degree] as N;
      for (let i = degree - 1; i >= 0; i--) size = A.add(A.mul(size, x), sizes[i] as N);
      return size;
    },
    signNearZero: nonZeroSign(A, c[0] as N),
    signNearInfinity: nonZeroSign(A, c[degree] as N),
    signChanges: countSignChanges(A, c),
    widening: A.fromNumber(4),
    derivative() {
      if (degree === 0) return null;
      const slopes = c.slice(1).map((value, i) => A.mul(A.fromNumber(i + 1), value));
      return yearlyCashFlowFunction(A, slopes);
    },
  };
}

/**
 * Flows at whole periods (days for XIRR, months, …: `periodsPerYear` of them to a year), in any
 * order and possibly several on one period; null when they cancel out entirely.
 */
export function datedCashFlowFunction<N>(
  A: Arithmetic<N>,
  flows: readonly N[],
  periods: readonly number[],
  periodsPerYear: number,
): CashFlowFunction<N> | null {
  const order = flows
    .map((_, i) => i)
    .sort((i, j) => (periods[i] as number) - (periods[j] as number));
  const coefficients: N[] = [];
  const exponents: number[] = [];
  for (const i of order) {
    const period = periods[i] as number;
    const flow = flows[i] as N;
    const last = exponents.length - 1;
    if (last >= 0 && exponents[last] === period)
      coefficients[last] = A.add(coefficients[last] as N, flow);
    else {
      coefficients.push(flow);
      exponents.push(period);
    }
  }
  const widening = A.pow(A.fromNumber(4), A.div(A.one, A.fromNumber(periodsPerYear)));
  return sparsePolynomial(A, coefficients, exponents, widening);
}

/** Exponents ascending and distinct; zero coefficients are dropped here. */
function sparsePolynomial<N>(
  A: Arithmetic<N>,
  coefficients: readonly N[],
  exponents: readonly number[],
  widening: N,
): CashFlowFunction<N> | null {
  const c: N[] = [];
  const kept: number[] = [];
  coefficients.forEach((value, i) => {
    if (!A.isZero(value)) {
      c.push(value);
      kept.push(exponents[i] as number);
    }
  });
  if (c.length === 0) return null;
  const lowest = kept[0] as number;
  const k = kept.map((exponent) => exponent - lowest);
  return {
    evaluate(x) {
      let value = A.zero;
      let weighted = A.zero;
      c.forEach((coefficient, i) => {
        const exponent = k[i] as number;
        if (exponent === 0) {
          value = A.add(value, coefficient);
          return;
        }
        const term = A.mul(coefficient, A.powInt(x, exponent));
        value = A.add(value, term);
        weighted = A.add(weighted, A.mul(A.fromNumber(exponent), term));
      });
      return [value, A.div(weighted, x)];
    },
    magnitude(x) {
      return c.reduce(
        (size, coefficient, i) =>
          A.add(size, A.mul(A.abs(coefficient), A.powInt(x, k[i] as number))),
        A.zero,
      );
    },
    signNearZero: nonZeroSign(A, c[0] as N),
    signNearInfinity: nonZeroSign(A, c[c.length - 1] as N),
    signChanges: countSignChanges(A, c),
    widening,
    derivative() {
      if (c.length === 1) return null;
      const slopes = c
        .slice(1)
        .map((coefficient, i) => A.mul(A.fromNumber(k[i + 1] as number), coefficient));
      return sparsePolynomial(
        A,
        slopes,
        k.slice(1).map((exponent) => exponent - 1),
        widening,
      );
    },
  };
}

export interface RootTolerance<N> {
  /** Relative step in x below which an iteration has converged. */
  readonly step: N;
  /** |g(x)| below this times g's magnitude counts as zero (a root where g touches zero without crossing). */
  readonly zero: N;
}

/**
 * Decimal stops eight digits short of its precision (1e-32 at 40 digits: far below 1e-20 in the rate,
 * clear of the last digits' rounding noise); floats stop a few units above their rounding (2.2e-16).
 */
export function rootTolerance<N>(A: Arithmetic<N>): RootTolerance<N> {
  if (A.kind === 'decimal') {
    const digits = Dec.precision;
    return {
      step: A.fromDecimal(new Dec(10).pow(8 - digits)),
      zero: A.fromDecimal(new Dec(10).pow(10 - digits)),
    };
  }
  return { step: A.fromNumber(1e-14), zero: A.fromNumber(1e-12) };
}

const NEWTON_STEPS = 50;
const REFINE_STEPS = 500;
/** 250 widenings by 4 ≈ 1e150: rates within 1e-150 of -100% or above 1e150 are not looked for. */
const WALK_STEPS = 250;

function converged<N>(A: Arithmetic<N>, step: N, x: N, tolerance: RootTolerance<N>): boolean {
  return A.cmp(A.abs(step), A.mul(tolerance.step, A.abs(x))) <= 0;
}

function usable<N>(A: Arithmetic<N>, x: N): boolean {
  return A.isFinite(x) && !A.isZero(x) && !A.isNegative(x);
}

/** Newton from x0; null when it leaves (0, ∞), stalls or does not settle. */
export function newtonRoot<N>(
  A: Arithmetic<N>,
  g: CashFlowFunction<N>,
  x0: N,
  tolerance: RootTolerance<N>,
): N | null {
  let x = x0;
  for (let i = 0; i < NEWTON_STEPS; i++) {
    const [value, slope] = g.evaluate(x);
    if (A.isZero(value)) return x;
    if (!A.isFinite(value) || !A.isFinite(slope) || A.isZero(slope)) return null;
    const step = A.div(value, slope);
    const next = A.sub(x, step);
    if (!usable(A, next)) return null;
    if (converged(A, step, next, tolerance)) return next;
    x = next;
  }
  return null;
}

/** Midpoint of a bracket, geometric while it spans orders of magnitude so that wide brackets shrink fast. */
function middle<N>(A: Arithmetic<N>, lo: N, hi: N): N {
  const four = A.fromNumber(4);
  if (A.cmp(hi, A.mul(lo, four)) > 0) {
    const half = A.fromNumber(0.5);
    return A.mul(A.pow(lo, half), A.pow(hi, half));
  }
  return A.div(A.add(lo, hi), A.fromNumber(2));
}

/**
 * The root inside a bracket: sign(g(lo)) = lowSign, sign(g(hi)) = -lowSign. Newton while it stays in
 * the bracket and at least halves the step before last, bisection otherwise (rtsafe), so it converges
 * at Newton's speed where Newton works and never leaves the bracket where it does not.
 */
function refine<N>(
  A: Arithmetic<N>,
  g: CashFlowFunction<N>,
  lo: N,
  hi: N,
  lowSign: number,
  tolerance: RootTolerance<N>,
): N | null {
  let x = middle(A, lo, hi);
  let stepBefore = A.sub(hi, lo);
  let step = stepBefore;
  for (let i = 0; i < REFINE_STEPS; i++) {
    const [value, slope] = g.evaluate(x);
    if (!A.isFinite(value)) return null;
    const sign = signOf(A, value);
    if (sign === 0) return x;
    if (sign === lowSign) lo = x;
    else hi = x;
    let next: N | null = null;
    if (A.isFinite(slope) && !A.isZero(slope)) {
      const newtonStep = A.div(value, slope);
      const candidate = A.sub(x, newtonStep);
      const inside = A.cmp(candidate, lo) > 0 && A.cmp(candidate, hi) < 0;
      const fast = A.cmp(A.mul(A.fromNumber(2), A.abs(newtonStep)), A.abs(stepBefore)) <= 0;
      if (inside && fast) next = candidate;
    }
    if (next === null) next = middle(A, lo, hi);
    stepBefore = step;
    step = A.sub(next, x);
    if (converged(A, step, next, tolerance) || converged(A, A.sub(hi, lo), lo, tolerance))
      return next;
    x = next;
  }
  return x;
}

/** A finite end of an interval with the sign of g there; null stands for 0 (below) or ∞ (above). */
export interface IntervalEnd<N> {
  readonly x: N;
  readonly sign: -1 | 0 | 1;
}

/**
 * The root of g in an interval on which g is monotone or has a single root, or null when the signs
 * at its ends agree. An open end is closed by widening from `start` until g takes the sign it has
 * near that end.
 */
export function rootInInterval<N>(
  A: Arithmetic<N>,
  g: CashFlowFunction<N>,
  lower: IntervalEnd<N> | null,
  upper: IntervalEnd<N> | null,
  start: N,
  tolerance: RootTolerance<N>,
): N | null {
  const lowSign = lower ? lower.sign : g.signNearZero;
  const highSign = upper ? upper.sign : g.signNearInfinity;
  if (lowSign === 0 || highSign === 0 || lowSign === highSign) return null;
  let lo = lower?.x;
  let hi = upper?.x;
  let x = start;
  for (let i = 0; lo === undefined || hi === undefined; i++) {
    if (i > WALK_STEPS || !usable(A, x)) return null;
    const [value] = g.evaluate(x);
    if (!A.isFinite(value)) return null;
    const sign = signOf(A, value);
    if (sign === 0) return x;
    if (sign === lowSign) {
      lo = x;
      x = A.mul(x, g.widening);
    } else {
      hi = x;
      x = A.div(x, g.widening);
    }
  }
  return refine(A, g, lo, hi, lowSign, tolerance);
}

/**
 * Every positive root of g, ascending. One sign change means exactly one root; otherwise the roots
 * of g' (found the same way) cut (0, ∞) into pieces on which g is monotone, and each piece whose ends
 * differ in sign holds one root. A root of g' where g vanishes is a root that touches zero.
 */
export function positiveRoots<N>(
  A: Arithmetic<N>,
  g: CashFlowFunction<N>,
  tolerance: RootTolerance<N>,
): N[] {
  if (g.signChanges === 0) return [];
  if (g.signChanges === 1) {
    const root = rootInInterval(A, g, null, null, A.one, tolerance);
    return root === null ? [] : [root];
  }
  const slope = g.derivative();
  const critical = slope ? positiveRoots(A, slope, tolerance) : [];
  const roots: N[] = [];
  const ends: IntervalEnd<N>[] = critical.map((x) => {
    const [value] = g.evaluate(x);
    const touches = A.cmp(A.abs(value), A.mul(tolerance.zero, g.magnitude(x))) <= 0;
    if (touches) roots.push(x);
    return { x, sign: touches ? 0 : signOf(A, value) };
  });
  for (let i = 0; i <= ends.length; i++) {
    const lower = ends[i - 1] ?? null;
    const upper = ends[i] ?? null;
    const start =
      lower && upper
        ? middle(A, lower.x, upper.x)
        : lower
          ? A.mul(lower.x, g.widening)
          : upper
            ? A.div(upper.x, g.widening)
            : A.one;
    const root = rootInInterval(A, g, lower, upper, start, tolerance);
    if (root !== null) roots.push(root);
  }
  return roots.sort((a, b) => A.cmp(a, b));
}
