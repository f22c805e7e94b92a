import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type Decimal from 'decimal.js';
import { Dec, decimalArithmetic, presentValue, solveIrr } from '../../../shared/finance';
import { project, resolveScenario, type Projection } from '../../../shared/model';
import {
  formatIssue,
  validateScenarioDocument,
  type CapexItem,
  type Effect,
  type RunningCost,
  type Scenario,
  type Subsidy,
} from '../../../shared/scenario';
import { asFile, baseScenario } from '../../helpers/scenarios';

/*
 * Properties of the model on generated scenarios: a few investment items, amount effects with
 * ramps, running costs, a flat tax with loss carry-forward and sometimes the one-time deduction.
 * Tax rates stay at or below 40 % and grants arrive by the year the items enter service: the
 * conditions under which "a subsidy never lowers NPV" holds (a grant that reduces the depreciable
 * base and is taxed costs at most 2 × rate of itself in tax).
 */

const whole = (min: number, max: number) => fc.integer({ min, max }).map(String);
const fraction = (maxPercent: number) =>
  fc.integer({ min: 0, max: maxPercent }).map((percent) => new Dec(percent).div(100).toString());

const capexItem = (index: number): fc.Arbitrary<CapexItem> =>
  fc
    .record({
      amount: fc.integer({ min: 10_000, max: 5_000_000 }),
      salvagePercent: fc.integer({ min: 0, max: 10 }),
      lifeYears: fc.integer({ min: 1, max: 8 }),
      method: fc.constantFrom(
        'straight-line',
        'sum-of-years-digits',
        'double-declining-balance',
      ) as fc.Arbitrary<CapexItem['depreciation']['method']>,
      oneTimeDeduction: fc.boolean(),
      grants: fc.boolean(),
      residual: fc.integer({ min: 0, max: 500_000 }),
    })
    .map(({ amount, salvagePercent, lifeYears, method, oneTimeDeduction, grants, residual }) => ({
      id: `item-${index}`,
      name: `Item ${index}`,
      category: 'equipment' as const,
      amount: String(amount),
      payments: [{ year: 0, share: '1' }],
      depreciation: {
        method,
        lifeYears,
        salvage: String(Math.floor((amount * salvagePercent) / 100)),
      },
      // The first item is always grant-eligible, so a grant is never zero.
      eligibility: {
        oneTimeDeduction,
        grants: grants || index === 0,
        investmentTaxCredit: false,
        superDeduction: false,
      },
      residualValue: String(residual),
    }));

const effect = (index: number): fc.Arbitrary<Effect> =>
  fc
    .record({
      amount: whole(10_000, 3_000_000),
      ramp: fc.array(fraction(100), { maxLength: 2 }),
      escalates: fc.boolean(),
    })
    .map(({ amount, ramp, escalates }) => ({
      id: `effect-${index}`,
      name: `Effect ${index}`,
      kind: 'custom' as const,
      basis: 'amount' as const,
      fullEffect: amount,
      ramp,
      startYear: 1,
      escalates,
    }));

const runningCost = (index: number): fc.Arbitrary<RunningCost> =>
  whole(0, 500_000).map((amount) => ({
    id: `cost-${index}`,
    name: `Cost ${index}`,
    kind: 'other' as const,
    amount,
    startYear: 1,
    escalates: false,
    eligibility: { superDeduction: false },
  }));

const list = <T>(make: (index: number) => fc.Arbitrary<T>, min: number, max: number) =>
  fc
    .integer({ min, max })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => make(index))));

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    horizon: fc.integer({ min: 3, max: 10 }),
    capex: list(capexItem, 1, 3),
    effects: list(effect, 1, 3),
    runningCosts: list(runningCost, 0, 2),
    taxRate: fraction(40),
    lossYears: fc.integer({ min: 0, max: 10 }),
    oneTimeCap: fc.option(whole(0, 10_000_000), { nil: undefined }),
    discount: fraction(20),
    inflation: fraction(5),
  })
  .map((drawn) =>
    baseScenario({
      project: { name: 'Generated', currency: 'CNY', startYear: 2026, horizonYears: drawn.horizon },
      capex: drawn.capex,
      effects: drawn.effects,
      runningCosts: drawn.runningCosts,
      tax: {
        rate: drawn.taxRate,
        lossCarryForwardYears: drawn.lossYears,
        ...(drawn.oneTimeCap === undefined
          ? {}
          : { oneTimeDeduction: { unitThreshold: drawn.oneTimeCap } }),
      },
      parameters: {
        discountRate: { rate: drawn.discount, basis: 'nominal' },
        inflation: drawn.inflation,
      },
    }),
  );

