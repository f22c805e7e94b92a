import { describe, expect, it } from 'vitest';
import { AnalysisError, compareScenarios, tornado, twoWayTable } from '../../../shared/analysis';
import { evaluateScenario } from '../../../shared/model';
import { selectScenario } from '../../../shared/scenario';
import { evaluateValid, exampleFile, exampleScenario, runningCost } from '../../helpers/scenarios';
import { annuityFactor, decimalAt, linearScenario, within } from './helpers';

/*
 * Tornado and two-way table on cases whose answers are obvious by construction, and on the
 * examples against the Decimal model evaluated at the same points (within 1e-9).
 */

describe('tornado', () => {
  // Three untaxed savings of 100,000, 300,000 and 200,000: moving each by ±20 % moves NPV by
  // 0.4 × amount × the annuity factor, so they rank 300k, 200k, 100k.
  const scenario = linearScenario([100_000, 300_000, 200_000]);
  const drivers = [
    'effects[id=s0].fullEffect',
    'effects[id=s1].fullEffect',
    'effects[id=s2].fullEffect',
  ];

  it('ranks the drivers by swing, each swing as the closed form says', () => {
    const result = tornado(scenario, { drivers });
    expect(result.bars.map((bar) => bar.path)).toEqual([
      'effects[id=s1].fullEffect',
      'effects[id=s2].fullEffect',
      'effects[id=s0].fullEffect',
    ]);
    for (const bar of result.bars) {
      expect(bar.rangeFrom).toBe('percent');
      expect(within(bar.swing as number, 0.4 * bar.base * annuityFactor(), 1e-12)).toBe(true);
      expect(bar.atHigh as number).toBeGreaterThan(bar.atLow as number);
    }
    expect(within(result.base as number, 600_000 * annuityFactor() - 1_000_000, 1e-12)).toBe(true);
  });

  it('moves a driver to a stated range instead of the percentage, and by another percentage when asked', () => {
    const stated = tornado(scenario, {
      drivers,
      ranges: [{ path: 'effects[id=s0].fullEffect', low: '0', high: '1000000' }],
    });
    expect(stated.bars[0]).toMatchObject({
      path: 'effects[id=s0].fullEffect',
      low: 0,
      high: 1_000_000,
      rangeFrom: 'stated',
    });
    const wide = tornado(scenario, { drivers, percent: 50 });
    expect(within(wide.bars[0]?.swing as number, 300_000 * annuityFactor(), 1e-12)).toBe(true);
  });

  it('by default varies every effect, cost, subsidy and rate, the horizon included, and skips drivers at 0 for want of a range', () => {
    const result = tornado(exampleScenario('mes-rollout-loan'));
    const paths = result.bars.map((bar) => bar.path);
    expect(paths).toEqual(
      expect.arrayContaining(['project.horizonYears', 'parameters.discountRate.rate', 'tax.rate']),
    );
    expect(paths.some((path) => path.startsWith('capex['))).toBe(true);
    expect(paths.some((path) => /^effects\[id=[^\]]+\]\.ramp\[0\]$/.test(path))).toBe(true);
    expect(paths.some((path) => path.startsWith('financing.loans['))).toBe(true);
    for (const skipped of result.skipped) expect(skipped.reason).toMatch(/value is 0/);
    const swings = result.bars.map((bar) => bar.swing ?? -1);
    expect(swings).toEqual([...swings].sort((x, y) => y - x));
  });

  it('varies the inputs of a real case: working capital and a line’s own growth, closed form', () => {
    /*
     * No tax, 8 %: 1,000,000 invested, 400,000 saved a year, 300,000 of stock released in year 1,
     * wages of 100,000 growing 6 % a year from year 1. Moving the release ±20 % moves NPV by
     * ±60,000 / 1.08; the wages' growth g enters as −Σ 100,000 (1 + g)^t / 1.08^t, so moving it
     * from 4.8 % to 7.2 % (±20 %) lowers NPV by the difference of that sum at the two ends.
     */
    const scenario = {
      ...linearScenario([400_000]),
      runningCosts: [runningCost('wages', '100000', { growth: '0.06' })],
      workingCapital: [
        {
          id: 'stock',
          name: 'Stock',
          change: 'release' as const,
          basis: 'amount' as const,
          amount: '300000',
          timing: [{ year: 1, share: '1' }],
          escalates: false,
          recoveredAtHorizon: false,
        },
      ],
    };
    evaluateValid(scenario);
    const result = tornado(scenario);
    const paths = result.bars.map((bar) => bar.path);
    expect(paths).toEqual(
      expect.arrayContaining(['workingCapital[id=stock].amount', 'runningCosts[id=wages].growth']),
    );
    const stock = result.bars.find((bar) => bar.path === 'workingCapital[id=stock].amount')!;
    expect(within(stock.swing as number, 120_000 / 1.08, 1e-12)).toBe(true);
    const growth = result.bars.find((bar) => bar.path === 'runningCosts[id=wages].growth')!;
    const wagesAt = (g: number) =>
      [1, 2, 3, 4, 5].reduce((sum, t) => sum + (100_000 * (1 + g) ** t) / 1.08 ** t, 0);
    expect(
      within(
        (growth.atLow as number) - (growth.atHigh as number),
        wagesAt(0.072) - wagesAt(0.048),
        1e-9,
      ),
    ).toBe(true);
  });

  it('agrees with the Decimal model at each end, whole-number horizon included', () => {
    const smt = exampleScenario('smt-visual-ai-inspection');
    const result = tornado(smt);
    const horizon = result.bars.find((bar) => bar.path === 'project.horizonYears');
    // The SMT example states a horizon range of 6 to 10 years.
    expect(horizon).toMatchObject({ kind: 'whole', low: 6, high: 10, rangeFrom: 'stated' });
    const atHorizon = (years: number) =>
      evaluateScenario({
        ...smt,
        project: { ...smt.project, horizonYears: years },
      }).metrics.npv.toNumber();
    expect(within(horizon?.atLow as number, atHorizon(6), 1e-9)).toBe(true);
    expect(within(horizon?.atHigh as number, atHorizon(10), 1e-9)).toBe(true);
    for (const bar of result.bars.filter((entry) => entry.kind === 'decimal').slice(0, 6)) {
      expect(
        within(
          bar.atLow as number,
          decimalAt(smt, [{ path: bar.path, value: bar.low }]).metrics.npv.toNumber(),
          1e-9,
        ),
      ).toBe(true);
      expect(
        within(
          bar.atHigh as number,
          decimalAt(smt, [{ path: bar.path, value: bar.high }]).metrics.npv.toNumber(),
          1e-9,
        ),
      ).toBe(true);
    }
  });

  it('ranks another metric, and says why an end cannot be evaluated', () => {
    const mes = exampleScenario('mes-rollout-loan');
    const result = tornado(mes, {
      metric: 'irr',
      drivers: ['project.horizonYears', 'parameters.discountRate.rate'],
      percent: 60,
    });
    expect(result.metric).toBe('irr');
    const horizon = result.bars.find((bar) => bar.path === 'project.horizonYears');
    // The loan runs for most of the horizon: a much shorter horizon is not a valid scenario.
    expect(horizon?.problem).toMatch(/project\.horizonYears = \d+ the scenario is not valid/);
    expect(horizon?.swing).toBeNull();
    expect(result.bars.at(-1)?.path).toBe('project.horizonYears');
    // The IRR does not depend on the discount rate.
    expect(result.bars[0]?.swing).toBe(0);
  });

  it('refuses what is not a driver or not a metric', () => {
    expect(() => tornado(scenario, { drivers: ['effects[id=s9].fullEffect'] })).toThrow(
      AnalysisError,
    );
    expect(() => tornado(scenario, { drivers: ['project.name'] })).toThrow(/not a number/);
    expect(() => tornado(scenario, { metric: 'profit' as never })).toThrow(/not a metric/);
    expect(() => tornado(scenario, { percent: 0 })).toThrow(/percentage/);
  });
});

