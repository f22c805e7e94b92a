import { describe, expect, it } from 'vitest';
import {
  AnalysisCancelled,
  AnalysisError,
  monteCarlo,
  runMonteCarlo,
} from '../../../shared/analysis';
import { normalCdf } from '../../../shared/analysis/special-functions';
import type { RiskSettings } from '../../../shared/scenario';
import { capex } from '../../helpers/scenarios';
import { annuityFactor, linearScenario, noRisk } from './helpers';

/*
 * A scenario whose NPV is a linear function of one normal driver: an investment I in year 0 and
 * one untaxed saving s ~ N(μ, σ) in years 1–5 at 8 %, so NPV = a·s − I with a the annuity factor.
 * Then NPV ~ N(aμ − I, aσ), P(NPV > 0) = Φ((aμ − I)/(aσ)), and the payback I/s is within y years
 * when s ≥ I/y. Plain draws must match within four standard errors: the mean within 4·aσ/√n,
 * the standard deviation within 4·aσ/√(2n), a probability p within 4·√(p(1−p)/n).
 */

const I = 1_000_000;
const MU = 300_000;
const SIGMA = 60_000;
const a = annuityFactor();
const SAVING = 'effects[id=s0].fullEffect';
const risk = (extra: RiskSettings['distributions'] = []): RiskSettings => ({
  ...noRisk,
  distributions: [
    {
      path: SAVING,
      distribution: { type: 'normal', mean: String(MU), standardDeviation: String(SIGMA) },
    },
    ...extra,
  ],
});
const scenario = linearScenario([MU], I, risk());

