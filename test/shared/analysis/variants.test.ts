import { describe, expect, it } from 'vitest';
import { statedEnds, variantFromRanges } from '../../../shared/analysis';
import { evaluateScenario } from '../../../shared/model';
import { selectScenario, validateScenarioDocument } from '../../../shared/scenario';
import { exampleFile } from '../../helpers/scenarios';

/*
 * Optimistic and pessimistic variants made from what a file states about uncertainty: each stated
 * range (or bounded distribution) at the end that gives the higher or the lower NPV.
 */

describe('a variant from the stated ranges', () => {
  const smt = exampleFile('smt-visual-ai-inspection');

  it('takes every range the SMT example states, the discount rate aside, at its favourable end', () => {
    // More labour saved, better detection, less scrap, a cheaper integration, a longer horizon and
    // higher inflation (the savings escalate with it) all raise the NPV. The grant's range is
    // 0 % or 15 %, and 15 % is already the base value: no change.
    expect(variantFromRanges(smt, 'optimistic')).toEqual({
      overrides: [
        { path: 'parameters.inflation', value: '0.04' },
        { path: 'project.horizonYears', value: 10 },
        { path: 'effects[id=inspection-labour].fullEffect', value: '0.8' },
        { path: 'effects[id=defect-detection].detectionAfter', value: '0.998' },
        { path: 'effects[id=scrap-rework].fullEffect', value: '0.015' },
        { path: 'capex[id=integration].amount', value: '400000' },
      ],
      leftOut: [],
    });
  });

  it('takes the other end for a pessimistic variant, the grant refused included', () => {
    expect(variantFromRanges(smt, 'pessimistic').overrides).toEqual([
      { path: 'parameters.inflation', value: '0' },
      { path: 'project.horizonYears', value: 6 },
      { path: 'effects[id=inspection-labour].fullEffect', value: '0.5' },
      { path: 'effects[id=defect-detection].detectionAfter', value: '0.97' },
      { path: 'effects[id=scrap-rework].fullEffect', value: '0.005' },
      { path: 'capex[id=integration].amount', value: '700000' },
      { path: 'subsidies[id=smart-manufacturing-grant].rate', value: '0' },
    ]);
  });

  it('gives valid scenarios that bracket the base NPV', () => {
    const npv = (kind: 'optimistic' | 'pessimistic' | 'base') => {
      const file =
        kind === 'base'
          ? smt
          : {
              ...smt,
              scenarios: [{ name: kind, kind, overrides: variantFromRanges(smt, kind).overrides }],
            };
      const checked = validateScenarioDocument(JSON.parse(JSON.stringify(file)));
      if (!checked.ok) throw new Error('invalid');
      const selected = selectScenario(checked.file, kind);
      if (!selected.ok) throw new Error('no scenario');
      return evaluateScenario(selected.scenario).metrics.npv;
    };
    expect(npv('optimistic').gt(npv('base'))).toBe(true);
    expect(npv('pessimistic').lt(npv('base'))).toBe(true);
  });

  it('is empty when the file states nothing', () => {
    expect(statedEnds(exampleFile('reference-a'))).toEqual([]);
    expect(variantFromRanges(exampleFile('reference-a'), 'optimistic')).toEqual({
      overrides: [],
      leftOut: [],
    });
  });

  it('leaves out an end the file would refuse: a horizon too short for the loan', () => {
    // The loan is drawn in year 1 with a 5-year term, so it ends in year 6: a horizon of 3 is
    // refused, and the pessimistic variant keeps the horizon as it is.
    const file = exampleFile('mes-rollout-loan');
    const ranged = {
      ...file,
      risk: {
        distributions: [],
        correlations: [],
        ranges: [{ path: 'project.horizonYears', low: '3', high: '12' }],
      },
    };
    expect(variantFromRanges(ranged, 'pessimistic')).toEqual({
      overrides: [],
      leftOut: ['project.horizonYears'],
    });
    expect(variantFromRanges(ranged, 'optimistic').overrides).toEqual([
      { path: 'project.horizonYears', value: 12 },
    ]);
  });
});
