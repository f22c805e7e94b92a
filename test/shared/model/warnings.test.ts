import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  scenarioWarnings,
  WARNING_CODES,
  type ScenarioWarning,
  type WarningCode,
} from '../../../shared/model';
import type { Effect, Scenario } from '../../../shared/scenario';
import {
  baseScenario,
  capex,
  evaluateValid,
  exampleNames,
  exampleScenario,
  saving,
} from '../../helpers/scenarios';

/*
 * Every warning of the single case just below, at and above its threshold: a claim above the
 * threshold is warned of, one at it is not (the comparison's rule, shared/compare/README.md).
 * Each scenario is built so that the checked figure is exact by hand; the comments derive it.
 */

function warningsOf(scenario: Scenario): ScenarioWarning[] {
  return scenarioWarnings(scenario, evaluateValid(scenario).metrics);
}

const codes = (scenario: Scenario): WarningCode[] => warningsOf(scenario).map((w) => w.code);

/** For each of below / at / above: whether `code` is warned of. */
const firing = (code: WarningCode, scenarios: readonly Scenario[]) =>
  scenarios.map((scenario) => codes(scenario).includes(code));

const UNTAXED = { rate: '0', lossCarryForwardYears: 5 };
const KIT = capex('kit', '1000000');

function shareOf(
  id: string,
  kind: Effect['kind'],
  line: string,
  share: string,
  ramp: string[] = ['0.5'],
): Effect {
  return {
    id,
    name: `Effect ${id}`,
    kind,
    basis: 'baseline-share',
    baselineLine: line,
    fullEffect: share,
    ramp,
    startYear: 1,
    escalates: false,
  };
}

/** 1,000,000 invested and a lump-sum award of `amount`, untaxed, in year 1. */
const awarded = (amount: string) =>
  baseScenario({
    capex: [KIT],
    effects: [saving('s', '100000', { ramp: ['0.5'] })],
    subsidies: [
      {
        id: 'award',
        type: 'lump-sum',
        name: 'Award',
        grantor: 'City',
        amount,
        disbursement: [{ year: 1, share: '1' }],
        taxable: false,
      },
    ],
  });

