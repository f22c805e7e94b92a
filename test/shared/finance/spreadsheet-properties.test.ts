import type Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  db,
  ddb,
  Dec,
  decimalArithmetic as A,
  fv,
  ipmt,
  irr,
  levelPayment,
  npv,
  pmt,
  ppmt,
  presentValue,
  pv,
  xirr,
  xnpv,
  type PaymentTiming,
} from '../../../shared/finance';
import { amount, anyFlows, conventionalFlows, expectClose, rate, RUNS, termSize } from './helpers';

const timing = fc.constantFrom<PaymentTiming>(0, 1);
const periods = fc.integer({ min: 1, max: 40 });
const loanRate = fc.oneof(rate(-50, 50), fc.constant(new Dec(0)));

/**
 * The terms of the identity pv·T + pmt·F + fv = 0 that all loan functions rest on, computed here on
 * their own: T = (1+rate)^nper, F = (1 + rate·type)(T − 1)/rate, or nper at a rate of 0.
 */
function loanTerms(r: Decimal, n: number, type: PaymentTiming) {
  const growth = r.plus(1).pow(n);
  const annuity = r.isZero() ? new Dec(n) : r.times(type).plus(1).times(growth.minus(1)).div(r);
  return { growth, annuity };
}

/** Σ |terms| of the identity: the size against which rounding is judged. */
function loanScale(
  r: Decimal,
  n: number,
  type: PaymentTiming,
  payment: Decimal,
  present: Decimal,
  future: Decimal,
): Decimal {
  const { growth, annuity } = loanTerms(r, n, type);
  return present
    .abs()
    .times(growth.abs())
    .plus(payment.abs().times(annuity.abs()))
    .plus(future.abs());
}

/** The largest amounts an amortisation table holds: the balance at its start and end, the payments. */
function tableScale(
  r: Decimal,
  n: number,
  type: PaymentTiming,
  payment: Decimal,
  present: Decimal,
  future: Decimal,
): Decimal {
  return loanScale(r, n, type, payment, present, future)
    .plus(present.abs())
    .plus(future.abs())
    .plus(payment.abs().times(n));
}

describe('NPV and XNPV', () => {
  it('NPV discounts the first value: it equals Σ values[i] / (1+rate)^(i+1) summed directly', () => {
    fc.assert(
      fc.property(rate(-50, 100), anyFlows(), (r, values) => {
        const direct = values.reduce(
          (sum, value, i) => sum.plus(value.div(r.plus(1).pow(i + 1))),
          new Dec(0),
        );
        expectClose(npv(r, values), direct, '1e-34', termSize(r, values));
      }),
      RUNS,
    );
  });

  it('NPV is the model present value one year later: npv · (1+rate) = presentValue', () => {
    fc.assert(
      fc.property(rate(-50, 100), anyFlows(), (r, values) => {
        expectClose(
          npv(r, values).times(r.plus(1)),
          presentValue(A, r, values),
          '1e-34',
          termSize(r, values),
        );
      }),
      RUNS,
    );
  });

  it('XNPV with dates 365 days apart equals the yearly present value, and XIRR the IRR', () => {
    const start = Date.UTC(2021, 0, 1);
    fc.assert(
      fc.property(rate(-50, 100), conventionalFlows(12), (r, values) => {
        const dates = values.map((_, year) => new Date(start + year * 365 * 86_400_000));
        expectClose(
          xnpv(r, values, dates),
          presentValue(A, r, values),
          '1e-32',
          termSize(r, values),
        );
        const rate = irr(values);
        expectClose(xirr(values, dates), rate, '1e-25', rate.abs().plus(1));
      }),
      { ...RUNS, numRuns: 40 },
    );
  });
});

