import type Decimal from 'decimal.js';
import { Dec, type DecimalInput } from './decimal';
import { FinanceError } from './errors';
import {
  decimalArgument,
  finiteResult,
  timingArgument,
  type PaymentTiming,
} from './spreadsheet-arguments';

/*
 * The spreadsheet's loan and annuity functions, in its sign convention: money received is positive,
 * money paid is negative, so a loan of +10000 has payments of about −1037. All five rest on one
 * identity (with T = (1+rate)^nper and type 0 = end, 1 = beginning of each period):
 *
 *     pv · T + pmt · F + fv = 0,   F = (1 + rate·type) · (T − 1) / rate   (F = nper when rate = 0)
 *
 * Where an argument makes it unsolvable (nper = 0 in PMT, rate = −100 % in PV) the spreadsheet shows
 * #NUM!, and so do these.
 */

interface Loan {
  readonly rate: Decimal;
  readonly nper: Decimal;
  readonly timing: PaymentTiming;
}

/** (1+rate)^nper: the growth of one unit over the term. */
function growth({ rate, nper }: Loan): Decimal {
  return rate.plus(1).pow(nper);
}

/** What a payment of 1 per period is worth at the end of the term. */
function annuityFactor(loan: Loan, fn: string): Decimal {
  const { rate, nper, timing } = loan;
  if (rate.isZero()) return nper;
  const factor = finiteResult(growth(loan), fn)
    .minus(1)
    .div(rate)
    .times(rate.times(timing).plus(1));
  return finiteResult(factor, fn);
}

function loanOf(fn: string, rate: DecimalInput, nper: DecimalInput, type: PaymentTiming): Loan {
  return {
    rate: decimalArgument(rate, fn, 'rate'),
    nper: decimalArgument(nper, fn, 'nper'),
    timing: timingArgument(type, fn),
  };
}

function futureValueOf(loan: Loan, payment: Decimal, present: Decimal, fn: string): Decimal {
  const grown = finiteResult(growth(loan), fn);
  return finiteResult(
    present
      .times(grown)
      .plus(payment.times(annuityFactor(loan, fn)))
      .neg(),
    fn,
  );
}

function paymentOf(loan: Loan, present: Decimal, future: Decimal, fn: string): Decimal {
  if (loan.nper.isZero())
    throw new FinanceError('#NUM!', `${fn} needs a number of periods other than 0`);
  const factor = annuityFactor(loan, fn);
  if (factor.isZero())
    throw new FinanceError(
      '#NUM!',
      `${fn} has no payment that repays this loan over ${loan.nper.toString()} periods`,
    );
  return finiteResult(
    future
      .plus(present.times(growth(loan)))
      .div(factor)
      .neg(),
    fn,
  );
}

/** PMT: the payment per period that takes `pv` to `fv` over `nper` periods. */
export function pmt(
  rate: DecimalInput,
  nper: DecimalInput,
  pv: DecimalInput,
  fv: DecimalInput = 0,
  type: PaymentTiming = 0,
): Decimal {
  const loan = loanOf('PMT', rate, nper, type);
  return paymentOf(loan, decimalArgument(pv, 'PMT', 'pv'), decimalArgument(fv, 'PMT', 'fv'), 'PMT');
}

/** FV: the value after `nper` periods of `pv` and the payments `pmt`. */
export function fv(
  rate: DecimalInput,
  nper: DecimalInput,
  pmt: DecimalInput,
  pv: DecimalInput = 0,
  type: PaymentTiming = 0,
): Decimal {
  const loan = loanOf('FV', rate, nper, type);
  return futureValueOf(
    loan,
    decimalArgument(pmt, 'FV', 'pmt'),
    decimalArgument(pv, 'FV', 'pv'),
    'FV',
  );
}

/** PV: the present value of the payments `pmt` and the final amount `fv`. */
export function pv(
  rate: DecimalInput,
  nper: DecimalInput,
  pmt: DecimalInput,
  fv: DecimalInput = 0,
  type: PaymentTiming = 0,
): Decimal {
  const loan = loanOf('PV', rate, nper, type);
  const payment = decimalArgument(pmt, 'PV', 'pmt');
  const future = decimalArgument(fv, 'PV', 'fv');
  const grown = finiteResult(growth(loan), 'PV');
  if (grown.isZero())
    throw new FinanceError(
      '#NUM!',
      'PV is undefined at a rate of -100%: nothing later is worth anything now',
    );
  return finiteResult(
    future
      .plus(payment.times(annuityFactor(loan, 'PV')))
      .div(grown)
      .neg(),
    'PV',
  );
}

function interestPart(
  fn: string,
  loan: Loan,
  per: Decimal,
  present: Decimal,
  future: Decimal,
): { payment: Decimal; interest: Decimal } {
  if (per.lt(1) || per.gt(loan.nper)) {
    throw new FinanceError(
      '#NUM!',
      `${fn} needs a period from 1 to nper (${loan.nper.toString()}), got ${per.toString()}`,
    );
  }
  const payment = paymentOf(loan, present, future, fn);
  let interest: Decimal;
  if (per.eq(1)) {
    // Paid in advance, the first payment falls before any interest has accrued.
    interest = loan.timing === 1 ? new Dec(0) : present.neg().times(loan.rate);
  } else if (loan.timing === 1) {
    // The balance after the previous payment: the value after per − 2 periods, less that payment.
    const balance = futureValueOf({ ...loan, nper: per.minus(2) }, payment, present, fn).minus(
      payment,
    );
    interest = balance.times(loan.rate);
  } else {
    interest = futureValueOf({ ...loan, nper: per.minus(1) }, payment, present, fn).times(
      loan.rate,
    );
  }
  return { payment, interest: finiteResult(interest, fn) };
}

/** IPMT: the interest part of the payment in period `per` (1-based). */
export function ipmt(
  rate: DecimalInput,
  per: DecimalInput,
  nper: DecimalInput,
  pv: DecimalInput,
  fv: DecimalInput = 0,
  type: PaymentTiming = 0,
): Decimal {
  const loan = loanOf('IPMT', rate, nper, type);
  const period = decimalArgument(per, 'IPMT', 'per');
  return interestPart(
    'IPMT',
    loan,
    period,
    decimalArgument(pv, 'IPMT', 'pv'),
    decimalArgument(fv, 'IPMT', 'fv'),
  ).interest;
}

/** PPMT: the principal part of the payment in period `per`, PMT − IPMT. */
export function ppmt(
  rate: DecimalInput,
  per: DecimalInput,
  nper: DecimalInput,
  pv: DecimalInput,
  fv: DecimalInput = 0,
  type: PaymentTiming = 0,
): Decimal {
  const loan = loanOf('PPMT', rate, nper, type);
  const period = decimalArgument(per, 'PPMT', 'per');
  const { payment, interest } = interestPart(
    'PPMT',
    loan,
    period,
    decimalArgument(pv, 'PPMT', 'pv'),
    decimalArgument(fv, 'PPMT', 'fv'),
  );
  return finiteResult(payment.minus(interest), 'PPMT');
}
