import type Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../shared/finance';
import type { Scenario } from '../../../shared/scenario';
import { baseScenario, capex, evaluateValid, runningCost, saving } from '../../helpers/scenarios';

/*
 * The EU funding gap as the EU CBA guide (2014) and Commission Delegated Regulation (EU) No
 * 480/2014, Art. 15–19, define it, worked out by hand on a small case:
 *
 *   inflation 2 %, the reference rate 4 % real → (1.04)(1.02) − 1 = 6.08 % nominal (Art. 19(3));
 *   investment in year 0: item A 1,000 (grant-eligible) and item B 200 (not eligible);
 *   item C 300, a replacement paid in year 3 (an operating outflow, Art. 17);
 *   working capital: 100 absorbed in year 1, recovered at the horizon (year 5);
 *   savings 300 and running costs 50 in years 1–5; residual value 100 at the horizon;
 *   no tax, 8 % project rate (which the funding gap does not use).
 *
 *   DIC_t = investment + working capital absorbed: 1,200 (year 0), 100 (year 1)
 *   DNR_t = savings − running costs − replacements + working capital recovered (+ residual, as
 *           revenues exceed costs, Art. 18(2)): 250, 250, −50, 250, 250 + 100 + 100 = 450
 *   R = (DIC − DNR) / DIC;  FNPV(C) = DNR − DIC;  FRR(C) the rate at which DNR_t − DIC_t sum to 0;
 *   EC = 1,000 (A only: B is not eligible, C is a replacement);  max grant = EC × R.
 */

const d = (value: Decimal.Value) => new Dec(value);
const rate = d('1.04').times('1.02').minus(1);
const pvAt = (r: Dec, flows: readonly Decimal.Value[]) =>
  flows.reduce<Dec>((total, flow, t) => total.plus(d(flow).div(r.plus(1).pow(t))), d(0));
const close = (actual: Dec | null, expected: Dec) => {
  expect(actual).not.toBeNull();
  expect(actual!.minus(expected).abs().lt('1e-20')).toBe(true);
};

const eligible = {
  oneTimeDeduction: false,
  grants: true,
  investmentTaxCredit: false,
  superDeduction: false,
};

function hand(savings = '300', changes: Partial<Scenario> = {}): Scenario {
  return baseScenario({
    capex: [
      capex('a', '1000', { eligibility: eligible, residualValue: '100' }),
      capex('b', '200'),
      capex('c', '300', {
        eligibility: eligible,
        payments: [{ year: 3, share: '1' }],
        replacement: true,
      }),
    ],
    effects: [saving('s', savings)],
    runningCosts: [runningCost('ops', '50')],
    workingCapital: [
      {
        id: 'stock',
        name: 'Stock',
        change: 'absorb',
        basis: 'amount',
        amount: '100',
        timing: [{ year: 1, share: '1' }],
        escalates: false,
        recoveredAtHorizon: true,
      },
    ],
    tax: { rate: '0', lossCarryForwardYears: 5 },
    parameters: { discountRate: { rate: '0.08', basis: 'nominal' }, inflation: '0.02' },
    ...changes,
  });
}

describe('the EU funding gap', () => {
  const dicFlows = [1200, 100, 0, 0, 0, 0];
  const dnrFlows = [0, 250, 250, -50, 250, 450];
  const dic = pvAt(rate, dicFlows);
  const dnr = pvAt(rate, dnrFlows);
  const { metrics } = evaluateValid(hand());

  it('discounts at its own rate: 4 % real made nominal with inflation', () => {
    expect(metrics.fundingGapDiscountRate.toString()).toBe('0.0608');
    expect(metrics.presentValues.fundingGapInvestment.minus(dic).abs().lt('1e-20')).toBe(true);
    expect(metrics.presentValues.netRevenue.minus(dnr).abs().lt('1e-20')).toBe(true);
  });

  it('gives R = (DIC − DNR) / DIC and the maximum grant EC × R', () => {
    const r = dic.minus(dnr).div(dic);
    close(metrics.fundingGapRate, r);
    expect(metrics.eligibleCost.toString()).toBe('1000');
    close(metrics.maxGrant, r.times(1000));
    // With 1.0608^−t = 0.942685, 0.888655, 0.837722, 0.789708, 0.744446 for t = 1…5:
    // DIC = 1,200 + 94.27 = 1,294.27; DNR = 235.67 + 222.16 − 41.89 + 197.43 + 335.00 = 948.38;
    // R = 345.89 / 1,294.27 = 26.7 % of a 1,000 eligible cost.
    expect(r.toFixed(3)).toBe('0.267');
    expect(metrics.maxGrant!.toFixed(0)).toBe('267');
  });

  it('gives FNPV(C) = DNR − DIC and FRR(C), the rate at which it is zero', () => {
    close(metrics.fnpvC, dnr.minus(dic));
    const flows = dnrFlows.map((flow, t) => d(flow).minus(dicFlows[t]!));
    expect(pvAt(metrics.frrC!, flows).abs().lt('1e-18')).toBe(true);
  });

  it('gives FNPV(K) on the owners’ flows after tax, loans and subsidies at the same rate', () => {
    // No tax, no loan, no subsidy: the owners' flows are the project's —
    // −1,200; 300 − 50 − 100 = 150; 250; 250 − 300 = −50; 250; 250 + 100 + 100 = 450.
    close(metrics.fnpvK, pvAt(rate, [-1200, 150, 250, -50, 250, 450]));
    expect(metrics.frrK?.toString()).toBe(metrics.equityIrr?.toString());
  });

  it('leaves the residual value out when the revenues do not cover the costs (Art. 18(2))', () => {
    // Savings 40 < running costs 50: DNR = −10 a year, −310 in year 3, the 100 of working
    // capital recovered in year 5, and no residual value.
    const poor = evaluateValid(hand('40')).metrics;
    expect(poor.presentValues.netRevenueHoldsResidualValue).toBe(false);
    close(poor.presentValues.netRevenue, pvAt(rate, [0, -10, -10, -310, -10, 90]));
    // R above 1: the grant cannot exceed the eligible cost.
    expect(poor.fundingGapRate!.gt(1)).toBe(true);
    expect(poor.maxGrant!.toString()).toBe('1000');
  });

  it('takes a nominal rate as entered, and gives no maximum grant when there is no gap', () => {
    const rich = evaluateValid(
      hand('900', {
        parameters: {
          discountRate: { rate: '0.08', basis: 'nominal' },
          inflation: '0.02',
          fundingGapDiscountRate: { rate: '0.06', basis: 'nominal' },
        },
      }),
    ).metrics;
    expect(rich.fundingGapDiscountRate.toString()).toBe('0.06');
    expect(rich.fundingGapRate!.isNegative()).toBe(true);
    expect(rich.maxGrant!.isZero()).toBe(true);
  });

  it('keeps a rate when the stock released exceeds the investment: the release is net revenue', () => {
    // 1,000 invested, 2,000 of stock released in year 1, nothing else, no tax: DIC = 1,000;
    // DNR = 2,000 / 1.0608 = 1,885.37; R = (1,000 − 1,885.37) / 1,000 = −0.885 — no funding gap.
    const freeing = evaluateValid(
      baseScenario({
        capex: [capex('kit', '1000', { eligibility: eligible })],
        workingCapital: [
          {
            id: 'stock',
            name: 'Stock',
            change: 'release',
            basis: 'amount',
            amount: '2000',
            timing: [{ year: 1, share: '1' }],
            escalates: false,
            recoveredAtHorizon: false,
          },
        ],
        tax: { rate: '0', lossCarryForwardYears: 5 },
        parameters: { discountRate: { rate: '0.08', basis: 'nominal' }, inflation: '0.02' },
      }),
    ).metrics;
    close(
      freeing.fundingGapRate,
      d(1000)
        .minus(d(2000).div(rate.plus(1)))
        .div(1000),
    );
    expect(freeing.maxGrant!.isZero()).toBe(true);
  });
});

