import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type Decimal from 'decimal.js';
import { Dec, decimalArithmetic, floatArithmetic } from '../../../shared/finance';
import { project, resolveScenario, type Projection } from '../../../shared/model';
import { formatIssue, validateScenarioDocument, type Scenario } from '../../../shared/scenario';
import {
  asFile,
  baseScenario,
  capex,
  evaluateValid,
  saving,
  strings,
} from '../../helpers/scenarios';
import {
  constructionLoan,
  textbookConstructionLoan,
} from '../../helpers/textbook-construction-loan';

/*
 * The rules of a feasibility study's financial chapter (《建设项目经济评价方法与参数》第三版):
 * interest during construction, maintenance investment during operation, surcharges on VAT and
 * tax holidays. Every expected figure is derived by hand in the comment above it.
 */

const plain = {
  oneTimeDeduction: false,
  grants: false,
  investmentTaxCredit: false,
  superDeduction: false,
};

const loan = constructionLoan;

const projectionOf = (scenario: Scenario): Projection<Decimal> =>
  evaluateValid(scenario).projection;

const issuesOf = (scenario: Scenario) => {
  const checked = validateScenarioDocument(JSON.parse(JSON.stringify(asFile(scenario))));
  return checked.ok ? [] : checked.issues.map((found) => [found.path.join('.'), found.code]);
};

