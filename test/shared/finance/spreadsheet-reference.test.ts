import { describe, expect, it } from 'vitest';
import {
  db,
  ddb,
  Dec,
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
  xirr,
  xnpv,
} from '../../../shared/finance';
import { expectClose, expectRounded } from './helpers';

/*
 * The examples published on Microsoft's support pages for the Excel functions of the same names
 * (support.microsoft.com, "<NAME> function", section "Example"). Each value is compared at the
 * precision the page shows, rounded half up as Excel's display rounds: a dollar amount to the cent,
 * a percentage to the places shown.
 */

describe('NPV (Microsoft support, "NPV function")', () => {
  it('example 1: 10% rate, -10000 a year from today, then 3000, 4200, 6800 → $1,188.44', () => {
    expectRounded(npv(0.1, [-10000, 3000, 4200, 6800]), '1188.44');
  });

  it('example 2: 8% rate, returns 8000…14500 and the -40000 investment added undiscounted → $1,922.06', () => {
    expectRounded(npv('0.08', [8000, 9200, 10000, 12000, 14500]).plus(-40000), '1922.06');
  });

  it('example 2: the same with a 9000 loss in the sixth year → ($3,749.47)', () => {
    expectRounded(npv(0.08, [8000, 9200, 10000, 12000, 14500, -9000]).plus(-40000), '-3749.47');
  });
});

describe('XNPV and XIRR (Microsoft support, "XNPV function" and "XIRR function")', () => {
  const values = [-10000, 2750, 4250, 3250, 2750];
  const dates = ['2008-01-01', '2008-03-01', '2008-10-30', '2009-02-15', '2009-04-01'];

  it('XNPV at 9% → $2,086.65', () => {
    expectRounded(xnpv(0.09, values, dates), '2086.65');
  });

  it('XIRR with guess 0.1 → 37.34% (the page shows 0.373362535)', () => {
    const rate = xirr(values, dates, 0.1);
    expectRounded(rate.times(100), '37.34');
    // Excel stops iterating once its steps fall below about 1e-8, so its nine-decimal figure is within
    // a few 1e-9 of the exact root this returns (0.3733625335…), not equal to it.
    expectClose(rate, '0.373362535', '5e-9');
  });

  it('dates given as Date objects give the same results', () => {
    const asDates = dates.map((date) => new Date(`${date}T00:00:00Z`));
    expect(xnpv(0.09, values, asDates).eq(xnpv(0.09, values, dates))).toBe(true);
    expect(xirr(values, asDates).eq(xirr(values, dates))).toBe(true);
  });
});

describe('IRR (Microsoft support, "IRR function")', () => {
  const flows = [-70000, 12000, 15000, 18000, 21000, 26000];

  it('after four years → -2.1%', () => {
    expectRounded(irr(flows.slice(0, 5)).times(100), '-2.1');
  });

  it('after five years → 8.7%', () => {
    expectRounded(irr(flows).times(100), '8.7');
  });

  it('after two years, with a guess of -10% → -44.4%', () => {
    expectRounded(irr(flows.slice(0, 3), -0.1).times(100), '-44.4');
  });
});

describe('MIRR (Microsoft support, "MIRR function")', () => {
  const flows = [-120000, 39000, 30000, 21000, 37000, 46000];

  it('five years, 10% finance rate, 12% reinvestment rate → 12.6%', () => {
    expectRounded(mirr(flows, 0.1, 0.12).times(100), '12.6');
  });

  it('after three years → -4.8%', () => {
    expectRounded(mirr(flows.slice(0, 4), 0.1, 0.12).times(100), '-4.8');
  });

  it('five years at a 14% reinvestment rate → 13.5%', () => {
    expectRounded(mirr(flows, 0.1, 0.14).times(100), '13.5');
  });
});

