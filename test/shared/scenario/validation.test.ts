import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenarioFile, type ValidationIssue } from '../../../shared/scenario';
import { deleteIn, getIn, setIn, type JsonDocument } from '../../helpers/json-edit';
import { exampleText } from '../../helpers/scenarios';

/** Parses an example after changing its JSON document, and returns the issues (none if valid). */
function issuesAfter(example: string, change: (document: JsonDocument) => void): ValidationIssue[] {
  const document = JSON.parse(exampleText(example)) as JsonDocument;
  change(document);
  const parsed = parseScenarioFile(JSON.stringify(document));
  return parsed.ok ? [] : [...parsed.issues];
}

const first = (issues: readonly ValidationIssue[]) => issues[0];

describe('amounts and rates are strict decimal strings', () => {
  it.each([
    ['an exponent', '6e6', 'invalid_amount'],
    ['a thousands separator', '6,000,000', 'invalid_amount'],
    ['a sign', '-6000000', 'invalid_amount'],
    ['a leading zero', '06000000', 'invalid_amount'],
    ['NaN', 'NaN', 'invalid_amount'],
    ['Infinity', 'Infinity', 'invalid_amount'],
    ['spaces', ' 6000000', 'invalid_amount'],
    ['seven decimals', '6000000.1234567', 'invalid_amount'],
    ['16 integer digits', '1000000000000000', 'invalid_amount'],
  ])('refuses an amount with %s, naming the field', (_, value, code) => {
    const issues = issuesAfter('reference-a', (d) => setIn(d, ['capex', 0, 'amount'], value));
    expect(issues).toEqual([expect.objectContaining({ path: ['capex', 0, 'amount'], code })]);
  });

  it('refuses an amount written as a JSON number, saying to quote it', () => {
    const issues = issuesAfter('reference-a', (d) => setIn(d, ['capex', 0, 'amount'], 6000000));
    expect(first(issues)).toMatchObject({
      path: ['capex', 0, 'amount'],
      code: 'number_not_string',
    });
  });

  it.each([
    ['tax.rate', (d: JsonDocument) => setIn(d, ['tax', 'rate'], '1.25'), ['tax', 'rate']],
    [
      'a ramp share',
      (d: JsonDocument) => setIn(d, ['effects', 0, 'ramp', 1], '1.5'),
      ['effects', 0, 'ramp', 1],
    ],
    [
      'the discount rate',
      (d: JsonDocument) => setIn(d, ['parameters', 'discountRate', 'rate'], '-0.9'),
      ['parameters', 'discountRate', 'rate'],
    ],
  ])('refuses %s out of its range, giving the range', (_, change, path) => {
    const issues = issuesAfter('reference-a', change);
    expect(issues).toEqual([expect.objectContaining({ path, code: 'out_of_range' })]);
    expect(first(issues)?.message).toMatch(/must be at least -?\d.* and at most \d/);
  });

  it('refuses a percentage written as 25 instead of 0.25', () => {
    const issues = issuesAfter('reference-a', (d) => setIn(d, ['effects', 0, 'fullEffect'], '25'));
    expect(first(issues)).toMatchObject({
      path: ['effects', 0, 'fullEffect'],
      code: 'out_of_range',
      params: { min: '0', max: '1' },
    });
  });

  it('refuses 1e308 and non-integers where a whole number is expected', () => {
    expect(
      first(issuesAfter('reference-a', (d) => setIn(d, ['project', 'horizonYears'], 1e308))),
    ).toMatchObject({
      path: ['project', 'horizonYears'],
      code: 'too_large',
    });
    expect(
      first(
        issuesAfter('reference-a', (d) => setIn(d, ['capex', 0, 'depreciation', 'lifeYears'], 2.5)),
      ),
    ).toMatchObject({
      path: ['capex', 0, 'depreciation', 'lifeYears'],
      code: 'invalid_type',
    });
  });
});

describe('structure', () => {
  it('refuses unknown keys, naming each', () => {
    const issues = issuesAfter('reference-a', (d) => {
      setIn(d, ['capex', 0, 'colour'], 'red');
      setIn(d, ['extra'], 1);
    });
    expect(issues.map((found) => [found.path, found.code])).toEqual(
      expect.arrayContaining([
        [['capex', 0, 'colour'], 'unknown_field'],
        [['extra'], 'unknown_field'],
      ]),
    );
  });

  it('names a missing required field', () => {
    const issues = issuesAfter('reference-a', (d) =>
      deleteIn(d, ['capex', 0, 'depreciation', 'method']),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        path: ['capex', 0, 'depreciation', 'method'],
        code: 'required',
        message: 'is required',
      }),
    ]);
  });

  it('lists the allowed values of a choice', () => {
    const issues = issuesAfter('reference-a', (d) =>
      setIn(d, ['capex', 0, 'depreciation', 'method'], 'linear'),
    );
    expect(first(issues)).toMatchObject({
      path: ['capex', 0, 'depreciation', 'method'],
      code: 'invalid_option',
    });
    expect(first(issues)?.message).toContain('"straight-line"');
  });

  it('names the wrong kind of subsidy', () => {
    const issues = issuesAfter('reference-a', (d) =>
      setIn(d, ['subsidies', 0, 'type'], 'tax-holiday'),
    );
    expect(first(issues)).toMatchObject({ path: ['subsidies', 0, 'type'], code: 'invalid_option' });
  });

  it('prints each problem as path: message', () => {
    const issues = issuesAfter('reference-a', (d) =>
      setIn(d, ['capex', 0, 'depreciation', 'salvage'], '7000000'),
    );
    expect(issues.map(formatIssue)).toEqual([
      'capex[0].depreciation.salvage: salvage 7000000 exceeds the cost 6000000',
    ]);
  });
});

