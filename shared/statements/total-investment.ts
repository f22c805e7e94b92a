import { add, col, row, sub } from './expr';
import { constructionInvestment, workingCapitalAbsorbed } from './common-rows';
import type { StatementRowSpec } from './statement';

/*
 * 项目总投资使用计划与资金筹措表 (total investment and its funding): 项目总投资 = 建设投资 +
 * 建设期利息 + 流动资金 (+ input VAT paid with the investment, recovered later, when there is
 * any), funded by 借款 (the loans drawn, and the interest during construction rolled into them),
 * 补助 (capex grants) and 项目资本金 (the rest).
 */

export const TOTAL_INVESTMENT_ROWS: readonly StatementRowSpec[] = [
  {
    key: 'total',
    number: '1',
    expr: add(
      row('constructionInvestment'),
      row('constructionInterest'),
      row('workingCapital'),
      row('inputVatPaid'),
    ),
  },
  { key: 'constructionInvestment', number: '1.1', expr: constructionInvestment },
  { key: 'constructionInterest', number: '1.2', expr: col('interestDuringConstruction') },
  { key: 'workingCapital', number: '1.3', expr: workingCapitalAbsorbed },
  { key: 'inputVatPaid', number: '1.4', expr: col('inputVatPaid'), optional: true },
  { key: 'funding', number: '2', expr: add(row('equity'), row('loans'), row('grants')) },
  { key: 'equity', number: '2.1', expr: sub(row('total'), row('loans'), row('grants')) },
  {
    // Interest during construction rolled into the loan is lent as much as a draw.
    key: 'loans',
    number: '2.2',
    expr: add(
      col('loanDraw'),
      sub(col('interestDuringConstruction'), col('constructionInterestPaid')),
    ),
  },
  { key: 'grants', number: '2.3', expr: col('capexGrantsTotal') },
];
