import type { Distribution } from '../scenario';
import { BetaQuantiles, betaShape, normalQuantile } from './special-functions';

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
}

export function marginalOf(distribution: Distribution): Marginal {
  switch (distribution.type) {
    case 'normal': {
      const mean = Number(distribution.mean);
      const sd = Number(distribution.standardDeviation);
      return {
        type: 'normal',
        quantile: (u) => mean + sd * normalQuantile(u),
        mean,
        standardDeviation: sd,
        min: -Infinity,
        max: Infinity,
      };
    }
    case 'lognormal': {
      const mean = Number(distribution.mean);
      const sd = Number(distribution.standardDeviation);
      const variance = Math.log1p((sd * sd) / (mean * mean));
      const mu = Math.log(mean) - variance / 2;
      const sigma = Math.sqrt(variance);
      return {
        type: 'lognormal',
        quantile: (u) => Math.exp(mu + sigma * normalQuantile(u)),
        mean,
        standardDeviation: sd,
        min: 0,
        max: Infinity,
      };
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
      };
    }
  }
}
