import type { Arithmetic } from '../finance';

/*
 * Yearly columns of the arithmetic N. Adding a zero still allocates a Decimal, and most cells of
 * an item's column are zero (an item is paid in one or two years), so Decimal accumulation skips
 * zeros: the model's cost is in the numbers that are there. Floats add them (x + 0 is x): a test
 * of each value would be a branch on data, which the analyses' recorded float path
 * (shared/analysis/tape.ts) would have to guard on every cell.
 */

const skipped = <N>(A: Arithmetic<N>, value: N): boolean => A.kind === 'decimal' && A.isZero(value);

export function zeros<N>(A: Arithmetic<N>, length: number): N[] {
  return new Array<N>(length).fill(A.zero);
}

/** Adds `values` into `target` from year `offset`, dropping what falls after the last year. */
export function addInto<N>(A: Arithmetic<N>, target: N[], values: readonly N[], offset = 0): void {
  const end = Math.min(values.length, target.length - offset);
  for (let index = 0; index < end; index += 1) {
    const value = values[index] as N;
    if (!skipped(A, value)) target[offset + index] = A.add(target[offset + index] as N, value);
  }
}

export function sumColumns<N>(
  A: Arithmetic<N>,
  length: number,
  columns: readonly (readonly N[])[],
): N[] {
  const total = zeros(A, length);
  for (const column of columns) addInto(A, total, column);
  return total;
}

export function plus<N>(A: Arithmetic<N>, a: readonly N[], b: readonly N[]): N[] {
  return a.map((value, year) => {
    const other = b[year] as N;
    return skipped(A, other) ? value : A.add(value, other);
  });
}

export function minus<N>(A: Arithmetic<N>, a: readonly N[], b: readonly N[]): N[] {
  return a.map((value, year) => {
    const other = b[year] as N;
    return skipped(A, other) ? value : A.sub(value, other);
  });
}

export function sum<N>(A: Arithmetic<N>, values: readonly N[]): N {
  let total = A.zero;
  for (const value of values) if (!skipped(A, value)) total = A.add(total, value);
  return total;
}

export function cumulative<N>(A: Arithmetic<N>, values: readonly N[]): N[] {
  let running = A.zero;
  return values.map((value) => (running = skipped(A, value) ? running : A.add(running, value)));
}

/** Σ values[t] × factors[t]: present value with the projection's own discount factors. */
export function presentValueOf<N>(
  A: Arithmetic<N>,
  values: readonly N[],
  factors: readonly N[],
): N {
  let total = A.zero;
  values.forEach((value, year) => {
    if (!skipped(A, value)) total = A.add(total, A.mul(value, factors[year] as N));
  });
  return total;
}
