import { marginalOf } from '../../shared/analysis';
import { Dec } from '../../shared/finance/decimal';
import type { Distribution } from '../../shared/scenario';
import type { ValueKind } from '../format/value-kind';

export type DistributionType = Distribution['type'];

/** Parameters are decimal strings of at most 12 decimals: amounts to the cent, shares finer. */
function text(value: number, kind: ValueKind): string {
  const places = kind === 'amount' ? 2 : 6;
  return new Dec(Number.isFinite(value) ? value : 0)
    .toDecimalPlaces(places, Dec.ROUND_HALF_UP)
    .toString();
}

/** A first distribution for a driver: triangular, 20 % either side of its value. */
export function firstDistribution(base: number, kind: ValueKind): Distribution {
  if (base === 0) return { type: 'normal', mean: '0', standardDeviation: '0' };
  const spread = Math.abs(base) * 0.2;
  return {
    type: 'triangular',
    min: text(base - spread, kind),
    mode: text(base, kind),
    max: text(base + spread, kind),
  };
}

/**
 * The distribution as another type with the same mean and standard deviation, so switching the
 * type keeps what the person meant (a symmetric shape around the mean).
 */
export function reshape(
  current: Distribution,
  type: DistributionType,
  kind: ValueKind,
): Distribution {
  const marginal = marginalOf(current);
  const mean = marginal.mean;
  const sd = marginal.standardDeviation > 0 ? marginal.standardDeviation : Math.abs(mean) * 0.1;
  switch (type) {
    case 'normal':
    case 'lognormal':
      return { type, mean: text(mean, kind), standardDeviation: text(sd, kind) };
    case 'triangular': {
      const half = Math.sqrt(6) * sd;
      return {
        type,
        min: text(mean - half, kind),
        mode: text(mean, kind),
        max: text(mean + half, kind),
      };
    }
    case 'pert': {
      const half = 3 * sd;
      return {
        type,
        min: text(mean - half, kind),
        mode: text(mean, kind),
        max: text(mean + half, kind),
      };
    }
    case 'uniform': {
      const half = Math.sqrt(3) * sd;
      return { type, min: text(mean - half, kind), max: text(mean + half, kind) };
    }
    case 'discrete': {
      const step = Math.SQRT2 * sd;
      return {
        type,
        outcomes: [
          { value: text(mean - step, kind), probability: '0.25' },
          { value: text(mean, kind), probability: '0.5' },
          { value: text(mean + step, kind), probability: '0.25' },
        ],
      };
    }
  }
}

/** The parameters each type has, in the order they are shown. */
export const PARAMETERS: Readonly<
  Record<Exclude<DistributionType, 'discrete'>, readonly string[]>
> = {
  normal: ['mean', 'standardDeviation'],
  lognormal: ['mean', 'standardDeviation'],
  triangular: ['min', 'mode', 'max'],
  pert: ['min', 'mode', 'max'],
  uniform: ['min', 'max'],
};
