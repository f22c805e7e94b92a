import type Decimal from 'decimal.js';
import { expect } from 'vitest';
import { Dec, decimalArithmetic as A } from '../../../shared/finance';
import type { Evaluation } from '../../../shared/model';
import {
  amounts,
  buildStatements,
  type Statement,
  type Statements,
} from '../../../shared/statements';

/*
 * Every identity between the statements and the projection, stated from the projection's columns
 * (not from the statements' row definitions), for the examples and the generated scenarios.
 */

const CENT = new Dec('0.005');

function statementOf(all: Statements<Decimal>, key: Statement<Decimal>['key']): Statement<Decimal> {
  const found = all.statements.find((entry) => entry.key === key);
  if (found === undefined) throw new Error(`no statement ${key}`);
  return found;
}

const same = (label: string, actual: readonly Decimal[], expected: readonly Decimal[]) => {
  expect(actual.length, label).toBe(expected.length);
  actual.forEach((value, year) => {
    const other = expected[year] as Decimal;
    if (value.minus(other).abs().gt(CENT))
      throw new Error(`${label}, year ${year}: ${value.toString()} ≠ ${other.toString()}`);
  });
};
const closeTo = (
  label: string,
  actual: Decimal | null,
  expected: Decimal | null,
  within = CENT,
) => {
  if (actual === null || expected === null) {
    expect(actual, label).toBe(expected);
    return;
  }
  if (actual.minus(expected).abs().gt(within))
    throw new Error(`${label}: ${actual.toString()} ≠ ${expected.toString()}`);
};
const plus = (...columns: (readonly Decimal[])[]) =>
  (columns[0] as readonly Decimal[]).map((_, year) =>
    columns.reduce((total, column) => total.plus(column[year] as Decimal), new Dec(0)),
  );
const minus = (a: readonly Decimal[], ...b: (readonly Decimal[])[]) =>
  a.map((value, year) => b.reduce((total, column) => total.minus(column[year] as Decimal), value));
const running = (values: readonly Decimal[]) => {
  let total = new Dec(0);
  return values.map((value) => (total = total.plus(value)));
};
const positive = (values: readonly Decimal[]) => values.map((value) => Dec.max(0, value));
const negative = (values: readonly Decimal[]) => values.map((value) => Dec.max(0, value.neg()));