describe('PV, FV and PMT', () => {
  it('pv and fv invert each other', () => {
    fc.assert(
      fc.property(loanRate, periods, amount(), amount(), timing, (r, n, payment, target, type) => {
        const present = pv(r, n, payment, target, type);
        expectClose(
          fv(r, n, payment, present, type),
          target,
          '1e-33',
          loanScale(r, n, type, payment, present, target),
        );
        const future = fv(r, n, payment, target, type);
        // pv divides by (1+rate)^nper, so its rounding is judged against the terms divided by it.
        const { growth } = loanTerms(r, n, type);
        expectClose(
          pv(r, n, payment, future, type),
          target,
          '1e-33',
          loanScale(r, n, type, payment, target, future).div(growth.abs()),
        );
      }),
      RUNS,
    );
  });

  it('the payment from pmt takes pv to fv', () => {
    fc.assert(
      fc.property(loanRate, periods, amount(), amount(), timing, (r, n, present, target, type) => {
        const payment = pmt(r, n, present, target, type);
        expectClose(
          fv(r, n, payment, present, type),
          target,
          '1e-33',
          loanScale(r, n, type, payment, present, target),
        );
      }),
      RUNS,
    );
  });

  it('the model’s level loan payment is the spreadsheet’s −PMT(r, n, P)', () => {
    fc.assert(
      fc.property(loanRate, periods, amount(), (r, n, principal) => {
        const payment = levelPayment(A, principal, r, n);
        expectClose(payment, pmt(r, n, principal).neg(), '1e-33', payment);
      }),
      RUNS,
    );
  });

  it('at a rate of 0 the payment is -(pv + fv) / nper exactly', () => {
    fc.assert(
      fc.property(periods, amount(), amount(), timing, (n, present, target, type) => {
        expect(pmt(0, n, present, target, type).eq(present.plus(target).div(n).neg())).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('IPMT and PPMT', () => {
  /**
   * An amortisation table kept period by period, the way a bank statement is: the interest part of
   * each payment is the rate times what is owed after the previous payment (nothing for the first
   * payment in advance), the rest of the payment is principal.
   */
  function amortise(
    r: Decimal,
    n: number,
    present: Decimal,
    payment: Decimal,
    type: PaymentTiming,
  ) {
    const rows: { interest: Decimal; principal: Decimal }[] = [];
    let owed = present;
    for (let period = 1; period <= n; period++) {
      const interest = type === 1 && period === 1 ? new Dec(0) : owed.times(r).neg();
      rows.push({ interest, principal: payment.minus(interest) });
      owed = owed.plus(payment).minus(interest);
    }
    return rows;
  }

  it('match an amortisation table kept period by period, and ipmt + ppmt = pmt in every period', () => {
    fc.assert(
      fc.property(
        loanRate,
        fc.integer({ min: 1, max: 30 }),
        amount(),
        amount(),
        timing,
        (r, n, present, target, type) => {
          const payment = pmt(r, n, present, target, type);
          const scale = tableScale(r, n, type, payment, present, target);
          amortise(r, n, present, payment, type).forEach((row, index) => {
            const interest = ipmt(r, index + 1, n, present, target, type);
            const principal = ppmt(r, index + 1, n, present, target, type);
            expectClose(interest, row.interest, '1e-30', scale);
            expectClose(principal, row.principal, '1e-30', scale);
            expectClose(interest.plus(principal), payment, '1e-33', scale);
          });
        },
      ),
      { ...RUNS, numRuns: 100 },
    );
  });

  it('the principal parts repay the loan: Σ ppmt = −(pv + fv / (1 + rate·type))', () => {
    // Paid in advance, the balance left after the last payment still earns a period's interest
    // before it becomes fv, so that payment only has to bring it to fv / (1 + rate).
    fc.assert(
      fc.property(
        loanRate,
        fc.integer({ min: 1, max: 30 }),
        amount(),
        amount(),
        timing,
        (r, n, present, target, type) => {
          let principal = new Dec(0);
          for (let period = 1; period <= n; period++)
            principal = principal.plus(ppmt(r, period, n, present, target, type));
          const payment = pmt(r, n, present, target, type);
          const left = target.div(r.times(type).plus(1));
          expectClose(
            principal,
            present.plus(left).neg(),
            '1e-30',
            tableScale(r, n, type, payment, present, target),
          );
        },
      ),
      { ...RUNS, numRuns: 100 },
    );
  });

  it('IPMT of the first payment in advance is 0, in arrears −pv · rate', () => {
    expect(ipmt(0.1, 1, 10, 1000, 0, 1).isZero()).toBe(true);
    expect(ipmt(0.1, 1, 10, 1000, 0, 0).eq(-100)).toBe(true);
  });
});

describe('DDB and DB', () => {
  it('DDB over the whole life never takes the book value below salvage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 12 }).map((quarters) => quarters / 4),
        (cents, salvagePercent, life, factor) => {
          const cost = new Dec(cents).div(100);
          const salvage = cost.times(salvagePercent).div(100);
          let total = new Dec(0);
          for (let period = 1; period <= life; period++) {
            const amountThisPeriod = ddb(cost, salvage, life, period, factor);
            expect(amountThisPeriod.isNegative() && !amountThisPeriod.isZero()).toBe(false);
            total = total.plus(amountThisPeriod);
          }
          expect(total.lte(cost.minus(salvage).plus('1e-30'))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('DB over periods 1..life+1 charges what its rounded rate leaves: a first year of month/12, full years, then the rest', () => {
    const cost = new Dec(1000000);
    const total = Array.from({ length: 7 }, (_, i) => db(cost, 100000, 6, i + 1, 7)).reduce(
      (sum, value) => sum.plus(value),
      new Dec(0),
    );
    // 1 − (100000/1000000)^(1/6) = 0.31870…, which DB rounds to 0.319.
    const rate = new Dec('0.319');
    const share = new Dec(7).div(12);
    const left = cost
      .times(new Dec(1).minus(rate.times(share)))
      .times(new Dec(1).minus(rate).pow(5))
      .times(new Dec(1).minus(rate.times(new Dec(1).minus(share))));
    expectClose(total, cost.minus(left), '1e-30', cost);
    // The period is truncated, as the spreadsheet truncates it.
    expect(db(1000000, 100000, 6, 2.9, 7).eq(db(1000000, 100000, 6, 2, 7))).toBe(true);
  });
});
