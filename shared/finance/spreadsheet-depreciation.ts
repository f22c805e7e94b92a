import type Decimal from 'decimal.js';
import { Dec, type DecimalInput } from './decimal';
import { FinanceError } from './errors';
import { decimalArgument, finiteResult } from './spreadsheet-arguments';

/*
 * The spreadsheet's depreciation functions, one period at a time. Argument checks follow LibreOffice
 * Calc, whose source states them (Excel's pages only say "positive numbers"); the schedules the model
 * uses are in depreciation-schedule.ts.
 */

function invalid(fn: string, message: string): never {
  throw new FinanceError('#NUM!', `${fn}: ${message}`);
}

/** SLN: straight-line depreciation for one period. */
export function sln(cost: DecimalInput, salvage: DecimalInput, life: DecimalInput): Decimal {
  const c = decimalArgument(cost, 'SLN', 'cost');
  const s = decimalArgument(salvage, 'SLN', 'salvage');
  const n = decimalArgument(life, 'SLN', 'life');
  if (n.isZero()) throw new FinanceError('#DIV/0!', 'SLN: life must not be 0');
  return finiteResult(c.minus(s).div(n), 'SLN');
}

/** SYD: sum-of-years'-digits depreciation for period `per` (1-based). */
export function syd(
  cost: DecimalInput,
  salvage: DecimalInput,
  life: DecimalInput,
  per: DecimalInput,
): Decimal {
  const c = decimalArgument(cost, 'SYD', 'cost');
  const s = decimalArgument(salvage, 'SYD', 'salvage');
  const n = decimalArgument(life, 'SYD', 'life');
  const p = decimalArgument(per, 'SYD', 'per');
  if (!n.isPositive() || n.isZero()) invalid('SYD', 'life must be greater than 0');
  if (!p.isPositive() || p.isZero() || p.gt(n))
    invalid('SYD', `per must be greater than 0 and at most life (${n.toString()})`);
  // (cost − salvage) · (life − per + 1) / (life · (life + 1) / 2)
  return finiteResult(
    c
      .minus(s)
      .times(n.minus(p).plus(1))
      .times(2)
      .div(n.times(n.plus(1))),
    'SYD',
  );
}

/**
 * DDB: declining-balance depreciation at factor / life (double by default) for one period, the
 * last periods limited so the book value does not fall below salvage. Unlike VDB it never switches
 * to straight line. Closed form, as LibreOffice computes it, so a fractional period also works.
 */
export function ddb(
  cost: DecimalInput,
  salvage: DecimalInput,
  life: DecimalInput,
  period: DecimalInput,
  factor: DecimalInput = 2,
): Decimal {
  const c = decimalArgument(cost, 'DDB', 'cost');
  const s = decimalArgument(salvage, 'DDB', 'salvage');
  const n = decimalArgument(life, 'DDB', 'life');
  const p = decimalArgument(period, 'DDB', 'period');
  const f = decimalArgument(factor, 'DDB', 'factor');
  if (c.isNegative() && !c.isZero()) invalid('DDB', 'cost must not be negative');
  if (s.isNegative() && !s.isZero()) invalid('DDB', 'salvage must not be negative');
  if (s.gt(c)) invalid('DDB', 'salvage must not exceed cost');
  if (!f.isPositive() || f.isZero()) invalid('DDB', 'factor must be greater than 0');
  if (p.lt(1) || p.gt(n))
    invalid('DDB', `period must be from 1 to life (${n.toString()}), got ${p.toString()}`);

  let rate = f.div(n);
  let before: Decimal;
  if (rate.gte(1)) {
    // The whole depreciable amount goes in the first period.
    rate = new Dec(1);
    before = p.eq(1) ? c : new Dec(0);
  } else {
    before = c.times(new Dec(1).minus(rate).pow(p.minus(1)));
  }
  const after = c.times(new Dec(1).minus(rate).pow(p));
  const amount = after.lt(s) ? before.minus(s) : before.minus(after);
  return finiteResult(amount.isNegative() ? new Dec(0) : amount, 'DDB');
}

/**
 * DB: fixed-declining-balance depreciation. The rate 1 − (salvage/cost)^(1/life) is rounded to three
 * decimals, as the spreadsheet does; the first period has month/12 of a year, and when month < 12 a
 * period life + 1 takes the remaining (12 − month)/12. `month` and `period` are truncated to whole
 * numbers, as the spreadsheet truncates them. With month = 12 there is no period life + 1.
 */
export function db(
  cost: DecimalInput,
  salvage: DecimalInput,
  life: DecimalInput,
  period: DecimalInput,
  month: DecimalInput = 12,
): Decimal {
  const c = decimalArgument(cost, 'DB', 'cost');
  const s = decimalArgument(salvage, 'DB', 'salvage');
  const n = decimalArgument(life, 'DB', 'life');
  const p = decimalArgument(period, 'DB', 'period').trunc();
  const m = decimalArgument(month, 'DB', 'month').trunc();
  if (!c.isPositive() || c.isZero()) invalid('DB', 'cost must be greater than 0');
  if (s.isNegative() && !s.isZero()) invalid('DB', 'salvage must not be negative');
  if (s.gt(c)) invalid('DB', 'salvage must not exceed cost');
  if (!n.isPositive() || n.isZero()) invalid('DB', 'life must be greater than 0');
  if (m.lt(1) || m.gt(12)) invalid('DB', `month must be from 1 to 12, got ${m.toString()}`);
  const lastPeriod = m.lt(12) ? n.plus(1) : n;
  if (p.lt(1) || p.gt(lastPeriod)) {
    invalid(
      'DB',
      `period must be from 1 to ${m.lt(12) ? 'life + 1' : 'life'} (${lastPeriod.toString()}), got ${p.toString()}`,
    );
  }

  const one = new Dec(1);
  const rate = one.minus(s.div(c).pow(one.div(n))).toDecimalPlaces(3, Dec.ROUND_HALF_UP);
  const firstYearShare = m.div(12);
  const first = c.times(rate).times(firstYearShare);
  if (p.eq(1)) return finiteResult(first, 'DB');
  // Book value after the first period, then after each further full period: a geometric series, so
  // no loop over the periods is needed.
  const bookAfterFirst = c.minus(first);
  if (p.lte(n)) {
    const book = bookAfterFirst.times(one.minus(rate).pow(p.minus(2)));
    return finiteResult(book.times(rate), 'DB');
  }
  const fullPeriods = Dec.max(n.floor().minus(1), 0);
  const book = bookAfterFirst.times(one.minus(rate).pow(fullPeriods));
  return finiteResult(book.times(rate).times(one.minus(firstYearShare)), 'DB');
}
