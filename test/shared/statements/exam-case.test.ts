import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile, selectScenario } from '../../../shared/scenario';
import type { Statement } from '../../../shared/statements';
import { baseScenario, capex, evaluateValid, saving } from '../../helpers/scenarios';
import { checkIdentities } from './identities';

/*
 * A published exam case of the repayment schedule: 《建设工程造价案例分析》, 试题一 (20 分), the
 * 建设项目财务评价 question of the 全国造价工程师执业资格考试 case-analysis paper, as published with
 * its 参考答案 in the exam-preparation collections (考试吧, 造价工程师 案例分析 模拟试题). The
 * question, as printed:
 *   1. 项目建设期 2 年，运营期 6 年，建设投资 2000 万元，预计全部形成固定资产。
 *   2. 建设期内，每年均衡投入自有资金和贷款各 500 万元，贷款年利率为 6%。流动资金全部用项目资本金
 *      支付，金额为 300 万元，于投产当年投入。
 *   3. 固定资产使用年限为 8 年，采用直线法折旧，残值为 100 万元。
 *   4. 项目贷款在运营期的 6 年间，按照等额还本、利息照付的方法偿还。
 *   5. 营业收入和经营成本：投产第 1 年 700 和 250 万元，第 2 年 900 和 300 万元，以后各年 1000 和
 *      320 万元。不考虑项目维持运营投资、补贴收入。
 *   6. 企业所得税率为 25%，营业税及附加税率为 6%。
 *   问题：计算各年还本、付息额及总成本费用（计算结果保留两位小数）。
 * Entered as `fixtures/cost-engineer-exam-equal-principal.json` (yuan; years 0–1 construction,
 * 2–7 operation): the plant paid 50/50 % in years 0 and 1; the loan drawn 500 万元 in each of
 * them, evenly through the year ("mid-year"), its interest rolled into the loan and capitalised
 * into the plant; six equal repayments of principal in years 2–7 (term 7, one interest-only year
 * after the first draw). 营业税及附加 is left out: one annual amount cannot follow revenue's
 * ramp (42, 54, 60 万元), and none of the printed answers depends on it.
 *
 * The printed answers (参考答案) and how each follows from the question:
 *   建设期利息: q1 = 500/2 × 6 % = 15.00; q2 = (500 + 15 + 500/2) × 6 % = 45.90; 合计 60.90.
 *   每年应还本金 = (1000 + 60.9) / 6 = 176.8166… → printed 176.82.
 *   付息, year k of operation = (1060.9 − 176.82 × (k − 1)) × 6 %:
 *     63.65, 53.04 (= 884.08 × 6 %), 42.44, 31.83, 21.22, 10.61.
 * The model keeps every figure exact: the balance before year k is 1060.9 × (7 − k)/6, so the
 * interest is 10.609 × (7 − k) = 63.654, 53.045, 42.436, 31.827, 21.218, 10.609 exactly. Rounded
 * to two places, five of the six are the printed figures; the second is 53.05, not 53.04, only
 * because the answer key subtracts the rounded 176.82 (884.08 × 6 % = 53.0448) where the exact
 * balance is 884.0833… (× 6 % = 53.045). The same convention moves the key's balances
 * (707.26, 530.44, 353.62, 176.80) one or two fen below the exact ones (707.27, 530.45, 353.63,
 * 176.82). The model does not round intermediate results; the answer key does.
 *
 * Hand-derived from the same text (not printed in the answer we read), at the definitions of
 * 《建设项目经济评价方法与参数》(第三版):
 *   折旧 = (2000 + 60.9 − 100) / 8 = 245.1125 (the interest during construction is part of the
 *     fixed asset); 总成本费用, year 1 = 经营成本 250 + 折旧 245.1125 + 利息 63.654 = 558.7665;
 *   项目总投资 = 2000 + 60.9 + 300 = 2360.9, of which 借款 1060.9 and 项目资本金 1300;
 *   for the case as entered (without 营业税及附加), year 1: 息税前利润 = 700 − 250 − 245.1125 =
 *     204.8875; 利息备付率 = 204.8875 / 63.654 = 3.218769; 所得税 = (204.8875 − 63.654) × 25 % =
 *     35.308375; 偿债备付率 = (450 − 35.308375) / (176.816667 + 63.654) = 1.724500.
 */

