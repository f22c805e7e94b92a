import { describe, expect, it } from 'vitest';
import { decimalArithmetic, Dec } from '../../../shared/finance';
import { resolveScenario, taxOnIncome } from '../../../shared/model';
import type { Tax } from '../../../shared/scenario';
import {
  baseScenario,
  capex,
  evaluateValid,
  runningCost,
  saving,
  strings,
} from '../../helpers/scenarios';

const flat = { rate: '0.25', lossCarryForwardYears: 5 } satisfies Tax;
const qualifying = {
  oneTimeDeduction: true,
  grants: false,
  investmentTaxCredit: false,
  superDeduction: false,
};
const sl = (lifeYears: number, salvage = '0') => ({
  method: 'straight-line' as const,
  lifeYears,
  salvage,
});

describe('one-time equipment deduction', () => {
  const withDeduction: Tax = { ...flat, oneTimeDeduction: { unitThreshold: '5000000' } };

  it('deducts qualifying equipment in full, salvage included, in the year after it is paid', () => {
    const item = capex('kit', '1000000', {
      eligibility: qualifying,
      depreciation: sl(5, '100000'),
    });
    const { projection } = evaluateValid(baseScenario({ capex: [item], tax: withDeduction }));
    expect(strings(projection.oneTimeDeduction)).toEqual(['0', '1000000', '0', '0', '0', '0']);
    expect(strings(projection.depreciation)).toEqual(['0', '0', '0', '0', '0', '0']);
    // What it replaces: (1,000,000 − 100,000) / 5 a year.
    expect(strings(projection.depreciationBeforeIncentives)).toEqual([
      '0',
      '180000',
      '180000',
      '180000',
      '180000',
      '180000',
    ]);
    expect(strings(projection.oneTimeDeductionEffect)).toEqual([
      '0',
      '820000',
      '-180000',
      '-180000',
      '-180000',
      '-180000',
    ]);
  });

  /*
   * 财政部 税务总局公告2023年第37号 (continuing 财税〔2018〕54号): new equipment and tools of a unit
   * value up to 5,000,000 yuan are deducted at once; a unit above it is depreciated under the
   * Implementation Regulations. The test is per unit, not a yearly total.
   */
  it('deducts two machines of 4,000,000 in full: 8,000,000 (a yearly cap would allow 5,000,000)', () => {
    // One item of two units: unit value 8,000,000 / 2 = 4,000,000 ≤ 5,000,000 → 8,000,000 in year 1.
    const pair = capex('pair', '8000000', { eligibility: qualifying, units: 2 });
    const { projection } = evaluateValid(baseScenario({ capex: [pair], tax: withDeduction }));
    expect(strings(projection.oneTimeDeduction)).toEqual(['0', '8000000', '0', '0', '0', '0']);
    expect(strings(projection.depreciation)).toEqual(['0', '0', '0', '0', '0', '0']);
    // Entered as two items of one unit each: the same 8,000,000, whatever the order.
    const a = capex('a', '4000000', { eligibility: qualifying });
    const b = capex('b', '4000000', { eligibility: qualifying, depreciation: sl(4) });
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      const split = evaluateValid(baseScenario({ capex: order, tax: withDeduction })).projection;
      expect(strings(split.oneTimeDeduction)).toEqual(['0', '8000000', '0', '0', '0', '0']);
    }
  });

  it('deducts nothing at once for one machine of 6,000,000: it is depreciated normally', () => {
    // Unit value 6,000,000 > 5,000,000 → straight line over 5 years: 1,200,000 in years 1–5.
    const machine = capex('big', '6000000', { eligibility: qualifying });
    const { projection } = evaluateValid(baseScenario({ capex: [machine], tax: withDeduction }));
    expect(strings(projection.oneTimeDeduction)).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(strings(projection.depreciation)).toEqual([
      '0',
      '1200000',
      '1200000',
      '1200000',
      '1200000',
      '1200000',
    ]);
    expect(strings(projection.oneTimeDeductionEffect)).toEqual(['0', '0', '0', '0', '0', '0']);
  });

  it('tests the unit value at the threshold itself: 5,000,000 qualifies, 5,000,000.01 does not', () => {
    // Three units for 15,000,000: 5,000,000 each, at the threshold → deducted.
    const at = capex('at', '15000000', { eligibility: qualifying, units: 3 });
    expect(
      strings(
        evaluateValid(baseScenario({ capex: [at], tax: withDeduction })).projection
          .oneTimeDeduction,
      ),
    ).toEqual(['0', '15000000', '0', '0', '0', '0']);
    // 15,000,000.03 / 3 = 5,000,000.01 > 5,000,000 → depreciated: 3,000,000.006 a year.
    const above = capex('above', '15000000.03', { eligibility: qualifying, units: 3 });
    const { projection } = evaluateValid(baseScenario({ capex: [above], tax: withDeduction }));
    expect(strings(projection.oneTimeDeduction)).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(projection.depreciation[1]!.toString()).toBe('3000000.006');
  });

  it('deducts each qualifying item in the year it enters service', () => {
    const a = capex('a', '4000000', { eligibility: qualifying });
    const b = capex('b', '2000000', {
      eligibility: qualifying,
      payments: [{ year: 1, share: '1' }],
    });
    const { projection } = evaluateValid(baseScenario({ capex: [a, b], tax: withDeduction }));
    expect(strings(projection.oneTimeDeduction)).toEqual([
      '0',
      '4000000',
      '2000000',
      '0',
      '0',
      '0',
    ]);
  });

  it('depreciates a qualifying item normally when the regime has no one-time deduction', () => {
    const item = capex('kit', '1000000', { eligibility: qualifying });
    const { projection } = evaluateValid(baseScenario({ capex: [item], tax: flat }));
    expect(strings(projection.oneTimeDeduction)).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(strings(projection.depreciation)).toEqual([
      '0',
      '200000',
      '200000',
      '200000',
      '200000',
      '200000',
    ]);
  });
});

