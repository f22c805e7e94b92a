import type Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  chainSign,
  evaluateScenario,
  projectionRows,
  TAX_CHAIN,
  type Evaluation,
} from '../../../shared/model';
import { selectScenario, type Scenario } from '../../../shared/scenario';
import {
  baseScenario,
  capex,
  evaluateValid,
  exampleFile,
  exampleNames,
  saving,
} from '../../helpers/scenarios';

/*
 * The tax computation as one chain (shared/model/tax-chain.ts), summed exactly for every example,
 * every scenario of it and every year: each "=" row is the row that starts its part plus the
 * signed rows since, the tax at the standard rate is the income after losses times the rate, and
 * the memo rows explain the one-time deduction effect: (one-time deduction + depreciation left)
 * − depreciation before incentives. "Exactly" is to the 40 significant digits of the model's
 * arithmetic: a figure of millions carries about 33 decimals, and products such as 25 % of an
 * income end in a rounded last digit, so sums are compared to 1e-25 — far below a cent.
 */

const same = (a: Decimal, b: Decimal): boolean => a.minus(b).abs().lte('1e-25');

function checkChain(evaluation: Evaluation<Decimal>, label: string): void {
  const { projection, inputs } = evaluation;
  const rate = inputs.tax.rate;
  for (const year of projection.years) {
    let running: Decimal | null = null;
    for (const step of TAX_CHAIN) {
      const value = step.values(projection)[year] as Decimal;
      const where = `${label}: ${step.key} in year ${year}`;
      switch (step.role) {
        case 'start':
          running = value;
          break;
        case 'rate':
          expect(same(value, (running as Decimal).times(rate)), where).toBe(true);
          running = value;
          break;
        case 'add':
        case 'less':
          running = (running as Decimal).plus(value.times(chainSign(step.role)));
          break;
        case 'subtotal':
          expect(
            same(value, running as Decimal),
            `${where}: ${String(running)} ≠ ${String(value)}`,
          ).toBe(true);
          running = value;
          break;
        case 'memo':
          break;
      }
    }
    expect(
      same(running as Decimal, projection.tax.tax[year] as Decimal),
      `${label}: tax in year ${year}`,
    ).toBe(true);
    const effect = projection.oneTimeDeduction[year]!.plus(projection.depreciation[year]!).minus(
      projection.depreciationBeforeIncentives[year]!,
    );
    expect(
      same(effect, projection.oneTimeDeductionEffect[year]!),
      `${label}: memo in year ${year}`,
    ).toBe(true);
  }
}

/** 1,000,000 of equipment deducted at once when it enters service, in year 1. */
const deductedAtOnce = (investmentTaxCredit: boolean) =>
  capex('kit', '1000000', {
    eligibility: {
      oneTimeDeduction: true,
      grants: false,
      investmentTaxCredit,
      superDeduction: false,
    },
  });

describe('the tax chain', () => {
  it.each(exampleNames())('adds up for every scenario and year of %s', (name) => {
    const file = exampleFile(name);
    for (const scenario of ['base', ...file.scenarios.map((named) => named.name)]) {
      const selected = selectScenario(file, scenario);
      if (!selected.ok) throw new Error(`${name} ${scenario}`);
      checkChain(evaluateScenario(selected.scenario), `${name} ${scenario}`);
    }
  });

  it('sets a loss aside and uses it later, and the chain still adds up', () => {
    // 1,000,000 of equipment deducted at once in year 1 against 300,000 of savings a year:
    // year 1 income 300,000 − 1,000,000 = −700,000, a loss set aside (+700,000 brings the income
    // after losses to 0); years 2 and 3 use 300,000 each, year 4 the last 100,000.
    const scenario: Scenario = baseScenario({
      capex: [deductedAtOnce(true)],
      effects: [saving('s', '300000')],
      tax: {
        rate: '0.25',
        lossCarryForwardYears: 5,
        oneTimeDeduction: { unitThreshold: '5000000' },
        investmentTaxCredit: { rate: '0.1', carryForwardYears: 5 },
      },
    });
    const evaluation = evaluateValid(scenario);
    const tax = evaluation.projection.tax;
    expect(tax.lossIncurred.map(String)).toEqual(['0', '700000', '0', '0', '0', '0']);
    expect(tax.lossUsed.map(String)).toEqual(['0', '0', '300000', '300000', '100000', '0']);
    // The credit (10 % of 1,000,000 = 100,000) is used against the tax of years 4 and 5:
    // 25 % × 200,000 = 50,000, then 25 % × 300,000 = 75,000 of which 50,000 is left to use.
    expect(tax.taxCreditUsed.map(String)).toEqual(['0', '0', '0', '0', '50000', '50000']);
    checkChain(evaluation, 'loss and credit');
    const row = projectionRows(evaluation.projection)[1];
    expect(row?.lossIncurred).toBe('700000');
  });

  it('with a company income, sets aside only the part of a loss the company cannot absorb', () => {
    const scenario: Scenario = baseScenario({
      capex: [deductedAtOnce(false)],
      effects: [saving('s', '300000')],
      tax: {
        rate: '0.25',
        lossCarryForwardYears: 5,
        oneTimeDeduction: { unitThreshold: '5000000' },
        companyTaxableIncome: '500000',
      },
    });
    // Year 1: the company's 500,000 and the project's −700,000 make −200,000: the difference the
    // project makes to the income after losses is −500,000, of which 200,000 is a loss set aside.
    const evaluation = evaluateValid(scenario);
    expect(evaluation.projection.tax.lossIncurred[1]?.toString()).toBe('200000');
    expect(evaluation.projection.tax.taxableIncomeAfterLosses[1]?.toString()).toBe('-500000');
    checkChain(evaluation, 'company income');
  });
});