const FIXTURE = join(import.meta.dirname, 'fixtures', 'cost-engineer-exam-equal-principal.json');

function examCase() {
  const parsed = parseScenarioFile(readFileSync(FIXTURE, 'utf8'));
  if (!parsed.ok) throw new Error('the exam case does not load');
  const selected = selectScenario(parsed.file, 'base');
  if (!selected.ok) throw new Error('the exam case has no base scenario');
  return evaluateValid(selected.scenario);
}

/** A row of a statement in 万元, exact. */
const wan = (statement: Statement<Decimal> | undefined, key: string) =>
  (statement?.rows.find((entry) => entry.key === key)?.values ?? []).map((value) =>
    value === null ? null : value.div(10_000),
  );
/** Rounded half up (四舍五入) to two places, as the answer key prints and the tables show. */
const printed = (values: readonly (Decimal | null)[]) =>
  values.map((value) =>
    value === null ? null : value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
  );
const exact = (values: readonly (Decimal | null)[]) =>
  values.map((value) => (value === null ? null : value.toDecimalPlaces(6).toNumber()));

describe('the cost engineers’ exam case: equal principal, interest paid as it falls due', () => {
  const all = checkIdentities('exam case', examCase());
  const of = (key: string) => all.statements.find((entry) => entry.key === key);
  const OPERATION = [2, 8] as const;

  it('建设期利息: 15.00 and 45.90, 60.90 万元 in all, as printed', () => {
    const debt = of('debtService');
    expect(exact(wan(debt, 'constructionInterest')).slice(0, 3)).toEqual([15, 45.9, 0]);
    expect(
      debt?.rows
        .find((entry) => entry.key === 'constructionInterest')
        ?.total?.div(10_000)
        .toNumber(),
    ).toBe(60.9);
  });

  it('还本: 176.82 万元 in each of the six operating years, the loan repaid by the last', () => {
    const debt = of('debtService');
    expect(printed(wan(debt, 'principal')).slice(...OPERATION)).toEqual([
      176.82, 176.82, 176.82, 176.82, 176.82, 176.82,
    ]);
    expect(exact(wan(debt, 'opening'))[2]).toBe(1060.9);
    expect(exact(wan(debt, 'closing'))[7]).toBe(0);
  });

  it('付息: the printed 63.65, 42.44, 31.83, 21.22, 10.61; 53.045 where the key rounds first', () => {
    const interest = wan(of('debtService'), 'interest').slice(...OPERATION);
    expect(exact(interest)).toEqual([63.654, 53.045, 42.436, 31.827, 21.218, 10.609]);
    // The answer key prints 53.04: (1060.9 − 176.82) × 6 % with the principal already rounded.
    expect(printed(interest)).toEqual([63.65, 53.05, 42.44, 31.83, 21.22, 10.61]);
  });

  it('折旧 245.1125 and 总成本费用 558.7665 万元 in the first operating year, by hand', () => {
    const profit = of('profitAndDistribution');
    expect(exact(wan(profit, 'depreciation')).slice(...OPERATION)).toEqual(Array(6).fill(245.1125));
    expect(exact(wan(profit, 'totalCost'))[2]).toBe(558.7665);
  });

  it('项目总投资 2,360.9 万元: 借款 1,060.9 and 项目资本金 1,300', () => {
    const totals = Object.fromEntries(
      (of('totalInvestment')?.rows ?? []).map((entry) => [
        entry.key,
        entry.total?.div(10_000).toNumber(),
      ]),
    );
    expect(totals).toMatchObject({
      constructionInvestment: 2000,
      constructionInterest: 60.9,
      workingCapital: 300,
      total: 2360.9,
      loans: 1060.9,
      equity: 1300,
    });
  });

  it('the first operating year’s 利息备付率 3.218769 and 偿债备付率 1.724500, by hand', () => {
    const debt = of('debtService');
    const ratio = (key: string) =>
      (debt?.rows.find((entry) => entry.key === key)?.values ?? []).map((value) =>
        value === null ? null : value.toDecimalPlaces(6).toNumber(),
      );
    expect(ratio('interestCoverage')[2]).toBe(3.218769);
    expect(exact(wan(debt, 'incomeTax'))[2]).toBe(35.308375);
    expect(ratio('debtServiceCoverage')[2]).toBe(1.7245);
  });
});

