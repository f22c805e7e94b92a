import { marginalOf, type DriverLimits } from '../../../shared/analysis';
import { Dec } from '../../../shared/finance/decimal';
import type { Distribution } from '../../../shared/scenario';
import type { ValueKind } from '../../../shared/scenario/value-kind';

export type DistributionType = Distribution['type'];

/** Parameters are decimal strings of at most 12 decimals: amounts to the cent, shares finer. */
function textOf(value: number, kind: ValueKind): string {
  const places = kind === 'amount' ? 2 : 6;
  return new Dec(Number.isFinite(value) ? value : 0)
    .toDecimalPlaces(places, Dec.ROUND_HALF_UP)
    .toString();
}

/** A value kept within what the driver can be: a share at most 100 %, an amount at least 0. */
function within(value: number, limits: DriverLimits): number {
  return Math.min(limits.max, Math.max(limits.min, value));
}

/** A first distribution for a driver: triangular, 20 % either side of its value, within its limits. */
export function firstDistribution(
  base: number,
  kind: ValueKind,
  limits: DriverLimits,
): Distribution {
  if (base === 0) return { type: 'normal', mean: '0', standardDeviation: '0' };
  const spread = Math.abs(base) * 0.2;
  return {
    type: 'triangular',
    min: textOf(within(base - spread, limits), kind),
    mode: textOf(base, kind),
    max: textOf(within(base + spread, limits), kind),
  };
}

/**
 * The distribution as another type with the same mean and standard deviation, so switching the
 * type keeps what the person meant (a symmetric shape around the mean), its ends within the
 * driver's limits.
 */
export function reshape(
  current: Distribution,
  type: DistributionType,
  kind: ValueKind,
  limits: DriverLimits,
): Distribution {
  const marginal = marginalOf(current);
  const mean = within(marginal.mean, limits);
  const sd = marginal.standardDeviation > 0 ? marginal.standardDeviation : Math.abs(mean) * 0.1;
  const text = (value: number, unit: ValueKind) => textOf(within(value, limits), unit);
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
      // Outcomes that a limit brings together become one, with their probabilities added.
      const outcomes = new Map<string, number>();
      for (const [value, probability] of [
        [mean - step, 25],
        [mean, 50],
        [mean + step, 25],
      ] as const) {
        const key = text(value, kind);
        outcomes.set(key, (outcomes.get(key) ?? 0) + probability);
      }
      return {
        type,
        outcomes: [...outcomes].map(([value, percent]) => ({
          value,
          probability: new Dec(percent).div(100).toString(),
        })),
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
