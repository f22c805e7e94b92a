import { describe, expect, it } from 'vitest';
import { drawSamples, marginalOf, Random } from '../../../shared/analysis';
import {
  BetaQuantiles,
  betaShape,
  incompleteBeta,
  normalCdf,
  normalQuantile,
} from '../../../shared/analysis/special-functions';
import { mean, standardDeviation } from '../../../shared/analysis/statistics';
import type { Distribution } from '../../../shared/scenario';

/*
 * The samplers. Moments of plain draws are held within four standard errors (a false alarm about
 * once in 16,000 runs, and the seed is fixed): the mean within 4σ/√n, the standard deviation
 * within 4σ/√(2n) for the light-tailed distributions. Latin hypercube draws are held much
 * closer, which is what they are for.
 */

const N = 20_000;

function draws(
  distribution: Distribution,
  count = N,
  latinHypercube = false,
  seed = 7,
): Float64Array {
  return drawSamples(
    { distributions: [{ path: 'x', distribution }], correlations: [], ranges: [] },
    count,
    seed,
    latinHypercube,
  ).values;
}

describe('special functions', () => {
  it('normal quantile and distribution function match published values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 15);
    expect(normalCdf(-5) / 2.866515718791939e-7).toBeCloseTo(1, 13);
    for (const p of [1e-8, 0.01, 0.3, 0.77, 0.999])
      expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 12);
  });

  it('the incomplete beta function matches its closed form, and the quantile inverts it', () => {
    // Beta(2, 3): I_x = 1 − (1−x)^4 − 4x(1−x)^3.
    const shape = betaShape(2, 3);
    for (const x of [0.05, 0.3, 0.5, 0.9])
      expect(incompleteBeta(shape, x)).toBeCloseTo(1 - (1 - x) ** 4 - 4 * x * (1 - x) ** 3, 14);
    const quantiles = new BetaQuantiles(betaShape(2.6, 3.4));
    for (const p of [1e-9, 0.001, 0.25, 0.5, 0.9, 1 - 1e-9])
      expect(incompleteBeta(betaShape(2.6, 3.4), quantiles.quantile(p)) - p).toBeCloseTo(0, 14);
  });
});

describe('the seeded generator', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const sequence = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (random) => () =>
            random.nextOpenUnit()
        )(new Random(seed)),
      );
    expect(sequence(42)).toEqual(sequence(42));
    expect(sequence(42)).not.toEqual(sequence(43));
  });

  it('draws in the open interval (0, 1), evenly', () => {
    const random = new Random(1);
    const values = Float64Array.from({ length: N }, () => random.nextOpenUnit());
    expect(Math.min(...values)).toBeGreaterThan(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(Math.abs(mean(values) - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / N));
  });
});

describe('distributions', () => {
  it.each([
    ['normal', { type: 'normal', mean: '0.25', standardDeviation: '0.05' }],
    ['uniform', { type: 'uniform', min: '1200000', max: '1800000' }],
    ['triangular', { type: 'triangular', min: '0.5', mode: '0.7', max: '0.8' }],
    ['PERT', { type: 'pert', min: '0.15', mode: '0.25', max: '0.3' }],
  ] as [string, Distribution][])(
    '%s: the draws have the stated mean and standard deviation',
    (_, distribution) => {
      const { mean: expectedMean, standardDeviation: sigma } = marginalOf(distribution);
      const values = draws(distribution);
      expect(Math.abs(mean(values) - expectedMean)).toBeLessThan((4 * sigma) / Math.sqrt(N));
      expect(Math.abs(standardDeviation(values) - sigma)).toBeLessThan(
        (4 * sigma) / Math.sqrt(2 * N),
      );
    },
  );

  it('lognormal: the mean and standard deviation stated are those of the driver, not of its logarithm', () => {
    const distribution: Distribution = {
      type: 'lognormal',
      mean: '300000',
      standardDeviation: '60000',
    };
    const values = draws(distribution, N, true);
    expect(mean(values) / 300_000).toBeCloseTo(1, 4);
    expect(standardDeviation(values) / 60_000).toBeCloseTo(1, 2);
    expect(Math.min(...values)).toBeGreaterThan(0);
  });

  it('triangular and PERT draws stay within min and max, with the mode where the formula puts it', () => {
    const triangular = draws({ type: 'triangular', min: '2', mode: '3', max: '10' });
    expect(Math.min(...triangular)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...triangular)).toBeLessThanOrEqual(10);
    // P(x ≤ mode) = (mode − min) / (max − min) = 1/8.
    const belowMode = triangular.filter((x) => x <= 3).length / N;
    expect(Math.abs(belowMode - 0.125)).toBeLessThan(4 * Math.sqrt((0.125 * 0.875) / N));

    const pert = draws({ type: 'pert', min: '0.15', mode: '0.25', max: '0.3' });
    expect(Math.min(...pert)).toBeGreaterThanOrEqual(0.15);
    expect(Math.max(...pert)).toBeLessThanOrEqual(0.3);
    // A symmetric PERT has its median at the mode.
    const symmetric = marginalOf({ type: 'pert', min: '10', mode: '20', max: '30' });
    expect(symmetric.quantile(0.5)).toBeCloseTo(20, 12);
  });

  it('discrete draws take the stated values with the stated probabilities', () => {
    const values = draws({
      type: 'discrete',
      outcomes: [
        { value: '0.2', probability: '0.7' },
        { value: '0', probability: '0.3' },
      ],
    });
    expect(new Set(values)).toEqual(new Set([0, 0.2]));
    const zeros = values.filter((x) => x === 0).length / N;
    expect(Math.abs(zeros - 0.3)).toBeLessThan(4 * Math.sqrt((0.3 * 0.7) / N));
  });

  it('Latin hypercube puts exactly one draw in each of n equally likely strata', () => {
    const n = 1000;
    const values = draws({ type: 'uniform', min: '0', max: '1' }, n, true);
    const strata = Array.from(values, (x) => Math.floor(x * n)).sort((a, b) => a - b);
    expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
    // Hence its sample mean of a normal is far closer than plain draws' 4σ/√n.
    const normal = draws({ type: 'normal', mean: '100', standardDeviation: '10' }, n, true);
    expect(Math.abs(mean(normal) - 100)).toBeLessThan((0.05 * 10) / Math.sqrt(n));
  });

  it('a seed gives the same draws; another seed other draws', () => {
    const distribution: Distribution = { type: 'pert', min: '1', mode: '2', max: '4' };
    expect(draws(distribution, 100, false, 5)).toEqual(draws(distribution, 100, false, 5));
    expect(draws(distribution, 100, false, 5)).not.toEqual(draws(distribution, 100, false, 6));
  });
});
