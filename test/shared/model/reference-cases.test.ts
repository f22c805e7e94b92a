import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, type Evaluation } from '../../../shared/model';
import { exampleScenario } from '../../helpers/scenarios';

/*
 * The two held-out reference cases, derived by hand below and re-computed here with
 * plain Decimal loops that share no code with the model (their own discounting, payback, IRR by
 * bisection and MIRR). The model must agree to the cent on every amount, and to 1e-12 on rates.
 */

const D = Decimal.clone({ precision: 50 });
const d = (value: Decimal.Value) => new D(value);
const cents = (value: Decimal.Value) =>
  d(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

function npvByHand(rate: Decimal, flows: readonly Decimal[]): Decimal {
  return flows.reduce((sum, flow, t) => sum.plus(flow.div(rate.plus(1).pow(t))), d(0));
}

function paybackByHand(flows: readonly Decimal[]): Decimal | null {
  let cumulative = d(0);
  for (let t = 0; t < flows.length; t += 1) {
    const before = cumulative;
    cumulative = cumulative.plus(flows[t]!);
    if (before.isNegative() && !cumulative.isNegative())
      return d(t - 1).plus(before.neg().div(flows[t]!));
  }
  return null;
}

function irrByBisection(flows: readonly Decimal[]): Decimal {
  let low = d(0);
  let high = d(5);
  for (let step = 0; step < 200; step += 1) {
    const middle = low.plus(high).div(2);
    if (npvByHand(middle, flows).isPositive()) low = middle;
    else high = middle;
  }
  return low;
}

function mirrByHand(rate: Decimal, flows: readonly Decimal[]): Decimal {
  const n = flows.length - 1;
  const future = flows.reduce(
    (sum, flow, t) => (flow.isPositive() ? sum.plus(flow.times(rate.plus(1).pow(n - t))) : sum),
    d(0),
  );
  const present = flows.reduce(
    (sum, flow, t) => (flow.isNegative() ? sum.plus(flow.neg().div(rate.plus(1).pow(t))) : sum),
    d(0),
  );
  return future.div(present).pow(d(1).div(n)).minus(1);
}

function expectCents(actual: readonly Decimal[], expected: readonly Decimal.Value[]): void {
  expect(actual.map(cents)).toEqual(expected.map(cents));
}

function expectRate(actual: Decimal | null, expected: Decimal): void {
  expect(actual).not.toBeNull();
  expect(d(actual!).minus(expected).abs().lt('1e-12')).toBe(true);
}

describe('reference-a', () => {
  /*
   * Depreciation: 6,000,000 / 5 = 1,200,000 in each of years 1–5, nothing after.
   * Production-cost saving: 20,000,000 × 25 % = 5,000,000 at full effect; ramp 40 % / 80 % / 100 %
   *   → 2,000,000 (year 1), 4,000,000 (year 2), 5,000,000 (years 3–10).
   * Inspection labour: 1,500,000 × 70 % = 1,050,000 every year 1–10. Running cost 300,000.
   * Grant: 20 % × 6,000,000 = 1,200,000, capped at 1,000,000, received in year 1, not taxable.
   * Not taxable, it is fiscal funds whose spending is not deductible (财税〔2011〕70号; Implementation
   * Regulations of the Enterprise Income Tax Law, Art. 28): the item's depreciable base falls to
   * 6,000,000 − 1,000,000 = 5,000,000, so depreciation is 1,000,000 in each of years 1–5.
   * Taxable income = savings − running cost − depreciation:
   *   year 1: 2,000,000 + 1,050,000 − 300,000 − 1,000,000 = 1,750,000 → tax 25 % = 437,500
   *   year 2: 3,750,000 → 937,500;  years 3–5: 4,750,000 → 1,187,500;  years 6–10: 5,750,000 → 1,437,500
   *   (never negative, so the loss carry-forward never applies).
   * Net cash flow = savings − running cost − capex + grant − tax:
   *   year 0: −6,000,000
   *   year 1: 3,050,000 − 300,000 + 1,000,000 − 437,500 = 3,312,500
   *   year 2: 5,050,000 − 300,000 − 937,500 = 3,812,500
   *   years 3–5: 6,050,000 − 300,000 − 1,187,500 = 4,562,500
   *   years 6–10: 6,050,000 − 300,000 − 1,437,500 = 4,312,500
   * NPV at 8 %, year 0 undiscounted: Σ NCF_t / 1.08^t = 22,134,992.02 — the 22,334,627.52 of a
   *   grant that left the base whole, less 50,000 × (1 − 1.08^−5) / 0.08 = 199,635.50 of tax.
   * Payback: cumulative −6,000,000, −2,687,500, +1,125,000 → 1 + 2,687,500 / 3,812,500 = 1.7049 years.
   * Discounted: −6,000,000, +3,067,129.63 (year 1), +3,268,604.25 (year 2) → cumulative
   *   −2,932,870.37 after year 1, so 1 + 2,932,870.37 / 3,268,604.25 = 1.8973 years.
   * Without the grant: no grant in year 1 and the full base (1,200,000 a year), so the flows are
   *   −6,000,000, 2,362,500, 3,862,500, 4,612,500 (years 3–5), 4,312,500 (years 6–10).
   */
  const taxable = [
    0, 1_750_000, 3_750_000, 4_750_000, 4_750_000, 4_750_000, 5_750_000, 5_750_000, 5_750_000,
    5_750_000, 5_750_000,
  ];
  const tax = taxable.map((income) => d(income).times('0.25'));
  const flows = [
    -6_000_000, 3_312_500, 3_812_500, 4_562_500, 4_562_500, 4_562_500, 4_312_500, 4_312_500,
    4_312_500, 4_312_500, 4_312_500,
  ].map(d);
  const flowsWithoutGrant = [
    -6_000_000, 2_362_500, 3_862_500, 4_612_500, 4_612_500, 4_612_500, 4_312_500, 4_312_500,
    4_312_500, 4_312_500, 4_312_500,
  ].map(d);
  const rate = d('0.08');
  const evaluation: Evaluation<Decimal> = evaluateScenario(exampleScenario('reference-a'));

  it('projects the yearly rows derived by hand', () => {
    const p = evaluation.projection;
    expectCents(p.savingsTotal, [0, 3_050_000, 5_050_000, ...Array(8).fill(6_050_000)]);
    expectCents(p.depreciation, [0, ...Array(5).fill(1_000_000), ...Array(5).fill(0)]);
    expectCents(p.subsidiesTotal, [0, 1_000_000, ...Array(9).fill(0)]);
    expectCents(p.taxableIncome, taxable);
    expectCents(p.tax.tax, tax);
    expectCents(p.tax.lossUsed, Array(11).fill(0));
    expectCents(p.projectNetCashFlow, flows);
  });

  it('gives NPV, IRR, MIRR and paybacks as computed by hand', () => {
    const m = evaluation.metrics;
    expect(cents(m.npv)).toBe(cents(npvByHand(rate, flows)));
    expect(cents(m.npv)).toBe('22134992.02');
    expectRate(m.irr, irrByBisection(flows));
    expect(npvByHand(d(m.irr!), flows).abs().lt('1e-20')).toBe(true);
    expectRate(m.mirr, mirrByHand(rate, flows));
    expect(d(m.paybackYears!).minus(paybackByHand(flows)!).abs().lt('1e-30')).toBe(true);
    expect(d(m.paybackYears!).toFixed(4)).toBe('1.7049');
    const discounted = flows.map((flow, t) => flow.div(rate.plus(1).pow(t)));
    expect(d(m.discountedPaybackYears!).minus(paybackByHand(discounted)!).abs().lt('1e-25')).toBe(
      true,
    );
    expect(d(m.discountedPaybackYears!).toFixed(4)).toBe('1.8973');
    expect(m.discountRateNominal.toString()).toBe('0.08');
  });

  it('gives the subsidy figures: without the grant, the flows derived by hand', () => {
    const m = evaluation.metrics;
    expect(cents(m.npvWithoutSubsidies)).toBe(cents(npvByHand(rate, flowsWithoutGrant)));
    expect(cents(m.npvWithoutSubsidies)).toBe('21408701.60');
    expect(m.subsidyTotal.toString()).toBe('1000000');
    expect(cents(m.subsidyPresentValue)).toBe('925925.93');
    expect(m.additionality).toBe(false);
    expectRate(m.irrWithoutSubsidies, irrByBisection(flowsWithoutGrant));
    // The grant adds 1,000,000 / 1.08 less the tax on the base it removes:
    // 925,925.9259 − 50,000 × 3.9927100 = 925,925.9259 − 199,635.5019 = 726,290.4240.
    expect(cents(m.npv.minus(m.npvWithoutSubsidies))).toBe('726290.42');
  });

  it('gives the ratios from their stated formulas', () => {
    const m = evaluation.metrics;
    const npv = npvByHand(rate, flows);
    // PI = 1 + NPV / PV(investment), investment 6,000,000 in year 0.
    expect(cents(m.profitabilityIndex!.times(1e6))).toBe(
      cents(npv.div(6_000_000).plus(1).times(1e6)),
    );
    // ROI = Σ NCF / Σ capex = 36,375,000 / 6,000,000.
    expect(m.roi!.minus(d(36_375_000).div(6_000_000)).abs().lt('1e-30')).toBe(true);
    // Benefits: savings + grant; costs: capex + running cost + tax.
    const pv = (values: readonly Decimal.Value[]) => npvByHand(rate, values.map(d));
    const benefits = pv([0, 4_050_000, 5_050_000, ...Array(8).fill(6_050_000)]);
    const costs = pv([6_000_000, ...Array(10).fill(300_000)]).plus(npvByHand(rate, tax));
    expect(m.benefitCostRatio!.minus(benefits.div(costs)).abs().lt('1e-30')).toBe(true);
    // EU funding gap at 4 % real, which is 4 % nominal with no inflation: DIC = 6,000,000 in
    // year 0; DNR = PV at 4 % of (savings − running cost), before tax and subsidy.
    const dnr = npvByHand(d('0.04'), [0, 2_750_000, 4_750_000, ...Array(8).fill(5_750_000)].map(d));
    expect(m.fundingGapRate!.minus(d(6_000_000).minus(dnr).div(6_000_000)).abs().lt('1e-30')).toBe(
      true,
    );
    expect(m.fnpvC.minus(dnr.minus(6_000_000)).abs().lt('1e-30')).toBe(true);
    // No loan: the equity view is the project view and there is no debt service.
    expect(m.equityNpv.eq(m.npv)).toBe(true);
    expect(m.minDscr).toBeNull();
  });
});

describe('reference-b', () => {
  /*
   * Nominal discount rate: 1.05 × 1.03 − 1 = 0.0815.
   * Savings 1,400,000 × 1.03^t and running cost 200,000 × 1.03^t: net 1,200,000 × 1.03^t.
   * The 4,000,000 of equipment (below the 5,000,000 cap) is deducted in full in year 1, the year
   * after it is paid; no other depreciation.
   *   year 1: 1,236,000 − 4,000,000 = −2,764,000: a loss carried forward, tax 0
   *   year 2: 1,273,080 → used against the loss; 1,490,920 left; tax 0
   *   year 3: 1,311,272.40 → used; 179,647.60 left; tax 0
   *   year 4: 1,350,610.572 − 179,647.60 = 1,170,962.972 → tax 292,740.743 (the loss of year 1,
   *           usable up to year 6, is used up in year 4; nothing expires)
   *   years 5–8: tax 25 % × 1,200,000 × 1.03^t
   * Net cash flow: year 0 −4,000,000; years 1–3 the full 1,200,000 × 1.03^t; then less tax.
   * The one-time deduction replaces a 5-year straight line (800,000 a year): its effect row is
   * +3,200,000 in year 1 and −800,000 in years 2–5.
   */
  const rate = d('1.05').times('1.03').minus(1);
  const net = Array.from({ length: 9 }, (_, t) =>
    t === 0 ? d(0) : d(1_200_000).times(d('1.03').pow(t)),
  );
  const taxableBeforeLosses = net.map((value, t) => (t === 1 ? value.minus(4_000_000) : value));
  // Loss relief by hand, following the derivation above.
  const tax: Decimal[] = [];
  const lossUsed: Decimal[] = [];
  let pool = d(0);
  for (const income of taxableBeforeLosses) {
    if (income.isNegative()) {
      pool = pool.plus(income.neg());
      lossUsed.push(d(0));
      tax.push(d(0));
    } else {
      const used = Decimal.min(pool, income);
      pool = pool.minus(used);
      lossUsed.push(used);
      tax.push(income.minus(used).times('0.25'));
    }
  }
  const flows = net.map((value, t) => (t === 0 ? d(-4_000_000) : value.minus(tax[t]!)));
  const evaluation: Evaluation<Decimal> = evaluateScenario(exampleScenario('reference-b'));

  it('escalates, deducts the equipment at once in year 1 and carries the loss forward', () => {
    const p = evaluation.projection;
    expect(p.discountRateNominal.toString()).toBe('0.0815');
    expectCents(
      p.savingsTotal.map((value, t) => value.minus(p.runningCostsTotal[t]!)),
      net,
    );
    expectCents(p.oneTimeDeduction, [0, 4_000_000, 0, 0, 0, 0, 0, 0, 0]);
    expectCents(p.depreciation, Array(9).fill(0));
    expectCents(
      p.oneTimeDeductionEffect,
      [0, 3_200_000, -800_000, -800_000, -800_000, -800_000, 0, 0, 0],
    );
    expectCents(p.taxableIncome, taxableBeforeLosses);
    expectCents(p.tax.lossUsed, lossUsed);
    expectCents(p.tax.lossUsed.slice(2, 5), [1_273_080, '1311272.40', '179647.60']);
    expectCents(p.tax.lossCarriedForward, [0, 2_764_000, 1_490_920, '179647.60', 0, 0, 0, 0, 0]);
    expectCents(p.tax.lossExpired, Array(9).fill(0));
    expectCents(p.tax.tax, tax);
    expect(cents(p.tax.tax[4]!)).toBe('292740.74');
    expectCents(p.projectNetCashFlow, flows);
  });

  it('gives NPV, IRR, MIRR and paybacks as computed by hand', () => {
    const m = evaluation.metrics;
    expect(cents(m.npv)).toBe(cents(npvByHand(rate, flows)));
    expectRate(m.irr, irrByBisection(flows));
    expectRate(m.mirr, mirrByHand(rate, flows));
    expect(d(m.paybackYears!).minus(paybackByHand(flows)!).abs().lt('1e-30')).toBe(true);
    const discounted = flows.map((flow, t) => flow.div(rate.plus(1).pow(t)));
    expect(d(m.discountedPaybackYears!).minus(paybackByHand(discounted)!).abs().lt('1e-25')).toBe(
      true,
    );
    expect(m.discountRateNominal.toString()).toBe('0.0815');
    expect(m.subsidyTotal.isZero() && m.npvWithoutSubsidies.eq(m.npv) && !m.additionality).toBe(
      true,
    );
  });
});