const grant: fc.Arbitrary<Subsidy> = fc
  .record({
    rate: fraction(100).filter((rate) => rate !== '0'),
    cap: fc.option(whole(1, 3_000_000), { nil: undefined }),
    year: fc.integer({ min: 0, max: 1 }),
    taxable: fc.boolean(),
  })
  .map(({ rate, cap, year, taxable }) => ({
    id: 'grant',
    type: 'capex-grant' as const,
    name: 'Grant',
    grantor: 'Bureau',
    rate,
    ...(cap === undefined ? {} : { cap }),
    disbursement: [{ year, share: '1' }],
    taxable,
    // A grant is taxable income or non-taxable funds that reduce the base: never both, never neither.
    reducesDepreciableBase: !taxable,
  }));

const RUNS = { numRuns: 100 };

/** The projection (the properties need no other metric), once the scenario is known to be valid. */
function projected(scenario: Scenario) {
  const checked = validateScenarioDocument(JSON.parse(JSON.stringify(asFile(scenario))));
  if (!checked.ok)
    throw new Error(`generated an invalid scenario: ${checked.issues.map(formatIssue).join('; ')}`);
  return project(decimalArithmetic, resolveScenario(decimalArithmetic, scenario));
}

const npvOf = (projection: Projection<Decimal>): Decimal =>
  projection.discountedProjectNetCashFlow.reduce((total, flow) => total.plus(flow), new Dec(0));

describe('model properties', () => {
  it('a subsidy never lowers NPV', () => {
    fc.assert(
      fc.property(scenario, grant, (without, subsidy) => {
        const before = npvOf(projected(without));
        const after = npvOf(projected({ ...without, subsidies: [subsidy] }));
        expect(after.minus(before).gte('-1e-20')).toBe(true);
      }),
      RUNS,
    );
  });

  it('doubling every amount doubles NPV and leaves IRR unchanged', () => {
    const double = (value: string) => new Dec(value).times(2).toString();
    fc.assert(
      fc.property(scenario, grant, (base, subsidy) => {
        const once = { ...base, subsidies: [subsidy] };
        const twice: Scenario = {
          ...once,
          capex: once.capex.map((item) => ({
            ...item,
            amount: double(item.amount),
            depreciation: { ...item.depreciation, salvage: double(item.depreciation.salvage) },
            residualValue: double(item.residualValue),
          })),
          effects: once.effects.map((item) =>
            item.basis === 'amount' ? { ...item, fullEffect: double(item.fullEffect) } : item,
          ),
          runningCosts: once.runningCosts.map((item) => ({ ...item, amount: double(item.amount) })),
          subsidies: once.subsidies.map((item) =>
            item.type === 'capex-grant' && item.cap !== undefined
              ? { ...item, cap: double(item.cap) }
              : item,
          ),
          tax:
            once.tax.oneTimeDeduction === undefined
              ? once.tax
              : {
                  ...once.tax,
                  oneTimeDeduction: {
                    unitThreshold: double(once.tax.oneTimeDeduction.unitThreshold),
                  },
                },
        };
        const a = projected(once);
        const b = projected(twice);
        expect(
          npvOf(b).minus(npvOf(a).times(2)).abs().lte(npvOf(a).abs().plus(1).times('1e-30')),
        ).toBe(true);
        const irrA = solveIrr(decimalArithmetic, a.projectNetCashFlow);
        const irrB = solveIrr(decimalArithmetic, b.projectNetCashFlow);
        expect(irrB.found).toBe(irrA.found);
        if (irrA.found && irrB.found && irrA.unique)
          expect(irrB.rate.minus(irrA.rate).abs().lt('1e-15')).toBe(true);
      }),
      RUNS,
    );
  });

  it('removing tax raises NPV by exactly the present value of the tax, and strictly when any tax is due', () => {
    fc.assert(
      fc.property(scenario, (taxed) => {
        const withTax = projected(taxed);
        const untaxed = projected({ ...taxed, tax: { ...taxed.tax, rate: '0' } });
        const taxes = withTax.tax.tax;
        const pvTax = presentValue(decimalArithmetic, withTax.discountRateNominal, taxes);
        const gain = npvOf(untaxed).minus(npvOf(withTax));
        expect(gain.minus(pvTax).abs().lt('1e-20')).toBe(true);
        if (taxes.some((value) => value.isPositive() && !value.isZero()))
          expect(gain.isPositive() && !gain.isZero()).toBe(true);
        else expect(gain.isZero()).toBe(true);
      }),
      RUNS,
    );
  });
});
