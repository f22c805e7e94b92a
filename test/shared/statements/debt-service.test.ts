import type Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic } from '../../../shared/finance';
import { buildStatements, type Statement } from '../../../shared/statements';
import { baseScenario, capex, evaluateValid, runningCost, saving } from '../../helpers/scenarios';
import { checkIdentities } from './identities';

/*
 * The 借款还本付息计划表 and its two ratios at their definitions (《建设项目经济评价方法与参数》,
 * 第三版, 2006; 《项目决策分析与评价》, 全国咨询工程师（投资）职业资格考试参考教材, 财务分析:
 * 利息备付率 = 息税前利润 / 当期应付利息; 偿债备付率 = (息税折旧摊销前利润 − 所得税) / 当期应还本付息额),
 * on a case of the textbooks' kind (not one printed in them), derived by hand:
 *
 *   investment 1000 万元 in year 0, straight line over 4 years, no salvage: 折旧 250 a year;
 *   savings (营业收入) 500, 经营成本 100 a year, years 1–4; income tax 25 %, no incentive;
 *   loan 600 万元 drawn in year 0 at 6 %, repaid over the 4 years.
 *
 *   息税前利润 EBIT = 500 − 100 − 250 = 150 every year; EBITDA = 150 + 250 = 400.
 *
 * 等额本金 (equal principal): 还本 150 a year; 付息 = opening balance × 6 %:
 *   year   opening   付息   还本付息   所得税 = (150 − 付息) × 25 %   ICR = 150 / 付息   DSCR = (400 − 所得税) / 还本付息
 *   1      600       36     186        28.5                           4.1667            371.5 / 186 = 1.99731
 *   2      450       27     177        30.75                          5.5556            369.25 / 177 = 2.08616
 *   3      300       18     168        33                             8.3333            367 / 168 = 2.18452
 *   4      150        9     159        35.25                         16.6667            364.75 / 159 = 2.29403
 *
 * 等额还本付息 (level payment): A = 600 × 6 % × 1.06⁴ / (1.06⁴ − 1), 1.06⁴ = 1.26247696:
 *   A = 36 × 1.26247696 / 0.26247696 = 173.15490 万元;
 *   year 1: 付息 36, 还本 137.15490, closing 462.84510; ICR 4.16667; 所得税 28.5;
 *           DSCR = 371.5 / 173.15490 = 2.14548;
 *   year 2: 付息 462.84510 × 6 % = 27.77071, 还本 145.38419, closing 317.46092;
 *           ICR = 150 / 27.77071 = 5.40138;
 *           所得税 (150 − 27.77071) × 25 % = 30.55732; DSCR = 369.44268 / 173.15490 = 2.13360.
 */

const WAN = 10_000;
const wan = (value: number) => String(value * WAN);

function caseWith(repayment: 'annuity' | 'equal-principal') {
  return evaluateValid(
    baseScenario({
      project: { name: 'Textbook', currency: 'CNY', startYear: 2026, horizonYears: 4 },
      capex: [
        capex('line', wan(1000), {
          depreciation: { method: 'straight-line', lifeYears: 4, salvage: '0' },
        }),
      ],
      effects: [saving('savings', wan(500))],
      runningCosts: [runningCost('operation', wan(100))],
      tax: { rate: '0.25', lossCarryForwardYears: 5 },
      financing: {
        loans: [
          {
            id: 'loan',
            name: 'Loan',
            lender: 'Bank',
            amount: wan(600),
            rate: '0.06',
            termYears: 4,
            graceYears: 0,
            repayment,
            drawdownYear: 0,
          },
        ],
      },
    }),
  );
}

function rowOf(statement: Statement<Decimal>, key: string): (Decimal | null)[] {
  const found = statement.rows.find((entry) => entry.key === key);
  if (found === undefined) throw new Error(`no row ${key}`);
  return [...found.values];
}

const inWan = (values: readonly (Decimal | null)[], places: number) =>
  values.map((value) =>
    value === null ? null : value.div(WAN).toDecimalPlaces(places).toNumber(),
  );