describe('PMT (Microsoft support, "PMT function")', () => {
  const monthly = new Dec(0.08).div(12);

  it('example 1: 8% a year, 10 monthly payments, loan 10000 → ($1,037.03)', () => {
    expectRounded(pmt(monthly, 10, 10000), '-1037.03');
  });

  it('example 1: the same paid at the beginning of each period → ($1,030.16)', () => {
    expectRounded(pmt(monthly, 10, 10000, 0, 1), '-1030.16');
  });

  it('example 2: saving 50000 over 18 years at 6% → ($129.08) a month', () => {
    expectRounded(pmt(new Dec(0.06).div(12), 18 * 12, 0, 50000), '-129.08');
  });
});

describe('IPMT (Microsoft support, "IPMT function")', () => {
  it('interest in the first month of a 3-year loan of 8000 at 10% → ($66.67)', () => {
    expectRounded(ipmt(new Dec(0.1).div(12), 1, 36, 8000), '-66.67');
  });

  it('interest in the last year with yearly payments → ($292.45)', () => {
    expectRounded(ipmt(0.1, 3, 3, 8000), '-292.45');
  });
});

describe('PPMT (Microsoft support, "PPMT function")', () => {
  it('example 1: principal in month 1 of a 2-year loan of 2000 at 10% → ($75.62)', () => {
    expectRounded(ppmt(new Dec(0.1).div(12), 1, 24, 2000), '-75.62');
  });

  it('example 2: principal in year 10 of a 10-year loan of 200000 at 8% → ($27,598.05)', () => {
    expectRounded(ppmt(0.08, 10, 10, 200000), '-27598.05');
  });
});

describe('PV (Microsoft support, "PV function")', () => {
  it('500 a month for 20 years at 8% → ($59,777.15)', () => {
    expectRounded(pv(new Dec(0.08).div(12), 12 * 20, 500, 0, 0), '-59777.15');
  });
});

describe('FV (Microsoft support, "FV function")', () => {
  it('example 1: 6%, 10 payments of -200, present value -500, paid at the beginning → $2,581.40', () => {
    expectRounded(fv(new Dec(0.06).div(12), 10, -200, -500, 1), '2581.40');
  });

  it('example 2: 12%, 12 payments of -1000 → $12,682.50', () => {
    expectRounded(fv(new Dec(0.12).div(12), 12, -1000), '12682.50');
  });

  it('example 3: 11%, 35 payments of -2000 at the beginning → $82,846.25', () => {
    expectRounded(fv(new Dec(0.11).div(12), 35, -2000, 0, 1), '82846.25');
  });
});

describe('SLN (Microsoft support, "SLN function")', () => {
  it('cost 30000, salvage 7500, life 10 → $2,250', () => {
    expectRounded(sln(30000, 7500, 10), '2250.00');
  });
});

describe('SYD (Microsoft support, "SYD function")', () => {
  it('cost 300000, salvage 75000, life 10: year 1 → $40,909.09, year 10 → $4,090.91', () => {
    expectRounded(syd(300000, 75000, 10, 1), '40909.09');
    expectRounded(syd(300000, 75000, 10, 10), '4090.91');
  });
});

describe('DDB (Microsoft support, "DDB function")', () => {
  it('cost 2400, salvage 300, life 10 years', () => {
    expectRounded(ddb(2400, 300, 10 * 365, 1), '1.32'); // first day
    expectRounded(ddb(2400, 300, 10 * 12, 1, 2), '40.00'); // first month
    expectRounded(ddb(2400, 300, 10, 1, 2), '480.00'); // first year
    expectRounded(ddb(2400, 300, 10, 2, 1.5), '306.00'); // second year, factor 1.5
    expectRounded(ddb(2400, 300, 10, 10), '22.12'); // tenth year
  });
});

describe('DB (Microsoft support, "DB function")', () => {
  it('cost 1000000, salvage 100000, life 6, first year of 7 months: years 1–7', () => {
    const expected = [
      '186083.33',
      '259639.42',
      '176814.44',
      '120410.64',
      '81999.64',
      '55841.76',
      '15845.10',
    ];
    expected.forEach((value, index) => expectRounded(db(1000000, 100000, 6, index + 1, 7), value));
  });
});
