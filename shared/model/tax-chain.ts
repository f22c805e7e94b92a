import type { Projection } from './projection';

/*
 * The tax computation as a reader checks it: from taxable income before incentives to the tax,
 * one chain of rows with their signs, so every table that shows it (the interface's projection,
 * the report, the exports) adds up the same way. A new tax row is added here, in its place.
 *
 *   taxable income before incentives      (memo: spending of non-taxable fiscal funds added back)
 *   − one-time deduction effect
 *   = taxable income after the one-time deduction
 *                                          (memo: depreciation before incentives, one-time
 *                                           deduction, depreciation left: effect = the last two
 *                                           − the first)
 *   − super deduction
 *   + gain on disposal at the horizon      (residual value − tax book value left)
 *   = taxable income
 *   + loss of the year, set aside          (a negative income does not lower the tax this year)
 *   − losses of earlier years used
 *   = taxable income after losses          (memo: losses expired, losses carried forward)
 *   × standard rate = tax at the standard rate
 *   − reduced-rate effect
 *   = tax before credits
 *   − tax holiday relief                   (exempt and half-rate years of a 定期减免)
 *   − tax credit used
 *   = tax of the year                      (memo: credit generated, credit expired; paid the same
 *                                           year, or the next at the annual settlement)
 *
 * Each "=" row is the row that starts its part plus the signed rows after it, exactly, in every
 * year; the tax at the standard rate is the income after losses times the standard rate. A memo
 * row explains the part above it and is in no sum.
 * (tax.ts computes the steps; with a company income they are differences, which keep every sum.)
 */

export type TaxChainRole =
  /** The first row of the chain. */
  | 'start'
  /** Added to the running figure. */
  | 'add'
  /** Subtracted from it. */
  | 'less'
  /** The running figure: the row above it plus the signed rows since. */
  | 'subtotal'
  /** The running figure times the standard rate: starts the part in tax. */
  | 'rate'
  /** Explains the row above it; not part of any sum. */
  | 'memo';

export interface TaxChainRow {
  /** The projection's key of the row (`projectionRows`), also its label's. */
  readonly key: string;
  readonly role: TaxChainRole;
  /** Shown only in a scenario where it has a figure (a rule the scenario may not use at all). */
  readonly optional?: true;
  values<N>(projection: Projection<N>): readonly N[];
}

export const TAX_CHAIN: readonly TaxChainRow[] = [
  {
    key: 'taxableIncomeBeforeIncentives',
    role: 'start',
    values: (p) => p.taxableIncomeBeforeIncentives,
  },
  { key: 'nonDeductibleSpending', role: 'memo', values: (p) => p.nonDeductibleSpending },
  { key: 'oneTimeDeductionEffect', role: 'less', values: (p) => p.oneTimeDeductionEffect },
  {
    key: 'taxableIncomeAfterOneTimeDeduction',
    role: 'subtotal',
    values: (p) => p.taxableIncomeAfterOneTimeDeduction,
  },
  {
    key: 'depreciationBeforeIncentives',
    role: 'memo',
    values: (p) => p.depreciationBeforeIncentives,
  },
  { key: 'oneTimeDeduction', role: 'memo', values: (p) => p.oneTimeDeduction },
  { key: 'depreciation', role: 'memo', values: (p) => p.depreciation },
  { key: 'superDeduction', role: 'less', values: (p) => p.superDeduction },
  { key: 'disposalGain', role: 'add', optional: true, values: (p) => p.disposalGain },
  { key: 'taxableIncome', role: 'subtotal', values: (p) => p.taxableIncome },
  { key: 'lossIncurred', role: 'add', values: (p) => p.tax.lossIncurred },
  { key: 'lossUsed', role: 'less', values: (p) => p.tax.lossUsed },
  {
    key: 'taxableIncomeAfterLosses',
    role: 'subtotal',
    values: (p) => p.tax.taxableIncomeAfterLosses,
  },
  { key: 'lossExpired', role: 'memo', values: (p) => p.tax.lossExpired },
  { key: 'lossCarriedForward', role: 'memo', values: (p) => p.tax.lossCarriedForward },
  { key: 'taxAtStandardRate', role: 'rate', values: (p) => p.tax.taxAtStandardRate },
  { key: 'reducedRateEffect', role: 'less', values: (p) => p.tax.reducedRateEffect },
  { key: 'taxBeforeCredits', role: 'subtotal', values: (p) => p.tax.taxBeforeCredits },
  {
    key: 'taxHolidayRelief',
    role: 'less',
    optional: true,
    values: (p) => p.tax.taxHolidayRelief,
  },
  { key: 'taxCreditUsed', role: 'less', values: (p) => p.tax.taxCreditUsed },
  { key: 'tax', role: 'subtotal', values: (p) => p.tax.tax },
  { key: 'taxCreditGenerated', role: 'memo', values: (p) => p.taxCreditGenerated },
  { key: 'taxCreditExpired', role: 'memo', values: (p) => p.tax.taxCreditExpired },
];

/** How a row enters the running figure: +1, −1, or not at all (starts, subtotals, memos). */
export function chainSign(role: TaxChainRole): 1 | -1 | 0 {
  return role === 'add' ? 1 : role === 'less' ? -1 : 0;
}

/** Rows from the rate on are amounts of tax, the rows before amounts of income. */
export function isTaxPart(index: number): boolean {
  const rate = TAX_CHAIN.findIndex((row) => row.role === 'rate');
  return rate >= 0 && index >= rate;
}

/** The role of each row of the chain, by key, for tables that label them. */
export const TAX_CHAIN_ROLES: ReadonlyMap<string, TaxChainRole> = new Map(
  TAX_CHAIN.map((row) => [row.key, row.role]),
);
