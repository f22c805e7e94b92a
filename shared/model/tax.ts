import type { Arithmetic } from '../finance';
import type { TaxInput } from './inputs';
import type { TaxColumns } from './projection';

/*
 * Corporate income tax, year by year, on a company's taxable income (before loss relief):
 *   1. a loss (negative income) is carried forward; income is first reduced by earlier losses,
 *      oldest first; a loss of year y can be used in years y+1 … y+K and expires unused at the end
 *      of year y+K (K = lossCarryForwardYears);
 *   2. the rate applies to what is left: the standard rate, a reduced rate, or small low-profit
 *      bands (progressive; above the last limit the company does not qualify that year and the
 *      standard rate applies to all its income);
 *   3. a tax holiday (定期减免: N years exempt, then M years at half rate) relieves the tax on the
 *      project's income from its first operating year or its first profitable year (the first
 *      with taxable income after losses); a half-rate year's tax is the income × half the
 *      standard rate, or the tax at the applicable rate when that is lower (国税函〔2010〕157号:
 *      the half is of the 25 % statutory rate; the more favourable regime applies, never both);
 *   4. investment tax credits reduce the tax, oldest first, never below zero; a credit of year y can
 *      be used in years y … y+M and expires unused at the end of year y+M.
 * The project's tax is the difference it makes: this ledger with the project minus this ledger
 * without it (the company's own income alone; zero when the project is taxed on its own).
 */

interface Vintage<N> {
  readonly year: number;
  remaining: N;
}

/** Sets `available` against the pool, oldest first; vintages used up leave the pool. */
function useOldestFirst<N>(A: Arithmetic<N>, pool: Vintage<N>[], available: N): N {
  let used = A.zero;
  let left = available;
  while (pool.length > 0 && !A.isZero(left)) {
    const vintage = pool[0] as Vintage<N>;
    const take = A.min(vintage.remaining, left);
    vintage.remaining = A.sub(vintage.remaining, take);
    used = A.add(used, take);
    left = A.sub(left, take);
    if (A.isZero(vintage.remaining)) pool.shift();
  }
  return used;
}

/** Removes the vintages whose last usable year is `year` and returns what they still held. */
function expire<N>(A: Arithmetic<N>, pool: Vintage<N>[], year: number, years: number): N {
  let expired = A.zero;
  while (pool.length > 0 && (pool[0] as Vintage<N>).year + years <= year) {
    expired = A.add(expired, (pool.shift() as Vintage<N>).remaining);
  }
  return expired;
}

function sum<N>(A: Arithmetic<N>, pool: readonly Vintage<N>[]): N {
  return pool.reduce((total, vintage) => A.add(total, vintage.remaining), A.zero);
}

/** Tax on income after loss relief under the company's regime. */
export function taxOnIncome<N>(A: Arithmetic<N>, tax: TaxInput<N>, income: N): N {
  const preferential = tax.preferential;
  if (preferential === null) return A.mul(income, tax.rate);
  if (preferential.type === 'reduced-rate') return A.mul(income, preferential.rate);
  const last = preferential.bands[preferential.bands.length - 1];
  if (last === undefined || A.cmp(income, last.upTo) > 0) return A.mul(income, tax.rate);
  let total = A.zero;
  let lower = A.zero;
  for (const band of preferential.bands) {
    if (A.cmp(income, lower) <= 0) break;
    total = A.add(total, A.mul(A.sub(A.min(income, band.upTo), lower), band.rate));
    lower = band.upTo;
  }
  return total;
}

/** What a tax holiday needs beside the ledger: when the project starts operating, and the company alone. */
export interface HolidayContext<N> {
  readonly firstOperatingYear: number;
  /** The company's ledger without the project: the holiday relieves only the project's part. */
  readonly companyAlone: TaxColumns<N> | null;
}

/**
 * The relief of a tax holiday in each year, given that year's tax before credits and income after
 * losses; remembers the year the holiday started. Null without a holiday.
 */
function holidayRelief<N>(
  A: Arithmetic<N>,
  tax: TaxInput<N>,
  context: HolidayContext<N> | null,
): ((year: number, beforeCredits: N, afterLosses: N) => N) | null {
  const holiday = tax.holiday;
  if (holiday === null || context === null) return null;
  const half = A.div(tax.rate, A.fromNumber(2));
  let start: number | null =
    holiday.from === 'first-operating-year' ? context.firstOperatingYear : null;
  return (year, beforeCredits, afterLosses) => {
    const alone = context.companyAlone;
    // The project's part of the company's figures (the whole figure when taxed on its own).
    const projectTaxPart = A.max(
      A.zero,
      alone === null ? beforeCredits : A.sub(beforeCredits, alone.taxBeforeCredits[year] ?? A.zero),
    );
    const projectIncome = A.max(
      A.zero,
      alone === null
        ? afterLosses
        : A.sub(afterLosses, alone.taxableIncomeAfterLosses[year] ?? A.zero),
    );
    if (start === null && A.cmp(projectIncome, A.zero) > 0) start = year;
    if (start === null || year < start) return A.zero;
    const k = year - start;
    if (k < holiday.exemptYears) return projectTaxPart;
    if (k >= holiday.exemptYears + holiday.halfRateYears) return A.zero;
    const halfRateTax = A.mul(projectIncome, half);
    return A.cmp(projectTaxPart, halfRateTax) > 0 ? A.sub(projectTaxPart, halfRateTax) : A.zero;
  };
}

