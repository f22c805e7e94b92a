import { add, col, cumulativeOf, row, sub } from './expr';
import {
  allSubsidies,
  cashInflowRows,
  constructionInvestment,
  maintenanceInvestment,
  workingCapitalAbsorbed,
} from './common-rows';
import type { StatementRowSpec } from './statement';

/*
 * 项目资本金现金流量表 (project equity cash flow statement): the owners' cash, financed as entered.
 * 项目资本金 is the investment of the year (建设投资, 流动资金, input VAT, and the interest during
 * construction paid in cash) less the loan drawn in it; the loan's principal and interest and
 * the company's tax with interest deducted are outflows; the interest subsidy is a 补贴收入. 净现金流量 is the model's `equityNetCashFlow`.
 */

export const EQUITY_CASH_FLOW_ROWS: readonly StatementRowSpec[] = [
  ...cashInflowRows(allSubsidies, col('terminalValue')),
  {
    key: 'outflow',
    number: '2',
    expr: add(
      row('equityCapital'),
      row('principal'),
      row('interest'),
      row('operatingCost'),
      row('surcharges'),
      row('incomeTax'),
      row('maintenanceInvestment'),
    ),
  },
  {
    key: 'equityCapital',
    number: '2.1',
    expr: sub(
      add(
        constructionInvestment,
        workingCapitalAbsorbed,
        col('inputVatPaid'),
        col('constructionInterestPaid'),
      ),
      col('loanDraw'),
    ),
  },
  { key: 'principal', number: '2.2', expr: col('principal') },
  { key: 'interest', number: '2.3', expr: col('interest') },
  { key: 'operatingCost', number: '2.4', expr: col('runningCostsTotal') },
  { key: 'surcharges', number: '2.5', expr: col('surcharges') },
  { key: 'incomeTax', number: '2.6', expr: col('equityTaxPaid') },
  { key: 'maintenanceInvestment', number: '2.7', expr: maintenanceInvestment },
  { key: 'net', number: '3', expr: sub(row('inflow'), row('outflow')) },
  {
    key: 'cumulative',
    number: '4',
    kind: 'cumulative',
    expr: cumulativeOf('cumulative', row('net')),
  },
];
