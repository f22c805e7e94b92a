import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Loan, Scenario, Subsidy } from '../../../shared/scenario';
import { baseScenario, capex, evaluateValid, runningCost, saving } from '../../helpers/scenarios';
import { checkIdentities } from './identities';

/*
 * Every identity between the statements and the projection (identities.ts) on generated
 * scenarios: several items paid over one or two years, savings with a ramp, running costs,
 * working capital absorbed or released, grants, awards and an interest subsidy, loans repaid as
 * annuities or in equal principal with grace years, a company income, tax paid a year later,
 * loss carry-forward and the reduced rate.
 */

const whole = (min: number, max: number) => fc.integer({ min, max }).map(String);

const loan = (horizon: number): fc.Arbitrary<Loan> =>
  fc
    .record({
      amount: whole(100_000, 5_000_000),
      // At least 1 %: the interest subsidy's 1 point may not exceed the loan's rate.
      ratePercent: fc.integer({ min: 1, max: 12 }),
      drawdownYear: fc.integer({ min: 0, max: 1 }),
      repayment: fc.constantFrom('annuity', 'equal-principal') as fc.Arbitrary<Loan['repayment']>,
      grace: fc.integer({ min: 0, max: 1 }),
    })
    .chain((drawn) =>
      fc.integer({ min: drawn.grace + 1, max: horizon - drawn.drawdownYear }).map((term) => ({
        id: 'loan',
        name: 'Loan',
        lender: 'Bank',
        amount: drawn.amount,
        rate: String(drawn.ratePercent / 100),
        termYears: term,
        graceYears: drawn.grace,
        repayment: drawn.repayment,
        drawdownYear: drawn.drawdownYear,
      })),
    );

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    horizon: fc.integer({ min: 3, max: 9 }),
    amounts: fc.array(fc.integer({ min: 50_000, max: 4_000_000 }), { minLength: 1, maxLength: 3 }),
    split: fc.boolean(),
    saving: fc.integer({ min: 0, max: 3_000_000 }),
    ramp: fc.boolean(),
    cost: fc.integer({ min: 0, max: 800_000 }),
    workingCapital: fc.integer({ min: -500_000, max: 500_000 }),
    grant: fc.integer({ min: 0, max: 60 }),
    grantTaxable: fc.boolean(),
    award: fc.integer({ min: 0, max: 300_000 }),
    withLoan: fc.boolean(),
    interestSubsidy: fc.boolean(),
    taxPercent: fc.integer({ min: 0, max: 30 }),
    reduced: fc.boolean(),
    followingYear: fc.boolean(),
    companyIncome: fc.option(whole(0, 5_000_000), { nil: undefined }),
  })
  .chain((drawn) => loan(drawn.horizon).map((generated) => ({ drawn, generated })))
  .map(({ drawn, generated }) => {
    const subsidies: Subsidy[] = [];
    if (drawn.grant > 0)
      subsidies.push({
        id: 'grant',
        type: 'capex-grant',
        name: 'Grant',
        grantor: 'Bureau',
        rate: String(drawn.grant / 100),
        disbursement: [{ year: 1, share: '1' }],
        taxable: drawn.grantTaxable,
        reducesDepreciableBase: !drawn.grantTaxable,
      });
    if (drawn.award > 0)
      subsidies.push({
        id: 'award',
        type: 'lump-sum',
        name: 'Award',
        grantor: 'Bureau',
        amount: String(drawn.award),
        disbursement: [{ year: 1, share: '1' }],
        taxable: drawn.grantTaxable,
      });
    if (drawn.withLoan && drawn.interestSubsidy)
      subsidies.push({
        id: 'interest',
        type: 'interest-subsidy',
        name: 'Interest subsidy',
        grantor: 'Bureau',
        loanId: 'loan',
        ratePoints: '0.01',
        years: 1,
        taxable: true,
      });
    return baseScenario({
      project: { name: 'Generated', currency: 'CNY', startYear: 2026, horizonYears: drawn.horizon },
      baseline: { productionCost: '20000000', otherCosts: [] },
      capex: drawn.amounts.map((amount, index) =>
        capex(`item-${index}`, String(amount), {
          payments: drawn.split
            ? [
                { year: 0, share: '0.4' },
                { year: 1, share: '0.6' },
              ]
            : [{ year: 0, share: '1' }],
          eligibility: {
            oneTimeDeduction: index === 1,
            grants: index === 0,
            investmentTaxCredit: false,
            superDeduction: false,
          },
          residualValue: String(Math.floor(amount / 10)),
        }),
      ),
      effects: [saving('saving', String(drawn.saving), drawn.ramp ? { ramp: ['0.5'] } : {})],
      runningCosts: [runningCost('cost', String(drawn.cost))],
      workingCapital:
        drawn.workingCapital === 0
          ? []
          : [
              {
                id: 'stock',
                name: 'Stock',
                change: drawn.workingCapital > 0 ? 'release' : 'absorb',
                basis: 'amount',
                amount: String(Math.abs(drawn.workingCapital)),
                timing: [{ year: 1, share: '1' }],
                escalates: false,
                recoveredAtHorizon: true,
              },
            ],
      subsidies,
      tax: {
        rate: String(drawn.taxPercent / 100),
        lossCarryForwardYears: 5,
        oneTimeDeduction: { unitThreshold: '5000000' },
        ...(drawn.reduced
          ? { preferential: { type: 'reduced-rate', label: 'HNTE', rate: '0.15' } }
          : {}),
        ...(drawn.followingYear ? { payment: 'following-year' } : {}),
        ...(drawn.companyIncome === undefined ? {} : { companyTaxableIncome: drawn.companyIncome }),
      },
      financing: { loans: drawn.withLoan ? [generated] : [] },
    } as Partial<Scenario>);
  });

describe('statement identities on generated scenarios', () => {
  it('hold to the cent, with FIRR and FNPV equal to the metrics', () => {
    fc.assert(
      fc.property(scenario, (generated) => {
        checkIdentities('generated', evaluateValid(generated));
      }),
      { numRuns: 60 },
    );
    // Sixty Decimal projections and statements: seconds on a busy machine, not a timing test.
  }, 120_000);
});
