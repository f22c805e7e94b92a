import { add, col, cumulativeOf, pos, row, sub } from './expr';
import {
  allSubsidies,
  constructionInvestment,
  maintenanceInvestment,
  workingCapitalAbsorbed,
  workingCapitalReleased,
} from './common-rows';
import type { StatementRowSpec } from './statement';

/*
 * 财务计划现金流量表 (financial plan cash flow statement): whether the company's cash lasts. The
 * owners put in, each year, the investment (and the interest during construction paid in cash)
 * the loans drawn do not cover (项目资本金投入); the financing activities pay all interest and
 * principal; no profit is distributed. 累计盈余资金 must
 * never be negative (财务生存能力): the years it is are named. Its net cash flow less the equity
 * put in is the model's `equityNetCashFlow` less the terminal value (a valuation, not cash).
 */

export const FINANCIAL_PLAN_ROWS: readonly StatementRowSpec[] = [
  { key: 'operating', number: '1', expr: sub(row('operatingInflow'), row('operatingOutflow')) },
  {
    key: 'operatingInflow',
    number: '1.1',
    expr: add(row('revenue'), row('subsidies'), row('inputVatRecovered')),
  },
  { key: 'revenue', number: '1.1.1', expr: col('savingsTotal') },
  { key: 'subsidies', number: '1.1.2', expr: allSubsidies },
  { key: 'inputVatRecovered', number: '1.1.3', expr: col('inputVatRecovered'), optional: true },
  {
    key: 'operatingOutflow',
    number: '1.2',
    expr: add(row('operatingCost'), row('surcharges'), row('incomeTax')),
  },
  { key: 'operatingCost', number: '1.2.1', expr: col('runningCostsTotal') },
  { key: 'surcharges', number: '1.2.2', expr: col('surcharges') },
  { key: 'incomeTax', number: '1.2.3', expr: col('equityTaxPaid') },
  { key: 'investing', number: '2', expr: sub(row('investingInflow'), row('investingOutflow')) },
  {
    key: 'investingInflow',
    number: '2.1',
    expr: add(row('residualValue'), row('workingCapitalRecovered')),
  },
  { key: 'residualValue', number: '2.1.1', expr: col('residualValue') },
  { key: 'workingCapitalRecovered', number: '2.1.2', expr: workingCapitalReleased },
  {
    key: 'investingOutflow',
    number: '2.2',
    expr: add(
      row('constructionInvestment'),
      row('maintenanceInvestment'),
      row('workingCapital'),
      row('inputVatPaid'),
    ),
  },
  { key: 'constructionInvestment', number: '2.2.1', expr: constructionInvestment },
  { key: 'maintenanceInvestment', number: '2.2.2', expr: maintenanceInvestment },
  { key: 'workingCapital', number: '2.2.3', expr: workingCapitalAbsorbed },
  { key: 'inputVatPaid', number: '2.2.4', expr: col('inputVatPaid'), optional: true },
  { key: 'financing', number: '3', expr: sub(row('financingInflow'), row('financingOutflow')) },
  { key: 'financingInflow', number: '3.1', expr: add(row('equityInjection'), row('loanDraw')) },
  {
    key: 'equityInjection',
    number: '3.1.1',
    expr: pos(sub(add(row('investingOutflow'), col('constructionInterestPaid')), col('loanDraw'))),
  },
  { key: 'loanDraw', number: '3.1.2', expr: col('loanDraw') },
  { key: 'financingOutflow', number: '3.2', expr: add(row('interest'), row('principal')) },
  { key: 'interest', number: '3.2.1', expr: add(col('interest'), col('constructionInterestPaid')) },
  { key: 'principal', number: '3.2.2', expr: col('principal') },
  { key: 'net', number: '4', expr: add(row('operating'), row('investing'), row('financing')) },
  {
    key: 'surplus',
    number: '5',
    kind: 'cumulative',
    expr: cumulativeOf('surplus', row('net')),
  },
];