describe('interest during construction (建设期利息)', () => {
  /*
   * The textbook case (《建设工程计价》, 全国一级造价工程师职业资格考试培训教材, 建设期利息; the
   * same case in 《项目决策分析与评价》): a 3-year construction, loans drawn evenly within each
   * year — 300, 600 and 400 万元 — at 12 % a year, interest accrued but not paid during
   * construction. Draws within a year bear half a year's interest: q_j = (P_{j−1} + A_j / 2) × i,
   * P_{j−1} the principal and interest accumulated by the end of year j − 1:
   *   q1 = (0 + 300/2) × 12 %                    = 18
   *   q2 = (300 + 18 + 600/2) × 12 % = 618 × 12 %  = 74.16
   *   q3 = (318 + 674.16 + 400/2) × 12 % = 1,192.16 × 12 % = 143.0592 ≈ 143.06
   *   total = 18 + 74.16 + 143.0592 = 235.2192 万元.
   * In yuan here (× 10,000); the construction years are years 0, 1 and 2 (the plant is paid in
   * them and enters service in year 3).
   */
  const textbook = textbookConstructionLoan;

  it('reproduces the textbook case: 18, 74.16 and 143.0592, 235.2192 万元 in all', () => {
    const p = projectionOf(textbook());
    expect(strings(p.interestDuringConstruction.slice(0, 4))).toEqual([
      '180000',
      '741600',
      '1430592',
      '0',
    ]);
    expect(p.constructionInterestCapitalised.toString()).toBe('2352192');
    expect(p.constructionInterestCapitalised.div(10_000).toFixed(2)).toBe('235.22');
    // Rolled into the loan: nothing paid during construction, and the balance at the end of
    // construction is 1,300 + 235.2192 万元.
    expect(strings(p.constructionInterestPaid.slice(0, 3))).toEqual(['0', '0', '0']);
    expect(p.loanBalance[2]?.toString()).toBe('15352192');
  });

  it('repays the interest rolled into the loan with the principal, and expenses the interest after construction', () => {
    const p = projectionOf(textbook());
    // Year 3, the first year in service and the last interest-only year: 15,352,192 × 12 % =
    // 1,842,263.04 expensed, no principal; then five equal parts of 15,352,192 = 3,070,438.4.
    expect(strings(p.interest.slice(0, 5))).toEqual(['0', '0', '0', '1842263.04', '1842263.04']);
    expect(strings(p.principal.slice(3, 9))).toEqual([
      '0',
      '3070438.4',
      '3070438.4',
      '3070438.4',
      '3070438.4',
      '3070438.4',
    ]);
    // Year 4: interest on the balance after no repayment in year 3, the same 1,842,263.04.
    expect(p.principal.reduce((a, b) => a.plus(b), new Dec(0)).toString()).toBe('15352192');
  });

  it('adds the interest to the plant’s depreciation in the equity view only: the project is judged unfinanced', () => {
    const p = projectionOf(textbook());
    // Project view: 20,000,000 / 10 = 2,000,000 a year from year 3. Equity view: (20,000,000 +
    // 2,352,192) / 10 = 2,235,219.2, so the capitalised interest adds 235,219.2 a year.
    expect(p.depreciation[3]?.toString()).toBe('2000000');
    expect(strings(p.constructionInterestDeduction.slice(2, 5))).toEqual([
      '0',
      '235219.2',
      '235219.2',
    ]);
    // Equity tax of year 3: (8,000,000 − 2,235,219.2 − 1,842,263.04) × 25 % = 980,629.44.
    expect(p.equityTax[3]?.toString()).toBe('980629.44');
    // Project tax of year 3: (8,000,000 − 2,000,000) × 25 % = 1,500,000.
    expect(p.tax.tax[3]?.toString()).toBe('1500000');
  });

  it('pays the interest from equity when it is not rolled into the loan: on the draws alone', () => {
    const p = projectionOf(textbook({ constructionInterest: 'paid' }));
    // q1 = 300/2 × 12 % = 18; q2 = (300 + 600/2) × 12 % = 72; q3 = (900 + 400/2) × 12 % = 132
    // 万元: 18 + 72 + 132 = 222 万元, each paid in its year out of the owners' cash.
    expect(strings(p.interestDuringConstruction.slice(0, 3))).toEqual([
      '180000',
      '720000',
      '1320000',
    ]);
    expect(strings(p.constructionInterestPaid.slice(0, 3))).toEqual([
      '180000',
      '720000',
      '1320000',
    ]);
    expect(p.loanBalance[2]?.toString()).toBe('13000000');
    // Year 0 to the owners: 30 % of the plant (6,000,000) paid, 3,000,000 drawn, 180,000 of
    // interest paid: −3,180,000.
    expect(p.equityNetCashFlow[0]?.toString()).toBe('-3180000');
  });

  it('keeps the year-end convention as before: a loan drawn in year 0 for items in service in year 1 has no interest during construction', () => {
    const p = projectionOf(
      baseScenario({
        capex: [capex('kit', '1000000')],
        financing: {
          loans: [loan({ amount: '500000', finances: ['kit'], termYears: 4, graceYears: 0 })],
        },
      }),
    );
    expect(p.constructionInterestCapitalised.toString()).toBe('0');
    // 500,000 × 12 % = 60,000 in year 1, expensed.
    expect(p.interest[1]?.toString()).toBe('60000');
  });

  it('refuses draws that do not add up to the loan, start after the drawdown year or come after the interest-only years', () => {
    const scenario = textbook({
      draws: [
        { year: 1, amount: '3000000' },
        { year: 4, amount: '6000000' },
      ],
      finances: ['plant', 'nothing'],
    });
    expect(issuesOf(scenario)).toEqual(
      expect.arrayContaining([
        ['financing.loans.0.draws.0.year', 'first_draw_not_drawdown_year'],
        ['financing.loans.0.draws.1.year', 'draw_after_grace'],
        ['financing.loans.0.draws', 'draws_not_amount'],
        ['financing.loans.0.finances.1', 'unknown_capex_item'],
      ]),
    );
  });
});

