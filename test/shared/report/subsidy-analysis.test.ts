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

  it('gives the EU funding-gap rate at its own 4 % real rate, not at the project’s 8 %', () => {
    // Commission Delegated Regulation (EU) No 480/2014, Art. 19: 4 % real, here 4 % nominal (no
    // inflation). DIC = 1,000 (year 0); DNR = 250 × Σ_{t=1}^{4} 1.04^−t = 907.4744…;
    // R = (1,000 − 907.47) / 1,000 = 0.0925. Subsidies are not in DNR.
    const dnr = [1, 2, 3, 4].reduce(
      (total, year) => total.plus(new Dec(250).div(new Dec('1.04').pow(year))),
      new Dec(0),
    );
    close(analysis.fundingGapRate!, new Dec(1000).minus(dnr).div(1000));
    expect(analysis.fundingGapRate!.toFixed(4)).toBe('0.0925');
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
        // Project subsidies on project NPV, an interest subsidy on equity NPV.
        expect(line.npvWithout.toString()).toBe(without.metrics[line.judgedOn].toString());
      }
    },
  );
});

describe('an interest subsidy', () => {
  /*
   * 1,000 invested and borrowed in year 0 at 10 % for 2 years, equal principal: interest 100 and
   * 50, principal 500 and 500. An interest subsidy of 4 points for both years pays 40 and 20. No
   * tax, 8 %. It is not in project NPV; in equity NPV it adds 40 / 1.08 + 20 / 1.08² = 54.18.
   */
  const financed = baseScenario({
    project: { name: 'Subsidised loan', currency: 'CNY', startYear: 2026, horizonYears: 2 },
    capex: [
      capex('kit', '1000', {
        depreciation: { method: 'straight-line', lifeYears: 2, salvage: '0' },
      }),
    ],
    effects: [saving('s', '560')],
    financing: {
      loans: [
        {
          id: 'loan',
          name: 'Loan',
          amount: '1000',
          rate: '0.1',
          termYears: 2,
          graceYears: 0,
          repayment: 'equal-principal',
          drawdownYear: 0,
        },
      ],
    },
    subsidies: [
      {
        id: 'points',
        type: 'interest-subsidy',
        name: 'Interest subsidy',
        grantor: 'Bureau',
        loanId: 'loan',
        ratePoints: '0.04',
        years: 2,
        taxable: true,
      },
    ],
    tax: { rate: '0', lossCarryForwardYears: 5 },
  });
  const analysis = subsidyAnalysis(decimalArithmetic, evaluateValid(financed));

  it('is judged on equity NPV, where it is, and not on project NPV, where it is not', () => {
    const [points] = analysis.subsidies;
    expect(points!.judgedOn).toBe('equityNpv');
    close(points!.npvGain, new Dec(40).mul(factor(1)).plus(new Dec(20).mul(factor(2))));
    // Project NPV: −1,000 + 560 / 1.08 + 560 / 1.08², the same with or without the subsidy.
    close(analysis.npv, analysis.npvWithoutSubsidies);
    close(
      analysis.npv,
      new Dec(-1000).plus(new Dec(560).mul(factor(1))).plus(new Dec(560).mul(factor(2))),
    );
  });

  it('decides the equity view: the owners’ NPV is negative without it and positive with it', () => {
    // Equity flows without the subsidy: 0, 560 − 600 = −40, 560 − 550 = 10 → −40 / 1.08 + 10 / 1.08² < 0.
    // With it: 0, 0, 30 → 30 / 1.08² > 0.
    const m = evaluateValid(financed).metrics;
    close(
      m.equityNpvWithoutSubsidies,
      new Dec(-40).mul(factor(1)).plus(new Dec(10).mul(factor(2))),
    );
    close(m.equityNpv, new Dec(30).mul(factor(2)));
    expect(m.equityAdditionality).toBe(true);
    expect(m.additionality).toBe(false);
    expect(analysis.subsidies[0]!.decisive).toBe(true);
  });
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
