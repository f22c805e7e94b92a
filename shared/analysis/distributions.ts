import type { Distribution } from '../scenario';
import type { DriverLimits } from './drivers';
import { BetaQuantiles, betaShape, normalCdf, normalQuantile } from './special-functions';

/*
 * The distributions of the risk section as inverse distribution functions. Every draw is a
 * quantile of a uniform number — plain or Latin hypercube — so one sampling path serves both, and
 * Iman–Conover reorders the draws afterwards without changing them.
 *
 *  - normal(mean, sd);
 *  - lognormal with the mean m and standard deviation s of the driver itself:
 *    σ² = ln(1 + s²/m²), μ = ln m − σ²/2;
 *  - triangular(min, mode, max);
 *  - PERT(min, mode, max): min + (max − min)·Beta(α, β), α = 1 + 4(mode − min)/(max − min),
 *    β = 1 + 4(max − mode)/(max − min), so the mean is (min + 4·mode + max)/6;
 *  - uniform(min, max);
 *  - discrete: the outcomes in increasing order, each with its probability.
 *
 * A normal or lognormal distribution reaches beyond any limit; drawn for a driver with a domain
 * (a share, an amount) it is truncated to it: u is mapped into [F(min), F(max)] before the
 * quantile, so every draw is a value the driver can take and the stratification of a Latin
 * hypercube is kept. The probability cut off is reported with the results.
 */

export interface Marginal {
  readonly type: Distribution['type'];
  /** The value with probability u of being undershot, 0 < u < 1. */
  quantile(u: number): number;
  readonly mean: number;
  readonly standardDeviation: number;
  /** Smallest and largest possible values (±Infinity when unbounded). */
  readonly min: number;
  readonly max: number;
  /** Probability the stated distribution puts outside the driver's domain, left out of the draws. */
  readonly outside: number;
}

/** The distribution function of the unbounded distributions, for truncation. */
type Cdf = (x: number) => number;
const cdfs = new WeakMap<Marginal, Cdf>();

export function marginalOf(distribution: Distribution): Marginal {
  switch (distribution.type) {
    case 'normal': {
      const mean = Number(distribution.mean);
      const sd = Number(distribution.standardDeviation);
      const marginal: Marginal = {
        type: 'normal',
        quantile: (u) => mean + sd * normalQuantile(u),
        mean,
        standardDeviation: sd,
        min: -Infinity,
        max: Infinity,
        outside: 0,
      };
      cdfs.set(marginal, (x) => (sd === 0 ? (x < mean ? 0 : 1) : normalCdf((x - mean) / sd)));
      return marginal;
    }
    case 'lognormal': {
      const mean = Number(distribution.mean);
      const sd = Number(distribution.standardDeviation);
      const variance = Math.log1p((sd * sd) / (mean * mean));
      const mu = Math.log(mean) - variance / 2;
      const sigma = Math.sqrt(variance);
      const marginal: Marginal = {
        type: 'lognormal',
        quantile: (u) => Math.exp(mu + sigma * normalQuantile(u)),
        mean,
        standardDeviation: sd,
        min: 0,
        max: Infinity,
        outside: 0,
      };
      cdfs.set(marginal, (x) =>
        x <= 0 ? 0 : sigma === 0 ? (x < mean ? 0 : 1) : normalCdf((Math.log(x) - mu) / sigma),
      );
      return marginal;
    }
    case 'triangular': {
      const a = Number(distribution.min);
      const c = Number(distribution.mode);
      const b = Number(distribution.max);
      const split = (c - a) / (b - a);
      return {
        type: 'triangular',
        quantile: (u) =>
          u < split
            ? a + Math.sqrt(u * (b - a) * (c - a))
            : b - Math.sqrt((1 - u) * (b - a) * (b - c)),
        mean: (a + b + c) / 3,
        standardDeviation: Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18),
        min: a,
        max: b,
        outside: 0,
      };
    }
    case 'pert': {
      const a = Number(distribution.min);
      const m = Number(distribution.mode);
      const b = Number(distribution.max);
      const alpha = 1 + (4 * (m - a)) / (b - a);
      const beta = 1 + (4 * (b - m)) / (b - a);
      const beta01 = new BetaQuantiles(betaShape(alpha, beta));
      const variance01 = (alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1));
      return {
        type: 'pert',
        quantile: (u) => a + (b - a) * beta01.quantile(u),
        mean: (a + 4 * m + b) / 6,
        standardDeviation: (b - a) * Math.sqrt(variance01),
        min: a,
        max: b,
        outside: 0,
      };
    }
    case 'uniform': {
      const a = Number(distribution.min);
      const b = Number(distribution.max);
      return {
        type: 'uniform',
        quantile: (u) => a + (b - a) * u,
        mean: (a + b) / 2,
        standardDeviation: (b - a) / Math.sqrt(12),
        min: a,
        max: b,
        outside: 0,
      };
    }
    case 'discrete': {
      const outcomes = distribution.outcomes
        .map((outcome) => ({
          value: Number(outcome.value),
          probability: Number(outcome.probability),
        }))
        .sort((x, y) => x.value - y.value);
      const values = Float64Array.from(outcomes, (outcome) => outcome.value);
      const cumulative = new Float64Array(outcomes.length);
      let total = 0;
      outcomes.forEach((outcome, index) => (cumulative[index] = total += outcome.probability));
      // The file's probabilities add up to exactly 1 in decimal; their float sum may miss it by an ulp.
      cumulative[outcomes.length - 1] = 1;
      const mean = outcomes.reduce((sum, outcome) => sum + outcome.value * outcome.probability, 0);
      const variance = outcomes.reduce(
        (sum, outcome) => sum + outcome.probability * (outcome.value - mean) ** 2,
        0,
      );
      return {
        type: 'discrete',
        quantile: (u) => {
          let index = 0;
          while (u > (cumulative[index] as number)) index += 1;
          return values[index] as number;
        },
        mean,
        standardDeviation: Math.sqrt(variance),
        min: values[0] as number,
        max: values[values.length - 1] as number,
        outside: 0,
      };
    }
  }
}

/**
 * The distribution drawn for a driver with limits. A bounded distribution was checked to lie
 * within them when the file was validated; an unbounded one is truncated to them.
 */
export function withinDomain(marginal: Marginal, limits: DriverLimits): Marginal {
  const cdf = cdfs.get(marginal);
  if (cdf === undefined || (marginal.min >= limits.min && marginal.max <= limits.max))
    return marginal;
  const below = Number.isFinite(limits.min) ? cdf(limits.min) : 0;
  const upTo = Number.isFinite(limits.max) ? cdf(limits.max) : 1;
  if (below === 0 && upTo === 1) return marginal;
  const kept = upTo - below;
  return {
    ...marginal,
    quantile: (u) =>
      Math.min(limits.max, Math.max(limits.min, marginal.quantile(below + u * kept))),
    min: Math.max(marginal.min, limits.min),
    max: Math.min(marginal.max, limits.max),
    outside: 1 - kept,
  };
}