describe('loss carry-forward', () => {
  it('uses losses oldest first and lets each expire K years after it arose', () => {
    // Taxable income: −1,000 (year 1), −500 (year 2), +1,200 (year 3), 0 (year 4), 0 (year 5); K = 2.
    // Year 3 uses the 1,000 of year 1 first, then 200 of year 2; the 300 left of year 2 could be
    // used up to year 4 and expires at its end. (Newest first would have let 300 of year 1 expire in year 3.)
    const scenario = baseScenario({
      effects: [saving('gain', '1200', { startYear: 3, endYear: 3 })],
      runningCosts: [
        runningCost('first', '1000', { endYear: 1 }),
        runningCost('second', '500', { startYear: 2, endYear: 2 }),
      ],
      tax: { rate: '0.25', lossCarryForwardYears: 2 },
    });
    const { projection } = evaluateValid(scenario);
    expect(strings(projection.taxableIncome)).toEqual(['0', '-1000', '-500', '1200', '0', '0']);
    expect(strings(projection.tax.lossUsed)).toEqual(['0', '0', '0', '1200', '0', '0']);
    expect(strings(projection.tax.lossExpired)).toEqual(['0', '0', '0', '0', '300', '0']);
    expect(strings(projection.tax.lossCarriedForward)).toEqual([
      '0',
      '1000',
      '1500',
      '300',
      '0',
      '0',
    ]);
    expect(strings(projection.tax.tax)).toEqual(['0', '0', '0', '0', '0', '0']);
  });

  it('taxes income once the loss it would have absorbed has expired', () => {
    // A 5,000 deduction in year 1 (1-year life), income of 1,000 from year 4. With K = 2 the loss
    // expires at the end of year 3 and year 4 is taxed; with K = 3 year 4 uses it and the
    // remaining 4,000 expires at the end of year 4.
    const make = (years: number) =>
      baseScenario({
        capex: [capex('tool', '5000', { depreciation: sl(1) })],
        effects: [saving('gain', '1000', { startYear: 4 })],
        tax: { rate: '0.25', lossCarryForwardYears: years },
      });
    const short = evaluateValid(make(2)).projection;
    expect(strings(short.tax.lossExpired)).toEqual(['0', '0', '0', '5000', '0', '0']);
    expect(strings(short.tax.tax)).toEqual(['0', '0', '0', '0', '250', '250']);
    const longer = evaluateValid(make(3)).projection;
    expect(strings(longer.tax.lossExpired)).toEqual(['0', '0', '0', '0', '4000', '0']);
    expect(strings(longer.tax.tax)).toEqual(['0', '0', '0', '0', '0', '250']);
  });
});