describe('Monte Carlo on an NPV linear in one normal driver', () => {
  const n = 4000;
  const result = monteCarlo(scenario, { draws: n, seed: 2024 });
  const mean = a * MU - I;
  const sd = a * SIGMA;
  const probability = (p: number) => 4 * Math.sqrt((p * (1 - p)) / n);

  it('every draw is the closed form at its drawn value', () => {
    const { perDraw } = result;
    for (let i = 0; i < n; i += 1)
      expect(
        Math.abs((perDraw.npv[i] as number) - (a * (perDraw.values[i] as number) - I)),
      ).toBeLessThan(1e-6);
  });

  it('matches the mean, standard deviation, median and P(NPV > 0) within sampling error', () => {
    expect(Math.abs((result.mean as number) - mean)).toBeLessThan((4 * sd) / Math.sqrt(n));
    expect(Math.abs((result.stdDev as number) - sd)).toBeLessThan((4 * sd) / Math.sqrt(2 * n));
    // The median's standard error is √(π/2) times the mean's.
    expect(Math.abs((result.percentiles.p50 as number) - mean)).toBeLessThan(
      (4 * 1.2533 * sd) / Math.sqrt(n),
    );
    const p = normalCdf(mean / sd);
    expect(Math.abs(result.probabilityNpvPositive - p)).toBeLessThan(probability(p));
  });

  it('matches P(payback within y years) = P(s ≥ I/y)', () => {
    for (const { years, probability: found } of result.probabilityPaybackWithin) {
      const p = 1 - normalCdf((I / years - MU) / SIGMA);
      expect(Math.abs(found - p)).toBeLessThan(Math.max(probability(p), 1 / n));
    }
  });

  it('gives percentiles in order, a histogram of every draw, and the variance to the driver that moves NPV', () => {
    const { p5, p10, p25, p50, p75, p90, p95 } = result.percentiles;
    expect([p5, p10, p25, p50, p75, p90, p95]).toEqual(
      [p5, p10, p25, p50, p75, p90, p95].sort((x, y) => (x as number) - (y as number)),
    );
    expect(result.histogram).toHaveLength(20);
    expect(result.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(n);
    expect(result.histogram[0]?.from).toBe(result.min);
    expect(result.histogram[19]?.to).toBe(result.max);
    expect(result.drivers[0]?.contributionToVariance).toBe(1);
    expect(result.drivers[0]?.rankCorrelation).toBe(1);
  });

  it('with Latin hypercube draws, matches the mean far more closely', () => {
    const lhs = monteCarlo(scenario, { draws: n, seed: 2024, latinHypercube: true });
    expect(Math.abs((lhs.mean as number) - mean)).toBeLessThan((0.05 * sd) / Math.sqrt(n));
    expect(Math.abs((lhs.stdDev as number) - sd) / sd).toBeLessThan(0.01);
  });
});

describe('Monte Carlo runs', () => {
  it('are reproducible bit for bit from their seed, and differ with another seed', () => {
    const correlated: RiskSettings = {
      distributions: [
        {
          path: SAVING,
          distribution: { type: 'pert', min: '200000', mode: '300000', max: '330000' },
        },
        {
          path: 'capex[id=kit].amount',
          distribution: { type: 'triangular', min: '900000', mode: '1000000', max: '1300000' },
        },
      ],
      correlations: [{ paths: [SAVING, 'capex[id=kit].amount'], rankCorrelation: '0.5' }],
      ranges: [],
    };
    const withCorrelation = linearScenario([MU], I, correlated);
    const first = monteCarlo(withCorrelation, { draws: 1500, seed: 99, latinHypercube: true });
    expect(monteCarlo(withCorrelation, { draws: 1500, seed: 99, latinHypercube: true })).toEqual(
      first,
    );
    expect(
      monteCarlo(withCorrelation, { draws: 1500, seed: 100, latinHypercube: true }).mean,
    ).not.toBe(first.mean);
  });

  it('attribute no variance to a driver that does not move the metric', () => {
    // Without tax, the salvage of the investment changes nothing in the cash flows.
    const withIdle = linearScenario(
      [MU],
      I,
      risk([
        {
          path: 'capex[id=kit].depreciation.salvage',
          distribution: { type: 'uniform', min: '0', max: '100000' },
        },
      ]),
    );
    const result = monteCarlo(withIdle, { draws: 2000, seed: 5 });
    expect(result.drivers[1]?.path).toBe('capex[id=kit].depreciation.salvage');
    expect(result.drivers[1]?.contributionToVariance).toBeLessThan(0.01);
    expect(result.drivers[0]?.contributionToVariance).toBeGreaterThan(0.99);
  });

  it('summarise another metric over the draws in which it exists', () => {
    // A saving of 150,000–250,000 pays 1,000,000 back in 4–6.7 years: often beyond the 5-year horizon.
    const slow = linearScenario([MU], I, {
      ...noRisk,
      distributions: [
        { path: SAVING, distribution: { type: 'uniform', min: '150000', max: '250000' } },
      ],
    });
    const result = monteCarlo(slow, { draws: 2000, seed: 1, metric: 'paybackYears' });
    expect(result.metric).toBe('paybackYears');
    expect(result.drawsWithValue).toBeLessThan(2000);
    expect(result.drawsWithValue).toBeGreaterThan(0);
    expect(result.drawsWithValue / 2000).toBeCloseTo(
      result.probabilityPaybackWithin[4]?.probability ?? -1,
      10,
    );
    expect(result.max as number).toBeLessThanOrEqual(5);
  });

  it('refuse a scenario without distributions, and name a draw the model cannot evaluate', () => {
    expect(() => monteCarlo(linearScenario([MU], I))).toThrow(
      expect.objectContaining({ code: 'no_distributions' }),
    );
    const fragile = {
      ...linearScenario([MU], I),
      capex: [
        capex('kit', String(I), {
          depreciation: { method: 'straight-line', lifeYears: 5, salvage: '500000' },
        }),
      ],
      risk: {
        ...noRisk,
        distributions: [
          {
            path: 'capex[id=kit].amount',
            distribution: { type: 'normal' as const, mean: '1000000', standardDeviation: '400000' },
          },
        ],
      },
    };
    let caught: unknown;
    try {
      monteCarlo(fragile, { draws: 500 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AnalysisError);
    expect((caught as AnalysisError).code).toBe('invalid_draw');
    expect((caught as AnalysisError).message).toMatch(
      /^draw \d+ cannot be evaluated \(capex\[id=kit\]\.amount = [0-9.]+\): depreciation schedule: salvage value must not exceed cost/,
    );
  });

  it('report progress between chunks and stop when cancelled', async () => {
    const done: number[] = [];
    let yields = 0;
    const result = await runMonteCarlo(
      scenario,
      { draws: 5000 },
      { onProgress: (count) => done.push(count), yieldToEvents: async () => void (yields += 1) },
    );
    expect(done).toEqual([...done].sort((x, y) => x - y));
    expect(done.at(-1)).toBe(5000);
    expect(yields).toBe(done.length);
    expect(result.draws).toBe(5000);

    let chunks = 0;
    await expect(
      runMonteCarlo(
        scenario,
        { draws: 50_000 },
        { onProgress: () => void (chunks += 1), isCancelled: () => chunks >= 2 },
      ),
    ).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(chunks).toBe(2);
  });
});