const rounded = (values: readonly (Decimal | null)[], places: number) =>
  values.map((value) => (value === null ? null : value.toDecimalPlaces(places).toNumber()));

describe('借款还本付息计划表', () => {
  it('equal principal: the schedule, 利息备付率 and 偿债备付率 as derived by hand', () => {
    const evaluation = caseWith('equal-principal');
    const all = checkIdentities('equal principal', evaluation);
    const debt = all.statements.find((entry) => entry.key === 'debtService') as Statement<Decimal>;
    expect(inWan(rowOf(debt, 'opening'), 5)).toEqual([0, 600, 450, 300, 150]);
    expect(inWan(rowOf(debt, 'principal'), 5)).toEqual([0, 150, 150, 150, 150]);
    expect(inWan(rowOf(debt, 'interest'), 5)).toEqual([0, 36, 27, 18, 9]);
    expect(inWan(rowOf(debt, 'debtService'), 5)).toEqual([0, 186, 177, 168, 159]);
    expect(inWan(rowOf(debt, 'closing'), 5)).toEqual([600, 450, 300, 150, 0]);
    expect(inWan(rowOf(debt, 'ebit'), 5)).toEqual([0, 150, 150, 150, 150]);
    expect(inWan(rowOf(debt, 'incomeTax'), 5)).toEqual([0, 28.5, 30.75, 33, 35.25]);
    // No interest due in year 0: no ratio there, not a zero.
    expect(rounded(rowOf(debt, 'interestCoverage'), 4)).toEqual([
      null,
      4.1667,
      5.5556,
      8.3333,
      16.6667,
    ]);
    expect(rounded(rowOf(debt, 'debtServiceCoverage'), 5)).toEqual([
      null,
      1.99731,
      2.08616,
      2.18452,
      2.29403,
    ]);
    const least = (key: string) => debt.indicators.find((entry) => entry.key === key)?.value;
    expect(least('minInterestCoverage')?.toDecimalPlaces(4).toNumber()).toBe(4.1667);
    expect(least('minDebtServiceCoverage')?.toDecimalPlaces(5).toNumber()).toBe(1.99731);
  });

  it('level payment: A = 173.15490 万元 and the ratios of the first two years', () => {
    const all = checkIdentities('level payment', caseWith('annuity'));
    const debt = all.statements.find((entry) => entry.key === 'debtService') as Statement<Decimal>;
    const service = inWan(rowOf(debt, 'debtService'), 5);
    expect(service.slice(1)).toEqual([173.1549, 173.1549, 173.1549, 173.1549]);
    expect(inWan(rowOf(debt, 'interest'), 5).slice(1, 3)).toEqual([36, 27.77071]);
    expect(inWan(rowOf(debt, 'principal'), 5)[1]).toBe(137.1549);
    expect(inWan(rowOf(debt, 'closing'), 5).slice(1, 3)).toEqual([462.8451, 317.46092]);
    expect(rounded(rowOf(debt, 'interestCoverage'), 5).slice(1, 3)).toEqual([4.16667, 5.40138]);
    expect(inWan(rowOf(debt, 'incomeTax'), 5)[2]).toBe(30.55732);
    expect(rounded(rowOf(debt, 'debtServiceCoverage'), 5).slice(1, 3)).toEqual([2.14548, 2.1336]);
  });

  it('the model’s DSCR differs from the standard’s only by what each counts as cash', () => {
    // Here there is no working capital, no subsidy and the tax is paid in its year: the model's
    // cash available for debt service (savings − running costs − tax paid) is EBITDA − tax, so
    // the two ratios agree in every year.
    const all = buildStatements(decimalArithmetic, caseWith('equal-principal'));
    const debt = all.statements.find((entry) => entry.key === 'debtService') as Statement<Decimal>;
    expect(rounded(rowOf(debt, 'cashDebtServiceCoverage'), 12)).toEqual(
      rounded(rowOf(debt, 'debtServiceCoverage'), 12),
    );
  });
});
