import type Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Dec, decimalArithmetic as A } from '../../../shared/finance';
import {
  evaluate,
  planVsActual,
  planVsActualOf,
  resolveScenario,
  type ReportedYearInput,
} from '../../../shared/model';
import { ACTUAL_LINE_LISTS, type ActualsSection } from '../../../shared/scenario';
import {
  baseScenario,
  capex,
  exampleNames,
  exampleScenario,
  runningCost,
  saving,
} from '../../helpers/scenarios';

/** Actuals that repeat the plan exactly, for the given years: every line and the tax paid. */
function planAsActuals(name: string, years: readonly number[]): ReportedYearInput<Decimal>[] {
  const plan = evaluate(A, resolveScenario(A, exampleScenario(name))).projection;
  const lines = {
    savings: plan.savings,
    runningCosts: plan.runningCosts,
    capex: plan.capex,
    subsidies: [...plan.subsidies, ...plan.financingSubsidies],
  };
  return years.map((year) => ({
    year,
    months: null,
    lines: Object.fromEntries(
      ACTUAL_LINE_LISTS.map((list) => [
        list,
        new Map(lines[list].map((line) => [line.id, line.values[year] as Decimal])),
      ]),
    ) as unknown as ReportedYearInput<Decimal>['lines'],
    taxPaid: plan.taxPaid[year] as Decimal,
  }));
}

describe('actuals equal to the plan', () => {
  it.each(exampleNames().flatMap((name) => [[name, 'plan'] as const, [name, 'delivery'] as const]))(
    '%s re-forecasts exactly to the plan (future by %s)',
    (name, future) => {
      const evaluation = evaluate(A, resolveScenario(A, exampleScenario(name)));
      const result = planVsActual(A, evaluation, planAsActuals(name, [0, 1, 2]), future);
      const plan = evaluation.projection.projectNetCashFlow;
      result.years.forEach((year) => {
        expect(year.reforecastFlow.eq(plan[year.year] as Decimal), `year ${year.year}`).toBe(true);
      });
      expect(result.reforecast.npv.eq(evaluation.metrics.npv)).toBe(true);
      expect(String(result.reforecast.irr)).toBe(String(evaluation.metrics.irr));
      expect(String(result.reforecast.paybackYears)).toBe(String(evaluation.metrics.paybackYears));
      for (const line of result.lines) expect(line.variance.isZero(), line.id).toBe(true);
      expect(result.verdict.code).toBe('on-track');
      // Delivery is 1 (or undefined when nothing was planned in those years).
      if (result.delivery !== null) expect(result.delivery.eq(1)).toBe(true);
    },
  );
});

/*
 * A slipping case, derived by hand. Investment 1000 paid in year 0, straight line over 4 years
 * (250 a year from year 1), no salvage; a saving of 800 a year from year 1; a running cost of 100
 * a year; income tax 25 %, losses carried 5 years; 10 % nominal; horizon 4.
 *
 * Plan, years 1–4: taxable 800 − 100 − 250 = 450, tax 112.5, NCF 800 − 100 − 112.5 = 587.5.
 *   Payback: cumulative −1000, −412.5, +175 → 1 + 412.5 / 587.5 = 1.702… years.
 *
 * Actuals: year 0 the investment 1000; year 1 saving 600, running cost 100 (tax not reported);
 * year 2 saving 600, running cost 120, tax paid 90.
 *   Variance of the saving: −200 in years 1 and 2, −400 cumulative; running cost: 0, +20.
 *   Delivery = (600 + 600) / (800 + 800) = 0.75.
 *
 * Re-forecast with the future scaled by delivery: savings 600, 600, 800 × 0.75 = 600, 600;
 * running costs 100, 120, 100, 100. Tax computed: (600 − 100 − 250) × 25 % = 62.5 in years 1, 3
 * and 4; year 2 reports 90 (computed would be (600 − 120 − 250) × 25 % = 57.5).
 *   NCF: −1000, 600 − 100 − 62.5 = 437.5, 600 − 120 − 90 = 390, 437.5, 437.5.
 *   NPV = −1000 + 437.5/1.1 + 390/1.1² + 437.5/1.1³ + 437.5/1.1⁴ = 347.5599…
 *   Payback: cumulative −1000, −562.5, −172.5, +265 → 2 + 172.5 / 437.5 = 2.394… years: the
 *   payback slips from 1.7 to 2.4 years.
 * With the future as planned, years 3 and 4 are the plan's 587.5.
 */
