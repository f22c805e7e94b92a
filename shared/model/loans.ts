import { levelPayment, type Arithmetic } from '../finance';
import type { LoanInput } from './inputs';

/*
 * A loan drawn at the end of year d is repaid in years d+1 … d+term, with interest on the balance
 * at the start of each year. The first `grace` years pay interest only; the rest repay the
 * principal as an annuity (a level payment B·r / (1 − (1+r)^−n), B/n at a zero rate — the
 * spreadsheet's PMT) or in equal parts. The last payment clears the balance exactly.
 */

export interface LoanSchedule<N> {
  readonly draw: N[];
  readonly openingBalance: N[];
  readonly interest: N[];
  readonly principal: N[];
  readonly closingBalance: N[];
}

export function loanSchedule<N>(
  A: Arithmetic<N>,
  loan: LoanInput<N>,
  yearCount: number,
): LoanSchedule<N> {
  const zeros = (): N[] => Array.from({ length: yearCount }, () => A.zero);
  const schedule: LoanSchedule<N> = {
    draw: zeros(),
    openingBalance: zeros(),
    interest: zeros(),
    principal: zeros(),
    closingBalance: zeros(),
  };
  const repaymentYears = loan.termYears - loan.graceYears;
  let balance = A.zero;
  let payment: N | null = null;
  for (let year = loan.drawdownYear; year < yearCount; year += 1) {
    const k = year - loan.drawdownYear;
    if (k === 0) {
      schedule.draw[year] = loan.amount;
      balance = loan.amount;
      schedule.closingBalance[year] = balance;
      continue;
    }
    if (k > loan.termYears) break;
    schedule.openingBalance[year] = balance;
    const interest = A.mul(balance, loan.rate);
    schedule.interest[year] = interest;
    let principal = A.zero;
    if (k === loan.termYears) {
      principal = balance;
    } else if (k > loan.graceYears) {
      if (loan.repayment === 'equal-principal') {
        principal = A.div(loan.amount, A.fromNumber(repaymentYears));
      } else {
        payment ??= levelPayment(A, balance, loan.rate, repaymentYears);
        principal = A.sub(payment, interest);
      }
    }
    schedule.principal[year] = principal;
    balance = A.sub(balance, principal);
    schedule.closingBalance[year] = balance;
  }
  return schedule;
}