describe('cross-field rules', () => {
  const cases: [string, string, (d: JsonDocument) => void, (string | number)[], string][] = [
    [
      'salvage above cost',
      'reference-a',
      (d) => setIn(d, ['capex', 0, 'depreciation', 'salvage'], '6000000.01'),
      ['capex', 0, 'depreciation', 'salvage'],
      'salvage_exceeds_cost',
    ],
    [
      'payment shares not adding up to 1',
      'reference-a',
      (d) =>
        setIn(
          d,
          ['capex', 0, 'payments'],
          [
            { year: 0, share: '0.6' },
            { year: 1, share: '0.3' },
          ],
        ),
      ['capex', 0, 'payments'],
      'schedule_shares_not_one',
    ],
    [
      'payment years out of order',
      'reference-a',
      (d) =>
        setIn(
          d,
          ['capex', 0, 'payments'],
          [
            { year: 1, share: '0.5' },
            { year: 0, share: '0.5' },
          ],
        ),
      ['capex', 0, 'payments', 1, 'year'],
      'schedule_years_not_increasing',
    ],
    [
      'capex paid in the last year',
      'reference-a',
      (d) => setIn(d, ['capex', 0, 'payments'], [{ year: 10, share: '1' }]),
      ['capex', 0, 'payments'],
      'capex_never_in_service',
    ],
    [
      'a grant paid after the horizon',
      'reference-a',
      (d) => setIn(d, ['subsidies', 0, 'disbursement'], [{ year: 11, share: '1' }]),
      ['subsidies', 0, 'disbursement', 0, 'year'],
      'year_beyond_horizon',
    ],
    [
      'a declining-balance item without a factor',
      'reference-a',
      (d) => setIn(d, ['capex', 0, 'depreciation', 'method'], 'declining-balance'),
      ['capex', 0, 'depreciation', 'factor'],
      'factor_required',
    ],
    [
      'a factor on straight line',
      'reference-a',
      (d) => setIn(d, ['capex', 0, 'depreciation', 'factor'], '1.5'),
      ['capex', 0, 'depreciation', 'factor'],
      'factor_not_applicable',
    ],
    [
      'a duplicate id',
      'reference-a',
      (d) => setIn(d, ['effects', 1, 'id'], 'production-cost'),
      ['effects', 1, 'id'],
      'duplicate_id',
    ],
    [
      'an id shared by two lists',
      'reference-a',
      (d) => setIn(d, ['runningCosts', 0, 'id'], 'investment'),
      ['runningCosts', 0, 'id'],
      'duplicate_id',
    ],
    [
      'an unknown baseline line',
      'reference-a',
      (d) => setIn(d, ['effects', 0, 'baselineLine'], 'energyCost'),
      ['effects', 0, 'baselineLine'],
      'unknown_baseline_line',
    ],
    [
      'a baseline line without an amount',
      'reference-a',
      (d) => deleteIn(d, ['baseline', 'productionCost']),
      ['effects', 0, 'baselineLine'],
      'baseline_line_missing',
    ],
    [
      'an end year before the start',
      'reference-a',
      (d) => {
        setIn(d, ['runningCosts', 0, 'startYear'], 3);
        setIn(d, ['runningCosts', 0, 'endYear'], 1);
      },
      ['runningCosts', 0, 'endYear'],
      'end_before_start',
    ],
    [
      'an effect starting after the horizon',
      'reference-a',
      (d) => setIn(d, ['effects', 0, 'startYear'], 11),
      ['effects', 0, 'startYear'],
      'year_beyond_horizon',
    ],
    [
      'detection not improved',
      'small-enterprise-subsidy',
      (d) => setIn(d, ['effects', 1, 'detectionAfter'], '0.85'),
      ['effects', 1, 'detectionAfter'],
      'detection_not_improved',
    ],
    [
      'a loan ending after the horizon',
      'mes-rollout-loan',
      (d) => setIn(d, ['financing', 'loans', 0, 'termYears'], 10),
      ['financing', 'loans', 0, 'termYears'],
      'loan_beyond_horizon',
    ],
    [
      'a grace period as long as the term',
      'mes-rollout-loan',
      (d) => setIn(d, ['financing', 'loans', 0, 'graceYears'], 5),
      ['financing', 'loans', 0, 'graceYears'],
      'grace_not_less_than_term',
    ],
    [
      'an interest subsidy for no loan',
      'mes-rollout-loan',
      (d) => setIn(d, ['subsidies', 0, 'loanId'], 'other-loan'),
      ['subsidies', 0, 'loanId'],
      'unknown_loan',
    ],
    [
      'an interest subsidy above the rate',
      'mes-rollout-loan',
      (d) => setIn(d, ['subsidies', 0, 'ratePoints'], '0.05'),
      ['subsidies', 0, 'ratePoints'],
      'interest_subsidy_exceeds_rate',
    ],
    [
      'an interest subsidy longer than the loan',
      'mes-rollout-loan',
      (d) => setIn(d, ['subsidies', 0, 'years'], 6),
      ['subsidies', 0, 'years'],
      'subsidy_years_exceed_term',
    ],
    [
      'a capex grant with nothing eligible',
      'reference-a',
      (d) => setIn(d, ['capex', 0, 'eligibility', 'grants'], false),
      ['subsidies', 0, 'rate'],
      'grant_without_eligible_capex',
    ],
    [
      'small low-profit bands not increasing',
      'small-enterprise-subsidy',
      (d) =>
        (getIn(d, ['tax', 'preferential', 'bands']) as unknown[]).push({
          upTo: '1000000',
          rate: '0.1',
        }),
      ['tax', 'preferential', 'bands', 1, 'upTo'],
      'bands_not_increasing',
    ],
    [
      'a scenario called base',
      'smt-visual-ai-inspection',
      (d) => setIn(d, ['scenarios', 0, 'name'], 'base'),
      ['scenarios', 0, 'name'],
      'reserved_scenario_name',
    ],
    [
      'two scenarios with one name',
      'smt-visual-ai-inspection',
      (d) => setIn(d, ['scenarios', 1, 'name'], 'optimistic'),
      ['scenarios', 1, 'name'],
      'duplicate_scenario_name',
    ],
    [
      'a grant neither taxed nor reducing the base',
      'reference-a',
      (d) => setIn(d, ['subsidies', 0, 'reducesDepreciableBase'], false),
      ['subsidies', 0, 'reducesDepreciableBase'],
      'untaxed_grant_keeps_base',
    ],
    [
      'a taxed grant that also reduces the base',
      'reference-a',
      (d) => setIn(d, ['subsidies', 0, 'taxable'], true),
      ['subsidies', 0, 'reducesDepreciableBase'],
      'taxed_grant_reduces_base',
    ],
    [
      'working capital in days of a baseline line that does not exist',
      'reference-a',
      (d) =>
        setIn(
          d,
          ['workingCapital'],
          [
            {
              id: 'stock',
              name: 'Stock',
              change: 'release',
              basis: 'baseline-days',
              baselineLine: 'nowhere',
              days: '10',
              timing: [{ year: 1, share: '1' }],
              escalates: false,
              recoveredAtHorizon: false,
            },
          ],
        ),
      ['workingCapital', 0, 'baselineLine'],
      'unknown_baseline_line',
    ],
    [
      'a working-capital line with the id of an investment item',
      'reference-a',
      (d) =>
        setIn(
          d,
          ['workingCapital'],
          [
            {
              id: 'investment',
              name: 'Stock',
              change: 'release',
              basis: 'amount',
              amount: '10',
              timing: [{ year: 1, share: '0.5' }],
              escalates: false,
              recoveredAtHorizon: false,
            },
          ],
        ),
      ['workingCapital', 0, 'id'],
      'duplicate_id',
    ],
    [
      'a terminal value beside a disposal at the horizon',
      'reference-a',
      (d) => {
        setIn(d, ['tax', 'disposalAtHorizon'], true);
        setIn(d, ['parameters', 'terminalValue'], { growth: '0.02' });
      },
      ['parameters', 'terminalValue'],
      'terminal_value_with_disposal',
    ],
  ];

  it.each(cases)('refuses %s at the field to change', (_, example, change, path, code) => {
    const issues = issuesAfter(example, change);
    expect(issues).toContainEqual(expect.objectContaining({ path, code }));
    for (const found of issues) expect(found.message.length).toBeGreaterThan(5);
  });

  it('accepts salvage equal to cost and a zero-amount item', () => {
    expect(
      issuesAfter('reference-a', (d) =>
        setIn(d, ['capex', 0, 'depreciation', 'salvage'], '6000000'),
      ),
    ).toEqual([]);
    expect(issuesAfter('reference-b', (d) => setIn(d, ['capex', 0, 'amount'], '0'))).toEqual([]);
  });
});