const slipping = baseScenario({
  project: { name: 'Slipping', currency: 'CNY', startYear: 2024, horizonYears: 4 },
  capex: [
    capex('line', '1000', {
      depreciation: { method: 'straight-line', lifeYears: 4, salvage: '0' },
    }),
  ],
  effects: [saving('scrap', '800')],
  runningCosts: [runningCost('licence', '100')],
  parameters: { discountRate: { rate: '0.1', basis: 'nominal' }, inflation: '0' },
});
const slippingActuals: ActualsSection = {
  years: [
    {
      year: 0,
      savings: [],
      runningCosts: [],
      capex: [{ id: 'line', amount: '1000' }],
      subsidies: [],
    },
    {
      year: 1,
      savings: [{ id: 'scrap', amount: '600' }],
      runningCosts: [{ id: 'licence', amount: '100' }],
      capex: [],
      subsidies: [],
    },
    {
      year: 2,
      savings: [{ id: 'scrap', amount: '600' }],
      runningCosts: [{ id: 'licence', amount: '120' }],
      capex: [],
      subsidies: [],
      taxPaid: '90',
    },
  ],
};

const discounted = (flows: readonly number[]): Decimal =>
  flows.reduce(
    (total, flow, year) => total.plus(new Dec(flow).div(new Dec('1.1').pow(year))),
    new Dec(0),
  );
const close = (value: Decimal | null, expected: Decimal) =>
  expect(value?.toDecimalPlaces(20).toString()).toBe(expected.toDecimalPlaces(20).toString());

describe('a slipping case, by hand', () => {
  it('gives the variance per line and year, and cumulative', () => {
    const result = planVsActualOf(slipping, slippingActuals, 'delivery');
    const scrap = result.lines.find((line) => line.id === 'scrap');
    expect(scrap?.years.map((year) => year.variance?.toString())).toEqual(['0', '-200', '-200']);
    expect(scrap?.variance.toString()).toBe('-400');
    const licence = result.lines.find((line) => line.id === 'licence');
    expect(licence?.years.map((year) => year.variance?.toString())).toEqual(['0', '0', '20']);
    const tax = result.lines.find((line) => line.list === 'taxPaid');
    // Only year 2 reports the tax: 90 against the planned 112.5.
    expect(tax?.years.map((year) => year.variance?.toString() ?? null)).toEqual([
      null,
      null,
      '-22.5',
    ]);
    expect(result.delivery?.toString()).toBe('0.75');
  });

  it('re-forecasts on the delivery achieved: payback slips from 1.7 to 2.4 years', () => {
    const result = planVsActualOf(slipping, slippingActuals, 'delivery');
    expect(result.years.map((year) => year.reforecastFlow.toString())).toEqual([
      '-1000',
      '437.5',
      '390',
      '437.5',
      '437.5',
    ]);
    expect(result.years.map((year) => year.status)).toEqual([
      'actual',
      'actual',
      'actual',
      'forecast',
      'forecast',
    ]);
    close(result.reforecast.npv, discounted([-1000, 437.5, 390, 437.5, 437.5]));
    close(result.plan.paybackYears, new Dec(1).plus(new Dec('412.5').div('587.5')));
    close(result.reforecast.paybackYears, new Dec(2).plus(new Dec('172.5').div('437.5')));
    expect(result.verdict.code).toBe('payback-slips');
    expect(result.verdict.message).toMatch(/^Payback slips from 1\.7 to 2\.4 years/);
  });

  it('re-forecasts on the plan: years after the last reported are the plan’s', () => {
    const result = planVsActualOf(slipping, slippingActuals, 'plan');
    expect(result.years.map((year) => year.reforecastFlow.toString())).toEqual([
      '-1000',
      '437.5',
      '390',
      '587.5',
      '587.5',
    ]);
    close(result.reforecast.npv, discounted([-1000, 437.5, 390, 587.5, 587.5]));
  });

  /*
   * Year 3 reported for its first 6 months: saving 300, running cost 50, against a plan of
   * 800 × 6/12 = 400 and 50: variance −100 and 0. Delivery = (600 + 600 + 300) / (800 + 800 + 400)
   * = 0.75. The re-forecast of year 3 completes it by the plan's other half, scaled: saving
   * 300 + 400 × 0.75 = 600, running cost 50 + 50 = 100, tax computed 62.5: NCF 437.5.
   */
  it('compares a partial year with the plan of its months and completes it', () => {
    const partial: ActualsSection = {
      years: [
        ...slippingActuals.years,
        {
          year: 3,
          months: 6,
          savings: [{ id: 'scrap', amount: '300' }],
          runningCosts: [{ id: 'licence', amount: '50' }],
          capex: [],
          subsidies: [],
        },
      ],
    };
    const result = planVsActualOf(slipping, partial, 'delivery');
    const scrap = result.lines.find((line) => line.id === 'scrap');
    expect(scrap?.years.at(-1)?.planned.toString()).toBe('400');
    expect(scrap?.years.at(-1)?.variance?.toString()).toBe('-100');
    expect(result.delivery?.toString()).toBe('0.75');
    expect(result.years[3]).toMatchObject({ status: 'partial', months: 6 });
    expect(result.years[3]?.reforecastFlow.toString()).toBe('437.5');
  });
});
