import { choleskyLower, type RiskSettings } from '../scenario';
import { marginalOf, withinDomain, type Marginal } from './distributions';
import { UNLIMITED, type DriverLimits } from './drivers';
import { Random } from './random';
import { correlation, sortOrder } from './statistics';
import { normalQuantile } from './special-functions';

/*
 * The draws of a Monte Carlo run: for each driver with a distribution, in the order of the file,
 * `count` quantiles of uniform numbers (plain, or Latin hypercube: one in each of `count` equal
 * strata, in random order); then the drivers that are correlated are reordered by Iman–Conover
 * so that their rank correlations match the file's. Everything comes from one seeded generator
 * in one fixed order, so a seed gives the same matrix wherever it is drawn.
 *
 * Iman & Conover (1982): take standard normal scores Φ⁻¹(i/(n+1)), one column per correlated
 * driver, each in random order; correct the columns' own sample correlation E away and impose the
 * target C — T = M·(Q⁻¹)ᵀ·Pᵀ with Q·Qᵀ = E and P·Pᵀ = C — and give each driver's draws the ranks
 * of its column of T. The draws themselves are unchanged, only their pairing, so each driver keeps
 * its distribution (and its Latin hypercube strata).
 */

export interface Samples {
  readonly paths: readonly string[];
  readonly marginals: readonly Marginal[];
  readonly count: number;
  /** Driver-major: driver j of draw i at j * count + i. */
  readonly values: Float64Array;
}

/** The distribution of each driver as it is drawn: truncated to the driver's limits (by index). */
export function driverMarginals(
  risk: RiskSettings,
  limits: readonly DriverLimits[] = [],
): Marginal[] {
  return risk.distributions.map((entry, j) =>
    withinDomain(marginalOf(entry.distribution), limits[j] ?? UNLIMITED),
  );
}

export function drawSamples(
  risk: RiskSettings,
  count: number,
  seed: number,
  latinHypercube: boolean,
  limits: readonly DriverLimits[] = [],
): Samples {
  const random = new Random(seed);
  const paths = risk.distributions.map((entry) => entry.path);
  const marginals = driverMarginals(risk, limits);
  const values = new Float64Array(paths.length * count);
  marginals.forEach((marginal, j) => {
    const row = j * count;
    if (latinHypercube) {
      const strata = random.permutation(count);
      for (let i = 0; i < count; i += 1)
        values[row + i] = marginal.quantile(
          ((strata[i] as number) + random.nextOpenUnit()) / count,
        );
    } else {
      for (let i = 0; i < count; i += 1) values[row + i] = marginal.quantile(random.nextOpenUnit());
    }
  });
  if (risk.correlations.length > 0) correlate(risk, paths, values, count, random);
  return { paths, marginals, count, values };
}

function correlate(
  risk: RiskSettings,
  paths: readonly string[],
  values: Float64Array,
  count: number,
  random: Random,
): void {
  const involved = paths
    .map((_, j) => j)
    .filter((j) => risk.correlations.some((entry) => entry.paths.includes(paths[j] as string)));
  const m = involved.length;
  const target = involved.map((_, a) => involved.map((_, b): number => (a === b ? 1 : 0)));
  for (const entry of risk.correlations) {
    const a = involved.findIndex((j) => paths[j] === entry.paths[0]);
    const b = involved.findIndex((j) => paths[j] === entry.paths[1]);
    target[a]![b] = Number(entry.rankCorrelation);
    target[b]![a] = Number(entry.rankCorrelation);
  }
  const p = choleskyLower(target);
  if (p === null) throw new Error('the correlation matrix is not positive definite');

  const scores = new Float64Array(count);
  let squares = 0;
  for (let i = 0; i < count; i += 1) {
    scores[i] = normalQuantile((i + 1) / (count + 1));
    squares += (scores[i] as number) ** 2;
  }
  const scale = Math.sqrt(squares / count);
  const columns = involved.map(() => {
    const order = random.permutation(count);
    return Float64Array.from(order, (k) => (scores[k] as number) / scale);
  });

  // Q from the scores' own correlation; with too few draws to estimate it, use them as they are.
  const own = columns.map((x) => columns.map((y) => correlation(x, y)));
  const q = choleskyLower(own) ?? own.map((row, a) => row.map((_, b) => (a === b ? 1 : 0)));
  const qInverse = lowerInverse(q);
  // S = (Q⁻¹)ᵀ·Pᵀ, so that row i of T is row i of M times S.
  const s = Array.from({ length: m }, (_, a) =>
    Array.from({ length: m }, (_, b) => {
      let sum = 0;
      for (let k = 0; k < m; k += 1) sum += (qInverse[k]![a] as number) * (p[b]![k] as number);
      return sum;
    }),
  );
  involved.forEach((j, b) => {
    const target = new Float64Array(count);
    for (let i = 0; i < count; i += 1) {
      let sum = 0;
      for (let a = 0; a < m; a += 1) sum += (columns[a]![i] as number) * (s[a]![b] as number);
      target[i] = sum;
    }
    const draws = values.slice(j * count, (j + 1) * count).sort();
    const order = sortOrder(target);
    for (let r = 0; r < count; r += 1)
      values[j * count + (order[r] as number)] = draws[r] as number;
  });
}

function lowerInverse(lower: readonly (readonly number[])[]): number[][] {
  const n = lower.length;
  const inverse = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1) {
    inverse[i]![i] = 1 / lower[i]![i]!;
    for (let j = 0; j < i; j += 1) {
      let sum = 0;
      for (let k = j; k < i; k += 1) sum -= lower[i]![k]! * inverse[k]![j]!;
      inverse[i]![j] = sum / lower[i]![i]!;
    }
  }
  return inverse;
}