export function taxLedger<N>(
  A: Arithmetic<N>,
  tax: TaxInput<N>,
  taxableIncome: readonly N[],
  creditsGenerated: readonly N[],
  holiday: HolidayContext<N> | null = null,
): TaxColumns<N> {
  const relief = holidayRelief(A, tax, holiday);
  const losses: Vintage<N>[] = [];
  const credits: Vintage<N>[] = [];
  const creditYears = tax.investmentTaxCredit?.carryForwardYears ?? 0;
  const columns = {
    lossIncurred: [] as N[],
    lossUsed: [] as N[],
    lossExpired: [] as N[],
    lossCarriedForward: [] as N[],
    taxableIncomeAfterLosses: [] as N[],
    taxAtStandardRate: [] as N[],
    reducedRateEffect: [] as N[],
    taxBeforeCredits: [] as N[],
    taxHolidayRelief: [] as N[],
    taxCreditUsed: [] as N[],
    taxCreditExpired: [] as N[],
    tax: [] as N[],
  };
  taxableIncome.forEach((income, year) => {
    let lossUsed = A.zero;
    let afterLosses = A.zero;
    let lossIncurred = A.zero;
    if (A.isNegative(income)) {
      lossIncurred = A.neg(income);
      losses.push({ year, remaining: lossIncurred });
    } else {
      lossUsed = useOldestFirst(A, losses, income);
      afterLosses = A.sub(income, lossUsed);
    }
    columns.lossIncurred.push(lossIncurred);
    columns.lossUsed.push(lossUsed);
    columns.lossExpired.push(expire(A, losses, year, tax.lossCarryForwardYears));
    columns.lossCarriedForward.push(sum(A, losses));
    columns.taxableIncomeAfterLosses.push(afterLosses);

    const taxed = !A.isZero(afterLosses);
    const atStandardRate = taxed ? A.mul(afterLosses, tax.rate) : A.zero;
    const beforeCredits = !taxed
      ? A.zero
      : tax.preferential === null
        ? atStandardRate
        : taxOnIncome(A, tax, afterLosses);
    columns.taxAtStandardRate.push(atStandardRate);
    columns.reducedRateEffect.push(
      !taxed || tax.preferential === null ? A.zero : A.sub(atStandardRate, beforeCredits),
    );
    columns.taxBeforeCredits.push(beforeCredits);
    const relieved = relief === null ? A.zero : relief(year, beforeCredits, afterLosses);
    columns.taxHolidayRelief.push(relieved);
    const afterHoliday = A.isZero(relieved) ? beforeCredits : A.sub(beforeCredits, relieved);

    const generated = creditsGenerated[year] ?? A.zero;
    if (!A.isZero(generated)) credits.push({ year, remaining: generated });
    const creditUsed = useOldestFirst(A, credits, afterHoliday);
    columns.taxCreditUsed.push(creditUsed);
    columns.taxCreditExpired.push(expire(A, credits, year, creditYears));
    columns.tax.push(A.isZero(creditUsed) ? afterHoliday : A.sub(afterHoliday, creditUsed));
  });
  return columns;
}

export function subtractLedgers<N>(
  A: Arithmetic<N>,
  withProject: TaxColumns<N>,
  without: TaxColumns<N>,
): TaxColumns<N> {
  const minus = (a: readonly N[], b: readonly N[]): N[] =>
    a.map((value, index) => A.sub(value, b[index] ?? A.zero));
  return {
    lossIncurred: minus(withProject.lossIncurred, without.lossIncurred),
    lossUsed: minus(withProject.lossUsed, without.lossUsed),
    lossExpired: minus(withProject.lossExpired, without.lossExpired),
    lossCarriedForward: minus(withProject.lossCarriedForward, without.lossCarriedForward),
    taxableIncomeAfterLosses: minus(
      withProject.taxableIncomeAfterLosses,
      without.taxableIncomeAfterLosses,
    ),
    taxAtStandardRate: minus(withProject.taxAtStandardRate, without.taxAtStandardRate),
    reducedRateEffect: minus(withProject.reducedRateEffect, without.reducedRateEffect),
    taxBeforeCredits: minus(withProject.taxBeforeCredits, without.taxBeforeCredits),
    taxHolidayRelief: minus(withProject.taxHolidayRelief, without.taxHolidayRelief),
    taxCreditUsed: minus(withProject.taxCreditUsed, without.taxCreditUsed),
    taxCreditExpired: minus(withProject.taxCreditExpired, without.taxCreditExpired),
    tax: minus(withProject.tax, without.tax),
  };
}

/** The company's tax on its own income alone, the same every year: the "without" of `projectTax`. */
export function companyAloneLedger<N>(
  A: Arithmetic<N>,
  tax: TaxInput<N>,
  yearCount: number,
): TaxColumns<N> | null {
  const company = tax.companyTaxableIncome;
  return company === null
    ? null
    : taxLedger(
        A,
        tax,
        Array.from({ length: yearCount }, () => company),
        [],
      );
}

/**
 * The project's tax: the company's tax with the project minus without it. Without a company
 * income the project is taxed on its own and the difference is the ledger itself.
 */
export function projectTax<N>(
  A: Arithmetic<N>,
  tax: TaxInput<N>,
  projectIncome: readonly N[],
  creditsGenerated: readonly N[],
  companyAlone: TaxColumns<N> | null,
  firstOperatingYear = 1,
): TaxColumns<N> {
  const company = tax.companyTaxableIncome;
  if (company === null || companyAlone === null)
    return taxLedger(A, tax, projectIncome, creditsGenerated, {
      firstOperatingYear,
      companyAlone: null,
    });
  const withProject = taxLedger(
    A,
    tax,
    projectIncome.map((income) => A.add(income, company)),
    creditsGenerated,
    { firstOperatingYear, companyAlone },
  );
  return subtractLedgers(A, withProject, companyAlone);
}
