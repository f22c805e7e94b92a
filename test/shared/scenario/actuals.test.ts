import { describe, expect, it } from 'vitest';
import {
  parseScenarioFile,
  selectScenario,
  serializeScenarioFile,
  type ValidationIssue,
} from '../../../shared/scenario';
import { setIn, type JsonDocument } from '../../helpers/json-edit';
import { exampleText } from '../../helpers/scenarios';

/*
 * The optional actuals section of the scenario file: what really happened, year by year and line
 * by line. Reference case A has a 10-year horizon, one investment item `investment`, effects
 * `production-cost` and `inspection-labour`, the running cost `running` and the grant `capex-grant`.
 */

const twoYears = {
  years: [
    {
      year: 1,
      savings: [
        { id: 'production-cost', amount: '1900000' },
        { id: 'inspection-labour', amount: '1050000' },
      ],
      runningCosts: [{ id: 'running', amount: '310000' }],
      capex: [],
      subsidies: [{ id: 'capex-grant', amount: '1000000' }],
      taxPaid: '-40000',
    },
    {
      year: 2,
      months: 6,
      savings: [{ id: 'production-cost', amount: '1800000' }],
      runningCosts: [],
      capex: [],
      subsidies: [],
    },
  ],
};

function withActuals(actuals: unknown): JsonDocument {
  const document = JSON.parse(exampleText('reference-a')) as JsonDocument;
  setIn(document, ['actuals'], actuals);
  return document;
}

function issuesOf(document: JsonDocument): ValidationIssue[] {
  const parsed = parseScenarioFile(JSON.stringify(document));
  return parsed.ok ? [] : [...parsed.issues];
}

describe('the actuals section', () => {
  it('loads, keeps its figures and saves byte-identical', () => {
    const text = `${JSON.stringify(withActuals(twoYears), null, 2)}\n`;
    const parsed = parseScenarioFile(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.file.actuals?.years[1]).toMatchObject({ year: 2, months: 6 });
    expect(serializeScenarioFile(parsed.file)).toBe(text);
  });

  it('is the file’s history, not part of a scenario', () => {
    const parsed = parseScenarioFile(JSON.stringify(withActuals(twoYears)));
    if (!parsed.ok) throw new Error('invalid');
    const selected = selectScenario(parsed.file, 'base');
    expect(selected.ok && 'actuals' in selected.scenario).toBe(false);
  });

  it('cannot be changed by a named scenario', () => {
    const document = withActuals(twoYears);
    setIn(
      document,
      ['scenarios'],
      [
        {
          name: 'rewritten',
          kind: 'custom',
          overrides: [{ path: 'actuals.years[0].taxPaid', value: '5' }],
        },
      ],
    );
    expect(issuesOf(document)).toEqual([
      expect.objectContaining({ code: 'protected_override_path' }),
    ]);
  });

  it.each([
    [
      'a line naming no planned item of its list',
      (d: JsonDocument) => setIn(d, ['actuals', 'years', 0, 'savings', 0, 'id'], 'running'),
      ['actuals', 'years', 0, 'savings', 0, 'id'],
      'unknown_actual_line',
    ],
    [
      'a line reported twice in a year',
      (d: JsonDocument) => setIn(d, ['actuals', 'years', 0, 'savings', 1, 'id'], 'production-cost'),
      ['actuals', 'years', 0, 'savings', 1, 'id'],
      'duplicate_actual_line',
    ],
    [
      'years out of order',
      (d: JsonDocument) => setIn(d, ['actuals', 'years', 1, 'year'], 1),
      ['actuals', 'years', 1, 'year'],
      'schedule_years_not_increasing',
    ],
    [
      'a year beyond the horizon',
      (d: JsonDocument) => setIn(d, ['actuals', 'years', 1, 'year'], 11),
      ['actuals', 'years', 1, 'year'],
      'year_beyond_horizon',
    ],
    [
      'a partial year before a later one',
      (d: JsonDocument) => setIn(d, ['actuals', 'years', 0, 'months'], 9),
      ['actuals', 'years', 0, 'months'],
      'partial_year_not_last',
    ],
    [
      'twelve months (a whole year leaves months out)',
      (d: JsonDocument) => setIn(d, ['actuals', 'years', 1, 'months'], 12),
      ['actuals', 'years', 1, 'months'],
      'too_large',
    ],
    [
      'a negative amount',
      (d: JsonDocument) => setIn(d, ['actuals', 'years', 0, 'savings', 0, 'amount'], '-1'),
      ['actuals', 'years', 0, 'savings', 0, 'amount'],
      'invalid_amount',
    ],
    [
      'a tax paid with an exponent (a negative one is a tax saved)',
      (d: JsonDocument) => setIn(d, ['actuals', 'years', 0, 'taxPaid'], '1e3'),
      ['actuals', 'years', 0, 'taxPaid'],
      'invalid_signed_amount',
    ],
  ])('refuses %s, at the field', (_, change, path, code) => {
    const document = withActuals(structuredClone(twoYears));
    change(document);
    const issues = issuesOf(document);
    expect(issues).toEqual([expect.objectContaining({ path, code })]);
  });
});
