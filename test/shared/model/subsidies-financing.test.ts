import { describe, expect, it } from 'vitest';
import { decimalArithmetic, Dec, pmt } from '../../../shared/finance';
import { evaluateScenario, subsidyEffects } from '../../../shared/model';
import type { Loan, Subsidy } from '../../../shared/scenario';
import {
  baseScenario,
  capex,
  evaluateValid,
  exampleScenario,
  saving,
  strings,
} from '../../helpers/scenarios';

const eligible = {
  oneTimeDeduction: false,
  grants: true,
  investmentTaxCredit: false,
  superDeduction: false,
};

function grant(changes: Partial<Extract<Subsidy, { type: 'capex-grant' }>> = {}): Subsidy {
  return {
    id: 'grant',
    type: 'capex-grant',
    name: 'Grant',
    grantor: 'Bureau',
    rate: '0.3',
    disbursement: [{ year: 1, share: '1' }],
    taxable: true,
    reducesDepreciableBase: false,
    ...changes,
  };
}

function loan(changes: Partial<Loan> = {}): Loan {
  return {
    id: 'loan',
    name: 'Loan',
    amount: '1000000',
    rate: '0.05',
    termYears: 4,
    graceYears: 0,
    repayment: 'equal-principal',
    drawdownYear: 0,
    ...changes,
  };
}

describe('capex grants', () => {
  it('grants a share of the eligible capex, capped, in the shares of its schedule', () => {
    // 30 % × 1,000,000 eligible (the 500,000 item is not) = 300,000, capped at 200,000, half in
    // year 1 and half in year 2.
    const scenario = baseScenario({
      capex: [capex('kit', '1000000', { eligibility: eligible }), capex('building', '500000')],
      subsidies: [
        grant({
          cap: '200000',
          disbursement: [
            { year: 1, share: '0.5' },
            { year: 2, share: '0.5' },
          ],
        }),
      ],
    });
    const { projection } = evaluateValid(scenario);
    expect(strings(projection.subsidiesTotal)).toEqual(['0', '100000', '100000', '0', '0', '0']);
    // A new grant is taxable unless said otherwise: income in the years received.
    expect(strings(projection.taxableSubsidies)).toEqual(strings(projection.subsidiesTotal));
  });

  it('taxes a taxable grant in the year it is received', () => {
    const scenario = baseScenario({
      capex: [capex('kit', '1000000', { eligibility: eligible })],
      subsidies: [grant({ taxable: true })],
    });
    const { projection } = evaluateValid(scenario);
    expect(strings(projection.taxableSubsidies)).toEqual(['0', '300000', '0', '0', '0', '0']);
    // 300,000 − 200,000 depreciation = 100,000 taxable in year 1.
    expect(projection.taxableIncome[1]!.toString()).toBe('100000');
  });

  it('lowers the tax base of the eligible items pro rata when it reduces the depreciable base', () => {
    // Grant 30 % × 1,000,000 = 300,000, allocated 180,000 / 120,000 to the 600,000 and 400,000
    // items: bases 420,000 and 280,000 over 5 years = 84,000 + 56,000 = 140,000 a year.
    const scenario = baseScenario({
      capex: [
        capex('a', '600000', { eligibility: eligible }),
        capex('b', '400000', { eligibility: eligible }),
        capex('c', '100000'),
      ],
      subsidies: [grant({ taxable: false, reducesDepreciableBase: true })],
    });
    const { projection } = evaluateValid(scenario);
    // Plus the 20,000 a year of the item the grant does not cover.
    expect(strings(projection.depreciation)).toEqual([
      '0',
      '160000',
      '160000',
      '160000',
      '160000',
      '160000',
    ]);
    expect(strings(projection.depreciationBeforeIncentives)).toEqual(
      strings(projection.depreciation),
    );
  });

  it('lowers the one-time deduction too, and the counterfactual without subsidies restores it', () => {
    const scenario = baseScenario({
      capex: [capex('kit', '1000000', { eligibility: { ...eligible, oneTimeDeduction: true } })],
      subsidies: [grant({ taxable: false, reducesDepreciableBase: true })],
      tax: {
        rate: '0.25',
        lossCarryForwardYears: 5,
        oneTimeDeduction: { unitThreshold: '5000000' },
      },
    });
    const { projection, withoutSubsidies } = evaluateValid(scenario);
    expect(projection.oneTimeDeduction[1]!.toString()).toBe('700000');
    expect(withoutSubsidies.oneTimeDeduction[1]!.toString()).toBe('1000000');
  });
});

