import { add, col, cumulativeOf, mul, param, pos, row, sub } from './expr';
import {
  cashInflowRows,
  constructionInvestment,
  maintenanceInvestment,
  workingCapitalAbsorbed,
} from './common-rows';
import type { StatementRowSpec } from './statement';

/*
 * 项目投资现金流量表 (project investment cash flow statement): the project judged apart from its
 * financing. 所得税前净现金流量 is the model's `projectNetCashFlowBeforeTax`; 调整所得税 is the
 * model's project tax paid — the tax on the income before interest, with every incentive, loss
 * and payment rule of the file — so 所得税后净现金流量 is `projectNetCashFlow` and the indicators
 * are the model's. The standard's short form, 息税前利润 × 所得税率, is shown below the form with
 * its difference from 调整所得税 (docs/methodology.md, "Feasibility-study statements").
 */

export const PROJECT_CASH_FLOW_ROWS: readonly StatementRowSpec[] = [
  ...cashInflowRows(col('subsidiesTotal'), col('terminalValueBeforeTax')),
  {
    key: 'outflow',
    number: '2',
    expr: add(
      row('constructionInvestment'),
      row('workingCapital'),
      row('operatingCost'),
      row('surcharges'),
      row('maintenanceInvestment'),
      row('inputVatPaid'),
    ),
  },
  { key: 'constructionInvestment', number: '2.1', expr: constructionInvestment },
  { key: 'workingCapital', number: '2.2', expr: workingCapitalAbsorbed },
  { key: 'operatingCost', number: '2.3', expr: col('runningCostsTotal') },
  { key: 'surcharges', number: '2.4', expr: col('surcharges') },
  { key: 'maintenanceInvestment', number: '2.5', expr: maintenanceInvestment },
  { key: 'inputVatPaid', number: '2.6', expr: col('inputVatPaid'), optional: true },
  { key: 'netBeforeTax', number: '3', expr: sub(row('inflow'), row('outflow')) },
  {
    key: 'cumulativeBeforeTax',
    number: '4',
    kind: 'cumulative',
    expr: cumulativeOf('cumulativeBeforeTax', row('netBeforeTax')),
  },
  { key: 'adjustedIncomeTax', number: '5', expr: col('taxPaid') },
  {
    // The terminal value after tax is the perpetuity of the last year's flow after tax.
    key: 'terminalValueTax',
    number: '5.1',
    expr: sub(col('terminalValueBeforeTax'), col('terminalValue')),
    optional: true,
  },
  {
    key: 'netAfterTax',
    number: '6',
    expr: sub(row('netBeforeTax'), row('adjustedIncomeTax'), row('terminalValueTax')),
  },
  {
    key: 'cumulativeAfterTax',
    number: '7',
    kind: 'cumulative',
    expr: cumulativeOf('cumulativeAfterTax', row('netAfterTax')),
  },
  { key: 'discountFactor', number: '8', kind: 'factor', expr: col('discountFactors') },
  {
    key: 'discountedAfterTax',
    number: '9',
    expr: mul(row('netAfterTax'), row('discountFactor')),
  },
  {
    key: 'cumulativeDiscountedAfterTax',
    number: '10',
    kind: 'cumulative',
    expr: cumulativeOf('cumulativeDiscountedAfterTax', row('discountedAfterTax')),
  },
  {
    key: 'ebitTimesRate',
    number: '',
    memo: true,
    expr: mul(pos(col('profitAndDistribution.ebit')), param('incomeTaxRate')),
  },
  {
    key: 'adjustedTaxDifference',
    number: '',
    memo: true,
    expr: sub(row('adjustedIncomeTax'), row('ebitTimesRate')),
  },
];
