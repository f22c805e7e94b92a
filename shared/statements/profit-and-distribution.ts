import { add, col, min, mul, param, pos, prior, row, sub, type Expr } from './expr';
import type { StatementRowSpec } from './statement';

/*
 * 利润与利润分配表 (profit and profit distribution statement), financed as entered:
 *  - 总成本费用 = 经营成本 + 折旧摊销 (each item by its own method, before the one-time deduction:
 *    the accounts' depreciation, and that of the construction interest capitalised) + 利息支出 (of the operating years: interest during construction
 *    is capitalised) + 维持运营投资 expensed in the year it is paid;
 *  - 补贴收入: the subsidies that are income (taxable grants and awards, the interest subsidy);
 *    a non-taxable grant lowers the asset base instead, so it is in 折旧摊销;
 *  - 纳税调整: the company's taxable income (the model's, interest deducted) − 利润总额: the
 *    one-time deduction's effect, the super deduction, spending paid by non-taxable awards, the
 *    disposal gain;
 *  - 弥补以前年度亏损, 应纳税所得额, 所得税: the equity view's tax ledger (columns.ts);
 *  - 提取法定盈余公积金: the rate (10 %, Company Law Art. 210) of the year's net profit left after
 *    covering the losses of earlier years, until the reserve reaches 50 % of the registered
 *    capital (when it is given).
 */

const reserveBase: Expr = pos(sub(row('netProfit'), prior('uncoveredLoss')));

export function profitRows(capped: boolean): readonly StatementRowSpec[] {
  const reserve = mul(reserveBase, param('legalReserveRate'));
  return [
    { key: 'revenue', number: '1', expr: col('savingsTotal') },
    { key: 'surcharges', number: '2', expr: col('surcharges') },
    {
      key: 'totalCost',
      number: '3',
      expr: add(
        row('operatingCost'),
        row('depreciation'),
        row('interest'),
        row('maintenanceExpensed'),
      ),
    },
    { key: 'operatingCost', number: '3.1', expr: col('runningCostsTotal') },
    {
      key: 'depreciation',
      number: '3.2',
      expr: add(col('depreciationBeforeIncentives'), col('constructionInterestDeduction')),
    },
    { key: 'interest', number: '3.3', expr: col('interest') },
    {
      key: 'maintenanceExpensed',
      number: '3.4',
      expr: col('maintenanceExpensed'),
      optional: true,
    },
    {
      key: 'subsidyIncome',
      number: '4',
      expr: add(col('taxableSubsidies'), col('interestSubsidy')),
    },
    {
      key: 'totalProfit',
      number: '5',
      expr: sub(add(row('revenue'), row('subsidyIncome')), row('surcharges'), row('totalCost')),
    },
    {
      key: 'taxAdjustments',
      number: '5.1',
      expr: sub(col('equityTaxableIncome'), row('totalProfit')),
    },
    { key: 'lossesUsed', number: '6', expr: col('equityLedger.lossUsed') },
    { key: 'taxableIncome', number: '7', expr: col('equityLedger.taxableIncomeAfterLosses') },
    { key: 'incomeTax', number: '8', expr: col('equityLedger.tax') },
    { key: 'netProfit', number: '9', expr: sub(row('totalProfit'), row('incomeTax')) },
    {
      key: 'legalReserve',
      number: '10',
      expr: capped
        ? min(reserve, pos(sub(param('legalReserveCap'), prior('legalReserveAccumulated'))))
        : reserve,
    },
    { key: 'distributable', number: '11', expr: sub(row('netProfit'), row('legalReserve')) },
    { key: 'ebit', number: '12', expr: add(row('totalProfit'), row('interest')) },
    { key: 'ebitda', number: '13', expr: add(row('ebit'), row('depreciation')) },
    {
      // Losses of earlier years the net profit has not yet made good (Company Law Art. 210).
      key: 'uncoveredLoss',
      number: '',
      memo: true,
      kind: 'cumulative',
      expr: pos(sub(prior('uncoveredLoss'), row('netProfit'))),
    },
    {
      key: 'legalReserveAccumulated',
      number: '',
      memo: true,
      kind: 'cumulative',
      expr: add(prior('legalReserveAccumulated'), row('legalReserve')),
    },
  ];
}
