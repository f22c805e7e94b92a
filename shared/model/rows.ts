import type Decimal from 'decimal.js';
import type { Projection, ProjectionLine } from './projection';

/*
 * The projection as rows (one per year) for the command line, the report and exports. Amounts are
 * full-precision decimal strings: rounding is for display only. The order of the columns follows
 * the computation: operating lines, investment, working capital (released +, absorbed −), the
 * subsidies of the project and those tied to financing, the tax computation step by step,
 * financing, then the cash flows.
 */

type Column = readonly [
  key: string,
  values: (projection: Projection<Decimal>) => readonly (Decimal | null)[],
];

const LINE_GROUPS = [
  ['savings', (p: Projection<Decimal>) => p.savings, (p: Projection<Decimal>) => p.savingsTotal],
  [
    'runningCosts',
    (p: Projection<Decimal>) => p.runningCosts,
    (p: Projection<Decimal>) => p.runningCostsTotal,
  ],
  ['capex', (p: Projection<Decimal>) => p.capex, (p: Projection<Decimal>) => p.capexTotal],
  [
    'workingCapital',
    (p: Projection<Decimal>) => p.workingCapital,
    (p: Projection<Decimal>) => p.workingCapitalTotal,
  ],
  [
    'subsidies',
    (p: Projection<Decimal>) => p.subsidies,
    (p: Projection<Decimal>) => p.subsidiesTotal,
  ],
  [
    'financingSubsidies',
    (p: Projection<Decimal>) => p.financingSubsidies,
    (p: Projection<Decimal>) => p.interestSubsidy,
  ],
] as const satisfies readonly (readonly [
  string,
  (p: Projection<Decimal>) => readonly ProjectionLine<Decimal>[],
  (p: Projection<Decimal>) => readonly Decimal[],
])[];

const COLUMNS_AFTER_LINES: readonly Column[] = [
  ['residualValue', (p) => p.residualValue],
  ['terminalValue', (p) => p.terminalValue],
  ['replacementCapex', (p) => p.replacementCapexTotal],
  ['maintenanceCapex', (p) => p.maintenanceCapexTotal],
  ['maintenanceExpensed', (p) => p.maintenanceExpensed],
  ['surcharges', (p) => p.surcharges],
  ['inputVatPaid', (p) => p.inputVatPaid],
  ['inputVatRecovered', (p) => p.inputVatRecovered],
  ['taxableSubsidies', (p) => p.taxableSubsidies],
  ['nonDeductibleSpending', (p) => p.nonDeductibleSpending],
  ['depreciationBeforeIncentives', (p) => p.depreciationBeforeIncentives],
  ['taxableIncomeBeforeIncentives', (p) => p.taxableIncomeBeforeIncentives],
  ['oneTimeDeduction', (p) => p.oneTimeDeduction],
  ['depreciation', (p) => p.depreciation],
  ['oneTimeDeductionEffect', (p) => p.oneTimeDeductionEffect],
  ['taxableIncomeAfterOneTimeDeduction', (p) => p.taxableIncomeAfterOneTimeDeduction],
  ['superDeduction', (p) => p.superDeduction],
  ['disposalGain', (p) => p.disposalGain],
  ['taxableIncome', (p) => p.taxableIncome],
  ['lossIncurred', (p) => p.tax.lossIncurred],
  ['lossUsed', (p) => p.tax.lossUsed],
  ['lossExpired', (p) => p.tax.lossExpired],
  ['lossCarriedForward', (p) => p.tax.lossCarriedForward],
  ['taxableIncomeAfterLosses', (p) => p.tax.taxableIncomeAfterLosses],
  ['taxAtStandardRate', (p) => p.tax.taxAtStandardRate],
  ['reducedRateEffect', (p) => p.tax.reducedRateEffect],
  ['taxBeforeCredits', (p) => p.tax.taxBeforeCredits],
  ['taxHolidayRelief', (p) => p.tax.taxHolidayRelief],
  ['taxCreditGenerated', (p) => p.taxCreditGenerated],
  ['taxCreditUsed', (p) => p.tax.taxCreditUsed],
  ['taxCreditExpired', (p) => p.tax.taxCreditExpired],
  ['tax', (p) => p.tax.tax],
  ['taxPaid', (p) => p.taxPaid],
  ['loanDraw', (p) => p.loanDraw],
  ['interestDuringConstruction', (p) => p.interestDuringConstruction],
  ['constructionInterestPaid', (p) => p.constructionInterestPaid],
  ['constructionInterestDeduction', (p) => p.constructionInterestDeduction],
  ['interest', (p) => p.interest],
  ['principal', (p) => p.principal],
  ['loanBalance', (p) => p.loanBalance],
  ['interestSubsidy', (p) => p.interestSubsidy],
  ['debtService', (p) => p.debtService],
  ['equityTax', (p) => p.equityTax],
  ['equityTaxPaid', (p) => p.equityTaxPaid],
  ['cashAvailableForDebtService', (p) => p.cashAvailableForDebtService],
  ['dscr', (p) => p.dscr],
  ['projectNetCashFlowBeforeTax', (p) => p.projectNetCashFlowBeforeTax],
  ['projectNetCashFlow', (p) => p.projectNetCashFlow],
  ['cumulativeProjectNetCashFlow', (p) => p.cumulativeProjectNetCashFlow],
  ['discountFactor', (p) => p.discountFactors],
  ['discountedProjectNetCashFlow', (p) => p.discountedProjectNetCashFlow],
  ['cumulativeDiscountedProjectNetCashFlow', (p) => p.cumulativeDiscountedProjectNetCashFlow],
  ['equityNetCashFlow', (p) => p.equityNetCashFlow],
  ['cumulativeEquityNetCashFlow', (p) => p.cumulativeEquityNetCashFlow],
  ['discountedEquityNetCashFlow', (p) => p.discountedEquityNetCashFlow],
];

