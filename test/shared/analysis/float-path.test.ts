import type Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_METRICS, EvaluationPlan, type AnalysisMetric } from '../../../shared/analysis';
import { analysisArithmetic } from '../../../shared/analysis/float-arithmetic';
import { MetricReader } from '../../../shared/analysis/metrics';
import { decimalArithmetic } from '../../../shared/finance';
import {
  evaluate,
  listDrivers,
  resolveScenario,
  withDrivers,
  type Metrics,
} from '../../../shared/model';
import { scenarioNames, type CapexItem, type Scenario } from '../../../shared/scenario';
import {
  baseScenario,
  capex,
  evaluateValid,
  exampleFile,
  exampleNames,
  exampleScenario,
  runningCost,
  saving,
} from '../../helpers/scenarios';
import { decimalAt, within } from './helpers';

/*
 * One model: the analyses run the model in 64-bit floats, through evaluation plans recorded from
 * it. Stated here: (1) a plan gives, bit for bit, what the model gives in the analyses' float
 * arithmetic, whatever path each lane takes through the model; (2) those figures are within 1e-9
 * of the Decimal figures people read — relative to the larger of 1 and the figure, and for NPVs to
 * the sum of the magnitudes of the discounted flows they add up (an NPV near zero is a difference
 * of millions, and its float error is relative to those).
 */

const TOLERANCE = 1e-9;

function metricOf(
  metrics: Metrics<number> | Metrics<Decimal>,
  metric: AnalysisMetric,
): number | null {
  const value = metrics[metric];
  return value === null ? null : typeof value === 'number' ? value : value.toNumber();
}

/** Driver values for `lanes` lanes: lane 0 the base, then each driver scaled by 0.7–1.3, deterministically. */
function laneValues(plan: EvaluationPlan, lanes: number): Float64Array {
  const k = plan.drivers.length;
  const values = new Float64Array(k * lanes);
  for (let j = 0; j < k; j += 1) {
    for (let i = 0; i < lanes; i += 1) {
      const factor = i === 0 ? 1 : 0.7 + 0.6 * (((i * 7919 + j * 104729) % 1009) / 1009);
      values[j * lanes + i] = (plan.baseValues[j] as number) * factor;
    }
  }
  return values;
}

/** Every driver of a scenario except those whose change the model refuses (a salvage above the cost). */
function variedDrivers(scenario: Scenario): string[] {
  return listDrivers(resolveScenario(decimalArithmetic, scenario))
    .map((driver) => driver.path)
    .filter((path) => !path.endsWith('.salvage') && !path.includes('.upTo'));
}

function checkScenario(scenario: Scenario, lanes: number, decimalLanes: readonly number[]): void {
  const drivers = variedDrivers(scenario);
  const plan = new EvaluationPlan(scenario, drivers, ANALYSIS_METRICS);
  const inputs = laneValues(plan, lanes);
  const outputs = new Float64Array(plan.layout.size * lanes);
  const errors = plan.evaluate(inputs, lanes, outputs);
  expect(errors).toEqual([]);
  const reader = new MetricReader(plan.layout);
  const fromPlans = new Map(
    ANALYSIS_METRICS.map((metric) => [metric, reader.values(metric, outputs, lanes)]),
  );
  const fromPlan = (metric: AnalysisMetric, lane: number) =>
    fromPlans.get(metric)?.[lane] as number;
  const floatInputs = resolveScenario(analysisArithmetic, scenario);
  const changesOf = (lane: number) =>
    drivers.map((path, j) => ({ path, value: inputs[j * lanes + lane] as number }));

  for (let lane = 0; lane < lanes; lane += 1) {
    const direct = evaluate(analysisArithmetic, withDrivers(floatInputs, changesOf(lane))).metrics;
    for (const metric of ANALYSIS_METRICS) {
      const expected = metricOf(direct, metric);
      expect([lane, metric, fromPlan(metric, lane)]).toEqual([
        lane,
        metric,
        expected ?? Number.NaN,
      ]);
    }
  }

  for (const lane of decimalLanes) {
    const exact = decimalAt(scenario, changesOf(lane));
    const magnitude = exact.projection.discountedProjectNetCashFlow.reduce(
      (sum, flow) => sum + Math.abs(flow.toNumber()),
      0,
    );
    for (const metric of ANALYSIS_METRICS) {
      const found = fromPlan(metric, lane);
      const expected = metricOf(exact.metrics, metric);
      if (expected === null) {
        expect([lane, metric, found]).toEqual([lane, metric, Number.NaN]);
        continue;
      }
      const scale =
        metric.endsWith('Npv') || metric === 'npv'
          ? Math.max(Math.abs(expected), magnitude)
          : Math.abs(expected);
      expect([lane, metric, within(found, expected, TOLERANCE, scale)]).toEqual([
        lane,
        metric,
        true,
      ]);
    }
  }
}

