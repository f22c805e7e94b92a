import { describe, expect, it } from 'vitest';
import {
  db,
  ddb,
  Dec,
  FinanceError,
  fv,
  ipmt,
  irr,
  mirr,
  npv,
  pmt,
  ppmt,
  pv,
  sln,
  syd,
  toDayNumber,
  xirr,
  xnpv,
  type PaymentTiming,
} from '../../../shared/finance';
import { expectFinanceError } from './helpers';

describe('arguments', () => {
  it('accepts numbers, decimal strings and Decimals alike', () => {
    const fromNumber = pmt(0.05, 10, 1000);
    expect(pmt('0.05', '10', '1000').eq(fromNumber)).toBe(true);
    expect(pmt(new Dec('0.05'), new Dec(10), new Dec(1000)).eq(fromNumber)).toBe(true);
  });

  it('refuses NaN, Infinity and strings that are not plain decimals with #VALUE!', () => {
    expectFinanceError(
      () => npv(Number.NaN, [1]),
      '#VALUE!',
      /NPV: rate must be a finite number, got NaN/,
    );
    expectFinanceError(() => npv(0.1, [1, Number.POSITIVE_INFINITY]), '#VALUE!', /values\[1\]/);
    expectFinanceError(() => pmt(0.1, 10, new Dec(Number.NaN)), '#VALUE!');
    expectFinanceError(() => pv('abc', 10, 100), '#VALUE!');
    expectFinanceError(() => pv('0x10', 10, 100), '#VALUE!');
    expectFinanceError(() => pv('Infinity', 10, 100), '#VALUE!');
    expectFinanceError(() => pv('', 10, 100), '#VALUE!');
    expectFinanceError(() => sln(' 100', 0, 5), '#VALUE!');
    expectFinanceError(() => npv(0.1, 'not a list' as unknown as number[]), '#VALUE!');
  });

  it('FinanceError is an Error carrying the code', () => {
    try {
      irr([1, 2, 3]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(FinanceError);
      expect((error as FinanceError).name).toBe('FinanceError');
      expect((error as FinanceError).code).toBe('#NUM!');
    }
  });

  it('refuses a payment type other than 0 or 1', () => {
    expectFinanceError(() => pmt(0.1, 10, 1000, 0, 2 as PaymentTiming), '#NUM!', /type must be 0/);
  });
});

describe('dates', () => {
  it('reads YYYY-MM-DD as a UTC calendar day', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('2024-02-29') - toDayNumber('2024-02-28')).toBe(1);
    expect(toDayNumber('2000-01-01')).toBe(10957);
    // Years below 100 are not read as 19xx.
    expect(toDayNumber('0099-12-31')).toBeLessThan(toDayNumber('1000-01-01'));
  });

  it('drops the time of day of a Date, as the spreadsheet truncates date serials', () => {
    expect(toDayNumber(new Date('2008-03-01T23:59:59Z'))).toBe(toDayNumber('2008-03-01'));
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD with #VALUE!', () => {
    for (const bad of [
      '2023-02-29',
      '2023-13-01',
      '2023-00-10',
      '2023-04-31',
      '2023-1-5',
      '05/01/2023',
      '2023-01-01T00:00:00Z',
      '',
    ]) {
      expectFinanceError(() => toDayNumber(bad), '#VALUE!');
    }
    expectFinanceError(() => toDayNumber(new Date(Number.NaN)), '#VALUE!');
    expectFinanceError(() => xnpv(0.1, [-1, 2], ['2023-01-01', '2023-02-30']), '#VALUE!');
  });
});