/*
 * The feasibility study's rules in the funding gap, on the same case (Delegated Regulation (EU)
 * No 480/2014, Art. 15(1) and 17; the EU CBA guides put outlays that do not occur in the
 * investment phase in DNR, not in DIC):
 *   + item M, a maintenance investment (维持运营投资) of 200 paid in year 2, expensed;
 *   + surcharges on VAT (营业税金及附加) of 20 a year, years 1–5;
 *   + a loan of 600 for item A, drawn evenly through year 0, its interest rolled into it.
 *   DIC_t = 1,200 (year 0), 100 (year 1): the maintenance investment is not investment, and the
 *           interest during construction (600/2 × 5 % = 15) is a cost of financing, left out.
 *   DNR_t = 300 − 50 − 20 = 230 a year, less the maintenance 200 in year 2 and the replacement
 *           300 in year 3, plus 100 + 100 in year 5: 230, 30, −70, 230, 430.
 */
describe('the EU funding gap with maintenance investment, surcharges and interest during construction', () => {
  const withRules = (changes: Partial<Scenario> = {}) => {
    const base = hand('300', {
      tax: {
        rate: '0',
        lossCarryForwardYears: 5,
        surcharges: { basis: 'amount', amount: '20', escalates: false },
      },
      ...changes,
    });
    return {
      ...base,
      capex: [
        ...base.capex,
        capex('m', '200', {
          payments: [{ year: 2, share: '1' }],
          maintenance: { treatment: 'expense' },
        }),
      ],
    };
  };
  const loan = {
    financing: {
      loans: [
        {
          id: 'loan',
          name: 'Loan',
          amount: '600',
          rate: '0.05',
          termYears: 5,
          graceYears: 1,
          repayment: 'equal-principal' as const,
          drawdownYear: 0,
          drawTiming: 'mid-year' as const,
          finances: ['a'],
          constructionInterest: 'rolled-into-loan' as const,
        },
      ],
    },
  };
  const dic = pvAt(rate, [1200, 100, 0, 0, 0, 0]);
  const dnr = pvAt(rate, [0, 230, 30, -70, 230, 430]);

  it('deducts the maintenance investment and the surcharges from DNR and keeps them out of DIC', () => {
    const { metrics } = evaluateValid(withRules());
    close(metrics.presentValues.fundingGapInvestment, dic);
    close(metrics.presentValues.netRevenue, dnr);
    close(metrics.fundingGapRate, dic.minus(dnr).div(dic));
    close(metrics.fnpvC, dnr.minus(dic));
    // The maintenance item is not grant-eligible: EC is still item A's 1,000.
    expect(metrics.eligibleCost.toString()).toBe('1000');
  });

  it('leaves the interest during construction out: the same DIC, DNR and rate with the loan', () => {
    const financed = evaluateValid(withRules(loan));
    expect(financed.projection.constructionInterestCapitalised.toString()).toBe('15');
    close(financed.metrics.presentValues.fundingGapInvestment, dic);
    close(financed.metrics.presentValues.netRevenue, dnr);
    close(financed.metrics.fundingGapRate, dic.minus(dnr).div(dic));
  });
});
