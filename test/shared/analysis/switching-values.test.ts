import { describe, expect, it } from 'vitest';
import { switchingValues } from '../../../shared/analysis';
import { evaluateScenario } from '../../../shared/model';
import {
  baseScenario,
  capex,
  evaluateValid,
  exampleScenario,
  saving,
} from '../../helpers/scenarios';
import { annuityFactor, decimalAt, linearScenario, within } from './helpers';

/*
 * A switching value is checked the way a finance officer would: by putting it into the model
 * (Decimal, as every figure people read) and seeing NPV come out at zero — within 1e-9 of the
 * flows' size, which is where the search stops (a relative width of 1e-12 of the driver).
 */

function npvMagnitude(
  scenario: Parameters<typeof decimalAt>[0],
  changes: Parameters<typeof decimalAt>[1],
): { npv: number; scale: number } {
  const exact = decimalAt(scenario, changes);
  return {
    npv: exact.metrics.npv.toNumber(),
    scale: exact.projection.discountedProjectNetCashFlow.reduce(
      (sum, flow) => sum + Math.abs(flow.toNumber()),
      0,
    ),
  };
}

describe('switching values', () => {
  // NPV = a·(s0 + s1) − I: each saving switches at s − NPV/a, the investment at I + NPV.
  const scenario = linearScenario([200_000, 150_000], 1_000_000);
  const a = annuityFactor();
  const npv = 350_000 * a - 1_000_000;

  it('are where the model gives NPV = 0, as the closed form says', () => {
    const result = switchingValues(scenario, {
      drivers: ['effects[id=s0].fullEffect', 'effects[id=s1].fullEffect', 'capex[id=kit].amount'],
    });
    expect(within(result.base, npv, 1e-12)).toBe(true);
    const [s0, s1, kit] = result.values;
    expect(s0).toMatchObject({ status: 'found', severalInRange: false });
    expect(within(s0?.value as number, 200_000 - npv / a, 1e-10)).toBe(true);
    expect(within(s1?.value as number, 150_000 - npv / a, 1e-10)).toBe(true);
    expect(within(kit?.value as number, 1_000_000 + npv, 1e-10)).toBe(true);
    expect(within(s0?.change as number, -npv / a / 200_000, 1e-9)).toBe(true);
    for (const entry of result.values) {
      const check = npvMagnitude(scenario, [{ path: entry.path, value: entry.value as number }]);
      expect(Math.abs(check.npv)).toBeLessThanOrEqual(1e-9 * check.scale);
    }
  });

  it('of the discount rate is the IRR: where NPV is zero, the IRR equals the discount rate', () => {
    const result = switchingValues(scenario, {
      drivers: ['parameters.discountRate.rate'],
      ranges: [{ path: 'parameters.discountRate.rate', low: '0', high: '0.5' }],
    });
    const irr = evaluateScenario(scenario).metrics.irr?.toNumber() as number;
    expect(within(result.values[0]?.value as number, irr, 1e-10)).toBe(true);
  });

  it('answer "none within range" when NPV keeps its sign across the range, with the metric at both ends', () => {
    const result = switchingValues(scenario, {
      drivers: ['effects[id=s1].fullEffect'],
      percent: 10,
    });
    expect(result.values[0]).toMatchObject({
      status: 'none-within-range',
      value: null,
      change: null,
    });
    expect(result.values[0]?.atLow as number).toBeGreaterThan(0);
    expect(result.values[0]?.atHigh as number).toBeGreaterThan(0);
  });

  it('hold on a taxed scenario with the one-time deduction and a grant: each value found gives NPV = 0 in Decimal', () => {
    const smt = exampleScenario('smt-visual-ai-inspection', 'pessimistic');
    const result = switchingValues(smt);
    const found = result.values.filter(
      (entry) => entry.status === 'found' && entry.kind === 'decimal',
    );
    expect(found.length).toBeGreaterThan(0);
    for (const entry of found) {
      const check = npvMagnitude(smt, [{ path: entry.path, value: entry.value as number }]);
      expect([entry.path, Math.abs(check.npv) <= 1e-9 * check.scale]).toEqual([entry.path, true]);
    }
  });

  it('of the horizon is the first whole number of years at which NPV turns positive', () => {
    const slow = baseScenario({
      project: { name: 'Slow', currency: 'CNY', startYear: 2026, horizonYears: 5 },
      capex: [capex('kit', '1000000')],
      effects: [saving('s', '180000')],
      tax: { rate: '0', lossCarryForwardYears: 5 },
    });
    evaluateValid(slow);
    const npvAt = (years: number) =>
      evaluateScenario({
        ...slow,
        project: { ...slow.project, horizonYears: years },
      }).metrics.npv.toNumber();
    const first = [5, 6, 7, 8, 9, 10].find((years) => npvAt(years) >= 0);
    const result = switchingValues(slow, {
      drivers: ['project.horizonYears'],
      ranges: [{ path: 'project.horizonYears', low: '3', high: '12' }],
    });
    expect(result.values[0]).toMatchObject({ kind: 'whole', status: 'found', value: first });
    expect(npvAt((first as number) - 1)).toBeLessThan(0);
  });

  it('refuse a metric that does not cross zero', () => {
    expect(() => switchingValues(scenario, { metric: 'irr' as never })).toThrow(
      /switching values are found for npv/,
    );
  });
});
