import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALLOCATION,
  DEFAULT_SETTINGS,
  parseCompareSettings,
  serializeCompareSettings,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance';
import { formatIssue } from '../../../shared/scenario';

const problems = (text: string) => {
  const parsed = parseCompareSettings(text);
  return parsed.ok ? [] : parsed.issues.map(formatIssue);
};

describe('the weights file', () => {
  it('replaces the default weights and the thresholds it names, keeping the others', () => {
    const parsed = parseCompareSettings(
      JSON.stringify({
        scaling: 'min-max',
        weights: {
          additionality: 3,
          'field:jobs-created': '1.5',
          payback: { weight: 2, better: 'lower' },
        },
        thresholds: { irr: null, productionCostReduction: '0.25', minRampYears: 2 },
      }),
    );
    if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('; '));
    const { settings } = parsed;
    expect(settings.scaling).toBe('min-max');
    expect(settings.weights.map((w) => [w.criterion, w.weight.toString(), w.better])).toEqual([
      ['additionality', '3', 'higher'],
      ['field:jobs-created', '1.5', 'higher'],
      ['payback', '2', 'lower'],
    ]);
    expect(settings.thresholds.irr).toBeNull();
    expect(settings.thresholds.productionCostReduction?.toString()).toBe('0.25');
    expect(settings.thresholds.minRampYears).toBe(2);
    expect(settings.thresholds.inspectionLabourReduction?.toString()).toBe('0.7');
  });

  it('reads what it writes', () => {
    const parsed = parseCompareSettings(serializeCompareSettings(DEFAULT_SETTINGS));
    if (!parsed.ok) throw new Error('expected the defaults to read back');
    expect(serializeCompareSettings(parsed.settings)).toBe(
      serializeCompareSettings(DEFAULT_SETTINGS),
    );
  });

  it('names the field of every problem', () => {
    expect(problems('{"weights": {"luck": 1}}')).toEqual([
      'weights.luck: is not a criterion: use npvPerSubsidy, additionality, fundingGap, irr, payback or field:NAME for a field of the project notes',
    ]);
    expect(problems('{"weights": {"irr": -1}}')).toHaveLength(1);
    expect(problems('{"thresholds": {"irr": "fifty"}}')[0]).toMatch(/^thresholds\.irr: /);
    expect(problems('{"weight": {}}')).toEqual(['weight: is not a field of this format']);
    expect(problems('{"__proto__": {}}')[0]).toMatch(/__proto__/);
    expect(problems('[1, 2')).toHaveLength(1);
  });

  it('carries how the budget is spent, so a printed report allocates as the screen did', () => {
    const allocation = {
      objective: 'score' as const,
      cap: 'funding-gap' as const,
      partialMinShare: new Dec('0.5'),
      excludeFlagged: false,
      excluded: ['applicants/07-xiamen.json'],
      checked: ['applicants/08-changzhou.json'],
    };
    const text = serializeCompareSettings(DEFAULT_SETTINGS, allocation);
    expect(JSON.parse(text)).toMatchObject({ version: 2 });
    const parsed = parseCompareSettings(text);
    if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('; '));
    expect(parsed.allocation.objective).toBe('score');
    expect(parsed.allocation.cap).toBe('funding-gap');
    expect(parsed.allocation.checked).toEqual(['applicants/08-changzhou.json']);
    expect(parsed.allocation.partialMinShare?.toString()).toBe('0.5');
    expect(parsed.allocation.excludeFlagged).toBe(false);
    expect(parsed.allocation.excluded).toEqual(['applicants/07-xiamen.json']);

    // A file without the section allocates as the command line does by default.
    const plain = parseCompareSettings('{}');
    expect(plain.ok && plain.allocation).toEqual(DEFAULT_ALLOCATION);
    expect(problems('{"allocation": {"partialMinShare": "1.5"}}')[0]).toMatch(
      /^allocation\.partialMinShare: /,
    );
    expect(problems('{"allocation": {"objective": "jobs"}}')[0]).toMatch(
      /^allocation\.objective: /,
    );
    expect(problems('{"allocation": {"cap": "half"}}')[0]).toMatch(/^allocation\.cap: /);
    expect(problems('{"version": 3}')[0]).toMatch(/^version: /);
  });

  it('reads a version 1 file (no version key) as it meant: its objective kept, no cap, nothing checked', () => {
    // What the applicants screen wrote before caps and checks existed.
    const version1 = JSON.stringify({
      scaling: 'rank',
      weights: { npvPerSubsidy: '40', additionality: '25' },
      allocation: { objective: 'npv', partialMinShare: null, excludeFlagged: true, excluded: [] },
    });
    const parsed = parseCompareSettings(version1);
    if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('; '));
    expect(parsed.allocation).toEqual({
      objective: 'npv',
      cap: 'none',
      partialMinShare: null,
      excludeFlagged: true,
      excluded: [],
      checked: [],
    });
    // Without an objective, today's default: the NPV the programme causes.
    const unnamed = parseCompareSettings('{"allocation": {"excludeFlagged": false}}');
    expect(unnamed.ok && unnamed.allocation.objective).toBe('caused');
  });
});
