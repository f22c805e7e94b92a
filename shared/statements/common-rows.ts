import { add, col, negPart, pos, sub, type Expr } from './expr';

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
