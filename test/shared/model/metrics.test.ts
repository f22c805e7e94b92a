import { describe, expect, it } from 'vitest';
import { Dec } from '../../../shared/finance';
import {
  evaluateScenario,
  explainMetrics,
  ALL_METRIC_KEYS,
  metricsJson,
  projectionRows,
  projectionTable,
} from '../../../shared/model';
import {
  baseScenario,
  capex,
  evaluateValid,
  exampleNames,
  exampleScenario,
  exampleFile,
  saving,
} from '../../helpers/scenarios';
import { scenarioNames } from '../../../shared/scenario';

const everyScenario = exampleNames().flatMap((name) =>
  scenarioNames(exampleFile(name)).map((scenario) => [name, scenario] as const),
);

describe('metrics', () => {
  it.each(everyScenario)(
    '%s (%s): the discounted column adds up to NPV, and PV(benefits) − PV(costs) = NPV',
    (name, scenario) => {
      const { metrics, projection } = evaluateScenario(exampleScenario(name, scenario));
      const column = projection.discountedProjectNetCashFlow.reduce(
        (sum, value) => sum.plus(value),
        new Dec(0),
      );
      expect(column.eq(metrics.npv)).toBe(true);
      expect(projection.cumulativeDiscountedProjectNetCashFlow.at(-1)!.eq(metrics.npv)).toBe(true);
      expect(
        metrics.presentValues.benefits
          .minus(metrics.presentValues.costs)
          .minus(metrics.npv)
          .abs()
          .lt('1e-28'),
      ).toBe(true);
    },
  );

  it('says "not within the horizon" as null rather than a number', () => {
    // 1,000,000 invested, 100,000 a year for 5 years: never paid back.
    const { metrics } = evaluateValid(
      baseScenario({ capex: [capex('kit', '1000000')], effects: [saving('gain', '100000')] }),
    );
    expect(metrics.paybackYears).toBeNull();
    expect(metrics.discountedPaybackYears).toBeNull();
    expect(metrics.npv.isNegative()).toBe(true);
    expect(metricsJson(metrics).paybackYears).toBeNull();
  });

  it('has no IRR, PI or ROI without an investment, and says why', () => {
    const { metrics } = evaluateValid(baseScenario({ effects: [saving('gain', '100000')] }));
    expect(metrics.irr).toBeNull();
    expect(metrics.irrStatus.project).toBe('no-sign-change');
    expect(metrics.profitabilityIndex).toBeNull();
    expect(metrics.roi).toBeNull();
    expect(metrics.paybackYears!.toString()).toBe('0');
  });

  it('reports the metric keys in their published order, amounts as strings and additionality as a boolean', () => {
    const json = metricsJson(evaluateScenario(exampleScenario('mes-rollout-loan')).metrics);
    expect(Object.keys(json)).toEqual([
      'npv',
      'irr',
      'mirr',
      'paybackYears',
      'discountedPaybackYears',
      'profitabilityIndex',
      'benefitCostRatio',
      'roi',
      'npvWithoutSubsidies',
      'irrWithoutSubsidies',
      'subsidyTotal',
      'subsidyPresentValue',
      'additionality',
      'fundingGapRate',
      'equityNpv',
      'equityIrr',
      'minDscr',
      'discountRateNominal',
    ]);
    for (const [key, value] of Object.entries(json)) {
      if (key === 'additionality') expect(typeof value).toBe('boolean');
      else expect(value).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });
});

describe('explanations', () => {
  it('explain every metric with a code, a formula, its inputs and a sentence', () => {
    const explanations = explainMetrics(evaluateScenario(exampleScenario('mes-rollout-loan')));
    expect(Object.keys(explanations).sort()).toEqual([...ALL_METRIC_KEYS].sort());
    for (const explanation of Object.values(explanations)) {
      expect(explanation.code).toMatch(/^metric\.[a-z-]+(\.[a-z-]+)?$/);
      expect(explanation.formula.length).toBeGreaterThan(5);
      expect(explanation.text).toMatch(/^[A-Z].*\.$/s);
    }
    expect(explanations.npv.inputs).toMatchObject({ r: '0.09', horizonYears: 10 });
  });

  it('say where the nominal rate came from when the file gives a real one', () => {
    const { discountRateNominal } = explainMetrics(
      evaluateScenario(exampleScenario('reference-b')),
    );
    expect(discountRateNominal.code).toBe('metric.discount-rate.from-real');
    expect(discountRateNominal.inputs).toMatchObject({
      rate: '0.05',
      basis: 'real',
      inflation: '0.03',
    });
  });

  it('warn when the IRR may not be unique', () => {
    // −1,000 in year 0, +2,300 in year 1, −1,320 in year 2 (a decommissioning cost): two IRRs, 10 % and 20 %.
    const scenario = baseScenario({
      project: { name: 'Two IRRs', currency: 'CNY', startYear: 2026, horizonYears: 2 },
      capex: [
        capex('kit', '1000', {
          depreciation: { method: 'straight-line', lifeYears: 1, salvage: '0' },
        }),
      ],
      effects: [saving('gain', '2300', { endYear: 1 })],
      runningCosts: [
        {
          id: 'decommission',
          name: 'Decommissioning',
          kind: 'other',
          amount: '1320',
          startYear: 2,
          escalates: false,
          eligibility: { superDeduction: false },
        },
      ],
      tax: { rate: '0', lossCarryForwardYears: 5 },
    });
    const evaluation = evaluateValid(scenario);
    expect(evaluation.metrics.irrStatus.project).toBe('multiple');
    expect(['0.1', '0.2']).toContain(evaluation.metrics.irr!.toDecimalPlaces(20).toString());
    expect(explainMetrics(evaluation).irr.code).toBe('metric.irr.multiple');
  });
});

describe('projection rows', () => {
  it('give each line by id, and totals that are the exact sum of the lines', () => {
    const evaluation = evaluateScenario(exampleScenario('mes-rollout-loan'));
    const rows = projectionRows(evaluation.projection);
    expect(rows).toHaveLength(11);
    const year2 = rows[2]!;
    const savings = year2['savings'] as Record<string, string>;
    expect(Object.keys(savings)).toEqual([
      'production-cost',
      'inventory',
      'downtime',
      'extra-orders',
    ]);
    const sum = Object.values(savings).reduce((total, value) => total.plus(value), new Dec(0));
    expect(sum.toString()).toBe(year2['savingsTotal']);
    expect(year2['calendarYear']).toBe(2028);
  });

  it('flatten into one column per line item for CSV and spreadsheets', () => {
    const { header, rows } = projectionTable(
      evaluateScenario(exampleScenario('reference-a')).projection,
    );
    expect(header.slice(0, 5)).toEqual([
      'year',
      'calendarYear',
      'savings[production-cost]',
      'savings[inspection-labour]',
      'savingsTotal',
    ]);
    expect(rows).toHaveLength(11);
    for (const row of rows) expect(row).toHaveLength(header.length);
    expect(rows[1]![header.indexOf('projectNetCashFlow')]).toBe('3312500');
  });
});
