import type { Arithmetic } from './arithmetic';
import { FinanceError } from './errors';

/** NaN has no sign: callers check finiteness first (see `requireFinite`). */
export function signOf<N>(A: Arithmetic<N>, value: N): -1 | 0 | 1 {
  return A.isZero(value) ? 0 : A.isNegative(value) ? -1 : 1;
}

/** A float NaN would otherwise flow through every comparison as "not negative" and come out as a figure. */
export function requireFinite<N>(A: Arithmetic<N>, value: N, what: string): N {
  if (!A.isFinite(value)) {
    throw new FinanceError(
      '#VALUE!',
      `${what} must be a finite number, got ${String(A.toNumber(value))}`,
    );
  }
  return value;
}

export function requireFiniteList<N>(A: Arithmetic<N>, values: readonly N[], what: string): void {
  values.forEach((value, index) => requireFinite(A, value, `${what}[${index}]`));
}

/** Sign changes along a series, zeros skipped: Descartes' bound on the number of IRRs. */
export function countSignChanges<N>(A: Arithmetic<N>, values: readonly N[]): number {
  let changes = 0;
  let previous = 0;
  for (const value of values) {
    const sign = signOf(A, value);
    if (sign === 0) continue;
    if (previous !== 0 && sign !== previous) changes++;
    previous = sign;
  }
  return changes;
}