describe('evaluation plans: the model in floats', () => {
  const cases = exampleNames().flatMap((name) =>
    scenarioNames(exampleFile(name)).map((scenario) => [name, scenario] as const),
  );

  it.each(cases)(
    '%s (%s): every analysis metric equals the float model bit for bit and Decimal within 1e-9, at the base and 40 moved values',
    (name, scenarioName) => {
      checkScenario(exampleScenario(name, scenarioName), 41, [0, 13, 40]);
    },
  );

  it('records the model again for a draw that takes another path, and still agrees: a loss carried forward appears', () => {
    // Year-1 income turns negative when the saving falls: the tax ledger carries a loss forward.
    const scenario = baseScenario({
      capex: [capex('kit', '1000000')],
      effects: [saving('s', '400000', { ramp: ['0.2'] })],
      tax: { rate: '0.25', lossCarryForwardYears: 3 },
    });
    evaluateValid(scenario);
    const plan = new EvaluationPlan(
      scenario,
      ['effects[id=s].fullEffect'],
      ['npv', 'paybackYears'],
    );
    const inputs = Float64Array.from([400_000, 150_000, 1_200_000, 150_000, 90_000]);
    const outputs = new Float64Array(plan.layout.size * inputs.length);
    plan.evaluate(inputs, inputs.length, outputs);
    expect(plan.programCount).toBeGreaterThan(1);
    const npv = new MetricReader(plan.layout).values('npv', outputs, inputs.length);
    inputs.forEach((value, lane) => {
      const exact = decimalAt(scenario, [
        { path: 'effects[id=s].fullEffect', value },
      ]).metrics.npv.toNumber();
      expect(within(npv[lane] as number, exact, TOLERANCE)).toBe(true);
    });
  });

  it('gives the same figures for a lane whatever lanes are beside it', () => {
    const scenario = exampleScenario('mes-rollout-loan');
    const drivers = variedDrivers(scenario);
    const plan = new EvaluationPlan(scenario, drivers, ['npv', 'irr']);
    const inputs = laneValues(plan, 300);
    const all = new Float64Array(plan.layout.size * 300);
    plan.evaluate(inputs, 300, all);
    const alone = new EvaluationPlan(scenario, drivers, ['npv', 'irr']);
    const one = new Float64Array(alone.layout.size);
    alone.evaluate(
      Float64Array.from(drivers, (_, j) => inputs[j * 300 + 257] as number),
      1,
      one,
    );
    expect(one[0]).toBe(all[257]);
  });

  it('refuses a driver that is not an amount or a rate of the scenario', () => {
    const scenario = exampleScenario('reference-a');
    expect(() => new EvaluationPlan(scenario, ['effects[id=nothing].fullEffect'], ['npv'])).toThrow(
      /not a number of this scenario/,
    );
    expect(() => new EvaluationPlan(scenario, ['project.horizonYears'], ['npv'])).toThrow(
      /whole number/,
    );
  });
});

