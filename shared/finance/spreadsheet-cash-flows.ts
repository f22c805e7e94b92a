import type Decimal from 'decimal.js';
import { decimalArithmetic } from './arithmetic';
import { toDayNumber, type DateInput } from './calendar-date';
import { Dec, type DecimalInput } from './decimal';
import { presentValue, presentValueAtPeriods } from './discounting';
import { FinanceError } from './errors';
import { solveIrr, solveIrrAtPeriods, type IrrResult } from './irr';
import { modifiedIrr } from './mirr';
import { decimalArgument, decimalListArgument, finiteResult } from './spreadsheet-arguments';

const A = decimalArithmetic;
const DAYS_PER_YEAR = 365;

/**
 * NPV as the spreadsheet computes it: the FIRST value is discounted one full period,
 * Σ values[i] / (1+rate)^(i+1). For a project whose first flow is the investment today, the NPV is
 * values[0] + NPV(rate, values[1..]), or `presentValue` (which does not discount year 0).
 */
export function npv(rate: DecimalInput, values: readonly DecimalInput[]): Decimal {
  const r = decimalArgument(rate, 'NPV', 'rate');
  const flows = decimalListArgument(values, 'NPV', 'values');
  if (flows.length === 0) throw new FinanceError('#VALUE!', 'NPV needs at least one value');
  if (r.eq(-1)) throw new FinanceError('#DIV/0!', 'NPV is undefined at a rate of -100%');
  // One way to discount: the spreadsheet's values are the model's flows one year later.
  return finiteResult(presentValue(A, r, [new Dec(0), ...flows]), 'NPV');
}

interface DatedFlows {
  readonly flows: Decimal[];
  /** Days from the first date: XNPV and XIRR count years of 365 days (actual/365). */
  readonly days: number[];
}

function datedFlows(
  fn: string,
  values: readonly DecimalInput[],
  dates: readonly DateInput[],
): DatedFlows {
  const flows = decimalListArgument(values, fn, 'values');
  if (!Array.isArray(dates))
    throw new FinanceError('#VALUE!', `${fn}: dates must be a list of dates`);
  const days = dates.map((date, index) => toDayNumber(date, `${fn}: dates[${index}]`));
  if (flows.length !== days.length) {
    throw new FinanceError(
      '#NUM!',
      `${fn} needs as many dates as values (${flows.length} values, ${days.length} dates)`,
    );
  }
  if (flows.length === 0) throw new FinanceError('#NUM!', `${fn} needs at least one value`);
  const start = days[0] as number;
  const early = days.findIndex((day) => day < start);
  if (early >= 0) {
    throw new FinanceError(
      '#NUM!',
      `${fn}: dates[${early}] is before the first date, from which every flow is timed`,
    );
  }
  return { flows, days: days.map((day) => day - start) };
}

/** XNPV: Σ values[i] / (1+rate)^((dates[i] − dates[0]) / 365); the first value is not discounted. */
export function xnpv(
  rate: DecimalInput,
  values: readonly DecimalInput[],
  dates: readonly DateInput[],
): Decimal {
  const r = decimalArgument(rate, 'XNPV', 'rate');
  const { flows, days } = datedFlows('XNPV', values, dates);
  if (r.lte(-1)) throw new FinanceError('#NUM!', 'XNPV needs a rate greater than -100%');
  return finiteResult(presentValueAtPeriods(A, r, flows, days, DAYS_PER_YEAR), 'XNPV');
}

function rateOrError(fn: string, result: IrrResult<Decimal>): Decimal {
  if (result.found) return finiteResult(result.rate, fn);
  throw new FinanceError(
    '#NUM!',
    result.reason === 'no-sign-change'
      ? `${fn} needs at least one positive and one negative cash flow`
      : `${fn} found no rate at which the net present value is zero`,
  );
}

/**
 * IRR of values at the ends of consecutive periods. Where the values change sign more than once and
 * several rates fit, this returns the one nearest the guess (the spreadsheet returns whichever its
 * iteration reaches first); `solveIrr` also says whether the rate is unique.
 */
export function irr(values: readonly DecimalInput[], guess: DecimalInput = 0.1): Decimal {
  const flows = decimalListArgument(values, 'IRR', 'values');
  const g = decimalArgument(guess, 'IRR', 'guess');
  if (g.lte(-1)) throw new FinanceError('#NUM!', 'IRR needs a guess greater than -100%');
  return rateOrError('IRR', solveIrr(A, flows, g));
}

/** XIRR: the rate at which XNPV is zero. */
export function xirr(
  values: readonly DecimalInput[],
  dates: readonly DateInput[],
  guess: DecimalInput = 0.1,
): Decimal {
  const { flows, days } = datedFlows('XIRR', values, dates);
  const g = decimalArgument(guess, 'XIRR', 'guess');
  if (g.lte(-1)) throw new FinanceError('#NUM!', 'XIRR needs a guess greater than -100%');
  return rateOrError('XIRR', solveIrrAtPeriods(A, flows, days, DAYS_PER_YEAR, g));
}

/** MIRR: see `modifiedIrr`. */
export function mirr(
  values: readonly DecimalInput[],
  financeRate: DecimalInput,
  reinvestRate: DecimalInput,
): Decimal {
  const flows = decimalListArgument(values, 'MIRR', 'values');
  const finance = decimalArgument(financeRate, 'MIRR', 'finance_rate');
  const reinvest = decimalArgument(reinvestRate, 'MIRR', 'reinvest_rate');
  if (
    !flows.some((flow) => flow.isNegative() && !flow.isZero()) ||
    !flows.some((flow) => flow.isPositive() && !flow.isZero())
  ) {
    throw new FinanceError(
      '#DIV/0!',
      'MIRR needs at least one positive and one negative cash flow',
    );
  }
  if (finance.eq(-1) || reinvest.eq(-1))
    throw new FinanceError('#DIV/0!', 'MIRR is undefined at a rate of -100%');
  const result = modifiedIrr(A, flows, finance, reinvest);
  if (result === null) throw new FinanceError('#NUM!', 'MIRR has no real result for these rates');
  return finiteResult(result, 'MIRR');
}