describe('rates and regimes', () => {
  const slp = {
    rate: new Dec('0.25'),
    preferential: {
      type: 'small-low-profit' as const,
      label: 'SLP',
      bands: [
        { upTo: new Dec(1_000_000), rate: new Dec('0.025') },
        { upTo: new Dec(3_000_000), rate: new Dec('0.05') },
      ],
    },
    lossCarryForwardYears: 5,
    oneTimeDeduction: null,
    superDeduction: null,
    investmentTaxCredit: null,
    companyTaxableIncome: null,
    disposalAtHorizon: false,
    payment: 'same-year' as const,
    inputVatRecoveryYears: 1,
    surcharges: null,
    holiday: null,
  };

  it('taxes small low-profit income by progressive bands, and all of it at the standard rate above the last limit', () => {
    const tax = (income: number) => taxOnIncome(decimalArithmetic, slp, new Dec(income)).toString();
    expect(tax(800_000)).toBe('20000'); // 800,000 × 2.5 %
    expect(tax(2_000_000)).toBe('75000'); // 1,000,000 × 2.5 % + 1,000,000 × 5 %
    expect(tax(3_000_000)).toBe('125000');
    expect(tax(3_000_001)).toBe('750000.25'); // no longer small low-profit: 25 % of everything
  });

  it('shows what the company regime saves against the standard rate', () => {
    const scenario = baseScenario({
      effects: [saving('gain', '1000000')],
      tax: { ...flat, preferential: { type: 'reduced-rate', label: 'High-tech', rate: '0.15' } },
    });
    const { projection } = evaluateValid(scenario);
    expect(projection.tax.taxAtStandardRate[1]!.toString()).toBe('250000');
    expect(projection.tax.reducedRateEffect[1]!.toString()).toBe('100000');
    expect(projection.tax.tax[1]!.toString()).toBe('150000');
  });

  it('taxes the project as the difference it makes to the company, so the small low-profit cliff shows', () => {
    // Company income 2,800,000 pays 5 % = 140,000. With 300,000 more it has 3,100,000, above the
    // 3,000,000 limit: 25 % of all of it = 775,000. The project's tax is 635,000 on 300,000.
    const scenario = baseScenario({
      effects: [saving('gain', '300000')],
      tax: {
        ...flat,
        preferential: {
          type: 'small-low-profit',
          label: 'SLP',
          bands: [{ upTo: '3000000', rate: '0.05' }],
        },
        companyTaxableIncome: '2800000',
      },
    });
    const { projection } = evaluateValid(scenario);
    expect(projection.tax.tax[1]!.toString()).toBe('635000');
    expect(projection.tax.taxableIncomeAfterLosses[1]!.toString()).toBe('300000');
  });

  it('lets a project loss lower the tax on the company’s own income at once', () => {
    // Company income 1,000,000; the project deducts 400,000 in year 1 with no income yet: the
    // company pays 25 % of 600,000 instead of 1,000,000, so the project's tax is −100,000.
    const scenario = baseScenario({
      capex: [capex('tool', '400000', { depreciation: sl(1) })],
      tax: { ...flat, companyTaxableIncome: '1000000' },
    });
    const { projection, metrics } = evaluateValid(scenario);
    expect(projection.tax.tax[1]!.toString()).toBe('-100000');
    expect(projection.tax.lossCarriedForward[1]!.toString()).toBe('0');
    expect(projection.projectNetCashFlow[1]!.toString()).toBe('100000');
    // A tax saving is a benefit in the benefit-cost ratio: PV(benefits) − PV(costs) is still NPV.
    expect(
      metrics.presentValues.benefits
        .minus(metrics.presentValues.costs)
        .minus(metrics.npv)
        .abs()
        .lt('1e-30'),
    ).toBe(true);
  });
});

describe('other incentives', () => {
  it('adds the super deduction on R&D-type running costs and R&D equipment deductions', () => {
    // R&D engineer 200,000 a year and an R&D instrument of 500,000 over 5 years (100,000 a year):
    // 100 % extra deduction of 300,000 a year.
    const scenario = baseScenario({
      capex: [
        capex('instrument', '500000', {
          eligibility: { ...qualifying, oneTimeDeduction: false, superDeduction: true },
        }),
      ],
      effects: [saving('gain', '2000000')],
      runningCosts: [
        runningCost('engineer', '200000', { eligibility: { superDeduction: true } }),
        runningCost('power', '50000'),
      ],
      tax: { ...flat, superDeduction: { rate: '1' } },
    });
    const { projection } = evaluateValid(scenario);
    expect(projection.superDeduction[1]!.toString()).toBe('300000');
    // 2,000,000 − 250,000 − 100,000 − 300,000.
    expect(projection.taxableIncome[1]!.toString()).toBe('1350000');
  });

  it('credits equipment investment against tax, carrying the unused credit forward until it expires', () => {
    // Credit 10 % × 1,000,000 = 100,000 in year 1 (in service). Tax before credits: 25 % × (400,000
    // − 200,000 depreciation) = 50,000 a year. Years 1 and 2 use 50,000 each.
    const item = capex('scrubber', '1000000', {
      eligibility: { ...qualifying, oneTimeDeduction: false, investmentTaxCredit: true },
    });
    const make = (carryForwardYears: number, cap?: string) =>
      baseScenario({
        capex: [item],
        effects: [saving('gain', '400000')],
        tax: {
          ...flat,
          investmentTaxCredit:
            cap === undefined
              ? { rate: '0.1', carryForwardYears }
              : { rate: '0.1', cap, carryForwardYears },
        },
      });
    const kept = evaluateValid(make(5)).projection;
    expect(strings(kept.taxCreditGenerated)).toEqual(['0', '100000', '0', '0', '0', '0']);
    expect(strings(kept.tax.taxCreditUsed)).toEqual(['0', '50000', '50000', '0', '0', '0']);
    expect(strings(kept.tax.tax)).toEqual(['0', '0', '0', '50000', '50000', '50000']);
    const lost = evaluateValid(make(0)).projection;
    expect(strings(lost.tax.taxCreditExpired)).toEqual(['0', '50000', '0', '0', '0', '0']);
    const capped = evaluateValid(make(5, '60000')).projection;
    expect(strings(capped.tax.taxCreditUsed)).toEqual(['0', '50000', '10000', '0', '0', '0']);
  });

  it('resolves every rate exactly as written in the file', () => {
    const inputs = resolveScenario(
      decimalArithmetic,
      baseScenario({ tax: { ...flat, rate: '0.123456789012' } }),
    );
    expect(inputs.tax.rate.toString()).toBe('0.123456789012');
  });
});
