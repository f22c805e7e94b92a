import { describe, expect, it } from 'vitest';
import { decimalArithmetic, Dec } from '../../../shared/finance';
import { listDrivers, resolveScenario } from '../../../shared/model';
import {
  domainAt,
  validateScenarioDocument,
  withinLimits,
  type Domain,
  type RiskSettings,
  type ScenarioFile,
} from '../../../shared/scenario';
import { exampleFile, exampleNames } from '../../helpers/scenarios';

/*
 * The domain of every kind of number a scenario holds, read from the file format: what the
 * analyses keep their drivers inside and what a stated range or distribution must respect. The
 * expected limits are the format's own rules (shared/scenario/README.md, schema.ts): shares,
 * detection rates and ramp levels are fractions from 0 to 1; amounts are 0 or more; the discount
 * rate and inflation lie from −50 % to 100 % (so above −100 %); the extra super deduction from 0
 * to 500 %; a declining-balance factor above 0 and at most 10; whole numbers within their ranges,
 * a horizon at least 1.
 */

const limits = (domain: Domain | null) =>
  domain === null
    ? null
    : {
        unit: domain.unit,
        min: domain.min?.toString() ?? null,
        max: domain.max?.toString() ?? null,
        minExclusive: domain.minExclusive,
      };

const SHARE = { unit: 'fraction', min: '0', max: '1', minExclusive: false };
const AMOUNT = { unit: 'amount', min: '0', max: null, minExclusive: false };
const RATE = { unit: 'fraction', min: '-0.5', max: '1', minExclusive: false };

/** The kind of each field a driver path can end in, as the file format states it. */
function expectedKind(path: string, file: ScenarioFile): object {
  // Rates of prices and of growth: from −50 % to 100 % a year.
  if (/^parameters\.(discountRate\.rate|inflation|fundingGapDiscountRate\.rate)$/.test(path))
    return RATE;
  if (/^(effects|runningCosts)\[id=[^\]]+\]\.growth$/.test(path)) return RATE;
  // Days of a baseline line held as stock: at most a year's.
  if (/^workingCapital\[id=[^\]]+\]\.days$/.test(path))
    return { unit: 'count', min: '0', max: '366', minExclusive: false };
  if (path === 'tax.superDeduction.rate')
    return { unit: 'fraction', min: '0', max: '5', minExclusive: false };
  if (path.endsWith('.depreciation.factor'))
    return { unit: 'fraction', min: '0', max: '10', minExclusive: true };
  const effect = /^effects\[id=([^\]]+)\]\.fullEffect$/.exec(path);
  if (effect !== null) {
    const basis = file.effects.find((candidate) => candidate.id === effect[1])?.basis;
    return basis === 'amount' ? AMOUNT : SHARE;
  }
  if (
    /\.(detectionBefore|detectionAfter|decayPerYear|share|ratePoints)$/.test(path) ||
    /\.ramp\[\d+\]$/.test(path) ||
    /^subsidies\[id=[^\]]+\]\.rate$/.test(path) ||
    /^financing\.loans\[id=[^\]]+\]\.rate$/.test(path) ||
    /^tax\.(rate|preferential\.rate|preferential\.bands\[\d+\]\.rate|investmentTaxCredit\.rate)$/.test(
      path,
    ) ||
    /^tax\.surcharges\.(urbanMaintenanceRate|educationRate|localEducationRate)$/.test(path)
  )
    return SHARE;
  return AMOUNT;
}

