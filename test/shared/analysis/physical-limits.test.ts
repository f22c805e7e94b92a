import { describe, expect, it } from 'vitest';
import {
  AnalysisError,
  monteCarlo,
  switchingValues,
  tornado,
  twoWayTable,
} from '../../../shared/analysis';
import { Dec } from '../../../shared/finance';
import { domainAt, withinLimits, type Scenario } from '../../../shared/scenario';
import { exampleScenario } from '../../helpers/scenarios';
import { linearScenario, noRisk } from './helpers';

/*
 * No analysis moves a driver past what it can physically be: a share stops at 100 %, an amount at
 * 0, a horizon at 1 year. A range that stops early says so (`clipped`), and a distribution that
 * reaches beyond the domain is cut at it.
 */

function inDomain(scenario: Scenario, path: string, value: number): boolean {
  const domain = domainAt(scenario, path);
  return domain === null || withinLimits(domain, new Dec(value));
}

describe('sensitivity ranges', () => {
  it('stop a detection rate of 99.5 % at 100 %, not 119.4 %, and say so', () => {
    const scenario = exampleScenario('smt-visual-ai-inspection');
    const result = tornado(scenario);
    const detection = result.bars.find(
      (bar) => bar.path === 'effects[id=defect-detection].detectionAfter',
    );
    // 0.995 ± 20 %: 0.796 to 1.194, whose high end a share cannot reach.
    expect(detection).toMatchObject({ low: 0.995 * 0.8, high: 1, clipped: 'high' });
    for (const bar of result.bars) {
      expect(inDomain(scenario, bar.path, bar.low)).toBe(true);
      expect(inDomain(scenario, bar.path, bar.high)).toBe(true);
    }
    // Only the detection rate reaches a limit at ±20 % in this example.
    expect(result.bars.filter((bar) => bar.clipped !== null).map((bar) => bar.path)).toEqual([
      'effects[id=defect-detection].detectionAfter',
    ]);
  });

  it('stop a ramp level of 100 % at 100 %: only its low end moves', () => {
    // Reference A ramps its production-cost effect 40 % / 80 % / 100 %.
    const result = tornado(exampleScenario('reference-a'), {
      drivers: ['effects[id=production-cost].ramp[1]', 'effects[id=production-cost].ramp[2]'],
    });
    const [second, third] = ['ramp[1]', 'ramp[2]'].map((end) =>
      result.bars.find((bar) => bar.path.endsWith(end)),
    );
    expect(second?.clipped).toBeNull();
    expect(second?.low).toBeCloseTo(0.64, 15);
    expect(second?.high).toBeCloseTo(0.96, 15);
    expect(third).toMatchObject({ low: 0.8, high: 1, clipped: 'high' });
  });

  it('stop an amount at 0 and a horizon at 1 year when the percentage is larger than the value', () => {
    const scenario = linearScenario([100_000]);
    const result = tornado(scenario, {
      drivers: ['effects[id=s0].fullEffect', 'project.horizonYears'],
      percent: 150,
    });
    const saving = result.bars.find((bar) => bar.path === 'effects[id=s0].fullEffect');
    const horizon = result.bars.find((bar) => bar.path === 'project.horizonYears');
    // 100,000 ± 150 %: −50,000 to 250,000; an amount is at least 0.
    expect(saving).toMatchObject({ low: 0, high: 250_000, clipped: 'low' });
    // 5 years ± 150 %, in whole years: −3 (rounded from 7.5) to 13; a horizon is at least 1.
    expect(horizon).toMatchObject({ low: 1, high: 13, clipped: 'low' });
    expect(horizon?.atLow).not.toBeNull();
  });

  it('keep the two-way table and the switching-value scans inside the domain', () => {
    const scenario = exampleScenario('smt-visual-ai-inspection');
    const table = twoWayTable(scenario, {
      drivers: [
        'effects[id=defect-detection].detectionAfter',
        'effects[id=inspection-labour].fullEffect',
      ],
      percent: 50,
    });
    expect(table.rows.clipped).toBe('high');
    expect(Math.max(...table.rows.values)).toBe(1);
    // 0.7 ± 50 %: 0.35 to 1.05, stopped at 1.
    expect(table.columns).toMatchObject({ clipped: 'high' });
    expect(table.columns.values.at(-1)).toBe(1);
    const switching = switchingValues(scenario, {
      drivers: ['effects[id=defect-detection].detectionAfter', 'capex[id=ai-stations].amount'],
    });
    // Switching values move ±100 % by default: a share to 0 … 1, an amount to 0 … 2 × itself.
    expect(
      switching.values.map(({ path, low, high, clipped }) => ({ path, low, high, clipped })),
    ).toEqual([
      {
        path: 'effects[id=defect-detection].detectionAfter',
        low: 0,
        high: 1,
        clipped: 'high',
      },
      { path: 'capex[id=ai-stations].amount', low: 0, high: 5_600_000, clipped: null },
    ]);
  });

  it('refuse a range stated by the caller outside the domain, naming the driver', () => {
    const scenario = exampleScenario('smt-visual-ai-inspection');
    const stated = () =>
      tornado(scenario, {
        ranges: [{ path: 'effects[id=defect-detection].detectionAfter', low: '0.9', high: '1.05' }],
      });
    expect(stated).toThrow(AnalysisError);
    expect(stated).toThrow(/detectionAfter.*from 0 to 1, not 1\.05/);
  });
});

describe('Monte Carlo distributions', () => {
  const PATH = 'effects[id=s0].ramp[0]';
  // A saving of 100,000 ramping in at 95 % in its first year, drawn as normal(0.95, 0.1).
  const scenario = (): Scenario => {
    const base = linearScenario([100_000]);
    return {
      ...base,
      effects: base.effects.map((effect) => ({ ...effect, ramp: ['0.95'] })),
      risk: {
        ...noRisk,
        distributions: [
          { path: PATH, distribution: { type: 'normal', mean: '0.95', standardDeviation: '0.1' } },
        ],
      },
    };
  };

  it.each([false, true])(
    'with Latin hypercube %s: cut a normal ramp level at 100 percent and report the share cut off',
    (latinHypercube) => {
      const result = monteCarlo(scenario(), { draws: 4000, seed: 7, latinHypercube });
      const values = result.perDraw.values;
      expect(Math.max(...values)).toBeLessThanOrEqual(1);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
      // P(X > 1) for X ~ N(0.95, 0.1) is 1 − Φ(0.5) = 1 − 0.691462461274013 = 0.308537538725987;
      // P(X < 0) = Φ(−9.5) ≈ 1.05e-21, below a float's resolution next to it.
      expect(result.drivers[0]?.outsideDomain).toBeCloseTo(0.308537538725987, 12);
      // The draws follow the normal truncated to [0, 1]: its mean is
      // 0.95 − 0.1 · φ(0.5) / Φ(0.5) = 0.95 − 0.1 · 0.3520653267642995 / 0.691462461274013
      // = 0.899083..., which 4,000 draws reach within a few thousandths.
      expect(result.drivers[0]?.sampleMean).toBeCloseTo(0.899083, 2);
    },
  );

  it('leave a distribution inside the domain as it is: nothing reported cut', () => {
    const inside: Scenario = {
      ...scenario(),
      risk: {
        ...noRisk,
        distributions: [
          { path: PATH, distribution: { type: 'triangular', min: '0.8', mode: '0.95', max: '1' } },
        ],
      },
    };
    expect(monteCarlo(inside, { draws: 500, seed: 3 }).drivers[0]?.outsideDomain).toBe(0);
  });
});
