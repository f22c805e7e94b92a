import fc from 'fast-check';
import type Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../shared/finance';
import type { WorkingCapitalLine } from '../../../shared/scenario';
import {
  baseScenario,
  capex,
  evaluateValid,
  runningCost,
  saving,
  strings,
} from '../../helpers/scenarios';

/*
 * The lines of a real case the projection holds beside savings and costs: working capital
 * released or absorbed, each line's own growth, yearly series, and the input VAT of the
 * investment. Every expected figure is derived by hand in the comment above it.
 */

const npvAt = (rate: string, flows: readonly Decimal.Value[]): Dec =>
  flows.reduce<Dec>(
    (total, flow, year) => total.plus(new Dec(flow).div(new Dec(rate).plus(1).pow(year))),
    new Dec(0),
  );

type AmountLine = Extract<WorkingCapitalLine, { basis: 'amount' }>;
const common = {
  id: 'stock',
  name: 'Inventory',
  change: 'release' as const,
  timing: [{ year: 1, share: '1' }],
  escalates: false,
  recoveredAtHorizon: false,
};

function workingCapital(changes: Partial<AmountLine> = {}): WorkingCapitalLine {
  return { ...common, basis: 'amount', amount: '3000000', ...changes };
}

describe('working capital', () => {
  it('releases stock once: cash in that year, not taxed, a row of its own', () => {
    // An MES cuts inventory by 3,000,000 in year 1: +3,000,000 of cash that year, no income, so
    // no tax. NPV at 8 % = 3,000,000 / 1.08 = 2,777,777.78.
    const { projection, metrics } = evaluateValid(
      baseScenario({ workingCapital: [workingCapital()] }),
    );
    expect(strings(projection.workingCapitalTotal)).toEqual(['0', '3000000', '0', '0', '0', '0']);
    expect(strings(projection.workingCapital[0]!.values)).toEqual(
      strings(projection.workingCapitalTotal),
    );
    expect(strings(projection.taxableIncome)).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(strings(projection.projectNetCashFlow)).toEqual(['0', '3000000', '0', '0', '0', '0']);
    expect(metrics.npv.toFixed(2)).toBe('2777777.78');
  });

  it('absorbs N days of a baseline line in the prices of the years it happens, and recovers it', () => {
    // Inventory of 10 days of a 36,500,000 production cost: 36,500,000 × 10 / 365 = 1,000,000,
    // built half in year 0 and half in year 1 at 2 % inflation: −500,000 and −500,000 × 1.02 =
    // −510,000; recovered at the horizon (year 5): +1,010,000, so the line adds up to zero.
    const { projection } = evaluateValid(
      baseScenario({
        baseline: { productionCost: '36500000', otherCosts: [] },
        workingCapital: [
          {
            ...common,
            change: 'absorb',
            basis: 'baseline-days',
            baselineLine: 'productionCost',
            days: '10',
            timing: [
              { year: 0, share: '0.5' },
              { year: 1, share: '0.5' },
            ],
            escalates: true,
            recoveredAtHorizon: true,
          },
        ],
        parameters: { discountRate: { rate: '0.08', basis: 'nominal' }, inflation: '0.02' },
      }),
    );
    expect(strings(projection.workingCapitalTotal)).toEqual([
      '-500000',
      '-510000',
      '0',
      '0',
      '0',
      '1010000',
    ]);
  });

  it('takes a share of a baseline line: receivables of 5 % of revenue', () => {
    // 5 % × 20,000,000 = 1,000,000 absorbed in year 2.
    const { projection } = evaluateValid(
      baseScenario({
        baseline: { revenue: '20000000', otherCosts: [] },
        workingCapital: [
          {
            ...common,
            change: 'absorb',
            basis: 'baseline-share',
            baselineLine: 'revenue',
            share: '0.05',
            timing: [{ year: 2, share: '1' }],
          },
        ],
      }),
    );
    expect(strings(projection.workingCapitalTotal)).toEqual(['0', '0', '-1000000', '0', '0', '0']);
  });

  it('leaves NPV unchanged at r = 0 when it is released and fully recovered (property)', () => {
    // Undiscounted, a line that adds up to zero adds nothing; it is never taxed.
    const line = fc.record({
      change: fc.constantFrom('release' as const, 'absorb' as const),
      amount: fc.integer({ min: 1, max: 9_000_000 }),
      year: fc.integer({ min: 0, max: 5 }),
      escalates: fc.boolean(),
    });
    fc.assert(
      fc.property(line, ({ change, amount, year, escalates }) => {
        const plain = baseScenario({
          capex: [capex('kit', '1000000')],
          effects: [saving('gain', '400000')],
          parameters: { discountRate: { rate: '0', basis: 'nominal' }, inflation: '0.03' },
        });
        const withStock = {
          ...plain,
          workingCapital: [
            workingCapital({
              change,
              amount: String(amount),
              timing: [{ year, share: '1' }],
              escalates,
              recoveredAtHorizon: true,
            }),
          ],
        };
        const a = evaluateValid(plain).metrics.npv;
        const b = evaluateValid(withStock).metrics.npv;
        expect(b.minus(a).abs().lt('1e-25')).toBe(true);
      }),
      { numRuns: 40, seed: 13 },
    );
  });
});