describe('maintenance investment during operation (维持运营投资)', () => {
  const overhaul = (treatment: 'depreciate' | 'expense') =>
    baseScenario({
      project: { name: 'Overhaul', currency: 'CNY', startYear: 2026, horizonYears: 10 },
      capex: [
        capex('line', '1000000', {
          depreciation: { method: 'straight-line', lifeYears: 10, salvage: '0' },
        }),
        capex('overhaul', '300000', {
          payments: [{ year: 3, share: '1' }],
          depreciation: { method: 'straight-line', lifeYears: 3, salvage: '0' },
          maintenance: { treatment, everyYears: 3 },
        }),
      ],
      effects: [saving('output', '800000')],
    });

  it('recurs every 3 years within the horizon, kept apart from the initial investment', () => {
    const p = projectionOf(overhaul('depreciate'));
    // Outlays of 300,000 in years 3, 6 and 9 (12 is beyond the 10-year horizon).
    const expected = ['0', '0', '0', '300000', '0', '0', '300000', '0', '0', '300000', '0'];
    expect(strings(p.maintenanceCapexTotal)).toEqual(expected);
    expect(strings(p.capexTotal)).toEqual(['1000000', ...expected.slice(1)]);
  });

  it('depreciates each outlay from the year after it is paid, or expenses it in the year paid', () => {
    const depreciated = projectionOf(overhaul('depreciate'));
    // The line: 100,000 a year (1,000,000 / 10). Each overhaul: 100,000 a year for 3 years from
    // the year after it: years 4–6, 7–9 and 10 (the rest falls after the horizon).
    expect(strings(depreciated.depreciation)).toEqual([
      '0',
      '100000',
      '100000',
      '100000',
      '200000',
      '200000',
      '200000',
      '200000',
      '200000',
      '200000',
      '200000',
    ]);
    const expensed = projectionOf(overhaul('expense'));
    expect(strings(expensed.maintenanceExpensed.slice(3, 7))).toEqual([
      '300000',
      '0',
      '0',
      '300000',
    ]);
    // Year 3 expensed: (800,000 − 300,000 − 100,000) × 25 % = 100,000 of tax; the project cash
    // flow pays the outlay either way: 800,000 − 300,000 − 100,000 = 400,000.
    expect(expensed.tax.tax[3]?.toString()).toBe('100000');
    expect(expensed.projectNetCashFlow[3]?.toString()).toBe('400000');
    expect(depreciated.projectNetCashFlow[3]?.toString()).toBe('325000');
  });

  it('is refused as grant-eligible', () => {
    const scenario = overhaul('expense');
    const items = scenario.capex.map((item) =>
      item.id === 'overhaul' ? { ...item, eligibility: { ...plain, grants: true } } : item,
    );
    expect(issuesOf({ ...scenario, capex: items })).toEqual([
      ['capex.1.eligibility.grants', 'maintenance_grant_eligible'],
    ]);
  });

  it('is refused as a replacement too: it would leave the construction investment twice', () => {
    const scenario = overhaul('depreciate');
    const items = scenario.capex.map((item) =>
      item.id === 'overhaul' ? { ...item, replacement: true } : item,
    );
    expect(issuesOf({ ...scenario, capex: items })).toEqual([
      ['capex.1.replacement', 'maintenance_and_replacement'],
    ]);
  });
});

describe('surcharges on VAT (营业税金及附加)', () => {
  const withSurcharges = (surcharges: NonNullable<Scenario['tax']['surcharges']>) =>
    baseScenario({
      capex: [capex('kit', '1000000')],
      effects: [saving('output', '600000')],
      tax: { rate: '0.25', lossCarryForwardYears: 5, surcharges },
    });

  it('applies 7 % + 3 % + 2 % to the VAT payable entered, deducts them for income tax and pays them', () => {
    const p = projectionOf(
      withSurcharges({
        basis: 'vat-rates',
        vatPayable: '500000',
        urbanMaintenanceRate: '0.07',
        educationRate: '0.03',
        localEducationRate: '0.02',
        escalates: false,
      }),
    );
    // 500,000 × 12 % = 60,000 a year from year 1. Tax: (600,000 − 60,000 − 200,000) × 25 % =
    // 85,000 (instead of 100,000). Net cash flow: 600,000 − 60,000 − 85,000 = 455,000.
    expect(strings(p.surcharges)).toEqual(['0', '60000', '60000', '60000', '60000', '60000']);
    expect(p.tax.tax[1]?.toString()).toBe('85000');
    expect(p.projectNetCashFlow[1]?.toString()).toBe('455000');
  });

  it('takes an amount line in year-0 prices over its years, escalating with inflation when asked', () => {
    const scenario = withSurcharges({
      basis: 'amount',
      amount: '10000',
      startYear: 2,
      endYear: 3,
      escalates: true,
    });
    const p = projectionOf({
      ...scenario,
      parameters: { ...scenario.parameters, inflation: '0.1' },
    });
    // 10,000 × 1.1² = 12,100 in year 2, × 1.1³ = 13,310 in year 3.
    expect(strings(p.surcharges)).toEqual(['0', '0', '12100', '13310', '0', '0']);
  });
});

