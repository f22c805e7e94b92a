import { describe, expect, it } from 'vitest';
import { changedInputs } from '../../../shared/report/assumptions';
import type { Scenario } from '../../../shared/scenario';
import { baseScenario, capex, saving } from '../../helpers/scenarios';

const blank = baseScenario();
const locations = (scenario: Scenario) =>
  changedInputs(scenario, blank).map((entry) => `${entry.section}:${entry.location.join('.')}`);

describe('changed inputs', () => {
  it('lists nothing for the blank scenario itself', () => {
    expect(changedInputs(blank, blank)).toEqual([]);
  });

  it('lists exactly the values changed, with their section and value', () => {
    const changed = baseScenario({
      project: { ...blank.project, horizonYears: 12 },
      parameters: { ...blank.parameters, discountRate: { rate: '0.1', basis: 'nominal' } },
    });
    expect(changedInputs(changed, blank)).toEqual([
      { section: 'project', location: ['project', 'horizonYears'], value: 12 },
      { section: 'parameters', location: ['parameters', 'discountRate', 'rate'], value: '0.1' },
    ]);
  });

  it('lists an optional input the blank scenario does not have', () => {
    const changed = baseScenario({ tax: { ...blank.tax, companyTaxableIncome: '6000000' } });
    expect(locations(changed)).toEqual(['tax:tax.companyTaxableIncome']);
  });

  it('lists every field of a new item under its section, without its id and name', () => {
    const changed = baseScenario({ capex: [capex('kit', '1000')] });
    expect(locations(changed)).toEqual([
      'investment:capex.0.category',
      'investment:capex.0.amount',
      'investment:capex.0.payments.0.year',
      'investment:capex.0.payments.0.share',
      'investment:capex.0.depreciation.method',
      'investment:capex.0.depreciation.lifeYears',
      'investment:capex.0.depreciation.salvage',
      'investment:capex.0.eligibility.oneTimeDeduction',
      'investment:capex.0.eligibility.grants',
      'investment:capex.0.eligibility.investmentTaxCredit',
      'investment:capex.0.eligibility.superDeduction',
      'investment:capex.0.residualValue',
    ]);
  });

  it('lists a ramp as one input, not year by year', () => {
    const changed = baseScenario({ effects: [saving('s', '250', { ramp: ['0.4', '0.8'] })] });
    const entries = changedInputs(changed, blank);
    expect(entries.filter((entry) => entry.location.includes('ramp'))).toEqual([
      { section: 'effects', location: ['effects', 0, 'ramp'], value: ['0.4', '0.8'] },
    ]);
  });
});
