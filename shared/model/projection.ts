/*
 * The yearly projection: one column per line item and per step of the computation, each indexed
 * by year 0..H. Columns rather than rows because charts, sums and the analyses read whole series;
 * `projectionRows` turns them into rows for tables and the command line.
 * Tax columns are what the project changes in the company's tax (see README, "Tax").
 */

export interface ProjectionLine<N> {
  readonly id: string;
  readonly name: string;
  readonly values: readonly N[];
}

export interface TaxColumns<N> {
  /** This year's loss (a negative taxable income), set aside for later years: income + it − losses used = income after losses. */
  readonly lossIncurred: readonly N[];
  /** Tax losses of earlier years set against this year's income. */
  readonly lossUsed: readonly N[];
  /** Losses whose carry-forward period ended this year unused. */
  readonly lossExpired: readonly N[];
  /** Losses still available at the end of the year. */
  readonly lossCarriedForward: readonly N[];
  readonly taxableIncomeAfterLosses: readonly N[];
  readonly taxAtStandardRate: readonly N[];
  /** Standard-rate tax minus the tax under the preferential regime (high-tech, small low-profit). */
  readonly reducedRateEffect: readonly N[];
  readonly taxBeforeCredits: readonly N[];
  readonly taxCreditUsed: readonly N[];
  readonly taxCreditExpired: readonly N[];
  readonly tax: readonly N[];
}

export interface Projection<N> {
  readonly horizonYears: number;
  readonly years: readonly number[];
  readonly calendarYears: readonly number[];
  readonly discountRateNominal: N;
  readonly discountFactors: readonly N[];
  /** (1 + inflation)^t, applied to escalating lines. */
  readonly escalation: readonly N[];

  readonly savings: readonly ProjectionLine<N>[];
  readonly savingsTotal: readonly N[];
  readonly runningCosts: readonly ProjectionLine<N>[];
  readonly runningCostsTotal: readonly N[];
  readonly capex: readonly ProjectionLine<N>[];
  readonly capexTotal: readonly N[];
  readonly residualValue: readonly N[];
  /** Every subsidy received, the interest subsidy included. */
  readonly subsidies: readonly ProjectionLine<N>[];
  readonly subsidiesTotal: readonly N[];
  /** Capex grants only: the part of the subsidies that funds the investment. */
  readonly capexGrantsTotal: readonly N[];

  readonly taxableSubsidies: readonly N[];
  /** Every item depreciated by its own method, as if no incentive applied (grant base reductions included). */
  readonly depreciationBeforeIncentives: readonly N[];
  readonly taxableIncomeBeforeIncentives: readonly N[];
  readonly oneTimeDeduction: readonly N[];
  /** Depreciation actually deducted: items outside the one-time deduction and the part of qualifying items above the cap. */
  readonly depreciation: readonly N[];
  /** Extra deduction the one-time deduction brings this year (negative in later years: less depreciation left). */
  readonly oneTimeDeductionEffect: readonly N[];
  readonly taxableIncomeAfterOneTimeDeduction: readonly N[];
  readonly superDeduction: readonly N[];
  readonly taxableIncome: readonly N[];
  readonly taxCreditGenerated: readonly N[];
  readonly tax: TaxColumns<N>;

  readonly loanDraw: readonly N[];
  readonly interest: readonly N[];
  readonly principal: readonly N[];
  readonly loanBalance: readonly N[];
  readonly interestSubsidy: readonly N[];
  readonly debtService: readonly N[];
  /** Tax with interest deducted: what the company pays when the project is financed as entered. */
  readonly equityTax: readonly N[];
  /** Cash flow available for debt service: net savings − tax paid + subsidies other than capex grants. */
  readonly cashAvailableForDebtService: readonly N[];
  /** Null in years without debt service. */
  readonly dscr: readonly (N | null)[];

  readonly projectNetCashFlow: readonly N[];
  readonly cumulativeProjectNetCashFlow: readonly N[];
  readonly discountedProjectNetCashFlow: readonly N[];
  readonly cumulativeDiscountedProjectNetCashFlow: readonly N[];
  readonly equityNetCashFlow: readonly N[];
  readonly cumulativeEquityNetCashFlow: readonly N[];
  readonly discountedEquityNetCashFlow: readonly N[];
}