describe('evaluation plans on generated scenarios', () => {
  const amount = (low: number, high: number) => fc.integer({ min: low, max: high }).map(String);
  const share = fc.integer({ min: 1, max: 99 }).map((n) => `0.${String(n).padStart(2, '0')}`);
  const methods: CapexItem['depreciation']['method'][] = [
    'straight-line',
    'sum-of-years-digits',
    'double-declining-balance',
  ];
  const generated = fc
    .record({
      horizon: fc.integer({ min: 3, max: 15 }),
      items: fc.array(
        fc.record({
          amount: amount(100_000, 5_000_000),
          method: fc.integer({ min: 0, max: 2 }),
          life: fc.integer({ min: 1, max: 10 }),
          phased: fc.boolean(),
          oneTime: fc.boolean(),
          units: fc.integer({ min: 1, max: 3 }),
          vat: fc.boolean(),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      savings: fc.array(
        fc.record({
          amount: amount(50_000, 3_000_000),
          ramp: fc.boolean(),
          escalates: fc.boolean(),
          growth: fc.option(fc.constantFrom('-0.03', '0.04'), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      cost: fc.option(amount(10_000, 400_000), { nil: undefined }),
      taxRate: fc.constantFrom('0', '0.15', '0.25'),
      carry: fc.integer({ min: 0, max: 8 }),
      oneTimeCap: fc.option(amount(500_000, 6_000_000), { nil: undefined }),
      company: fc.option(amount(0, 5_000_000), { nil: undefined }),
      grant: fc.option(share, { nil: undefined }),
      rate: fc.constantFrom('0.03', '0.08', '0.12'),
      basis: fc.constantFrom('nominal' as const, 'real' as const),
      inflation: fc.constantFrom('0', '0.02', '0.04'),
      stock: fc.option(amount(10_000, 2_000_000), { nil: undefined }),
      disposal: fc.boolean(),
      following: fc.boolean(),
      terminal: fc.boolean(),
      construction: fc.boolean(),
      reinvestment: fc.option(fc.constantFrom('0.05', '0.1'), { nil: undefined }),
    })
    .map((g): Scenario =>
      baseScenario({
        project: { name: 'Generated', currency: 'CNY', startYear: 2026, horizonYears: g.horizon },
        capex: g.items.map((item, index) =>
          capex(`item-${index}`, item.amount, {
            payments: item.phased
              ? [
                  { year: 0, share: '0.5' },
                  { year: 1, share: '0.5' },
                ]
              : [{ year: 0, share: '1' }],
            depreciation: { method: methods[item.method]!, lifeYears: item.life, salvage: '0' },
            units: item.units,
            ...(item.vat ? { inputVat: '130000' } : {}),
            eligibility: {
              oneTimeDeduction: item.oneTime,
              grants: true,
              investmentTaxCredit: false,
              superDeduction: false,
            },
          }),
        ),
        effects: g.savings.map((entry, index) =>
          saving(`s-${index}`, entry.amount, {
            ramp: entry.ramp ? ['0.5'] : [],
            escalates: entry.escalates,
            ...(entry.growth === undefined ? {} : { growth: entry.growth }),
          }),
        ),
        runningCosts: g.cost === undefined ? [] : [runningCost('run', g.cost, { escalates: true })],
        workingCapital:
          g.stock === undefined
            ? []
            : [
                {
                  id: 'stock',
                  name: 'Stock',
                  change: 'release',
                  basis: 'amount',
                  amount: g.stock,
                  timing: [{ year: 1, share: '1' }],
                  escalates: true,
                  recoveredAtHorizon: true,
                },
              ],
        subsidies:
          g.grant === undefined
            ? []
            : [
                {
                  id: 'grant',
                  type: 'capex-grant',
                  name: 'Grant',
                  grantor: 'Bureau',
                  rate: g.grant,
                  cap: '2000000',
                  disbursement: [{ year: 1, share: '1' }],
                  taxable: false,
                  reducesDepreciableBase: true,
                },
              ],
        tax: {
          rate: g.taxRate,
          lossCarryForwardYears: g.carry,
          ...(g.oneTimeCap === undefined
            ? {}
            : { oneTimeDeduction: { unitThreshold: g.oneTimeCap } }),
          ...(g.company === undefined ? {} : { companyTaxableIncome: g.company }),
          ...(g.disposal ? { disposalAtHorizon: true } : {}),
          ...(g.following ? { payment: 'following-year' as const } : {}),
        },
        parameters: {
          discountRate: { rate: g.rate, basis: g.basis },
          inflation: g.inflation,
          ...(g.construction ? { payback: 'from-construction-start' as const } : {}),
          ...(g.reinvestment === undefined ? {} : { mirr: { reinvestmentRate: g.reinvestment } }),
          // A terminal value replaces the disposal at the horizon; it grows at 1 %, below every rate.
          ...(g.terminal && !g.disposal ? { terminalValue: { growth: '0.01' } } : {}),
        },
      }),
    );

  it('agree with the float model bit for bit and with Decimal within 1e-9', () => {
    fc.assert(
      fc.property(generated, (scenario) => {
        evaluateValid(scenario);
        checkScenario(scenario, 9, [0, 5]);
      }),
      { numRuns: 25, seed: 4 },
    );
  });
});