export type RowValue = string | number | null | Readonly<Record<string, string>>;
export type ProjectionRow = Readonly<Record<string, RowValue>>;

const text = (value: Decimal | null | undefined): string | null =>
  value === null || value === undefined ? null : value.toString();

export function projectionRows(projection: Projection<Decimal>): ProjectionRow[] {
  return projection.years.map((year) => {
    const row: Record<string, RowValue> = {
      year,
      calendarYear: projection.calendarYears[year] ?? year,
    };
    for (const [key, lines, totals] of LINE_GROUPS) {
      row[key] = Object.fromEntries(
        lines(projection).map((line) => [line.id, text(line.values[year]) ?? '0']),
      );
      row[`${key}Total`] = text(totals(projection)[year]);
    }
    for (const [key, values] of COLUMNS_AFTER_LINES) row[key] = text(values(projection)[year]);
    return row;
  });
}

/** The same rows flattened for CSV and spreadsheets: one column per line item, `savings[prod-cost]`. */
export function projectionTable(projection: Projection<Decimal>): {
  header: string[];
  rows: (string | null)[][];
} {
  const header = ['year', 'calendarYear'];
  for (const [key, lines] of LINE_GROUPS) {
    for (const line of lines(projection)) header.push(`${key}[${line.id}]`);
    header.push(`${key}Total`);
  }
  for (const [key] of COLUMNS_AFTER_LINES) header.push(key);
  const rows = projection.years.map((year) => {
    const cells: (string | null)[] = [String(year), String(projection.calendarYears[year] ?? year)];
    for (const [, lines, totals] of LINE_GROUPS) {
      for (const line of lines(projection)) cells.push(text(line.values[year]));
      cells.push(text(totals(projection)[year]));
    }
    for (const [, values] of COLUMNS_AFTER_LINES) cells.push(text(values(projection)[year]));
    return cells;
  });
  return { header, rows };
}