describe('the file rules of surcharges and holidays', () => {
  it('refuses surcharges beyond the horizon and a holiday without a year, at their fields', () => {
    const scenario = baseScenario({
      tax: {
        rate: '0.25',
        lossCarryForwardYears: 5,
        surcharges: { basis: 'amount', amount: '1000', startYear: 3, endYear: 6, escalates: false },
        holiday: { exemptYears: 0, halfRateYears: 0, from: 'first-profitable-year' },
      },
    });
    expect(issuesOf(scenario)).toEqual([
      ['tax.holiday.exemptYears', 'holiday_without_years'],
      ['tax.surcharges.endYear', 'year_beyond_horizon'],
    ]);
  });
});

describe('tax holidays (定期减免: 三免三减半)', () => {
  /*
   * An item of 1,000,000 depreciated over 5 years (200,000 a year in years 1–5); savings of
   * 100,000 in year 1, then 400,000 a year. Taxable income: year 1 −100,000 (a loss), years 2–5
   * 200,000, years 6–10 400,000.
   */
  const holidayCase = (
    from: 'first-operating-year' | 'first-profitable-year',
    preferential?: Scenario['tax']['preferential'],
  ) =>
    baseScenario({
      project: { name: 'Holiday', currency: 'CNY', startYear: 2026, horizonYears: 10 },
      capex: [capex('kit', '1000000')],
      effects: [saving('output', '400000', { series: ['100000'] })],
      tax: {
        rate: '0.25',
        lossCarryForwardYears: 5,
        ...(preferential === undefined ? {} : { preferential }),
        holiday: { exemptYears: 3, halfRateYears: 3, from },
      },
    });

  it('from the first profitable year, after the loss carried forward: exempt in years 2–4, half rate in 5–7', () => {
    const p = projectionOf(holidayCase('first-profitable-year'));
    // Year 2: 200,000 − the loss of 100,000 = 100,000 taxable, the first profitable year: its
    // 25,000 exempt. Years 3, 4: 50,000 exempt. Year 5: 200,000 × 12.5 % = 25,000 paid, 25,000
    // relieved. Years 6, 7: 400,000 × 25 % = 100,000, half relieved. Years 8–10: full tax.
    expect(strings(p.tax.taxHolidayRelief)).toEqual([
      '0',
      '0',
      '25000',
      '50000',
      '50000',
      '25000',
      '50000',
      '50000',
      '0',
      '0',
      '0',
    ]);
    expect(strings(p.tax.tax)).toEqual([
      '0',
      '0',
      '0',
      '0',
      '0',
      '25000',
      '50000',
      '50000',
      '100000',
      '100000',
      '100000',
    ]);
  });

  it('from the first operating year: the loss year counts as the first exempt year', () => {
    const p = projectionOf(holidayCase('first-operating-year'));
    // Exempt years 1–3 (year 1 has no tax: a loss), half rate 4–6.
    expect(strings(p.tax.taxHolidayRelief)).toEqual([
      '0',
      '0',
      '25000',
      '50000',
      '25000',
      '25000',
      '50000',
      '0',
      '0',
      '0',
      '0',
    ]);
  });

  it('halves the statutory 25 %, not a reduced rate: 12.5 % where the high-tech rate would be 15 %', () => {
    const p = projectionOf(
      holidayCase('first-profitable-year', {
        type: 'reduced-rate',
        label: 'HNTE',
        rate: '0.15',
      }),
    );
    // Year 5: 200,000 × 15 % = 30,000 before the holiday; half the statutory rate gives
    // 200,000 × 12.5 % = 25,000, lower, so 5,000 is relieved (国税函〔2010〕157号).
    expect(p.tax.taxBeforeCredits[5]?.toString()).toBe('30000');
    expect(p.tax.taxHolidayRelief[5]?.toString()).toBe('5000');
    expect(p.tax.tax[5]?.toString()).toBe('25000');
  });

  it('relieves only the project’s part of the company’s tax when the company’s income is given', () => {
    const scenario = holidayCase('first-profitable-year');
    const p = projectionOf({
      ...scenario,
      tax: { ...scenario.tax, companyTaxableIncome: '1000000' },
    });
    // With a company income the project's loss of year 1 lowers the company's tax at once, so
    // year 1 is not a loss year for the company and year 2's 200,000 is the first profitable
    // year: its 50,000 exempt, and years 3, 4 too; years 5–7 at half rate.
    expect(strings(p.tax.taxHolidayRelief.slice(1, 9))).toEqual([
      '0',
      '50000',
      '50000',
      '50000',
      '25000',
      '50000',
      '50000',
      '0',
    ]);
    expect(p.tax.tax[1]?.toString()).toBe('-25000');
  });

  it('keeps tax before credits − relief − credits used = tax in every year', () => {
    const p = projectionOf(holidayCase('first-profitable-year'));
    p.years.forEach((year) => {
      const chain = (p.tax.taxBeforeCredits[year] as Decimal)
        .minus(p.tax.taxHolidayRelief[year] as Decimal)
        .minus(p.tax.taxCreditUsed[year] as Decimal);
      expect(chain.eq(p.tax.tax[year] as Decimal)).toBe(true);
    });
  });
});

