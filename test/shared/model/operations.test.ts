import { describe, expect, it } from 'vitest';
import {
  baseScenario,
  capex,
  evaluateValid,
  runningCost,
  saving,
  strings,
} from '../../helpers/scenarios';

/*
 * Savings, running costs and investment rows, each against figures worked out in the comments.
 * The neutral base: 5 operating years, 25 % tax, 8 % nominal, no inflation.
 */

describe('savings', () => {
  it('ramps up, holds the full effect for a year, then decays', () => {
    // Full 1,000; ramp 50 % in year 1; full in year 2; then −10 % a year: 900, 810, 729.
    const { projection } = evaluateValid(
      baseScenario({ effects: [saving('a', '1000', { ramp: ['0.5'], decayPerYear: '0.1' })] }),
    );
    expect(strings(projection.savingsTotal)).toEqual(['0', '500', '1000', '900', '810', '729']);
  });

  it('escalates with inflation as amount × (1 + i)^t when marked, from year-0 prices', () => {
    // The same profile × 1.1^t: 500 × 1.1, 1,000 × 1.21, 900 × 1.331, 810 × 1.4641, 729 × 1.61051.
    const scenario = baseScenario({
      effects: [saving('a', '1000', { ramp: ['0.5'], decayPerYear: '0.1', escalates: true })],
      runningCosts: [runningCost('fixed', '100'), runningCost('wages', '100', { escalates: true })],
      parameters: { discountRate: { rate: '0.08', basis: 'nominal' }, inflation: '0.1' },
    });
    const { projection } = evaluateValid(scenario);
    expect(strings(projection.savingsTotal)).toEqual([
      '0',
      '550',
      '1210',
      '1197.9',
      '1185.921',
      '1174.06179',
    ]);
    expect(strings(projection.runningCosts[0]!.values)).toEqual([
      '0',
      '100',
      '100',
      '100',
      '100',
      '100',
    ]);
    expect(strings(projection.runningCosts[1]!.values)).toEqual([
      '0',
      '110',
      '121',
      '133.1',
      '146.41',
      '161.051',
    ]);
  });

  it('starts the ramp in the start year and stops after the end year', () => {
    const { projection } = evaluateValid(
      baseScenario({ effects: [saving('a', '1000', { ramp: ['0.5'], startYear: 2, endYear: 4 })] }),
    );
    expect(strings(projection.savingsTotal)).toEqual(['0', '0', '500', '1000', '1000', '0']);
  });

  it('takes a share of a baseline line, and values better defect detection by the escaped defects it removes', () => {
    // 12,000,000 × 1 % = 120,000. Detection 85 % → 97 %: escaped defects fall from 15 % to 3 % of
    // defects, so 150,000 × (0.97 − 0.85) / (1 − 0.85) = 120,000 of their cost disappears.
    const scenario = baseScenario({
      baseline: {
        productionCost: '12000000',
        otherCosts: [{ id: 'escaped', name: 'Escaped defects', amount: '150000' }],
      },
      effects: [
        {
          id: 'share',
          name: 'Share',
          kind: 'production-cost',
          basis: 'baseline-share',
          baselineLine: 'productionCost',
          fullEffect: '0.01',
          ramp: [],
          startYear: 1,
          escalates: false,
        },
        {
          id: 'defects',
          name: 'Defects',
          kind: 'quality',
          basis: 'defect-detection',
          baselineLine: 'escaped',
          detectionBefore: '0.85',
          detectionAfter: '0.97',
          ramp: [],
          startYear: 1,
          escalates: false,
        },
      ],
    });
    const { projection } = evaluateValid(scenario);
    expect(projection.savings[0]!.values[1]!.toString()).toBe('120000');
    expect(projection.savings[1]!.values[1]!.toString()).toBe('120000');
  });
});

describe('investment', () => {
  it('pays a phased item by its shares and depreciates it from the year after its last payment', () => {
    // 1,000,000: 60 % in year 0, 40 % in year 1; in service from year 2; 4-year straight line.
    const item = capex('line', '1000000', {
      payments: [
        { year: 0, share: '0.6' },
        { year: 1, share: '0.4' },
      ],
      depreciation: { method: 'straight-line', lifeYears: 4, salvage: '0' },
    });
    const { projection } = evaluateValid(baseScenario({ capex: [item] }));
    expect(strings(projection.capexTotal)).toEqual(['600000', '400000', '0', '0', '0', '0']);
    expect(strings(projection.depreciation)).toEqual([
      '0',
      '0',
      '250000',
      '250000',
      '250000',
      '250000',
    ]);
  });

  it('counts only the depreciation within the horizon and receives the residual value in the last year', () => {
    const item = capex('press', '1000000', {
      depreciation: { method: 'straight-line', lifeYears: 10, salvage: '0' },
      residualValue: '300000',
    });
    const { projection } = evaluateValid(baseScenario({ capex: [item] }));
    expect(strings(projection.depreciation)).toEqual([
      '0',
      '100000',
      '100000',
      '100000',
      '100000',
      '100000',
    ]);
    expect(strings(projection.residualValue)).toEqual(['0', '0', '0', '0', '0', '300000']);
    // Year 5: no savings, loss of 100,000 carried forward; the residual value is not taxed.
    expect(projection.projectNetCashFlow[5]!.toString()).toBe('300000');
  });

  it('depreciates by sum of years’ digits down to salvage', () => {
    // (1,600,000 − 100,000) × 5/15, 4/15, 3/15, 2/15, 1/15.
    const item = capex('kit', '1600000', {
      depreciation: { method: 'sum-of-years-digits', lifeYears: 5, salvage: '100000' },
    });
    const { projection } = evaluateValid(baseScenario({ capex: [item] }));
    expect(strings(projection.depreciation)).toEqual([
      '0',
      '500000',
      '400000',
      '300000',
      '200000',
      '100000',
    ]);
  });
});
