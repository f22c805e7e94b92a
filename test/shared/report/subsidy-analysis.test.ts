import { describe, expect, it } from 'vitest';
import { decimalArithmetic, Dec } from '../../../shared/finance';
import { evaluateScenario } from '../../../shared/model';
import { metricsWithoutSubsidies, subsidyAnalysis } from '../../../shared/report/subsidy-analysis';
import type { Subsidy } from '../../../shared/scenario';
import {
  baseScenario,
  capex,
  evaluateValid,
  exampleNames,
  exampleScenario,
  saving,
} from '../../helpers/scenarios';

const lumpSum: Subsidy = {
  id: 'award',
  type: 'lump-sum',
  name: 'Award',
  grantor: 'Bureau',
  amount: '300',
  disbursement: [{ year: 0, share: '1' }],
  taxable: false,
};
const voucher: Subsidy = {
  id: 'voucher',
  type: 'service-voucher',
  name: 'Vouchers',
  grantor: 'Bureau',
  amount: '100',
  disbursement: [{ year: 1, share: '1' }],
  taxable: false,
};

// 1,000 invested in year 0, 250 saved in each of years 1–4, no tax, 8 %: the NPV without subsidy
// is −1,000 + 250 × Σ 1.08^−t, about −171.97; the 300 award in year 0 turns it positive.
const scenario = baseScenario({
  project: { name: 'Hand case', currency: 'CNY', startYear: 2026, horizonYears: 4 },
  capex: [capex('kit', '1000')],
  effects: [saving('s', '250')],
  subsidies: [lumpSum, voucher],
  tax: { rate: '0', lossCarryForwardYears: 5 },
});
const factor = (year: number) => new Dec(1).div(new Dec('1.08').pow(year));
const bare = new Dec(-1000).plus(
  [1, 2, 3, 4].reduce((total, year) => total.plus(new Dec(250).mul(factor(year))), new Dec(0)),
);
const close = (actual: Dec, expected: Dec) =>
  expect(actual.minus(expected).abs().lt('1e-20')).toBe(true);

describe('subsidy analysis', () => {
  const analysis = subsidyAnalysis(decimalArithmetic, evaluateValid(scenario));

  it('gives the NPV with every subsidy, without any, and without each in turn', () => {
    close(analysis.npvWithoutSubsidies, bare);
    close(analysis.npv, bare.plus(300).plus(new Dec(100).mul(factor(1))));
    const [award, vouchers] = analysis.subsidies;
    close(award!.npvWithout, bare.plus(new Dec(100).mul(factor(1))));
    close(vouchers!.npvWithout, bare.plus(300));
    close(award!.npvGain, new Dec(300));
  });

  it('finds the project additional, the award decisive and the vouchers not', () => {
    expect(bare.isNegative()).toBe(true);
    expect(analysis.additionality).toBe(true);
    // Without the award the NPV is −171.97 + 92.59 < 0; without the vouchers −171.97 + 300 > 0.
    expect(analysis.subsidies.map((line) => line.decisive)).toEqual([true, false]);
  });

  it('gives the private investment leveraged per unit of subsidy', () => {
    // (1,000 − 400) / 400.
    close(analysis.leverage!, new Dec(600).div(400));
  });

  it('gives the EU funding-gap rate from the discounted investment and net revenue', () => {
    // DIC = 1,000 (year 0); DNR = 250 × Σ 1.08^−t.
    close(analysis.fundingGapRate!, new Dec(1000).minus(bare.plus(1000)).div(1000));
  });

  it('has no leverage and no additionality without subsidies', () => {
    const plain = subsidyAnalysis(decimalArithmetic, evaluateValid({ ...scenario, subsidies: [] }));
    expect(plain.leverage).toBeNull();
    expect(plain.additionality).toBe(false);
    expect(plain.subsidies).toEqual([]);
  });

  it.each(exampleNames())(
    'agrees, for %s, with the scenario evaluated with each subsidy taken out of the file',
    (name) => {
      const example = exampleScenario(name);
      const evaluation = evaluateScenario(example);
      const lines = subsidyAnalysis(decimalArithmetic, evaluation).subsidies;
      expect(lines.map((line) => line.id)).toEqual(example.subsidies.map((subsidy) => subsidy.id));
      for (const line of lines) {
        const without = evaluateScenario({
          ...example,
          subsidies: example.subsidies.filter((subsidy) => subsidy.id !== line.id),
        });
        expect(line.npvWithout.toString()).toBe(without.metrics.npv.toString());
      }
    },
  );
});

describe('metrics without subsidies', () => {
  it.each(exampleNames())('equal, for %s, the metrics of the file with no subsidy', (name) => {
    const example = exampleScenario(name);
    const without = metricsWithoutSubsidies(decimalArithmetic, evaluateScenario(example));
    const reference = evaluateScenario({ ...example, subsidies: [] }).metrics;
    expect(without.npv.toString()).toBe(reference.npv.toString());
    expect(String(without.irr)).toBe(String(reference.irr));
    expect(String(without.paybackYears)).toBe(String(reference.paybackYears));
    expect(String(without.benefitCostRatio)).toBe(String(reference.benefitCostRatio));
  });
});