describe('interest during construction, a tax holiday and maintenance investment together', () => {
  /*
   * A line of 1,000,000 paid half in year 0 and half in year 1 (in service in year 2, 4 years
   * straight line: 250,000 a year in years 2–5); a loan of 600,000 at 10 % drawn evenly, 200,000
   * in year 0 and 400,000 in year 1, for the line, interest rolled into the loan, 5-year term with
   * 2 interest-only years, equal principal; an overhaul of 120,000 in year 4, expensed; savings of
   * 600,000 a year from year 2; one year exempt and two at half rate from the first operating year
   * (year 2). Horizon 6 years, 25 % tax.
   *
   * Interest during construction: q0 = 200,000/2 × 10 % = 10,000; q1 = (210,000 + 400,000/2) ×
   * 10 % = 41,000; 51,000 in all, so 651,000 is owed at the end of year 1. Year 2: 65,100 of
   * interest; years 3–5: 217,000 of principal each, interest 65,100, 43,400, 21,700.
   *
   * Project view (unfinanced, depreciation 250,000): taxable income 350,000 in years 2, 3, 5;
   * 230,000 in year 4 (overhaul); 600,000 in year 6. Tax: year 2 exempt (0); year 3 350,000 ×
   * 12.5 % = 43,750; year 4 230,000 × 12.5 % = 28,750; year 5 87,500; year 6 150,000.
   * Net cash flow: −500,000, −500,000, 600,000, 556,250, 451,250, 512,500, 450,000.
   *
   * Equity view (depreciation (1,000,000 + 51,000) / 4 = 262,750, interest deducted): taxable
   * income 272,150 (years 2, 3), 173,850 (year 4), 315,550 (year 5), 600,000 (year 6); tax 0,
   * 34,018.75, 21,731.25, 78,887.5, 150,000. To the owners: project flow + project tax − equity
   * tax + draws − interest − principal: −300,000, −100,000, 534,900, 283,881.25, 197,868.75,
   * 282,412.5, 450,000.
   */
  const combined = baseScenario({
    project: { name: 'Combined', currency: 'CNY', startYear: 2026, horizonYears: 6 },
    capex: [
      capex('line', '1000000', {
        payments: [
          { year: 0, share: '0.5' },
          { year: 1, share: '0.5' },
        ],
        depreciation: { method: 'straight-line', lifeYears: 4, salvage: '0' },
      }),
      capex('overhaul', '120000', {
        payments: [{ year: 4, share: '1' }],
        depreciation: { method: 'straight-line', lifeYears: 4, salvage: '0' },
        maintenance: { treatment: 'expense' },
      }),
    ],
    effects: [saving('output', '600000', { startYear: 2 })],
    tax: {
      rate: '0.25',
      lossCarryForwardYears: 5,
      holiday: { exemptYears: 1, halfRateYears: 2, from: 'first-operating-year' },
    },
    financing: {
      loans: [
        loan({
          amount: '600000',
          rate: '0.1',
          termYears: 5,
          graceYears: 2,
          draws: [
            { year: 0, amount: '200000' },
            { year: 1, amount: '400000' },
          ],
          drawTiming: 'mid-year',
          finances: ['line'],
          constructionInterest: 'rolled-into-loan',
        }),
      ],
    },
    parameters: { discountRate: { rate: '0.1', basis: 'nominal' }, inflation: '0' },
  });

  it('gives the hand-derived project and equity flows', () => {
    const p = projectionOf(combined);
    expect(strings(p.interestDuringConstruction.slice(0, 3))).toEqual(['10000', '41000', '0']);
    expect(strings(p.interest)).toEqual(['0', '0', '65100', '65100', '43400', '21700', '0']);
    expect(strings(p.principal)).toEqual(['0', '0', '0', '217000', '217000', '217000', '0']);
    expect(strings(p.tax.tax)).toEqual(['0', '0', '0', '43750', '28750', '87500', '150000']);
    expect(strings(p.tax.taxHolidayRelief)).toEqual([
      '0',
      '0',
      '87500',
      '43750',
      '28750',
      '0',
      '0',
    ]);
    expect(strings(p.projectNetCashFlow)).toEqual([
      '-500000',
      '-500000',
      '600000',
      '556250',
      '451250',
      '512500',
      '450000',
    ]);
    expect(strings(p.equityTax)).toEqual([
      '0',
      '0',
      '0',
      '34018.75',
      '21731.25',
      '78887.5',
      '150000',
    ]);
    expect(strings(p.equityNetCashFlow)).toEqual([
      '-300000',
      '-100000',
      '534900',
      '283881.25',
      '197868.75',
      '282412.5',
      '450000',
    ]);
  });

  it('gives the same figures in floats, through the same model', () => {
    const exact = projectionOf(combined);
    const float = project(floatArithmetic, resolveScenario(floatArithmetic, combined));
    exact.equityNetCashFlow.forEach((value, year) =>
      expect(float.equityNetCashFlow[year]).toBeCloseTo(value.toNumber(), 6),
    );
    expect(float.constructionInterestCapitalised).toBeCloseTo(51_000, 9);
  });
});