/** Checks every identity; returns the statements for further checks. */
export function checkIdentities(
  label: string,
  evaluation: Evaluation<Decimal>,
): Statements<Decimal> {
  const all = buildStatements(A, evaluation);
  const p = evaluation.projection;
  const m = evaluation.metrics;
  const n = p.years.length;
  const of = (statement: Statement<Decimal>) => (key: string) => amounts(A, statement, key, n);

  // Every amount row's total is the sum of its years; a cumulative row is the running sum.
  for (const statement of all.statements)
    for (const entry of statement.rows) {
      if (entry.kind === 'amount') {
        const total = entry.values.reduce<Decimal>(
          (s, v) => (v === null ? s : s.plus(v)),
          new Dec(0),
        );
        closeTo(`${label} ${statement.key}.${entry.key} total`, entry.total, total);
      } else expect(entry.total, `${statement.key}.${entry.key}`).toBeNull();
    }

  const capexOfConstruction = minus(p.capexTotal, p.maintenanceCapexTotal, p.replacementCapexTotal);
  const maintenance = plus(p.maintenanceCapexTotal, p.replacementCapexTotal);

  // 项目投资现金流量表
  const project = of(statementOf(all, 'projectCashFlow'));
  const inflow = plus(
    p.savingsTotal,
    p.subsidiesTotal,
    p.residualValue,
    positive(p.workingCapitalTotal),
    p.inputVatRecovered,
    p.terminalValueBeforeTax,
  );
  const outflow = plus(
    capexOfConstruction,
    negative(p.workingCapitalTotal),
    p.runningCostsTotal,
    p.surcharges,
    maintenance,
    p.inputVatPaid,
  );
  same(`${label} project inflow`, project('inflow'), inflow);
  same(`${label} project outflow`, project('outflow'), outflow);
  same(`${label} 所得税前净现金流量`, project('netBeforeTax'), p.projectNetCashFlowBeforeTax);
  same(`${label} 所得税前净现金流量 = CI − CO`, project('netBeforeTax'), minus(inflow, outflow));
  same(
    `${label} 累计所得税前`,
    project('cumulativeBeforeTax'),
    running(p.projectNetCashFlowBeforeTax),
  );
  same(`${label} 调整所得税`, project('adjustedIncomeTax'), p.taxPaid);
  same(`${label} 所得税后净现金流量`, project('netAfterTax'), p.projectNetCashFlow);
  same(`${label} 累计所得税后`, project('cumulativeAfterTax'), p.cumulativeProjectNetCashFlow);
  same(`${label} 折现`, project('discountedAfterTax'), p.discountedProjectNetCashFlow);
  const indicator = (statement: Statement<Decimal>, key: string) =>
    statement.indicators.find((entry) => entry.key === key)?.value ?? null;
  const projectStatement = statementOf(all, 'projectCashFlow');
  const rate = new Dec('1e-20');
  closeTo(`${label} FIRR`, indicator(projectStatement, 'irr'), m.irr, rate);
  closeTo(`${label} FNPV`, indicator(projectStatement, 'npv'), m.npv);
  closeTo(
    `${label} 所得税前 FIRR`,
    indicator(projectStatement, 'irrBeforeTax'),
    m.irrBeforeTax,
    rate,
  );
  closeTo(`${label} 所得税前 FNPV`, indicator(projectStatement, 'npvBeforeTax'), m.npvBeforeTax);
  closeTo(`${label} 静态投资回收期`, indicator(projectStatement, 'payback'), m.paybackYears);
  closeTo(
    `${label} 动态投资回收期`,
    indicator(projectStatement, 'discountedPayback'),
    m.discountedPaybackYears,
  );

  // 利润与利润分配表 (financed as entered)
  const profitStatement = statementOf(all, 'profitAndDistribution');
  const profit = of(profitStatement);
  const ledger = p.equityTaxColumns;
  same(`${label} 所得税 = equity tax`, profit('incomeTax'), p.equityTax);
  const totalProfit = minus(
    plus(p.savingsTotal, p.taxableSubsidies, p.interestSubsidy),
    p.surcharges,
    p.runningCostsTotal,
    p.depreciationBeforeIncentives,
    p.constructionInterestDeduction,
    p.interest,
    p.maintenanceExpensed,
  );
  same(
    `${label} 应纳税所得额 before losses`,
    plus(totalProfit, profit('taxAdjustments')),
    p.equityTaxableIncome,
  );
  same(`${label} 利润总额`, profit('totalProfit'), totalProfit);
  same(
    `${label} 利润总额 + 纳税调整 + 当年亏损 − 弥补以前年度亏损 = 应纳税所得额`,
    minus(plus(totalProfit, profit('taxAdjustments'), ledger.lossIncurred), profit('lossesUsed')),
    profit('taxableIncome'),
  );
  same(`${label} 净利润`, profit('netProfit'), minus(totalProfit, p.equityTax));
  same(`${label} 息税前利润`, profit('ebit'), plus(totalProfit, p.interest));
  same(
    `${label} 息税折旧摊销前利润`,
    profit('ebitda'),
    plus(totalProfit, p.interest, p.depreciationBeforeIncentives, p.constructionInterestDeduction),
  );
  same(
    `${label} 可供分配利润`,
    profit('distributable'),
    minus(profit('netProfit'), profit('legalReserve')),
  );
  // Without a registered capital the reserve is 10 % of what the net profit leaves after losses.
  let uncovered = new Dec(0);
  profit('netProfit').forEach((net, year) => {
    const expected = Dec.max(0, net.minus(uncovered)).times('0.1');
    closeTo(
      `${label} 提取法定盈余公积金 ${year}`,
      profit('legalReserve')[year] as Decimal,
      expected,
    );
    uncovered = Dec.max(0, uncovered.minus(net));
  });

  // 项目资本金现金流量表
  const equityStatement = statementOf(all, 'equityCashFlow');
  const equity = of(equityStatement);
  same(`${label} 资本金净现金流量`, equity('net'), p.equityNetCashFlow);
  same(`${label} 资本金 CI − CO`, equity('net'), minus(equity('inflow'), equity('outflow')));
  same(`${label} 资本金累计`, equity('cumulative'), p.cumulativeEquityNetCashFlow);
  same(`${label} 资本金所得税`, equity('incomeTax'), p.equityTaxPaid);
  closeTo(`${label} 资本金内部收益率`, indicator(equityStatement, 'equityIrr'), m.equityIrr, rate);
  closeTo(`${label} 资本金财务净现值`, indicator(equityStatement, 'equityNpv'), m.equityNpv);

  // 财务计划现金流量表
  const planStatement = statementOf(all, 'financialPlan');
  const plan = of(planStatement);
  same(
    `${label} 净现金流量 − 资本金投入 = equity flow − terminal value`,
    minus(plan('net'), plan('equityInjection')),
    minus(p.equityNetCashFlow, p.terminalValue),
  );
  same(
    `${label} 经营+投资+筹资`,
    plan('net'),
    plus(plan('operating'), plan('investing'), plan('financing')),
  );
  same(`${label} 累计盈余资金`, plan('surplus'), running(plan('net')));
  expect(planStatement.shortfallYears, `${label} shortfall years`).toEqual(
    plan('surplus').flatMap((value, year) => (value.isNegative() ? [year] : [])),
  );

  // 借款还本付息计划表
  const debtStatement = statementOf(all, 'debtService');
  const debt = of(debtStatement);
  same(`${label} 期末借款余额`, debt('closing'), p.loanBalance);
  same(
    `${label} 期初 + 借款 + 建设期利息未付部分 − 还本 = 期末`,
    minus(
      plus(debt('opening'), debt('draw'), p.interestDuringConstruction),
      p.constructionInterestPaid,
      debt('principal'),
    ),
    debt('closing'),
  );
  same(`${label} 还本付息`, debt('debtService'), p.debtService);
  const ratio = (key: string) =>
    debtStatement.rows.find((entry) => entry.key === key)?.values ?? [];
  p.years.forEach((year) => {
    const interest = p.interest[year] as Decimal;
    const service = p.debtService[year] as Decimal;
    const ebit = profit('ebit')[year] as Decimal;
    const ebitda = profit('ebitda')[year] as Decimal;
    closeTo(
      `${label} 利息备付率 ${year}`,
      ratio('interestCoverage')[year] ?? null,
      interest.isZero() ? null : ebit.div(interest),
      new Dec('1e-20'),
    );
    closeTo(
      `${label} 偿债备付率 ${year}`,
      ratio('debtServiceCoverage')[year] ?? null,
      service.isZero() ? null : ebitda.minus(p.equityTax[year] as Decimal).div(service),
      new Dec('1e-20'),
    );
    closeTo(
      `${label} DSCR (model) ${year}`,
      ratio('cashDebtServiceCoverage')[year] ?? null,
      p.dscr[year] ?? null,
      new Dec('1e-20'),
    );
  });

  // 项目总投资使用计划与资金筹措表
  const total = of(statementOf(all, 'totalInvestment'));
  same(
    `${label} 项目总投资`,
    total('total'),
    plus(
      capexOfConstruction,
      p.interestDuringConstruction,
      negative(p.workingCapitalTotal),
      p.inputVatPaid,
    ),
  );
  same(`${label} 资金筹措 = 项目总投资`, total('funding'), total('total'));
  same(
    `${label} 借款`,
    total('loans'),
    minus(plus(p.loanDraw, p.interestDuringConstruction), p.constructionInterestPaid),
  );
  same(`${label} 补助`, total('grants'), p.capexGrantsTotal);
  return all;
}