describe('the domain of every driver', () => {
  it.each(exampleNames())(
    'in %s: each number of the model has the domain its field allows',
    (name) => {
      const file = exampleFile(name);
      const drivers = listDrivers(resolveScenario(decimalArithmetic, file));
      expect(drivers.length).toBeGreaterThan(10);
      for (const driver of drivers) {
        expect({ path: driver.path, domain: limits(domainAt(file, driver.path)) }).toEqual({
          path: driver.path,
          domain: expectedKind(driver.path, file),
        });
        // The example's own value lies in its domain.
        const domain = domainAt(file, driver.path);
        expect(domain !== null && withinLimits(domain, driver.value)).toBe(true);
      }
    },
  );

  it.each([
    ['project.horizonYears', '1', '40'],
    ['capex[id=investment].depreciation.lifeYears', '1', '50'],
    ['effects[id=production-cost].startYear', '1', '40'],
    ['tax.lossCarryForwardYears', '0', '20'],
  ])('whole number %s lies from %s to %s', (path, min, max) => {
    expect(limits(domainAt(exampleFile('reference-a'), path))).toEqual({
      unit: 'whole',
      min,
      max,
      minExclusive: false,
    });
  });

  it('reads the term and grace of a loan and the years of an interest subsidy as whole numbers', () => {
    const file = exampleFile('mes-rollout-loan');
    const loan = file.financing.loans[0]?.id ?? '';
    expect(limits(domainAt(file, `financing.loans[id=${loan}].termYears`))).toMatchObject({
      unit: 'whole',
      min: '1',
    });
    expect(limits(domainAt(file, `financing.loans[id=${loan}].graceYears`))).toMatchObject({
      unit: 'whole',
      min: '0',
    });
  });

  it('has none for what is not a number of the format', () => {
    const file = exampleFile('reference-a');
    expect(domainAt(file, 'project.name')).toBeNull();
    expect(domainAt(file, 'effects[id=production-cost].escalates')).toBeNull();
    expect(domainAt(file, 'nothing.here')).toBeNull();
    expect(domainAt(file, 'not a path')).toBeNull();
  });

  it('judges the limits at the edges: a share takes 0 and 1, not −0.000001 or 1.000001', () => {
    const share = domainAt(exampleFile('reference-a'), 'effects[id=production-cost].ramp[0]');
    if (share === null) throw new Error('no domain');
    expect(['0', '1', '0.5'].map((value) => withinLimits(share, new Dec(value)))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['-0.000001', '1.000001'].map((value) => withinLimits(share, new Dec(value)))).toEqual([
      false,
      false,
    ]);
  });
});

describe('a stated range or distribution outside the domain', () => {
  const EFFECT = 'effects[id=production-cost].fullEffect';
  const withRisk = (risk: Partial<RiskSettings>) => ({
    ...exampleFile('reference-a'),
    risk: { distributions: [], correlations: [], ranges: [], ...risk },
  });
  const issuesOf = (document: unknown) => {
    const checked = validateScenarioDocument(JSON.parse(JSON.stringify(document)));
    return checked.ok
      ? []
      : checked.issues.map((found) => ({
          path: found.path.join('.'),
          code: found.code,
          params: found.params,
        }));
  };

  it('is refused at the field that states it: a share above 100 %, an amount below 0, a horizon of 0', () => {
    const issues = issuesOf(
      withRisk({
        ranges: [
          { path: EFFECT, low: '0.2', high: '1.2' },
          { path: 'capex[id=investment].amount', low: '-1', high: '7000000' },
          { path: 'project.horizonYears', low: '0', high: '12' },
        ],
      }),
    );
    expect(issues).toEqual([
      {
        path: 'risk.ranges.0.high',
        code: 'outside_domain',
        params: {
          path: EFFECT,
          value: '1.2',
          unit: 'fraction',
          min: '0',
          max: '1',
          minExclusive: false,
        },
      },
      {
        path: 'risk.ranges.1.low',
        code: 'outside_domain',
        params: expect.objectContaining({ value: '-1', unit: 'amount', min: '0' }),
      },
      {
        path: 'risk.ranges.2.low',
        code: 'outside_domain',
        params: expect.objectContaining({ value: '0', unit: 'whole', min: '1', max: '40' }),
      },
    ]);
  });

  it('takes a range that reaches the limits exactly', () => {
    expect(issuesOf(withRisk({ ranges: [{ path: EFFECT, low: '0', high: '1' }] }))).toEqual([]);
  });

  it('names the parameter of a distribution that leaves the domain', () => {
    const issues = issuesOf(
      withRisk({
        distributions: [
          {
            path: EFFECT,
            distribution: { type: 'triangular', min: '0.2', mode: '0.25', max: '1.1' },
          },
          {
            path: 'effects[id=production-cost].ramp[0]',
            distribution: { type: 'normal', mean: '1.05', standardDeviation: '0.1' },
          },
          {
            path: 'capex[id=investment].amount',
            distribution: {
              type: 'discrete',
              outcomes: [
                { value: '-100', probability: '0.5' },
                { value: '6000000', probability: '0.5' },
              ],
            },
          },
        ],
      }),
    );
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'risk.distributions.0.distribution.max', code: 'outside_domain' },
      { path: 'risk.distributions.1.distribution.mean', code: 'outside_domain' },
      { path: 'risk.distributions.2.distribution.outcomes.0.value', code: 'outside_domain' },
    ]);
  });

  it('takes a normal distribution centred inside the domain: its tails are cut when drawn', () => {
    expect(
      issuesOf(
        withRisk({
          distributions: [
            {
              path: EFFECT,
              distribution: { type: 'normal', mean: '0.95', standardDeviation: '0.1' },
            },
          ],
        }),
      ),
    ).toEqual([]);
  });
});