describe('loans and the equity view', () => {
  it('repays an annuity after the grace years, the level payment of the spreadsheet’s PMT', () => {
    // 5,000,000 at 4.2 %, 5 years, 1 year interest-only, drawn in year 0.
    const scenario = baseScenario({
      project: { name: 'Loan', currency: 'CNY', startYear: 2026, horizonYears: 6 },
      financing: {
        loans: [
          loan({
            amount: '5000000',
            rate: '0.042',
            termYears: 5,
            graceYears: 1,
            repayment: 'annuity',
          }),
        ],
      },
    });
    const { projection } = evaluateValid(scenario);
    const payment = pmt('0.042', 4, 5_000_000).neg();
    expect(strings(projection.loanDraw)).toEqual(['5000000', '0', '0', '0', '0', '0', '0']);
    expect(projection.interest[1]!.toString()).toBe('210000');
    expect(projection.principal[1]!.toString()).toBe('0');
    for (const year of [2, 3, 4, 5]) {
      expect(projection.debtService[year]!.minus(payment).abs().lt('1e-25')).toBe(true);
    }
    expect(projection.loanBalance[5]!.isZero()).toBe(true);
    expect(
      projection.principal.reduce((sum, value) => sum.plus(value), new Dec(0)).toString(),
    ).toBe('5000000');
  });

  it('repays equal principal with interest on the opening balance, and subsidises the interest', () => {
    // 1,000,000 at 5 % over 4 years: principal 250,000 a year; interest 50,000, 37,500, 25,000,
    // 12,500. Interest subsidy of 2 points for 2 years: 20,000 and 15,000.
    const scenario = baseScenario({
      financing: { loans: [loan()] },
      subsidies: [
        {
          id: 'points',
          type: 'interest-subsidy',
          name: 'Interest subsidy',
          grantor: 'Bureau',
          loanId: 'loan',
          ratePoints: '0.02',
          years: 2,
          taxable: true,
        },
      ],
    });
    const { projection } = evaluateValid(scenario);
    expect(strings(projection.principal)).toEqual([
      '0',
      '250000',
      '250000',
      '250000',
      '250000',
      '0',
    ]);
    expect(strings(projection.interest)).toEqual(['0', '50000', '37500', '25000', '12500', '0']);
    expect(strings(projection.interestSubsidy)).toEqual(['0', '20000', '15000', '0', '0', '0']);
    // It belongs with the loan: a subsidy of the financing, not of the project.
    expect(strings(projection.financingSubsidies[0]!.values)).toEqual(
      strings(projection.interestSubsidy),
    );
    expect(strings(projection.subsidiesTotal)).toEqual(['0', '0', '0', '0', '0', '0']);
  });

  it('judges the project unfinanced and the equity after loans, interest deducted from its tax', () => {
    // Capex 1,000,000 (4 years, 250,000 a year), savings 600,000 a year, the 1,000,000 loan above.
    // Project tax: 25 % × 350,000 = 87,500. Equity tax: 25 % × (350,000 − interest):
    // 75,000, 78,125, 81,250, 84,375. CFADS = 600,000 − equity tax; debt service 300,000,
    // 287,500, 275,000, 262,500 → DSCR 1.75, 1.8152…, 1.8864…, 1.9643…
    const scenario = baseScenario({
      project: { name: 'Financed', currency: 'CNY', startYear: 2026, horizonYears: 4 },
      capex: [
        capex('kit', '1000000', {
          depreciation: { method: 'straight-line', lifeYears: 4, salvage: '0' },
        }),
      ],
      effects: [saving('gain', '600000')],
      financing: { loans: [loan()] },
    });
    const { projection, metrics } = evaluateValid(scenario);
    expect(strings(projection.tax.tax)).toEqual(['0', '87500', '87500', '87500', '87500']);
    expect(strings(projection.equityTax)).toEqual(['0', '75000', '78125', '81250', '84375']);
    expect(strings(projection.projectNetCashFlow)).toEqual([
      '-1000000',
      '512500',
      '512500',
      '512500',
      '512500',
    ]);
    // Equity: year 0 −1,000,000 + 1,000,000 drawn; then 600,000 − equity tax − debt service.
    expect(strings(projection.equityNetCashFlow)).toEqual([
      '0',
      '225000',
      '234375',
      '243750',
      '253125',
    ]);
    const dscr = [525_000 / 300_000, 521_875 / 287_500, 518_750 / 275_000, 515_625 / 262_500];
    expect(projection.dscr.slice(1).map((value) => value!.toNumber())).toEqual(
      dscr.map((value) => expect.closeTo(value, 12)),
    );
    expect(projection.dscr[0]).toBeNull();
    expect(metrics.minDscr!.toString()).toBe('1.75');
    expect(metrics.averageDscr!.toNumber()).toBeCloseTo(dscr.reduce((a, b) => a + b) / 4, 12);
    // All equity flows are non-negative: no IRR, said as such.
    expect(metrics.equityIrr).toBeNull();
    expect(metrics.irrStatus.equity).toBe('no-sign-change');
  });
});