/*
 * A published exam question of the debt-service coverage ratio at its definition (2018, single
 * choice; answer A): 某项目预计投产后第 5 年的息税前利润为 180 万元，应还借款本金为 40 万元，应付利息
 * 为 30 万元，应缴企业所得税为 37.5 万元，折旧和摊销为 20 万元，该项目当年偿债备付率为 (A) 2.32:
 *   偿债备付率 = (息税前利润 + 折旧和摊销 − 企业所得税) / 应还本付息金额
 *             = (180 + 20 − 37.5) / (40 + 30) = 162.5 / 70 = 2.3214… → 2.32.
 * A project with exactly those figures in its fifth year: a plant of 200 万元 paid in year 0,
 * straight line over 10 years (折旧 20); a saving of 200 万元 a year from year 1 (EBITDA 200, so
 * 息税前利润 180); a loan of 400 万元 at 7.5 % drawn at the end of year 0, interest only in years
 * 1–4, then repaid in ten equal parts (year 5: 付息 400 × 7.5 % = 30, 还本 40); 所得税 25 % ×
 * (180 − 30) = 37.5, no losses before. Also 利息备付率 = 180 / 30 = 6.
 */
describe('the exam question of the debt-service coverage ratio (2018): 2.32', () => {
  const scenario = baseScenario({
    project: { name: 'DSCR question', currency: 'CNY', startYear: 2026, horizonYears: 14 },
    capex: [
      capex('plant', '2000000', {
        depreciation: { method: 'straight-line', lifeYears: 10, salvage: '0' },
      }),
    ],
    effects: [saving('output', '2000000')],
    financing: {
      loans: [
        {
          id: 'loan',
          name: 'Loan',
          amount: '4000000',
          rate: '0.075',
          termYears: 14,
          graceYears: 4,
          repayment: 'equal-principal',
          drawdownYear: 0,
        },
      ],
    },
  });
  const debt = checkIdentities('DSCR question', evaluateValid(scenario)).statements.find(
    (entry) => entry.key === 'debtService',
  );
  const year5 = (key: string) => wan(debt, key)[5]?.toNumber();
  const ratio5 = (key: string) => debt?.rows.find((entry) => entry.key === key)?.values[5] ?? null;

  it('息税前利润 180, 折旧和摊销 20, 所得税 37.5, 还本 40, 付息 30 万元 in year 5, as the question gives', () => {
    expect(year5('ebit')).toBe(180);
    expect(year5('ebitda')).toBe(200);
    expect(year5('incomeTax')).toBe(37.5);
    expect(year5('principal')).toBe(40);
    expect(year5('interest')).toBe(30);
  });

  it('偿债备付率 = 162.5 / 70, printed 2.32; 利息备付率 = 6', () => {
    expect(ratio5('debtServiceCoverage')?.toDecimalPlaces(6).toNumber()).toBe(2.321429);
    expect(printed([ratio5('debtServiceCoverage')])).toEqual([2.32]);
    expect(ratio5('interestCoverage')?.toNumber()).toBe(6);
  });
});
