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
  /**
   * Income tax not paid because of a tax holiday (定期减免, e.g. 三免三减半): the whole tax in an
   * exempt year, the part above half the statutory rate in a half-rate year. Tax before credits −
   * relief − credits used = tax.
   */
  readonly taxHolidayRelief: readonly N[];
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
  /** The settings the metrics read, resolved: MIRR rates, payback convention, EU funding gap. */
  readonly conventions: {
    readonly financeRate: N;
    readonly reinvestmentRate: N;
    /** Payback counted from the start of construction, year 0 counting as a year. */
    readonly paybackFromConstructionStart: boolean;
    /** Nominal discount rate of the EU funding gap. */
    readonly fundingGapDiscountRate: N;
    /** Σ cost of the grant-eligible items that are not replacements: EC of the EU method. */
    readonly eligibleCost: N;
  };

  readonly savings: readonly ProjectionLine<N>[];
  readonly savingsTotal: readonly N[];
  readonly runningCosts: readonly ProjectionLine<N>[];
  readonly runningCostsTotal: readonly N[];
  readonly capex: readonly ProjectionLine<N>[];
  readonly capexTotal: readonly N[];
  /** Capex of the items that replace worn-out parts during operation. */
  readonly replacementCapexTotal: readonly N[];
  /**
   * Maintenance investment during operation (维持运营投资): capex of the items flagged as such, a
   * part of `capexTotal` kept apart from the initial investment and from replacements.
   */
  readonly maintenanceCapexTotal: readonly N[];
  /** The part of it expensed in the year paid (the rest is depreciated, outlay by outlay). */
  readonly maintenanceExpensed: readonly N[];
  /**
   * Interest during construction (建设期利息): interest on a loan accrued while the item it
   * finances is not yet in service, capitalised into that item's asset base (not paid from the
   * operating flows, not expensed).
   */
  readonly interestDuringConstruction: readonly N[];
  /** Σ interestDuringConstruction: the 建设期利息 of the total investment. */
  readonly constructionInterestCapitalised: N;
  /**
   * The part of the interest during construction paid in cash from equity in its year (an outflow
   * of the equity cash flow); the rest is rolled into the loan balance and repaid with it.
   */
  readonly constructionInterestPaid: readonly N[];
  /**
   * What the capitalised interest adds to the deductions (depreciation or one-time deduction) of
   * the items it is added to: in the equity view's tax only, as the project is judged unfinanced.
   */
  readonly constructionInterestDeduction: readonly N[];
  /**
   * Surcharges on VAT (营业税金及附加: 城市维护建设税, 教育费附加, 地方教育附加) as entered,
   * deductible for income tax and paid in the year.
   */
  readonly surcharges: readonly N[];
  /** Recoverable input VAT paid with the investment, and recovered later. */
  readonly inputVatPaid: readonly N[];
  readonly inputVatRecovered: readonly N[];
  /** Cash released (+) or absorbed (−) by working capital, per line. */
  readonly workingCapital: readonly ProjectionLine<N>[];
  readonly workingCapitalTotal: readonly N[];
  readonly residualValue: readonly N[];
  /** Subsidies of the project cash flow: grants, awards, vouchers (not the interest subsidy). */
  readonly subsidies: readonly ProjectionLine<N>[];
  readonly subsidiesTotal: readonly N[];
  /** Subsidies tied to financing (interest subsidies): part of the equity flows. */
  readonly financingSubsidies: readonly ProjectionLine<N>[];
  /** Capex grants only: the part of the subsidies that funds the investment. */
  readonly capexGrantsTotal: readonly N[];

  readonly taxableSubsidies: readonly N[];
  /** Spending paid by non-taxable awards and vouchers, which may not be deducted: added back. */
  readonly nonDeductibleSpending: readonly N[];
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
  /** Disposal at the horizon: residual value − tax book value left (a loss when negative). */
  readonly disposalGain: readonly N[];
  readonly taxableIncome: readonly N[];
  readonly taxCreditGenerated: readonly N[];
  /** The tax of each year as it arises. */
  readonly tax: TaxColumns<N>;
  /** The tax paid in each year: `tax.tax`, or a year later at the annual settlement. */
  readonly taxPaid: readonly N[];

  readonly loanDraw: readonly N[];
  readonly interest: readonly N[];
  readonly principal: readonly N[];
  readonly loanBalance: readonly N[];
  readonly interestSubsidy: readonly N[];
  readonly debtService: readonly N[];
  /** Taxable income of the equity view: interest deducted, the interest subsidy added, construction interest depreciated. */
  readonly equityTaxableIncome: readonly N[];
  /** The equity view's tax ledger (losses, rate, holiday, credits); its `tax` is `equityTax`. */
  readonly equityTaxColumns: TaxColumns<N>;
  /** Tax with interest deducted (and the interest subsidy added): the company's, when financed as entered. */
  readonly equityTax: readonly N[];
  readonly equityTaxPaid: readonly N[];
  /** Cash flow available for debt service: net savings + working capital − equity tax paid + subsidies other than capex grants. */
  readonly cashAvailableForDebtService: readonly N[];
  /** Null in years without debt service. */
  readonly dscr: readonly (N | null)[];

  /** Value at the horizon of the last year's operating flow growing for ever (zero without one). */
  readonly terminalValue: readonly N[];
  /** The same perpetuity of the operating flow before tax. */
  readonly terminalValueBeforeTax: readonly N[];
  /** Project net cash flow before income tax (所得税前). */
  readonly projectNetCashFlowBeforeTax: readonly N[];
  readonly projectNetCashFlow: readonly N[];
  readonly cumulativeProjectNetCashFlow: readonly N[];
  readonly discountedProjectNetCashFlow: readonly N[];
  readonly cumulativeDiscountedProjectNetCashFlow: readonly N[];
  readonly equityNetCashFlow: readonly N[];
  readonly cumulativeEquityNetCashFlow: readonly N[];
  readonly discountedEquityNetCashFlow: readonly N[];
}
