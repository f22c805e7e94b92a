import type Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../shared/finance';
import type { Loan, Scenario } from '../../../shared/scenario';
import {
  baseScenario,
  capex,
  evaluateValid,
  runningCost,
  saving,
  strings,
} from '../../helpers/scenarios';

/*
 * The figures beside project NPV after tax: a terminal value, the project before income tax, the
 * equity view with the interest subsidy, the Chinese payback convention and MIRR at its own rates.
 * Each expected value is worked out by hand in the comment above it.
 */

const d = (value: Decimal.Value) => new Dec(value);
const pv = (rate: Decimal.Value, flows: readonly Decimal.Value[]) =>
  flows.reduce<Dec>((total, flow, t) => total.plus(d(flow).div(d(rate).plus(1).pow(t))), d(0));
const close = (actual: Dec, expected: Dec) =>
  expect(actual.minus(expected).abs().lt('1e-20')).toBe(true);
const threeYears = { name: 'Three years', currency: 'CNY', startYear: 2026, horizonYears: 3 };

describe('terminal value', () => {
  const scenario = (taxRate: string): Scenario =>
    baseScenario({
      project: threeYears,
      effects: [saving('s', '100000')],
      tax: { rate: taxRate, lossCarryForwardYears: 5 },
      parameters: {
        discountRate: { rate: '0.1', basis: 'nominal' },
        inflation: '0',
        terminalValue: { growth: '0.02' },
      },
    });

  it('is a growing perpetuity of the last year’s operating flow, on its own line at the horizon', () => {
    // Without tax: TV = 100,000 × 1.02 / (0.10 − 0.02) = 1,275,000 at the end of year 3.
    // NPV without it = 100,000 × (1.1^−1 + 1.1^−2 + 1.1^−3); with it + 1,275,000 / 1.1³.
    const { projection, metrics } = evaluateValid(scenario('0'));
    expect(strings(projection.terminalValue)).toEqual(['0', '0', '0', '1275000']);
    const within = pv('0.1', [0, 100_000, 100_000, 100_000]);
    close(metrics.npvWithoutTerminalValue, within);
    close(metrics.terminalValuePresentValue, d(1_275_000).div(d('1.1').pow(3)));
    close(metrics.npv, within.plus(d(1_275_000).div(d('1.1').pow(3))));
    expect(metrics.npvWithoutTerminalValue.toFixed(2)).toBe('248685.20');
  });

  it('takes the operating flow after tax, and before tax in the before-tax view', () => {
    // 25 % tax: 75,000 × 1.02 / 0.08 = 956,250; before tax the 1,275,000 of the flow before tax.
    const { projection } = evaluateValid(scenario('0.25'));
    expect(projection.terminalValue[3]!.toString()).toBe('956250');
    expect(projection.terminalValueBeforeTax[3]!.toString()).toBe('1275000');
  });

  it('is refused when it grows as fast as the discount rate, or beside residual values', () => {
    const base = scenario('0');
    expect(() =>
      evaluateValid({
        ...base,
        parameters: { ...base.parameters, terminalValue: { growth: '0.1' } },
      }),
    ).toThrow(
      /parameters\.terminalValue\.growth: must be below the nominal discount rate \(0\.1\)/,
    );
    expect(() =>
      evaluateValid({ ...base, capex: [capex('kit', '1000', { residualValue: '100' })] }),
    ).toThrow(/parameters\.terminalValue: values the project after the horizon/);
  });
});

describe('before income tax', () => {
  it('gives project NPV and IRR on the flows before income tax', () => {
    // 500,000 invested, 2 years straight line; savings 400,000: taxable 150,000, tax 37,500.
    // After tax: −500,000, 362,500, 362,500; before: −500,000, 400,000, 400,000.
    const { projection, metrics } = evaluateValid(
      baseScenario({
        project: { ...threeYears, horizonYears: 2 },
        capex: [
          capex('kit', '500000', {
            depreciation: { method: 'straight-line', lifeYears: 2, salvage: '0' },
          }),
        ],
        effects: [saving('s', '400000')],
      }),
    );
    expect(strings(projection.projectNetCashFlow)).toEqual(['-500000', '362500', '362500']);
    expect(strings(projection.projectNetCashFlowBeforeTax)).toEqual([
      '-500000',
      '400000',
      '400000',
    ]);
    close(metrics.npvBeforeTax, pv('0.08', [-500_000, 400_000, 400_000]));
    // IRR before tax: with v = 1 / (1 + x), 400,000 (v + v²) = 500,000 → v² + v − 1.25 = 0 →
    // v = (√6 − 1) / 2 = 0.724745…, x = 1 / v − 1 = 0.379796…
    const v = d(6).sqrt().minus(1).div(2);
    expect(metrics.irrBeforeTax!.minus(d(1).div(v).minus(1)).abs().lt('1e-20')).toBe(true);
  });
});

