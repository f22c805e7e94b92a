import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../shared/finance';
import type { Subsidy, Tax } from '../../../shared/scenario';
import { baseScenario, capex, evaluateValid, saving, strings } from '../../helpers/scenarios';

/*
 * Rules of Chinese enterprise income tax the projection follows, each derived by hand:
 *  - disposal at the horizon (Enterprise Income Tax Law, Art. 16; Implementation Regulations,
 *    Art. 74): the residual value is income, the tax book value left (计税基础 less the deductions
 *    taken) is deducted;
 *  - annual settlement (Enterprise Income Tax Law, Art. 54: 汇算清缴 within five months of the
 *    year's end, by 31 May): tax paid the following year;
 *  - a grant is taxable income (full base) or non-taxable fiscal funds whose spending is not
 *    deductible (财税〔2011〕70号; Implementation Regulations, Art. 28): counted once either way.
 */

const flat: Tax = { rate: '0.25', lossCarryForwardYears: 5 };
const threeYears = { name: 'Three years', currency: 'CNY', startYear: 2026, horizonYears: 3 };
const sum = (values: readonly Dec[]) =>
  values.reduce((total, value) => total.plus(value), new Dec(0));

describe('disposal at the horizon', () => {
  // 1,000,000 over 5 years (200,000 a year from year 1); after 3 years 600,000 is deducted and
  // the tax book value left is 400,000. Savings 400,000 a year: taxable 200,000 in years 1–3.
  const item = (residualValue: string) => capex('kit', '1000000', { residualValue });

  it('taxes the residual value on its gain over the tax book value left', () => {
    // Residual 500,000: gain 500,000 − 400,000 = 100,000 in year 3 → taxable 300,000, tax 75,000.
    const { projection } = evaluateValid(
      baseScenario({
        project: threeYears,
        capex: [item('500000')],
        effects: [saving('s', '400000')],
        tax: { ...flat, disposalAtHorizon: true },
      }),
    );
    expect(strings(projection.disposalGain)).toEqual(['0', '0', '0', '100000']);
    expect(strings(projection.tax.tax)).toEqual(['0', '50000', '50000', '75000']);
    // Cash: 400,000 − 75,000 + 500,000 in year 3.
    expect(projection.projectNetCashFlow[3]!.toString()).toBe('825000');
  });

  it('deducts the book value left when nothing is received for the item', () => {
    // Residual 0: a loss of 400,000 in year 3 → taxable 200,000 − 400,000 = −200,000. With the
    // company's own income of 1,000,000 it lowers the company's tax by 25 % × 200,000 = 50,000.
    const { projection } = evaluateValid(
      baseScenario({
        project: threeYears,
        capex: [item('0')],
        effects: [saving('s', '400000')],
        tax: { ...flat, disposalAtHorizon: true, companyTaxableIncome: '1000000' },
      }),
    );
    expect(strings(projection.disposalGain)).toEqual(['0', '0', '0', '-400000']);
    expect(projection.tax.tax[3]!.toString()).toBe('-50000');
  });

  it('keeps today’s reading without it: the residual value as entered, the book value left unused', () => {
    const { projection } = evaluateValid(
      baseScenario({
        project: threeYears,
        capex: [item('500000')],
        effects: [saving('s', '400000')],
        tax: flat,
      }),
    );
    expect(strings(projection.disposalGain)).toEqual(['0', '0', '0', '0']);
    expect(strings(projection.tax.tax)).toEqual(['0', '50000', '50000', '50000']);
  });

  it('deducts the whole base exactly once over the horizon, with or without incentives (property)', () => {
    // Σ deductions (one-time + depreciation) + book value left = base; the disposal gain is the
    // residual value less what is left, so Σ deductions − gain + residual = base.
    const drawn = fc.record({
      amount: fc.integer({ min: 1_000, max: 9_000_000 }),
      life: fc.integer({ min: 1, max: 10 }),
      horizon: fc.integer({ min: 1, max: 12 }),
      oneTime: fc.boolean(),
      residual: fc.integer({ min: 0, max: 1_000_000 }),
      method: fc.constantFrom(
        'straight-line' as const,
        'sum-of-years-digits' as const,
        'double-declining-balance' as const,
      ),
    });
    fc.assert(
      fc.property(drawn, ({ amount, life, horizon, oneTime, residual, method }) => {
        const { projection } = evaluateValid(
          baseScenario({
            project: { ...threeYears, horizonYears: horizon },
            capex: [
              capex('kit', String(amount), {
                depreciation: { method, lifeYears: life, salvage: '0' },
                eligibility: {
                  oneTimeDeduction: oneTime,
                  grants: false,
                  investmentTaxCredit: false,
                  superDeduction: false,
                },
                residualValue: String(residual),
              }),
            ],
            tax: {
              ...flat,
              disposalAtHorizon: true,
              ...(oneTime ? { oneTimeDeduction: { unitThreshold: '5000000' } } : {}),
            },
          }),
        );
        const deducted = sum([...projection.depreciation, ...projection.oneTimeDeduction]);
        const left = new Dec(residual).minus(sum(projection.disposalGain));
        expect(deducted.plus(left).minus(amount).abs().lt('1e-20')).toBe(true);
      }),
      { numRuns: 60, seed: 5 },
    );
  });
});