describe('subsidy analysis', () => {
  it('finds that the small enterprise pays off only with its subsidies', () => {
    const { metrics } = evaluateScenario(exampleScenario('small-enterprise-subsidy'));
    expect(metrics.npvWithoutSubsidies.isNegative()).toBe(true);
    expect(metrics.npv.isNegative()).toBe(false);
    expect(metrics.additionality).toBe(true);
    expect(metrics.fundingGapRate!.isPositive()).toBe(true);
  });

  it('values each subsidy by the NPV it adds: a voucher adds its present value less the tax on it', () => {
    /*
     * 150,000 of vouchers in year 1, 25 % tax, 8 %, savings of 500,000 a year keep income positive.
     * Taxable: +150,000 income. Not taxable: non-taxable fiscal funds, whose spending (150,000 of
     * the running costs) is not deductible (财税〔2011〕70号): also +150,000 of taxable income.
     * Either way the voucher adds 150,000 × (1 − 0.25) / 1.08 = 104,166.67: counted once.
     */
    for (const taxable of [true, false]) {
      const evaluation = evaluateValid(
        baseScenario({
          effects: [saving('gain', '500000')],
          subsidies: [
            {
              id: 'voucher',
              type: 'service-voucher',
              name: 'Vouchers',
              grantor: 'Bureau',
              amount: '150000',
              disbursement: [{ year: 1, share: '1' }],
              taxable,
            },
          ],
        }),
      );
      const [voucher] = subsidyEffects(decimalArithmetic, evaluation);
      expect(voucher!.npvGain.minus(new Dec(112_500).div('1.08')).abs().lt('1e-25')).toBe(true);
      expect(voucher!.presentValue.minus(new Dec(150_000).div('1.08')).abs().lt('1e-25')).toBe(
        true,
      );
      expect(strings(evaluation.projection.taxableIncome)[1]).toBe('650000');
    }
  });

  it('defines the leverage and public-money ratios from the totals', () => {
    // Capex 1,730,000, of which 1,650,000 grant-eligible: grant 30 % = 495,000 (under the
    // 500,000 cap) + vouchers 150,000 = 645,000 of subsidies.
    const { metrics } = evaluateScenario(exampleScenario('small-enterprise-subsidy'));
    expect(metrics.subsidyTotal.toString()).toBe('645000');
    expect(metrics.privateInvestmentPerSubsidy!.toString()).toBe(
      new Dec(1_730_000 - 645_000).div(645_000).toString(),
    );
    expect(metrics.publicMoneyPerNpv!.eq(metrics.subsidyPresentValue.div(metrics.npv))).toBe(true);
  });
});
