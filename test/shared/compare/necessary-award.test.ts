import type Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  applicantState,
  necessaryAwardOf,
  npvBasis,
  solveNecessaryAward,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance';
import type { Scenario, Subsidy } from '../../../shared/scenario';
import { baseScenario, capex, evaluateValid, saving } from '../../helpers/scenarios';

/*
 * The necessary award: the smallest subsidy, in the form, timing and tax treatment requested, at
 * which the NPV reaches zero — to the fen. Each case is derived by hand below and then checked
 * against the model without the solver: the file filed again with the award as its amount (or
 * cap, or rate points) has NPV ≥ 0, and with one fen less NPV < 0.
 *
 * The project of the first cases (baseScenario: 5 years, 25 % tax, 8 % nominal, no inflation):
 * 1,000,000 of equipment paid in year 0, straight line over 5 years (200,000 a year, years 1–5),
 * saving 250,000 a year in years 1–5. Taxable income 250,000 − 200,000 = 50,000 a year, tax
 * 12,500, cash flow 237,500 a year. With a = Σ_{t=1}^{5} 1.08^−t = 3.99271003…,
 *
 *     NPV without subsidies = −1,000,000 + 237,500 × a = −51,731.3675…
 *
 * so the project is additional whenever its request lifts the NPV by 51,731.37 or more.
 */

const FEN = new Dec('0.01');
const ceilToFen = (value: Decimal) => value.div(FEN).ceil().times(FEN);
const discount = (year: number) => new Dec('1.08').pow(-year);
const annuity = [1, 2, 3, 4, 5].reduce((sum, year) => sum.plus(discount(year)), new Dec(0));
/** −NPV without subsidies: what the subsidy must add, after its tax, in present value. */
const GAP = new Dec(1_000_000).minus(new Dec(237_500).times(annuity));

const eligible = {
  oneTimeDeduction: false,
  grants: true,
  investmentTaxCredit: false,
  superDeduction: false,
};

function project(subsidies: Subsidy[], changes: Partial<Scenario> = {}): Scenario {
  return baseScenario({
    capex: [capex('line', '1000000', { eligibility: eligible })],
    effects: [saving('saving', '250000')],
    subsidies,
    ...changes,
  });
}

/** The NPV a request is judged on: the equity NPV when it holds an interest subsidy. */
const npvOf = (scenario: Scenario) => {
  const { inputs, metrics } = evaluateValid(scenario);
  return npvBasis(inputs.subsidies) === 'equity' ? metrics.equityNpv : metrics.npv;
};

function lumpSum(amount: string, taxable: boolean, year: number): Subsidy {
  return {
    id: 'award',
    type: 'lump-sum',
    name: 'Award',
    grantor: 'Bureau',
    amount,
    disbursement: [{ year, share: '1' }],
    taxable,
  };
}

function grant(
  rate: string,
  cap: string | undefined,
  options: { taxable: boolean; reducesDepreciableBase: boolean; year: number },
): Subsidy {
  return {
    id: 'grant',
    type: 'capex-grant',
    name: 'Grant',
    grantor: 'Bureau',
    rate,
    ...(cap === undefined ? {} : { cap }),
    disbursement: [{ year: options.year, share: '1' }],
    taxable: options.taxable,
    reducesDepreciableBase: options.reducesDepreciableBase,
  };
}

const loan = {
  id: 'loan',
  name: 'Loan',
  amount: '1000000',
  rate: '0.1',
  termYears: 4,
  graceYears: 0,
  repayment: 'equal-principal' as const,
  drawdownYear: 0,
};

function interestSubsidy(ratePoints: string, taxable: boolean): Subsidy {
  // One year: rate points × the loan's opening balance in year 1 (1,000,000), received in year 1.
  return {
    id: 'interest',
    type: 'interest-subsidy',
    name: 'Interest subsidy',
    grantor: 'Bureau',
    loanId: 'loan',
    ratePoints,
    years: 1,
    taxable,
  };
}

