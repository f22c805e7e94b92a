import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, metricsJson } from '../../shared/model';
import { baseOf, parseScenarioFile, type Scenario } from '../../shared/scenario';
import { withValueAt, type JsonPath } from './corpus/json-paths';

/*
 * The edges of the model: the shortest and longest horizons, discount rates far outside what a
 * file may hold, flows that are all zero or never change sign. Each gives defined answers —
 * "no IRR", "not within the horizon" are answers — never NaN, Infinity or an exception.
 */

const reference = JSON.parse(readFileSync('assets/examples/reference-a.json', 'utf8')) as unknown;

function fileWith(...edits: [JsonPath, unknown][]) {
  const document = edits.reduce((doc, [path, value]) => withValueAt(doc, path, value), reference);
  return parseScenarioFile(JSON.stringify(document));
}

function scenarioWith(...edits: [JsonPath, unknown][]): Scenario {
  const parsed = fileWith(...edits);
  if (!parsed.ok)
    throw new Error(`the test's own scenario is invalid: ${parsed.issues[0]?.message}`);
  return baseOf(parsed.file);
}

/** Every figure of the evaluation is a finite number or an explicit "none". */
function definedAnswers(scenario: Scenario) {
  const evaluation = evaluateScenario(scenario);
  const figures = Object.values(metricsJson(evaluation.metrics));
  for (const figure of figures) {
    if (figure === null || typeof figure === 'boolean') continue;
    expect(
      typeof figure === 'string' ? new Decimal(figure).isFinite() : Number.isFinite(figure),
    ).toBe(true);
  }
  for (const line of Object.values(evaluation.projection)) {
    if (!Array.isArray(line)) continue;
    for (const value of line) if (Decimal.isDecimal(value)) expect(value.isFinite()).toBe(true);
  }
  return evaluation;
}

const noFlows: [JsonPath, unknown][] = [
  [['capex', 0, 'amount'], '0'],
  [['effects', 0, 'fullEffect'], '0'],
  [['effects', 1, 'fullEffect'], '0'],
  [['runningCosts', 0, 'amount'], '0'],
  [['subsidies'], []],
];

describe('the model at its extremes gives defined answers', () => {
  it('refuses a horizon of zero years in a file, naming the field', () => {
    expect(fileWith([['project', 'horizonYears'], 0])).toMatchObject({
      ok: false,
      issues: [{ path: ['project', 'horizonYears'], code: 'too_small' }],
    });
  });

  it('projects forty operating years, one row per year from year 0', () => {
    const evaluation = definedAnswers(scenarioWith([['project', 'horizonYears'], 40]));
    expect(evaluation.projection.years).toHaveLength(41);
    expect(evaluation.metrics.irr).not.toBeNull();
  });

  it.each([
    ['-0.99', 'far below'],
    ['10', 'far above'],
  ])('refuses a discount rate of %s in a file, but the model still answers', (rate) => {
    const refused = fileWith([['parameters', 'discountRate', 'rate'], rate]);
    expect(refused).toMatchObject({
      ok: false,
      issues: [{ path: ['parameters', 'discountRate', 'rate'], code: 'out_of_range' }],
    });
    // The model takes what the analyses hand it (a sensitivity sweep can go past the file's range).
    const scenario = scenarioWith();
    const evaluation = definedAnswers({
      ...scenario,
      parameters: { ...scenario.parameters, discountRate: { rate, basis: 'nominal' } },
    });
    const npv = evaluation.metrics.npv;
    // At −99 % every later year weighs a hundredfold more; at 1,000 % almost nothing: the same
    // project is worth far more at the first rate than at the second.
    if (rate === '10') expect(npv.lt(0)).toBe(true);
    else expect(npv.gt(1e9)).toBe(true);
  });

  it('answers "no IRR, no ratio" when every flow is zero', () => {
    const { metrics } = definedAnswers(scenarioWith(...noFlows));
    expect(metrics.npv.isZero()).toBe(true);
    expect(metrics.irr).toBeNull();
    expect(metrics.irrStatus.project).toBe('no-sign-change');
    expect(metrics.benefitCostRatio).toBeNull();
    expect(metrics.profitabilityIndex).toBeNull();
  });

  it('answers "no IRR" but pays back at once when nothing is invested and savings come in', () => {
    const { metrics } = definedAnswers(
      scenarioWith([['capex', 0, 'amount'], '0'], [['subsidies'], []]),
    );
    expect(metrics.irr).toBeNull();
    expect(metrics.irrStatus.project).toBe('no-sign-change');
    expect(metrics.npv.gt(0)).toBe(true);
    expect(metrics.paybackYears?.toNumber()).toBe(0);
  });

  it('answers "not within the horizon" when the investment never pays back', () => {
    const { metrics } = definedAnswers(
      scenarioWith(
        [['effects', 0, 'fullEffect'], '0'],
        [['effects', 1, 'fullEffect'], '0'],
        [['subsidies'], []],
      ),
    );
    expect(metrics.npv.lt(0)).toBe(true);
    expect(metrics.irr).toBeNull();
    expect(metrics.paybackYears).toBeNull();
    expect(metrics.discountedPaybackYears).toBeNull();
  });
});
