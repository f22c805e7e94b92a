import { add, col, negPart, pos, row, sub, type Expr } from './expr';
import type { StatementRowSpec } from './statement';

/*
 * The expressions several statements share, so each is written once:
 *  - 建设投资: the investment less 维持运营投资 (the items flagged as maintenance during operation
 *    and the replacements of worn-out parts, both part of `capexTotal`);
 *  - 维持运营投资: those two together;
 *  - working capital: the model's one signed column, absorbed (−) an outflow 流动资金 and released
 *    or recovered (+) an inflow 回收流动资金.
 */

export const constructionInvestment: Expr = sub(
  col('capexTotal'),
  col('maintenanceCapexTotal'),
  col('replacementCapexTotal'),
);
export const maintenanceInvestment: Expr = add(
  col('maintenanceCapexTotal'),
  col('replacementCapexTotal'),
);
export const workingCapitalAbsorbed: Expr = negPart(col('workingCapitalTotal'));
export const workingCapitalReleased: Expr = pos(col('workingCapitalTotal'));
/** Subsidies of the company: the project's and the interest subsidy of its loans. */
export const allSubsidies: Expr = add(col('subsidiesTotal'), col('interestSubsidy'));

/**
 * 现金流入 of the two cash flow statements: 营业收入, 补贴收入, 回收固定资产余值, 回收流动资金 and,
 * when there are any, input VAT recovered and the terminal value. The project's statement counts
 * the project's subsidies and the terminal value before tax, the equity's all subsidies and the
 * terminal value after tax.
 */
export function cashInflowRows(subsidies: Expr, terminalValue: Expr): StatementRowSpec[] {
  return [
    {
      key: 'inflow',
      number: '1',
      expr: add(
        row('revenue'),
        row('subsidies'),
        row('residualValue'),
        row('workingCapitalRecovered'),
        row('inputVatRecovered'),
        row('terminalValue'),
      ),
    },
    { key: 'revenue', number: '1.1', expr: col('savingsTotal') },
    { key: 'subsidies', number: '1.2', expr: subsidies },
    { key: 'residualValue', number: '1.3', expr: col('residualValue') },
    { key: 'workingCapitalRecovered', number: '1.4', expr: workingCapitalReleased },
    { key: 'inputVatRecovered', number: '1.5', expr: col('inputVatRecovered'), optional: true },
    { key: 'terminalValue', number: '1.6', expr: terminalValue, optional: true },
  ];
}