/** The award, and the model's NPV with it and with one fen less, each filed as its own scenario. */
function checkToTheFen(
  scenario: Scenario,
  filedWith: (award: Decimal) => Scenario,
): { award: Decimal } {
  const award = necessaryAwardOf(evaluateValid(scenario));
  if (award === null) throw new Error('expected an award');
  expect(npvOf(filedWith(award)).gte(0), `NPV at ${award.toString()}`).toBe(true);
  expect(npvOf(filedWith(award.minus(FEN))).lt(0), `NPV at ${award.toString()} − 0.01`).toBe(true);
  return { award };
}

describe('the three states', () => {
  it('are decided at their boundaries: NPV 0 pays off, −0.01 does not', () => {
    const cent = new Dec('-0.01');
    const zero = new Dec(0);
    expect(applicantState(cent, zero)).toBe('additional');
    expect(applicantState(cent, new Dec('0.01'))).toBe('additional');
    expect(applicantState(cent, cent)).toBe('not-viable');
    expect(applicantState(new Dec('-1e-30'), new Dec('-1e-30'))).toBe('not-viable');
    expect(applicantState(zero, zero)).toBe('deadweight');
    // Pays off without the subsidy, whatever the subsidy does to it.
    expect(applicantState(zero, cent)).toBe('deadweight');
    // −0 is zero: it pays off.
    expect(applicantState(new Dec('-0'), new Dec('-0'))).toBe('deadweight');
  });

  it('are what the model says of a project exactly at each boundary', () => {
    // Without tax and discounting: capex 1,000,000 in year 0, saving 1,000,000 in year 1, so
    // NPV without subsidies = 0 (deadweight); with saving 999,999.99 it is −0.01, and an award
    // of 0.01 makes it exactly 0 (additional) while 0.005 leaves it at −0.005 (not viable).
    const flat = (save: string, award: string | null): Scenario =>
      baseScenario({
        project: { name: 'Edge', currency: 'CNY', startYear: 2026, horizonYears: 1 },
        capex: [
          capex('kit', '1000000', {
            depreciation: { method: 'straight-line', lifeYears: 1, salvage: '0' },
          }),
        ],
        effects: [saving('s', save)],
        subsidies: award === null ? [] : [lumpSum(award, false, 0)],
        tax: { rate: '0', lossCarryForwardYears: 5 },
        parameters: { discountRate: { rate: '0', basis: 'nominal' }, inflation: '0' },
      });
    const stateOf = (scenario: Scenario) => {
      const { metrics, withoutSubsidies } = evaluateValid(scenario);
      const without = withoutSubsidies.discountedProjectNetCashFlow.reduce(
        (sum, value) => sum.plus(value),
        new Dec(0),
      );
      return applicantState(without, metrics.npv);
    };
    expect(stateOf(flat('1000000', '0.01'))).toBe('deadweight');
    expect(stateOf(flat('999999.99', '0.01'))).toBe('additional');
    expect(stateOf(flat('999999.99', '0.005'))).toBe('not-viable');
  });
});