/*
 * Properties on generated scenarios with the four rules switched on: the cash-flow identities the
 * statements rely on hold in every year.
 */
const generated: fc.Arbitrary<Scenario> = fc
  .record({
    construction: fc.integer({ min: 1, max: 3 }),
    amount: fc.integer({ min: 100_000, max: 5_000_000 }),
    loanShare: fc.integer({ min: 10, max: 90 }),
    rate: fc.integer({ min: 1, max: 15 }),
    midYear: fc.boolean(),
    rolled: fc.boolean(),
    saving: fc.integer({ min: 0, max: 3_000_000 }),
    exempt: fc.integer({ min: 0, max: 3 }),
    half: fc.integer({ min: 1, max: 3 }),
    profitable: fc.boolean(),
    maintenance: fc.integer({ min: 0, max: 500_000 }),
    expense: fc.boolean(),
    vat: fc.integer({ min: 0, max: 1_000_000 }),
    company: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
  })
  .map((g) => {
    const horizon = g.construction + 6;
    // Equal shares to 6 decimals, the first taking what rounding leaves, so they add up to 1.
    const each = new Dec(1).div(g.construction).toDecimalPlaces(6);
    const shares = Array.from({ length: g.construction }, (_, year) => ({
      year,
      share: (year === 0 ? new Dec(1).minus(each.times(g.construction - 1)) : each).toString(),
    }));
    const loanAmount = Math.floor((g.amount * g.loanShare) / 100);
    const perYear = Math.floor(loanAmount / g.construction);
    const draws = shares.map((_, year) => ({
      year,
      amount: String(year === 0 ? loanAmount - perYear * (g.construction - 1) : perYear),
    }));
    return baseScenario({
      project: { name: 'Generated', currency: 'CNY', startYear: 2026, horizonYears: horizon },
      capex: [
        capex('line', String(g.amount), {
          payments: shares,
          depreciation: { method: 'straight-line', lifeYears: 5, salvage: '0' },
        }),
        capex('upkeep', String(g.maintenance), {
          payments: [{ year: g.construction + 1, share: '1' }],
          depreciation: { method: 'straight-line', lifeYears: 3, salvage: '0' },
          maintenance: { treatment: g.expense ? 'expense' : 'depreciate', everyYears: 2 },
        }),
      ],
      effects: [saving('output', String(g.saving), { startYear: g.construction })],
      tax: {
        rate: '0.25',
        lossCarryForwardYears: 5,
        ...(g.company === undefined ? {} : { companyTaxableIncome: String(g.company) }),
        surcharges: {
          basis: 'vat-rates',
          vatPayable: String(g.vat),
          urbanMaintenanceRate: '0.07',
          educationRate: '0.03',
          localEducationRate: '0.02',
          escalates: false,
        },
        holiday: {
          exemptYears: g.exempt,
          halfRateYears: g.half,
          from: g.profitable ? 'first-profitable-year' : 'first-operating-year',
        },
      },
      financing: {
        loans: [
          loan({
            amount: String(loanAmount),
            rate: new Dec(g.rate).div(100).toString(),
            termYears: horizon - 1,
            graceYears: g.construction,
            draws,
            drawTiming: g.midYear ? 'mid-year' : 'year-end',
            finances: ['line'],
            constructionInterest: g.rolled ? 'rolled-into-loan' : 'paid',
          }),
        ],
      },
    });
  });

