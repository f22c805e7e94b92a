import { describe, expect, it } from 'vitest';
import {
  parseScenarioFile,
  serializeScenarioFile,
  validateScenarioDocument,
  type RiskSettings,
  type ScenarioFile,
} from '../../../shared/scenario';
import { exampleFile, exampleText } from '../../helpers/scenarios';

/*
 * The risk section of the scenario file (format version 2): distributions, correlations and
 * ranges of drivers named by path. A version-1 file, which has none, still opens.
 */

const withRisk = (risk: RiskSettings): unknown => ({ ...exampleFile('reference-a'), risk });
const issuesOf = (document: unknown) => {
  const checked = validateScenarioDocument(JSON.parse(JSON.stringify(document)));
  return checked.ok
    ? []
    : checked.issues.map((found) => ({ path: found.path.join('.'), code: found.code }));
};
const normal = { type: 'normal' as const, mean: '0.25', standardDeviation: '0.05' };
const distribution = (
  path: string,
  d: RiskSettings['distributions'][number]['distribution'] = normal,
) => ({ path, distribution: d });
const EFFECT = 'effects[id=production-cost].fullEffect';
const CAPEX = 'capex[id=investment].amount';
const RATE = 'parameters.discountRate.rate';

describe('the risk section', () => {
  it('is optional: a version-1 file opens, is migrated, and saves as the current version with nothing added', () => {
    const v1 = exampleText('reference-a').replace('"version": 4', '"version": 1');
    const parsed = parseScenarioFile(v1);
    expect(parsed.ok && parsed.migratedFrom).toBe(1);
    if (!parsed.ok) return;
    expect(parsed.file.risk).toBeUndefined();
    expect(serializeScenarioFile(parsed.file)).toBe(exampleText('reference-a'));
  });

  it('round-trips in the example that has one', () => {
    const file = exampleFile('smt-visual-ai-inspection');
    expect(file.risk?.distributions.map((entry) => entry.distribution.type)).toEqual([
      'pert',
      'triangular',
      'pert',
      'lognormal',
      'uniform',
      'normal',
      'discrete',
      'normal',
    ]);
    expect(serializeScenarioFile(file)).toBe(exampleText('smt-visual-ai-inspection'));
  });

  it('accepts every kind of distribution, correlations and ranges that hold together', () => {
    const risk: RiskSettings = {
      distributions: [
        distribution(EFFECT, { type: 'pert', min: '0.15', mode: '0.25', max: '0.3' }),
        distribution(CAPEX, { type: 'lognormal', mean: '6000000', standardDeviation: '500000' }),
        distribution('effects[id=inspection-labour].fullEffect', {
          type: 'triangular',
          min: '0.5',
          mode: '0.7',
          max: '0.8',
        }),
        distribution('runningCosts[id=running].amount', {
          type: 'uniform',
          min: '250000',
          max: '400000',
        }),
        distribution('subsidies[id=capex-grant].rate', {
          type: 'discrete',
          outcomes: [
            { value: '0', probability: '0.25' },
            { value: '0.2', probability: '0.75' },
          ],
        }),
        distribution(RATE),
      ],
      correlations: [{ paths: [EFFECT, CAPEX], rankCorrelation: '-0.3' }],
      ranges: [
        { path: RATE, low: '0.05', high: '0.12' },
        { path: 'project.horizonYears', low: '8', high: '12' },
      ],
    };
    expect(issuesOf(withRisk(risk))).toEqual([]);
  });

  it.each([
    [
      'a path that names nothing',
      { distributions: [distribution('effects[id=nothing].fullEffect')] },
      'risk.distributions.0.path',
      'unknown_driver',
    ],
    [
      'a path outside the scenario',
      { distributions: [distribution('version')] },
      'risk.distributions.0.path',
      'unknown_driver',
    ],
    [
      'a whole number drawn',
      { distributions: [distribution('project.horizonYears')] },
      'risk.distributions.0.path',
      'whole_number_driver',
    ],
    [
      'a driver twice',
      { distributions: [distribution(EFFECT), distribution(EFFECT)] },
      'risk.distributions.1.path',
      'duplicate_driver',
    ],
    [
      'a negative standard deviation',
      {
        distributions: [
          distribution(EFFECT, { type: 'normal', mean: '0.2', standardDeviation: '-0.1' }),
        ],
      },
      'risk.distributions.0.distribution.standardDeviation',
      'invalid_distribution',
    ],
    [
      'a lognormal mean at 0',
      {
        distributions: [
          distribution(EFFECT, { type: 'lognormal', mean: '0', standardDeviation: '0.1' }),
        ],
      },
      'risk.distributions.0.distribution.mean',
      'invalid_distribution',
    ],
    [
      'a mode outside min–max',
      {
        distributions: [
          distribution(EFFECT, { type: 'pert', min: '0.2', mode: '0.4', max: '0.3' }),
        ],
      },
      'risk.distributions.0.distribution.mode',
      'invalid_distribution',
    ],
    [
      'max not above min',
      { distributions: [distribution(EFFECT, { type: 'uniform', min: '0.3', max: '0.3' })] },
      'risk.distributions.0.distribution.max',
      'invalid_distribution',
    ],
    [
      'probabilities not adding up to 1',
      {
        distributions: [
          distribution(EFFECT, {
            type: 'discrete',
            outcomes: [
              { value: '0.2', probability: '0.5' },
              { value: '0.3', probability: '0.4' },
            ],
          }),
        ],
      },
      'risk.distributions.0.distribution.outcomes',
      'invalid_distribution',
    ],
    [
      'a correlation with a driver that is not drawn',
      {
        distributions: [distribution(EFFECT)],
        correlations: [{ paths: [EFFECT, CAPEX], rankCorrelation: '0.5' }],
      },
      'risk.correlations.0.paths.1',
      'correlation_without_distribution',
    ],
    [
      'a driver correlated with itself',
      {
        distributions: [distribution(EFFECT)],
        correlations: [{ paths: [EFFECT, EFFECT], rankCorrelation: '0.5' }],
      },
      'risk.correlations.0.paths',
      'correlation_with_itself',
    ],
    [
      'a correlation beyond 1',
      {
        distributions: [distribution(EFFECT), distribution(CAPEX)],
        correlations: [{ paths: [EFFECT, CAPEX], rankCorrelation: '1.2' }],
      },
      'risk.correlations.0.rankCorrelation',
      'out_of_range',
    ],
    [
      'correlations that cannot all hold',
      {
        distributions: [distribution(EFFECT), distribution(CAPEX), distribution(RATE)],
        correlations: [
          { paths: [EFFECT, CAPEX], rankCorrelation: '0.9' },
          { paths: [CAPEX, RATE], rankCorrelation: '0.9' },
          { paths: [EFFECT, RATE], rankCorrelation: '-0.9' },
        ],
      },
      'risk.correlations',
      'correlations_inconsistent',
    ],
    [
      'a range whose high is not above its low',
      { ranges: [{ path: RATE, low: '0.1', high: '0.05' }] },
      'risk.ranges.0.high',
      'invalid_range',
    ],
    [
      'a fractional range of a whole number',
      { ranges: [{ path: 'project.horizonYears', low: '8.5', high: '12' }] },
      'risk.ranges.0.low',
      'invalid_range',
    ],
    [
      'an inflation range of ±10^15, far outside what a rate can be',
      {
        ranges: [
          { path: 'parameters.inflation', low: '-999999999999999', high: '999999999999999' },
        ],
      },
      'risk.ranges.0.low',
      'range_too_far',
    ],
    [
      'a ramp share of 200 (20,000 %)',
      { ranges: [{ path: 'effects[id=production-cost].ramp[0]', low: '0', high: '200' }] },
      'risk.ranges.0.high',
      'range_too_far',
    ],
    [
      'a horizon range of ten thousand years',
      { ranges: [{ path: 'project.horizonYears', low: '1', high: '10000' }] },
      'risk.ranges.0.high',
      'range_too_far',
    ],
  ] as [string, Partial<RiskSettings>, string, string][])(
    'refuses %s, at the field',
    (_, partial, path, code) => {
      const risk: RiskSettings = { distributions: [], correlations: [], ranges: [], ...partial };
      expect(issuesOf(withRisk(risk))).toEqual(expect.arrayContaining([{ path, code }]));
    },
  );

  it('names the field of a range far outside its domain, and accepts wide ranges that can be meant', () => {
    const far = validateScenarioDocument(
      JSON.parse(
        JSON.stringify(
          withRisk({
            distributions: [],
            correlations: [],
            ranges: [{ path: 'parameters.inflation', low: '-999999999999999', high: '0.1' }],
          }),
        ),
      ),
    );
    expect(far.ok ? [] : far.issues.map((found) => found.message)).toContainEqual(
      expect.stringMatching(/"parameters\.inflation" is a rate or share.*far outside/),
    );
    // An investment that may cost up to a billion, a rate up to 90 %: wide, but meant.
    expect(
      issuesOf(
        withRisk({
          distributions: [],
          correlations: [],
          ranges: [
            { path: CAPEX, low: '0', high: '1000000000' },
            { path: RATE, low: '0', high: '0.9' },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('refuses unknown keys and a missing list, like every part of the file', () => {
    expect(
      issuesOf(
        withRisk({
          distributions: [],
          correlations: [],
          ranges: [],
          seed: 1,
        } as unknown as RiskSettings),
      ),
    ).not.toEqual([]);
    expect(
      issuesOf({ ...(exampleFile('reference-a') as ScenarioFile), risk: { distributions: [] } }),
    ).not.toEqual([]);
  });
});