describe('the necessary award', () => {
  it('grosses up a non-taxable lump sum paid in year 0 for the spending it makes non-deductible', () => {
    // Not taxable, but the spending it pays for is not deductible (财税〔2011〕70号): taxable
    // income rises by A in year 0, the year it is received and spent, so NPV(A) = NPV₀ + 0.75 A:
    // A = 51,731.3675… / 0.75 = 68,975.1566… → 68,975.16 (up to the fen).
    const expected = ceilToFen(GAP.div('0.75'));
    expect(expected.toString()).toBe('68975.16');
    const { award } = checkToTheFen(project([lumpSum('100000', false, 0)]), (amount) =>
      project([lumpSum(amount.toString(), false, 0)]),
    );
    expect(award.toString()).toBe(expected.toString());
  });

  it('grosses up for the tax and the wait of a taxable lump sum paid in year 1', () => {
    // Taxable income is positive in year 1, so A is taxed at 25 % there and discounted a year:
    // NPV(A) = NPV₀ + A × 0.75 / 1.08, A = 51,731.3675… × 1.08 / 0.75 = 74,493.169… → 74,493.17.
    const expected = ceilToFen(GAP.times('1.08').div('0.75'));
    expect(expected.toString()).toBe('74493.17');
    const { award } = checkToTheFen(project([lumpSum('100000', true, 1)]), (amount) =>
      project([lumpSum(amount.toString(), true, 1)]),
    );
    expect(award.toString()).toBe(expected.toString());
  });

  it('accounts for the depreciation a non-taxable grant takes from the base', () => {
    // A grant G in year 0 that reduces the depreciable base lowers depreciation by G / 5 in each
    // of years 1–5, raising tax by 0.25 × G / 5: NPV(G) = NPV₀ + G × (1 − 0.05 × a), with
    // 1 − 0.05 × 3.99271003 = 0.80036450, so G = 51,731.3675… / 0.80036450… = 64,634.76.
    const expected = ceilToFen(GAP.div(new Dec(1).minus(new Dec('0.05').times(annuity))));
    expect(expected.toString()).toBe('64634.76');
    const options = { taxable: false, reducesDepreciableBase: true, year: 0 };
    // Requested: 10 % of the 1,000,000 eligible = 100,000. Checked with a 100 % rate capped at
    // the award, so the grant is the award exactly.
    const { award } = checkToTheFen(project([grant('0.1', undefined, options)]), (amount) =>
      project([grant('1', amount.toString(), options)]),
    );
    expect(award.toString()).toBe(expected.toString());
  });

  it('scales the cap of a capped taxable grant, in its form: the same as a taxable lump sum', () => {
    // 30 % of 1,000,000 capped at 80,000, taxable, in year 1, not reducing the base: the same
    // tax and timing as the taxable lump sum above, so the same 74,493.17.
    const options = { taxable: true, reducesDepreciableBase: false, year: 1 };
    const { award } = checkToTheFen(project([grant('0.3', '80000', options)]), (amount) =>
      project([grant('0.3', amount.toString(), options)]),
    );
    expect(award.toString()).toBe(ceilToFen(GAP.times('1.08').div('0.75')).toString());
  });

  it('finds the rate points of an interest subsidy on the equity NPV, taxable and not', () => {
    // An interest subsidy is judged on the equity NPV, which holds it. The loan of 1,000,000 at
    // 10 %, drawn in year 0 and repaid 250,000 a year in years 1–4, costs interest 100,000,
    // 75,000, 50,000, 25,000. Equity flows: year 0: −1,000,000 + 1,000,000 = 0; years 1–4:
    // 250,000 − interest − 250,000; year 5: 250,000. Equity taxable income 50,000 − interest:
    // −50,000, −25,000, 0, 25,000, 50,000 — the 75,000 of losses absorb years 4 and 5, no tax:
    //   equity NPV₀ = −100,000/1.08 − 75,000/1.08² − 50,000/1.08³ − 25,000/1.08⁴ + 250,000/1.08⁵
    //              = −44,814.563…
    // X = rate points × 1,000,000, received in year 1, adds X to that year's taxable income,
    // whether taxable or not (not taxable, the interest it pays is not deductible). Up to 50,000
    // it only shrinks the loss and year 5 is taxed on X; above 50,000 year 1 is taxed on
    // X − 50,000 and year 5 on its 50,000 (12,500):
    //   NPV(X) = NPV₀ + 0.75 X / 1.08 + 12,500 / 1.08 − 12,500 / 1.08⁵ = 0 (NPV(50,000) < 0)
    //   X = (44,814.563… − 11,574.074… + 8,507.289…) × 1.08 / 0.75 = 60,116.8019… → 60,116.81
    const withLoan = (subsidy: Subsidy) => project([subsidy], { financing: { loans: [loan] } });
    const equityGap = [100_000, 75_000, 50_000, 25_000]
      .reduce((sum, interest, index) => sum.plus(discount(index + 1).times(interest)), new Dec(0))
      .minus(discount(5).times(250_000));
    const expected = ceilToFen(
      equityGap
        .minus(discount(1).times(12_500))
        .plus(discount(5).times(12_500))
        .times('1.08')
        .div('0.75'),
    );
    expect(expected.toFixed(2)).toBe('60116.81');
    for (const taxable of [false, true]) {
      const { award } = checkToTheFen(withLoan(interestSubsidy('0.08', taxable)), (amount) =>
        withLoan(interestSubsidy(amount.div(1_000_000).toString(), taxable)),
      );
      expect(award.toString()).toBe(expected.toString());
      // 6 points (60,000) fall short of it: no award makes the request enough.
      expect(necessaryAwardOf(evaluateValid(withLoan(interestSubsidy('0.06', taxable))))).toBe(
        null,
      );
    }
  });

  it('follows the NPV across a kink where a taxable award stops filling a carried loss', () => {
    // Two years, capex 1,000,000 in year 0 depreciated in full in year 1, saving 500,000 in
    // years 1 and 2. Year 1: loss 500,000, carried; year 2: 500,000 − 500,000 = 0, no tax.
    //   NPV₀ = −1,000,000 + 500,000 / 1.08 + 500,000 / 1.08² = −108,367.627…
    // A taxable award A in year 1, A ≤ 500,000, only shrinks the loss: year 2 is taxed on A.
    //   NPV(A) = NPV₀ + A / 1.08 − 0.25 A / 1.08² = NPV₀ + 0.711591… A
    //   → A = 152,289.159… → 152,289.16
    // Above 500,000 it is taxed in year 1 instead (a second slope): the request of 800,000 puts
    // the first secant across the kink, and the solve still ends on the fen.
    const kinked = (amount: string) =>
      baseScenario({
        project: { name: 'Kink', currency: 'CNY', startYear: 2026, horizonYears: 2 },
        capex: [
          capex('kit', '1000000', {
            depreciation: { method: 'straight-line', lifeYears: 1, salvage: '0' },
          }),
        ],
        effects: [saving('s', '500000')],
        subsidies: [lumpSum(amount, true, 1)],
      });
    const npv0 = new Dec(-1_000_000).plus(new Dec(500_000).times(discount(1).plus(discount(2))));
    const slope = discount(1).minus(new Dec('0.25').times(discount(2)));
    const expected = ceilToFen(npv0.neg().div(slope));
    expect(expected.toString()).toBe('152289.16');
    const { award } = checkToTheFen(kinked('800000'), (amount) => kinked(amount.toString()));
    expect(award.toString()).toBe(expected.toString());
  });

  it('is 0 when the project pays off without it, and none when the request is not enough', () => {
    expect(
      necessaryAwardOf(
        evaluateValid(project([lumpSum('1', false, 0)], { effects: [saving('s', '400000')] })),
      ),
    ).toEqual(new Dec(0));
    expect(necessaryAwardOf(evaluateValid(project([lumpSum('50000', false, 0)])))).toBeNull();
  });

  it('solves any NPV the model reports, affine or piecewise, to the fen (generic over the NPV)', () => {
    // In terms of the award a = k × 20,000: NPV = −1,000 + 0.3 a up to a = 2,000 (−400 there),
    // then −400 + 0.05 (a − 2,000), which is 0 at a = 10,000 exactly.
    const requested = new Dec(20_000);
    const npvAt = (k: Decimal) => {
      const a = k.times(requested);
      return a.lte(2_000)
        ? a.times('0.3').minus(1_000)
        : new Dec(-400).plus(a.minus(2_000).times('0.05'));
    };
    expect(solveNecessaryAward({ requested, npvAt })?.toString()).toBe('10000');
    // An affine NPV with a root between fen: the next fen up.
    const affine = (k: Decimal) => new Dec('-123.4567').plus(k.times(1_000));
    expect(solveNecessaryAward({ requested: new Dec(1_000), npvAt: affine })?.toString()).toBe(
      '123.46',
    );
  });
});