describe('growth of a line', () => {
  it('grows a running cost at its own rate instead of inflation, or on top of it', () => {
    // Wages 100,000 at 6 % a year: 106,000 and 112,360 in years 1 and 2 (inflation 2 % ignored).
    // Escalating too: × (1.02 × 1.06)^t = 1.0812^t: 108,120 and 116,899.344.
    const parameters = {
      discountRate: { rate: '0.08', basis: 'nominal' as const },
      inflation: '0.02',
    };
    const own = evaluateValid(
      baseScenario({
        runningCosts: [runningCost('wages', '100000', { growth: '0.06' })],
        parameters,
      }),
    ).projection;
    expect(strings(own.runningCostsTotal).slice(0, 3)).toEqual(['0', '106000', '112360']);
    const both = evaluateValid(
      baseScenario({
        runningCosts: [runningCost('wages', '100000', { growth: '0.06', escalates: true })],
        parameters,
      }),
    ).projection;
    expect(strings(both.runningCostsTotal).slice(0, 3)).toEqual(['0', '108120', '116899.344']);
  });

  it('shrinks an effect with a negative growth', () => {
    // 200,000 at −10 % a year: 180,000, 162,000, 145,800 in years 1–3.
    const { projection } = evaluateValid(
      baseScenario({ effects: [saving('energy', '200000', { growth: '-0.1' })] }),
    );
    expect(strings(projection.savingsTotal).slice(0, 4)).toEqual([
      '0',
      '180000',
      '162000',
      '145800',
    ]);
  });
});

describe('yearly series', () => {
  it('gives an effect its own amounts year by year, then continues at the full effect', () => {
    // Series 100,000 and 250,000 from year 1, full effect 500,000 afterwards.
    const { projection } = evaluateValid(
      baseScenario({ effects: [saving('orders', '500000', { series: ['100000', '250000'] })] }),
    );
    expect(strings(projection.savingsTotal)).toEqual([
      '0',
      '100000',
      '250000',
      '500000',
      '500000',
      '500000',
    ]);
  });

  it('gives a running cost its own amounts from its start year, escalated when it escalates', () => {
    // From year 2: 10,000, 20,000, 30,000 in year-0 prices × 1.1^t, then the amount 40,000 × 1.1^5.
    const { projection } = evaluateValid(
      baseScenario({
        runningCosts: [
          runningCost('licence', '40000', {
            startYear: 2,
            series: ['10000', '20000', '30000'],
            escalates: true,
          }),
        ],
        parameters: { discountRate: { rate: '0.08', basis: 'nominal' }, inflation: '0.1' },
      }),
    );
    expect(strings(projection.runningCostsTotal)).toEqual([
      '0',
      '0',
      '12100',
      '26620',
      '43923',
      '64420.4',
    ]);
  });

  it('refuses a series that runs past the last year of its line, naming the field', () => {
    expect(() =>
      evaluateValid(
        baseScenario({
          effects: [saving('late', '1', { startYear: 4, series: ['1', '2', '3'] })],
        }),
      ),
    ).toThrow(/effects\[0\]\.series: has 3 yearly values from year 4, so it runs to year 6/);
  });
});

describe('input VAT on the investment', () => {
  it('is paid with the capex and recovered the next year: a cost of timing only, outside the tax base', () => {
    // 1,000,000 of equipment (without VAT) and 130,000 of input VAT in year 0, recovered in
    // year 1. Depreciation stays 200,000 a year. NPV moves by −130,000 + 130,000 / 1.08 = −9,629.63.
    const item = capex('kit', '1000000', { inputVat: '130000' });
    const withVat = evaluateValid(
      baseScenario({ capex: [item], effects: [saving('s', '300000')] }),
    );
    const without = evaluateValid(
      baseScenario({ capex: [capex('kit', '1000000')], effects: [saving('s', '300000')] }),
    );
    expect(strings(withVat.projection.inputVatPaid)).toEqual(['130000', '0', '0', '0', '0', '0']);
    expect(strings(withVat.projection.inputVatRecovered)).toEqual([
      '0',
      '130000',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(strings(withVat.projection.depreciation)).toEqual(
      strings(without.projection.depreciation),
    );
    expect(withVat.metrics.npv.minus(without.metrics.npv).toFixed(2)).toBe(
      npvAt('0.08', [-130000, 130000]).toFixed(2),
    );
    expect(withVat.metrics.npv.minus(without.metrics.npv).toFixed(2)).toBe('-9629.63');
  });

  it('is recovered over the years the tax section says, what falls after the horizon at the horizon', () => {
    // 130,000 of VAT paid half in year 0, half in year 1; recovered over 2 years each: 32,500 in
    // years 1 and 2 for the first half, 32,500 in years 2 and 3 for the second — year 3 is after
    // the 2-year horizon, so it is recovered in year 2: 0, 32,500, 97,500.
    const item = capex('kit', '1000000', {
      inputVat: '130000',
      payments: [
        { year: 0, share: '0.5' },
        { year: 1, share: '0.5' },
      ],
    });
    const { projection } = evaluateValid(
      baseScenario({
        project: { name: 'VAT', currency: 'CNY', startYear: 2026, horizonYears: 2 },
        capex: [item],
        tax: { rate: '0.25', lossCarryForwardYears: 5, inputVatRecoveryYears: 2 },
      }),
    );
    expect(strings(projection.inputVatPaid)).toEqual(['65000', '65000', '0']);
    expect(strings(projection.inputVatRecovered)).toEqual(['0', '32500', '97500']);
  });
});