describe('the interest subsidy in the equity flows', () => {
  const loan: Loan = {
    id: 'loan',
    name: 'Loan',
    amount: '1000000',
    rate: '0.05',
    termYears: 3,
    graceYears: 0,
    repayment: 'equal-principal',
    drawdownYear: 0,
  };
  const scenario = (taxable: boolean | null): Scenario =>
    baseScenario({
      project: threeYears,
      capex: [
        capex('kit', '1000000', {
          depreciation: { method: 'straight-line', lifeYears: 3, salvage: '0' },
        }),
      ],
      effects: [saving('s', '700000')],
      financing: { loans: [loan] },
      subsidies:
        taxable === null
          ? []
          : [
              {
                id: 'points',
                type: 'interest-subsidy',
                name: 'Interest subsidy',
                grantor: 'Bureau',
                loanId: 'loan',
                ratePoints: '0.02',
                years: 3,
                taxable,
              },
            ],
    });

  it('leaves project NPV alone and adds to equity NPV, taxed or not', () => {
    /*
     * Interest 50,000, 33,333.33, 16,666.67 on balances 1,000,000, 666,666.67, 333,333.33; the
     * subsidy of 2 points is 20,000, 13,333.33, 6,666.67. Taxable: +subsidy of equity income.
     * Not taxable: the interest it pays is not deductible — the same equity income either way.
     * Equity tax = 25 % × (700,000 − 333,333.33 − interest + subsidy).
     */
    const none = evaluateValid(scenario(null));
    const taxed = evaluateValid(scenario(true));
    const untaxed = evaluateValid(scenario(false));
    expect(taxed.metrics.npv.toString()).toBe(none.metrics.npv.toString());
    expect(strings(taxed.projection.equityTax)).toEqual(strings(untaxed.projection.equityTax));
    const subsidy = [0, 20_000, d(40_000).div(3), d(20_000).div(3)];
    const afterTax = subsidy.map((value) => d(value).times('0.75'));
    close(taxed.metrics.equityNpv.minus(none.metrics.equityNpv), pv('0.08', afterTax));
    expect(taxed.projection.subsidiesTotal.every((value) => value.isZero())).toBe(true);
  });
});

describe('payback conventions and MIRR', () => {
  // 1,000 in year 0, savings 400 in years 1–5, no tax: cumulative −1,000, −600, −200, +200 →
  // payback 2 + 200 / 400 = 2.5 years after the end of year 0.
  const flows = (
    changes: Partial<Scenario> = {},
    parameters: Partial<Scenario['parameters']> = {},
  ) =>
    baseScenario({
      capex: [capex('kit', '1000')],
      effects: [saving('s', '400')],
      tax: { rate: '0', lossCarryForwardYears: 5 },
      ...changes,
      parameters: {
        discountRate: { rate: '0.08', basis: 'nominal' },
        inflation: '0',
        ...parameters,
      },
    });

  it('counts payback from the start of construction, year 0 as a year, when asked', () => {
    // 《建设项目经济评价方法与参数》: Pt = (T − 1) + |C_{T−1}| / NCF_T with years numbered from 1 at
    // the start of construction: year 3 of the model is year 4 → 3 + 200 / 400 = 3.5 years.
    expect(evaluateValid(flows()).metrics.paybackYears!.toString()).toBe('2.5');
    const chinese = evaluateValid(flows({}, { payback: 'from-construction-start' })).metrics;
    expect(chinese.paybackYears!.toString()).toBe('3.5');
    const plain = evaluateValid(flows()).metrics;
    expect(chinese.discountedPaybackYears!.minus(plain.discountedPaybackYears!).toString()).toBe(
      '1',
    );
  });

  it('flags a cumulative flow that falls below zero again after payback', () => {
    // A 2,000 outlay in year 5: cumulative +600 after year 4, then 600 + 400 − 2,000 = −1,000.
    const relapsing = evaluateValid(
      flows({ runningCosts: [runningCost('overhaul', '2000', { startYear: 5 })] }),
    ).metrics;
    expect(relapsing.paybackYears!.toString()).toBe('2.5');
    expect(relapsing.paybackRelapses).toBe(true);
    expect(evaluateValid(flows()).metrics.paybackRelapses).toBe(false);
  });

  it('finances the negative flows and reinvests the positive ones at rates of their own', () => {
    // MIRR = (400 × ((1.12⁵ − 1) / 0.12) / 1,000)^(1/5) − 1 with reinvestment at 12 % and the
    // only negative flow in year 0 (the finance rate of 5 % then changes nothing).
    const m = evaluateValid(
      flows({}, { mirr: { financeRate: '0.05', reinvestmentRate: '0.12' } }),
    ).metrics;
    const future = d(400).times(d('1.12').pow(5).minus(1).div('0.12'));
    const expected = future.div(1000).pow(d(1).div(5)).minus(1);
    expect(m.mirr!.minus(expected).abs().lt('1e-30')).toBe(true);
    // Default: both at the discount rate of 8 %.
    const byDefault = evaluateValid(flows()).metrics;
    const atEight = d(400).times(d('1.08').pow(5).minus(1).div('0.08')).div(1000).pow(d(1).div(5));
    expect(byDefault.mirr!.minus(atEight.minus(1)).abs().lt('1e-30')).toBe(true);
  });
});