describe('tax timing', () => {
  it('pays each year’s tax the following year at the annual settlement, the last at the horizon', () => {
    // Savings 400,000 in years 1–3, 25 %: tax 100,000 arises in each. Paid: 0, 0, 100,000 and
    // 200,000 (year 2's and year 3's). NPV gains 100,000 / 1.08 − 100,000 / 1.08³ = 13,209.37.
    const scenario = (payment: Tax['payment']) =>
      baseScenario({
        project: threeYears,
        effects: [saving('s', '400000')],
        tax: { ...flat, ...(payment === undefined ? {} : { payment }) },
      });
    const sameYear = evaluateValid(scenario(undefined));
    const nextYear = evaluateValid(scenario('following-year'));
    expect(strings(nextYear.projection.tax.tax)).toEqual(['0', '100000', '100000', '100000']);
    expect(strings(nextYear.projection.taxPaid)).toEqual(['0', '0', '100000', '200000']);
    expect(strings(sameYear.projection.taxPaid)).toEqual(strings(sameYear.projection.tax.tax));
    const gain = new Dec(100_000).div('1.08').minus(new Dec(100_000).div(new Dec('1.08').pow(3)));
    expect(nextYear.metrics.npv.minus(sameYear.metrics.npv).minus(gain).abs().lt('1e-25')).toBe(
      true,
    );
    expect(gain.toFixed(2)).toBe('13209.37');
  });
});

