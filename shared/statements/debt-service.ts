import { add, col, prior, row, sub } from './expr';
import type { StatementRowSpec } from './statement';

/*
 * 借款还本付息计划表 (loan repayment schedule) with the two ratios of 《建设项目经济评价方法与参数》
 * (第三版):
 *  - 利息备付率 ICR = 息税前利润 / 当期应付利息;
 *  - 偿债备付率 DSCR = (息税折旧摊销前利润 − 所得税) / 当期应还本付息额,
 * both from the 利润与利润分配表, in every year with interest (or debt service) due. The model's
 * own DSCR (cash available for debt service / debt service: working capital and the tax paid, not
 * the tax of the year) is shown below the form for comparison.
 */

export const DEBT_SERVICE_ROWS: readonly StatementRowSpec[] = [
  { key: 'opening', number: '1', kind: 'balance', expr: prior('closing') },
  { key: 'draw', number: '2', expr: col('loanDraw') },
  { key: 'debtService', number: '3', expr: add(row('principal'), row('interest')) },
  { key: 'principal', number: '3.1', expr: col('principal') },
  { key: 'interest', number: '3.2', expr: col('interest') },
  { key: 'closing', number: '4', kind: 'balance', expr: col('loanBalance') },
  { key: 'constructionInterest', number: '5', expr: col('interestDuringConstruction') },
  {
    // Paid in cash from equity in its year; the rest is added to the balance and repaid with it.
    key: 'constructionInterestPaid',
    number: '5.1',
    expr: col('constructionInterestPaid'),
    optional: true,
  },
  { key: 'ebit', number: '6', expr: col('profitAndDistribution.ebit') },
  { key: 'ebitda', number: '7', expr: col('profitAndDistribution.ebitda') },
  { key: 'incomeTax', number: '8', expr: col('profitAndDistribution.incomeTax') },
  {
    key: 'interestCoverage',
    number: '9',
    kind: 'ratio',
    numerator: row('ebit'),
    denominator: row('interest'),
  },
  {
    key: 'debtServiceCoverage',
    number: '10',
    kind: 'ratio',
    numerator: sub(row('ebitda'), row('incomeTax')),
    denominator: row('debtService'),
  },
  {
    key: 'cashDebtServiceCoverage',
    number: '',
    kind: 'ratio',
    memo: true,
    numerator: col('cashAvailableForDebtService'),
    denominator: row('debtService'),
  },
];
