import { floatArithmetic, type Arithmetic } from '../finance';

/*
 * The 64-bit float arithmetic of the analyses: `floatArithmetic` with one change. V8 computes
 * `x ** n` with a general pow routine that costs about 45 ns, and the model takes a whole power
 * for every year's escalation and discount factor — some forty per draw of a 20-year scenario,
 * four fifths of its cost. Here a^n is the product a·a·…·a, left to right: each product rounded
 * once, so a^40 is within about 20 units in the last place of pow's (5e-15 relative), far inside
 * the 1e-9 the float path is held to against Decimal.
 *
 * The recording arithmetic (tape.ts) takes whole powers by exactly these products, so a replayed
 * plan and this arithmetic agree bit for bit; and since a^t is a^(t−1)·a, the powers of one base
 * for years 1 … H share their products, one multiplication a year, as a hand-written loop would.
 */

/** a^n for a whole n: ((a·a)·a)·…·a; a negative n is 1 / a^|n|. */
export function powIntByProducts<N>(
  A: Pick<Arithmetic<N>, 'one' | 'mul' | 'div'>,
  a: N,
  exponent: number,
): N {
  if (exponent === 0) return A.one;
  let result = a;
  for (let k = Math.abs(exponent); k > 1; k -= 1) result = A.mul(result, a);
  return exponent < 0 ? A.div(A.one, result) : result;
}

export const analysisArithmetic: Arithmetic<number> = {
  ...floatArithmetic,
  powInt: (a, exponent) => powIntByProducts(floatArithmetic, a, exponent),
};
