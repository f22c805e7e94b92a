import type Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../shared/statements';
import { evaluateValid } from '../../helpers/scenarios';
import { textbookConstructionLoan } from '../../helpers/textbook-construction-loan';
import { checkIdentities } from './identities';

/*
 * The textbook case of interest during construction carried into the statements: 《建设工程计价》
 * (全国一级造价工程师职业资格考试培训教材), the worked example of 建设期利息 (the same case in
 * 《项目决策分析与评价》, 全国咨询工程师（投资）职业资格考试参考教材): a 3-year construction, loans drawn evenly within each year — 300, 600
 * and 400 万元 — at 12 %, interest accrued and added to the loan:
 *   q1 = 300/2 × 12 % = 18; q2 = (318 + 600/2) × 12 % = 74.16;
 *   q3 = (318 + 674.16 + 400/2) × 12 % = 143.0592; 建设期利息 = 235.2192 万元.
 * Here the plant (2,000 万元, paid 30/40/30 % in years 0–2) enters service in year 3 with a saving
 * of 800 万元 a year, no operating cost, 25 % income tax, straight line over 10 years.
 *
 * 项目总投资使用计划与资金筹措表: 建设投资 2,000 + 建设期利息 235.2192 = 项目总投资 2,235.2192;
 *   借款 = 1,300 drawn + 235.2192 rolled in = 1,535.2192; 项目资本金 = 2,235.2192 − 1,535.2192 = 700.
 * 借款还本付息计划表 (interest only in year 3, then 5 equal parts of principal):
 *   year 3: 期初 1,535.2192; 付息 = 1,535.2192 × 12 % = 184.226304; 还本 0;
 *   year 4: 付息 184.226304 (nothing repaid in year 3); 还本 1,535.2192 / 5 = 307.04384.
 * 利润与利润分配表, year 3 (financed: the capitalised interest is depreciated with the plant):
 *   折旧 = (2,000 + 235.2192) / 10 = 223.52192; 利息支出 184.226304;
 *   利润总额 = 800 − 223.52192 − 184.226304 = 392.251776; 所得税 = × 25 % = 98.062944;
 *   净利润 = 294.188832; 息税前利润 = 392.251776 + 184.226304 = 576.47808; EBITDA = 800.
 * Ratios: 利息备付率 (year 3) = 576.47808 / 184.226304 = 3.129184;
 *   偿债备付率 (year 3) = (800 − 98.062944) / 184.226304 = 3.810189;
 *   偿债备付率 (year 4) = 701.937056 / (307.04384 + 184.226304) = 701.937056 / 491.270144 = 1.428821.
 */

const textbook = () => evaluateValid(textbookConstructionLoan());

const wan = (values: readonly (Decimal | null)[], places = 6) =>
  values.map((value) =>
    value === null ? null : value.div(10_000).toDecimalPlaces(places).toNumber(),
  );
const rows = (statement: Statement<Decimal> | undefined, key: string) =>
  statement?.rows.find((entry) => entry.key === key)?.values ?? [];

describe('the textbook case of interest during construction, in the statements', () => {
  const all = checkIdentities('textbook', textbook());
  const of = (key: string) => all.statements.find((entry) => entry.key === key);

  it('项目总投资: 2,000 + 235.2192 = 2,235.2192 万元, of which 1,535.2192 borrowed and 700 equity', () => {
    const total = of('totalInvestment');
    const totals = Object.fromEntries(
      (total?.rows ?? []).map((entry) => [entry.key, entry.total?.div(10_000).toNumber()]),
    );
    expect(totals).toMatchObject({
      constructionInvestment: 2000,
      constructionInterest: 235.2192,
      total: 2235.2192,
      loans: 1535.2192,
      equity: 700,
      funding: 2235.2192,
    });
    expect(wan(rows(total, 'constructionInterest')).slice(0, 4)).toEqual([18, 74.16, 143.0592, 0]);
  });

  it('借款还本付息计划表: the balance with the interest rolled in, repaid in five equal parts', () => {
    const debt = of('debtService');
    expect(wan(rows(debt, 'opening')).slice(3, 5)).toEqual([1535.2192, 1535.2192]);
    expect(wan(rows(debt, 'interest')).slice(3, 5)).toEqual([184.226304, 184.226304]);
    expect(wan(rows(debt, 'principal')).slice(3, 9)).toEqual([
      0, 307.04384, 307.04384, 307.04384, 307.04384, 307.04384,
    ]);
    expect(wan(rows(debt, 'closing'))[8]).toBe(0);
    const ratio = (key: string) =>
      rows(debt, key).map((value) => (value === null ? null : value.toDecimalPlaces(6).toNumber()));
    expect(ratio('interestCoverage')[3]).toBe(3.129184);
    expect(ratio('debtServiceCoverage').slice(3, 5)).toEqual([3.810189, 1.428821]);
  });

  it('利润与利润分配表: the capitalised interest depreciated with the plant', () => {
    const profit = of('profitAndDistribution');
    const year3 = (key: string) => wan(rows(profit, key))[3];
    expect(year3('depreciation')).toBe(223.52192);
    expect(year3('interest')).toBe(184.226304);
    expect(year3('totalProfit')).toBe(392.251776);
    expect(year3('incomeTax')).toBe(98.062944);
    expect(year3('netProfit')).toBe(294.188832);
    expect(year3('ebit')).toBe(576.47808);
    expect(year3('ebitda')).toBe(800);
  });
});