describe('identities with the rules switched on', () => {
  it('every generated scenario is valid', () => {
    fc.assert(
      fc.property(generated, (scenario) => {
        const checked = validateScenarioDocument(JSON.parse(JSON.stringify(asFile(scenario))));
        expect(checked.ok || checked.issues.map(formatIssue)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('cash flows, the loan and the tax chain add up in every year', () => {
    fc.assert(
      fc.property(generated, (scenario) => {
        const p = project(decimalArithmetic, resolveScenario(decimalArithmetic, scenario));
        const zero = new Dec(0);
        const total = (values: readonly Decimal[]) => values.reduce((a, b) => a.plus(b), zero);
        // Equal to the 40-digit precision, whatever order the additions were made in.
        const same = (a: Decimal, b: Decimal) => a.minus(b).abs().lt('1e-20');
        p.years.forEach((t) => {
          const at = (values: readonly Decimal[]) => values[t] ?? zero;
          /** Σ sign × column, in this year. */
          const signed = (terms: readonly (readonly [1 | -1, readonly Decimal[]])[]) =>
            terms.reduce((total, [sign, values]) => total.plus(at(values).times(sign)), zero);
          // Project flow: savings − costs − capex − surcharges + residual − tax paid.
          const project = signed([
            [1, p.savingsTotal],
            [-1, p.runningCostsTotal],
            [-1, p.capexTotal],
            [-1, p.surcharges],
            [1, p.subsidiesTotal],
            [1, p.residualValue],
            [1, p.workingCapitalTotal],
            [1, p.inputVatRecovered],
            [-1, p.inputVatPaid],
            [-1, p.taxPaid],
          ]);
          expect(same(project, at(p.projectNetCashFlow))).toBe(true);
          // To the owners: the project's flow with their own tax, the loan's draws and service,
          // and the interest during construction they pay.
          const equity = signed([
            [1, p.projectNetCashFlow],
            [1, p.taxPaid],
            [-1, p.equityTaxPaid],
            [1, p.loanDraw],
            [1, p.interestSubsidy],
            [-1, p.interest],
            [-1, p.principal],
            [-1, p.constructionInterestPaid],
          ]);
          expect(same(equity, at(p.equityNetCashFlow))).toBe(true);
          // The holiday sits between the tax before credits and the credits.
          const chain = at(p.tax.taxBeforeCredits)
            .minus(at(p.tax.taxHolidayRelief))
            .minus(at(p.tax.taxCreditUsed));
          expect(same(chain, at(p.tax.tax))).toBe(true);
          expect(at(p.tax.taxHolidayRelief).isNegative()).toBe(false);
        });
        // The loan: what is repaid is what was drawn plus the interest rolled into it.
        const rolled = total(p.interestDuringConstruction).minus(total(p.constructionInterestPaid));
        expect(same(total(p.principal), total(p.loanDraw).plus(rolled))).toBe(true);
        expect(p.constructionInterestCapitalised.eq(total(p.interestDuringConstruction))).toBe(
          true,
        );
        // The maintenance investment is a part of the capex, outside the construction years.
        expect(total(p.maintenanceCapexTotal).lte(total(p.capexTotal))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