describe('the tax treatment of a grant', () => {
  type Grant = Extract<Subsidy, { type: 'capex-grant' }>;
  const grant = (taxable: boolean): Grant => ({
    id: 'grant',
    type: 'capex-grant',
    name: 'Grant',
    grantor: 'Bureau',
    rate: '0.3',
    disbursement: [{ year: 1, share: '1' }],
    taxable,
    reducesDepreciableBase: !taxable,
  });
  const eligible = {
    oneTimeDeduction: false,
    grants: true,
    investmentTaxCredit: false,
    superDeduction: false,
  };
  const scenario = (taxable: boolean, rate = '0.08') =>
    baseScenario({
      capex: [capex('kit', '1000000', { eligibility: eligible })],
      effects: [saving('s', '500000')],
      subsidies: [grant(taxable)],
      parameters: { discountRate: { rate, basis: 'nominal' }, inflation: '0' },
    });

  it('taxes a taxable grant when received and keeps the full base', () => {
    // 300,000 of income in year 1; depreciation 200,000 a year: taxable 600,000 then 300,000.
    const { projection } = evaluateValid(scenario(true));
    expect(strings(projection.taxableIncome)).toEqual([
      '0',
      '600000',
      '300000',
      '300000',
      '300000',
      '300000',
    ]);
    expect(sum(projection.tax.tax).toString()).toBe('450000');
  });

  it('does not tax non-taxable fiscal funds but lowers the base by them', () => {
    // Base 1,000,000 − 300,000 = 700,000 → 140,000 a year: taxable 360,000 every year, Σ tax 450,000.
    const { projection } = evaluateValid(scenario(false));
    expect(strings(projection.taxableIncome)).toEqual([
      '0',
      '360000',
      '360000',
      '360000',
      '360000',
      '360000',
    ]);
    expect(sum(projection.tax.tax).toString()).toBe('450000');
  });

  it('counts a grant once under either treatment: at r = 0 the NPV is the same (property)', () => {
    // With the whole base deducted by the horizon (disposal at the horizon), the grant adds
    // G − 25 % × G to the undiscounted flows either way; only the timing of the tax differs.
    const drawn = fc.record({
      rate: fc.integer({ min: 1, max: 100 }),
      amount: fc.integer({ min: 10_000, max: 4_000_000 }),
      life: fc.integer({ min: 1, max: 8 }),
      oneTime: fc.boolean(),
      year: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(drawn, ({ rate, amount, life, oneTime, year }) => {
        const npv = (taxable: boolean) =>
          evaluateValid(
            baseScenario({
              capex: [
                capex('kit', String(amount), {
                  depreciation: { method: 'straight-line', lifeYears: life, salvage: '0' },
                  eligibility: { ...eligible, oneTimeDeduction: oneTime },
                }),
              ],
              effects: [saving('s', '100000')],
              subsidies: [
                {
                  ...grant(taxable),
                  rate: new Dec(rate).div(100).toString(),
                  disbursement: [{ year, share: '1' }],
                },
              ],
              tax: {
                ...flat,
                disposalAtHorizon: true,
                // A large company income: every deduction is used in the year it is taken.
                companyTaxableIncome: '100000000',
                ...(oneTime ? { oneTimeDeduction: { unitThreshold: '5000000' } } : {}),
              },
              parameters: { discountRate: { rate: '0', basis: 'nominal' }, inflation: '0' },
            }),
          ).metrics.npv;
        expect(npv(true).minus(npv(false)).abs().lt('1e-20')).toBe(true);
      }),
      { numRuns: 50, seed: 14 },
    );
  });

  it('refuses a grant neither taxed nor lowering the base, naming the rule', () => {
    expect(() =>
      evaluateValid({
        ...scenario(false),
        subsidies: [{ ...grant(false), reducesDepreciableBase: false }],
      }),
    ).toThrow(/subsidies\[0\]\.reducesDepreciableBase: .*Caishui \[2011\] No\. 70/);
  });

  it('refuses a taxed grant that also lowers the base: it would be counted twice', () => {
    expect(() =>
      evaluateValid({
        ...scenario(true),
        subsidies: [{ ...grant(true), reducesDepreciableBase: true }],
      }),
    ).toThrow(/subsidies\[0\]\.reducesDepreciableBase: a taxable grant is taxed when received/);
  });

  it('adds back the spending of a non-taxable award, as the law does not let it be deducted', () => {
    // A 200,000 award not taxed, received in year 2: 200,000 of non-deductible spending that year.
    const { projection } = evaluateValid(
      baseScenario({
        effects: [saving('s', '500000')],
        subsidies: [
          {
            id: 'award',
            type: 'lump-sum',
            name: 'Award',
            grantor: 'Bureau',
            amount: '200000',
            disbursement: [{ year: 2, share: '1' }],
            taxable: false,
          },
        ],
      }),
    );
    expect(strings(projection.nonDeductibleSpending)).toEqual(['0', '0', '200000', '0', '0', '0']);
    expect(strings(projection.taxableSubsidies)).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(projection.taxableIncome[2]!.toString()).toBe('700000');
  });
});