describe('cash-flow functions', () => {
  it('NPV: #DIV/0! at -100%, #VALUE! without values', () => {
    expectFinanceError(() => npv(-1, [100, 200]), '#DIV/0!');
    expectFinanceError(() => npv(0.1, []), '#VALUE!');
  });

  it('XNPV: #NUM! for unequal lengths, a date before the first, or a rate of -100% or less', () => {
    expectFinanceError(
      () => xnpv(0.1, [-100, 50, 60], ['2020-01-01', '2021-01-01']),
      '#NUM!',
      /as many dates as values/,
    );
    expectFinanceError(
      () => xnpv(0.1, [-100, 50, 60], ['2020-01-01', '2021-01-01', '2019-12-31']),
      '#NUM!',
      /before the first date/,
    );
    expectFinanceError(() => xnpv(-1, [-100, 150], ['2020-01-01', '2021-01-01']), '#NUM!');
    expectFinanceError(() => xnpv(0.1, [], []), '#NUM!');
  });

  it('XNPV allows later dates in any order after the first', () => {
    const ordered = xnpv(0.1, [-100, 50, 60], ['2020-01-01', '2020-06-01', '2021-01-01']);
    const shuffled = xnpv(0.1, [-100, 60, 50], ['2020-01-01', '2021-01-01', '2020-06-01']);
    expect(shuffled.minus(ordered).abs().lt('1e-35')).toBe(true);
  });

  it('IRR: #NUM! without a sign change, without a root, or with a guess of -100%', () => {
    expectFinanceError(
      () => irr([100, 200, 300]),
      '#NUM!',
      /IRR needs at least one positive and one negative cash flow/,
    );
    expectFinanceError(() => irr([-100, -200]), '#NUM!', /at least one positive and one negative/);
    expectFinanceError(() => irr([0, 0]), '#NUM!', /at least one positive and one negative/);
    // -1 + x - x^2 is negative for every x: two sign changes, no real rate.
    expectFinanceError(() => irr([-1, 1, -1]), '#NUM!', /found no rate/);
    expectFinanceError(() => irr([-100, 110], -1), '#NUM!', /guess/);
  });

  it('XIRR: #NUM! without a sign change or for unequal lengths', () => {
    expectFinanceError(
      () => xirr([-100, -50], ['2020-01-01', '2021-01-01']),
      '#NUM!',
      /XIRR needs at least one positive and one negative/,
    );
    expectFinanceError(() => xirr([-100, 150], ['2020-01-01']), '#NUM!');
    expectFinanceError(() => xirr([-100, 150], ['2020-01-01', '2019-01-01']), '#NUM!');
  });

  it('MIRR: #DIV/0! without both signs or at a rate of -100%', () => {
    expectFinanceError(() => mirr([100, 200], 0.1, 0.1), '#DIV/0!', /positive and one negative/);
    expectFinanceError(() => mirr([-100, -200], 0.1, 0.1), '#DIV/0!');
    expectFinanceError(() => mirr([-100, 200], -1, 0.1), '#DIV/0!');
    expectFinanceError(() => mirr([-100, 200], 0.1, -1), '#DIV/0!');
  });
});

describe('loan functions', () => {
  it('PMT: #NUM! with no periods or when no payment can work', () => {
    expectFinanceError(() => pmt(0.1, 0, 1000), '#NUM!', /periods/);
    expectFinanceError(() => pmt(0, 0, 1000), '#NUM!');
    // At -100% paid in advance the annuity factor (1 + rate·type) vanishes.
    expectFinanceError(() => pmt(-1, 10, 1000, 0, 1), '#NUM!');
  });

  it('PV: #NUM! at -100%', () => {
    expectFinanceError(() => pv(-1, 10, 100), '#NUM!');
  });

  it('FV: #NUM! for a fractional power of a negative number', () => {
    expectFinanceError(() => fv(-2, 0.5, 100), '#NUM!');
  });

  it('IPMT and PPMT: #NUM! for a period outside 1..nper', () => {
    expectFinanceError(() => ipmt(0.1, 0, 10, 1000), '#NUM!', /period from 1 to nper/);
    expectFinanceError(() => ipmt(0.1, 11, 10, 1000), '#NUM!');
    expectFinanceError(() => ppmt(0.1, 0, 10, 1000), '#NUM!');
    expectFinanceError(() => ppmt(0.1, 10.5, 10, 1000), '#NUM!');
  });
});

describe('depreciation functions', () => {
  it('SLN: #DIV/0! for a life of 0', () => {
    expectFinanceError(() => sln(1000, 100, 0), '#DIV/0!');
  });

  it('SYD: #NUM! for a life or period out of range', () => {
    expectFinanceError(() => syd(1000, 100, 0, 1), '#NUM!');
    expectFinanceError(() => syd(1000, 100, 5, 0), '#NUM!');
    expectFinanceError(() => syd(1000, 100, 5, 6), '#NUM!');
  });

  it('DDB: #NUM! for negative amounts, salvage above cost, a bad factor or period', () => {
    expectFinanceError(() => ddb(-1000, 0, 5, 1), '#NUM!');
    expectFinanceError(() => ddb(1000, -1, 5, 1), '#NUM!');
    expectFinanceError(() => ddb(1000, 1001, 5, 1), '#NUM!');
    expectFinanceError(() => ddb(1000, 100, 5, 1, 0), '#NUM!');
    expectFinanceError(() => ddb(1000, 100, 5, 0), '#NUM!');
    expectFinanceError(() => ddb(1000, 100, 5, 6), '#NUM!');
  });

  it('DB: #NUM! for a bad month, a period past the last, or no cost', () => {
    expectFinanceError(() => db(1000000, 100000, 6, 1, 13), '#NUM!', /month/);
    expectFinanceError(() => db(1000000, 100000, 6, 1, 0), '#NUM!');
    expectFinanceError(() => db(1000000, 100000, 6, 8, 7), '#NUM!', /life \+ 1/);
    // With a whole first year there is no partial period after the last.
    expectFinanceError(() => db(1000000, 100000, 6, 7), '#NUM!');
    expectFinanceError(() => db(1000000, 100000, 6, 0), '#NUM!');
    expectFinanceError(() => db(0, 0, 6, 1), '#NUM!');
    expectFinanceError(() => db(1000, 2000, 6, 1), '#NUM!');
    expectFinanceError(() => db(1000, 100, 0, 1), '#NUM!');
  });
});