describe('two-way table', () => {
  it('tabulates the metric over both drivers, each corner the Decimal model at that corner', () => {
    const smt = exampleScenario('smt-visual-ai-inspection');
    const rows = 'effects[id=inspection-labour].fullEffect';
    const columns = 'capex[id=ai-stations].amount';
    const table = twoWayTable(smt, {
      drivers: [rows, columns],
      steps: 5,
      ranges: [{ path: rows, low: '0.5', high: '0.9' }],
      percent: 30,
    });
    expect(table.rows.values).toEqual(
      [0.5, 0.6, 0.7, 0.8, 0.9].map((value, k) => (k === 4 ? 0.9 : 0.5 + ((0.9 - 0.5) * k) / 4)),
    );
    expect(table.columns.values[0]).toBeCloseTo(2_800_000 * 0.7, 6);
    expect(table.columns.values[4]).toBeCloseTo(2_800_000 * 1.3, 6);
    expect(table.cells).toHaveLength(5);
    for (const [r, c] of [
      [0, 0],
      [0, 4],
      [4, 0],
      [4, 4],
      [2, 2],
    ] as const) {
      const exact = decimalAt(smt, [
        { path: rows, value: table.rows.values[r] as number },
        { path: columns, value: table.columns.values[c] as number },
      ]);
      expect(within(table.cells[r]?.[c] as number, exact.metrics.npv.toNumber(), 1e-9)).toBe(true);
    }
    // More inspection savings raise NPV; more capex lowers it.
    expect(table.cells[4]?.[0] as number).toBeGreaterThan(table.cells[0]?.[0] as number);
    expect(table.cells[0]?.[4] as number).toBeLessThan(table.cells[0]?.[0] as number);
  });

  it('steps a whole-number driver in whole years', () => {
    const table = twoWayTable(exampleScenario('smt-visual-ai-inspection'), {
      drivers: ['project.horizonYears', 'parameters.discountRate.rate'],
      steps: 9,
    });
    expect(table.rows.values).toEqual([6, 7, 8, 9, 10]);
    expect(table.cells.every((row) => row.every((cell) => typeof cell === 'number'))).toBe(true);
  });

  it('needs two different drivers', () => {
    expect(() =>
      twoWayTable(exampleScenario('reference-a'), { drivers: ['tax.rate', 'tax.rate'] }),
    ).toThrow(/two different drivers/);
  });
});

describe('named scenarios side by side', () => {
  it('gives each scenario the figures `evaluate` gives it, and its exact difference to base', () => {
    const file = exampleFile('smt-visual-ai-inspection');
    const comparison = compareScenarios(file);
    expect(comparison.scenarios.map((scenario) => [scenario.name, scenario.kind])).toEqual([
      ['base', 'base'],
      ['optimistic', 'optimistic'],
      ['pessimistic', 'pessimistic'],
    ]);
    const metricsOf = (name: string) => {
      const selected = selectScenario(file, name);
      if (!selected.ok) throw new Error(name);
      return evaluateScenario(selected.scenario).metrics;
    };
    const base = metricsOf('base');
    const pessimistic = metricsOf('pessimistic');
    const row = comparison.scenarios[2]!;
    expect(row.metrics.npv).toBe(pessimistic.npv.toString());
    expect(row.differenceToBase.npv).toBe(pessimistic.npv.minus(base.npv).toString());
    expect(comparison.scenarios[0]?.differenceToBase.npv).toBe('0');
    expect(row.differenceToBase.additionality).toBeNull();
  });
});
