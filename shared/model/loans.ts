import { levelPayment, type Arithmetic } from '../finance';
import type { LoanInput } from './inputs';

/*
 * A loan is drawn at the end of year d (or over several years from d: its draws) and repaid in
 * years d+1 … d+term, with interest on the balance at the start of each year. The first `grace`
 * years pay interest only; the rest repay the principal as an annuity (a level payment
 * B·r / (1 − (1+r)^−n), B/n at a zero rate — the spreadsheet's PMT) or in equal parts of B, the
 * balance when repayment starts. The last payment clears the balance exactly.
 *
 * Draws made evenly through the year (`mid-year`) bear half a year's interest in their year:
 * q_j = (P_{j−1} + A_j / 2) × i, the convention of 《建设工程计价》 and 《项目决策分析与评价》.
 *
 * Interest during construction: interest of the years before `inServiceYear` (the year the last
 * item the loan pays for enters service) is not an expense. It is capitalised into those items'
 * cost and either paid from equity in the year (`paid`) or added to the balance (`rolled-into-
 * loan`, 只计息不支付), so that later years' interest and repayments include it.
 */

export interface LoanSchedule<N> {
  readonly draw: N[];
  readonly openingBalance: N[];
  /** Interest expensed and paid: every year's interest but the construction years'. */
  readonly interest: N[];
  /** Interest of the construction years, capitalised. */
  readonly constructionInterest: N[];
  /** The part of it paid in cash in its year (from equity); zero when rolled into the loan. */
  readonly constructionInterestPaid: N[];
  readonly principal: N[];
  readonly closingBalance: N[];
}

export function loanSchedule<N>(
  A: Arithmetic<N>,
  loan: LoanInput<N>,
  yearCount: number,
  /** The year the items the loan pays for enter service; interest before it is capitalised. */
  inServiceYear = 0,
): LoanSchedule<N> {
  const zeros = (): N[] => Array.from({ length: yearCount }, () => A.zero);
  const schedule: LoanSchedule<N> = {
    draw: zeros(),
    openingBalance: zeros(),
    interest: zeros(),
    constructionInterest: zeros(),
    constructionInterestPaid: zeros(),
    principal: zeros(),
    closingBalance: zeros(),
  };
  const draws = loan.draws ?? [{ year: loan.drawdownYear, amount: loan.amount }];
  const midYear = loan.drawTiming === 'mid-year';
  const halfRate = midYear ? A.div(loan.rate, A.fromNumber(2)) : A.zero;
  const rolled = loan.constructionInterest === 'rolled-into-loan';
  const repaymentYears = loan.termYears - loan.graceYears;
  let balance = A.zero;
  let payment: N | null = null;
  let equalPart: N | null = null;
  for (let year = loan.drawdownYear; year < yearCount; year += 1) {
    const k = year - loan.drawdownYear;
    if (k > loan.termYears) break;
    const draw = draws.find((entry) => entry.year === year)?.amount ?? A.zero;
    schedule.draw[year] = draw;
    if (k > 0) schedule.openingBalance[year] = balance;
    // Interest on the opening balance, and half a year's on a draw made evenly through the year.
    let interest = k === 0 ? A.zero : A.mul(balance, loan.rate);
    if (midYear && !A.isZero(draw)) interest = A.add(interest, A.mul(draw, halfRate));
    balance = A.add(balance, draw);
    if (year < inServiceYear) {
      schedule.constructionInterest[year] = interest;
      if (rolled) balance = A.add(balance, interest);
      else schedule.constructionInterestPaid[year] = interest;
    } else {
      schedule.interest[year] = interest;
    }
    let principal = A.zero;
    if (k > 0 && k === loan.termYears) {
      principal = balance;
    } else if (k > loan.graceYears) {
      if (loan.repayment === 'equal-principal') {
        equalPart ??= A.div(balance, A.fromNumber(repaymentYears));
        principal = equalPart;
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