describe('the warnings of a single case at their thresholds', () => {
  it('production-cost reduction: a share of the production cost above 30 %', () => {
    // One effect of 29.9999 %, 30 % and 30.0001 % of a production cost of 1,000,000: the claim
    // is the share itself.
    const at = (share: string) =>
      baseScenario({
        baseline: { productionCost: '1000000', otherCosts: [] },
        capex: [KIT],
        effects: [shareOf('cut', 'production-cost', 'productionCost', share)],
      });
    expect(
      firing('production-cost-reduction', [at('0.299999'), at('0.3'), at('0.300001')]),
    ).toEqual([false, false, true]);
    const [warning] = warningsOf(at('0.300001')).filter(
      (w) => w.code === 'production-cost-reduction',
    );
    // What would be plausible: 30 % of 1,000,000 = 300,000 a year.
    expect(warning).toMatchObject({
      params: { claimed: '0.300001', threshold: '0.3', baseline: '1000000', limit: '300000' },
      section: 'effects',
      fields: ['effects[id=cut].fullEffect'],
    });
  });

  it('inspection-labour reduction: a share of the inspection labour above 70 %', () => {
    const at = (share: string) =>
      baseScenario({
        baseline: { inspectionLabourCost: '1000000', otherCosts: [] },
        capex: [KIT],
        effects: [shareOf('staff', 'inspection-labour', 'inspectionLabourCost', share)],
      });
    expect(
      firing('inspection-labour-reduction', [at('0.699999'), at('0.7'), at('0.700001')]),
    ).toEqual([false, false, true]);
  });

  it('detection after: a defect detection rate above 99.5 %', () => {
    const at = (after: string) =>
      baseScenario({
        baseline: { otherCosts: [{ id: 'escaped', name: 'Escaped defects', amount: '100000' }] },
        capex: [KIT],
        effects: [
          {
            id: 'aoi',
            name: 'Fewer escaped defects',
            kind: 'quality',
            basis: 'defect-detection',
            baselineLine: 'escaped',
            detectionBefore: '0.85',
            detectionAfter: after,
            ramp: ['0.5'],
            startYear: 1,
            escalates: false,
          },
        ],
      });
    expect(firing('detection-after', [at('0.994999'), at('0.995'), at('0.995001')])).toEqual([
      false,
      false,
      true,
    ]);
    expect(warningsOf(at('0.995001')).find((w) => w.code === 'detection-after')?.fields).toEqual([
      'effects[id=aoi].detectionAfter',
    ]);
  });

  it('savings share: savings above 30 % of the baseline costs', () => {
    // A saving entered as an amount of a custom kind, against baseline costs of 1,000,000:
    // 299,999.99 / 1,000,000 = 29.999999 %, 300,000 = 30 %, 300,000.01 = 30.000001 %.
    const at = (amount: string) =>
      baseScenario({
        baseline: { productionCost: '1000000', otherCosts: [] },
        capex: [KIT],
        effects: [saving('other', amount, { ramp: ['0.5'] })],
      });
    expect(firing('savings-share', [at('299999.99'), at('300000'), at('300000.01')])).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('ramp-up: an effect at its full level in less than 1 year', () => {
    // Leading ramp levels below 100 %: none (0 years, below the threshold), one (1 year, at it),
    // two (2 years, above it).
    const at = (ramp: string[]) =>
      baseScenario({ capex: [KIT], effects: [saving('s', '100000', { ramp })] });
    expect(firing('ramp-up', [at([]), at(['0.5']), at(['0.3', '0.6'])])).toEqual([
      true,
      false,
      false,
    ]);
    expect(warningsOf(at([])).find((w) => w.code === 'ramp-up')).toMatchObject({
      params: { years: 1, effects: 'Saving s' },
      fields: ['effects[id=s].ramp'],
    });
  });

  it('IRR: a project IRR above 50 %', () => {
    // 1,000,000 invested in year 0 and S received in year 1, untaxed, over one year: the IRR is
    // S / 1,000,000 − 1, so 1,499,999 gives 49.9999 %, 1,500,000 exactly 50 %, 1,500,001 50.0001 %.
    const at = (amount: string) =>
      baseScenario({
        project: { name: 'One year', currency: 'CNY', startYear: 2026, horizonYears: 1 },
        capex: [
          capex('kit', '1000000', {
            depreciation: { method: 'straight-line', lifeYears: 1, salvage: '0' },
          }),
        ],
        effects: [saving('s', amount, { ramp: [] })],
        tax: UNTAXED,
      });
    expect(evaluateValid(at('1500000')).metrics.irr?.toString()).toBe('0.5');
    expect(firing('irr', [at('1499999'), at('1500000'), at('1500001')])).toEqual([
      false,
      false,
      true,
    ]);
    const irr = warningsOf(at('1500001')).find((w) => w.code === 'irr');
    expect(irr).toMatchObject({ metric: 'irr', params: { threshold: '0.5' } });
    // Newton's method in 40 digits: 0.500001 to within 1e-38.
    expect(Math.abs(Number(irr?.params.claimed) - 0.500001)).toBeLessThan(1e-15);
  });

  it('subsidy share: subsidies above 50 % of the investment', () => {
    const at = awarded;
    expect(firing('subsidy-share', [at('499999.99'), at('500000'), at('500000.01')])).toEqual([
      false,
      false,
      true,
    ]);
    expect(warningsOf(at('500000.01')).find((w) => w.code === 'subsidy-share')).toMatchObject({
      section: 'subsidies',
      fields: ['subsidies[id=award].amount'],
      // 50 % of 1,000,000.
      params: { limit: '500000', investment: '1000000' },
    });
  });

  it('savings above the baseline line: more saved on a line than the line costs', () => {
    // Production-cost savings entered as an amount against a production cost of 1,000,000.
    const at = (amount: string) =>
      baseScenario({
        baseline: { productionCost: '1000000', otherCosts: [] },
        capex: [KIT],
        effects: [saving('cut', amount, { kind: 'production-cost', ramp: ['0.5'] })],
      });
    expect(
      firing('savings-above-baseline', [at('999999.99'), at('1000000'), at('1000000.01')]),
    ).toEqual([false, false, true]);
    expect(
      warningsOf(at('1000000.01')).find((w) => w.code === 'savings-above-baseline'),
    ).toMatchObject({
      params: { line: 'productionCost', savings: '1000000.01', baseline: '1000000' },
      fields: ['effects[id=cut].fullEffect'],
    });
  });

  it('savings above the baseline line: two shares of one line adding up to more than all of it', () => {
    // 60 % and 40.0001 % of the same other cost line of 100,000: 100,000.1 > 100,000.
    const scenario = (second: string) =>
      baseScenario({
        baseline: { otherCosts: [{ id: 'scrap', name: 'Scrap', amount: '100000' }] },
        capex: [KIT],
        effects: [shareOf('a', 'custom', 'scrap', '0.6'), shareOf('b', 'custom', 'scrap', second)],
      });
    expect(
      firing('savings-above-baseline', [
        scenario('0.399999'),
        scenario('0.4'),
        scenario('0.400001'),
      ]),
    ).toEqual([false, false, true]);
    expect(
      warningsOf(scenario('0.400001')).find((w) => w.code === 'savings-above-baseline')?.params,
    ).toMatchObject({ line: 'scrap', lineName: 'Scrap', effects: 'Effect a, Effect b' });
  });

  it('payback within the ramp-up: repaid before the savings reach their full level', () => {
    // A saving S = 1,000,000 ramping 50 % / 50 % in years 1 and 2 (ramp-up: 2 years), untaxed.
    // With capex C the cumulative flow after year 2 is S − C. C = S: payback in year 2 exactly,
    // 1 + (C − S/2) / (S/2) = 2. C = S − 1: 1 + (S/2 − 1)/(S/2) < 2. C = S + 1: in year 3,
    // 2 + 1 / S > 2.
    const at = (amount: string) =>
      baseScenario({
        capex: [capex('kit', amount)],
        effects: [saving('s', '1000000', { ramp: ['0.5', '0.5'] })],
        tax: UNTAXED,
      });
    expect(evaluateValid(at('1000000')).metrics.paybackYears?.toString()).toBe('2');
    expect(firing('payback-within-ramp-up', [at('999999'), at('1000000'), at('1000001')])).toEqual([
      true,
      false,
      false,
    ]);
    expect(warningsOf(at('999999')).find((w) => w.code === 'payback-within-ramp-up')).toMatchObject(
      {
        metric: 'paybackYears',
        params: { rampUp: 2, effects: 'Saving s' },
        fields: ['effects[id=s].ramp'],
      },
    );
  });

  it('subsidies above the investment', () => {
    const at = awarded;
    expect(
      firing('subsidies-above-investment', [at('999999.99'), at('1000000'), at('1000000.01')]),
    ).toEqual([false, false, true]);
  });

  it('covers every code', () => {
    expect(new Set(WARNING_CODES).size).toBe(10);
  });
});

describe('the warnings and the comparison', () => {
  it('use the same thresholds as the comparison', () => {
    expect(DEFAULT_THRESHOLDS.irr?.toString()).toBe('0.5');
    expect(DEFAULT_THRESHOLDS.productionCostReduction?.toString()).toBe('0.3');
  });

  it.each(exampleNames())('each warning of %s names a figure, a section or a field', (name) => {
    for (const warning of warningsOf(exampleScenario(name))) {
      expect(warning.metric !== null || warning.section !== null || warning.fields.length > 0).toBe(
        true,
      );
      expect(warning.message.length).toBeGreaterThan(10);
      expect(warning.advice.length).toBeGreaterThan(10);
    }
  });

  it('warn of what the presets claimed for a 3 million project: the IRR of the whole-factory cut on one line', () => {
    // 25 % of 40,000,000 production cost and 70 % of 1,000,000 inspection labour, for 3,000,000
    // of investment: 10.7 million a year of savings, an IRR far above 50 %.
    const scenario = baseScenario({
      baseline: {
        productionCost: '40000000',
        inspectionLabourCost: '1000000',
        otherCosts: [],
      },
      capex: [capex('line', '3000000')],
      effects: [
        shareOf('cost', 'production-cost', 'productionCost', '0.25', ['0.4', '0.8']),
        shareOf('inspection', 'inspection-labour', 'inspectionLabourCost', '0.7', []),
      ],
    });
    expect(codes(scenario)).toEqual(expect.arrayContaining(['irr', 'ramp-up']));
  });
});
