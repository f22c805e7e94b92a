import { describe, expect, it } from 'vitest';
import { formatPath, parsePath, parseScenarioFile, selectScenario } from '../../../shared/scenario';
import { exampleText } from '../../helpers/scenarios';

function withOverrides(overrides: { path: string; value: unknown }[]) {
  const document = JSON.parse(exampleText('smt-visual-ai-inspection')) as {
    scenarios: { name: string; overrides: unknown[] }[];
  };
  document.scenarios[1]!.overrides = overrides;
  return parseScenarioFile(JSON.stringify(document));
}

describe('field paths', () => {
  it.each([
    'effects[id=prod-cost].fullEffect',
    'capex[id=line].depreciation.salvage',
    'effects[id=prod-cost].ramp[2]',
    'tax.rate',
    'financing.loans[id=upgrade-loan].rate',
  ])('reads and writes %s unchanged', (path) => {
    const steps = parsePath(path);
    expect(steps).not.toBeNull();
    expect(formatPath(steps ?? [])).toBe(path);
  });

  it.each([
    '',
    'effects[prod-cost].fullEffect',
    'effects..fullEffect',
    'effects[id=Bad].x',
    '__proto__.x',
    'a.b[id=]',
    'effects[-1]',
  ])('refuses the malformed path %j', (path) => {
    expect(parsePath(path)).toBeNull();
  });
});

describe('scenario overrides are validated deltas', () => {
  it('refuses a path that does not exist, naming the override', () => {
    const parsed = withOverrides([{ path: 'effects[id=no-such-effect].fullEffect', value: '0.5' }]);
    expect(parsed.ok || parsed.issues).toEqual([
      expect.objectContaining({
        path: ['scenarios', 1, 'overrides', 0, 'path'],
        code: 'override_path_not_found',
        params: {
          path: 'effects[id=no-such-effect].fullEffect',
          missing: 'effects[id=no-such-effect]',
        },
      }),
    ]);
  });

  it('refuses a malformed path', () => {
    const parsed = withOverrides([{ path: 'effects.0.fullEffect', value: '0.5' }]);
    expect(parsed.ok || parsed.issues[0]?.code).toBe('invalid_override_path');
  });

  it.each(['version', 'format', 'scenarios[0].name', '__proto__.polluted'])(
    'refuses to override %s',
    (path) => {
      const parsed = withOverrides([{ path, value: '2' }]);
      expect(parsed.ok).toBe(false);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  );

  it('attributes an invalid value to the override that set it, naming the field it targets', () => {
    const parsed = withOverrides([
      { path: 'effects[id=inspection-labour].fullEffect', value: '0.5' },
      { path: 'effects[id=scrap-rework].fullEffect', value: '30' },
    ]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        path: ['scenarios', 1, 'overrides', 1, 'value'],
        code: 'out_of_range',
        params: expect.objectContaining({
          scenario: 'pessimistic',
          field: 'effects[2].fullEffect',
        }),
      }),
    ]);
    expect(parsed.issues[0]?.message).toMatch(
      /^in scenario "pessimistic", effects\[2\]\.fullEffect must be/,
    );
  });

  it('applies cross-field rules to the overridden scenario', () => {
    const parsed = withOverrides([
      { path: 'capex[id=ai-stations].depreciation.salvage', value: '9000000' },
    ]);
    expect(parsed.ok || parsed.issues[0]).toMatchObject({
      path: ['scenarios', 1, 'overrides', 0, 'value'],
      code: 'salvage_exceeds_cost',
    });
  });

  it('can add an optional field, remove it with null, but not remove a required one', () => {
    expect(
      withOverrides([{ path: 'effects[id=scrap-rework].decayPerYear', value: '0.1' }]).ok,
    ).toBe(true);
    expect(withOverrides([{ path: 'project.notes', value: null }]).ok).toBe(true);
    const parsed = withOverrides([{ path: 'tax.rate', value: null }]);
    expect(parsed.ok || parsed.issues[0]).toMatchObject({
      path: ['scenarios', 1, 'overrides', 0, 'value'],
      code: 'required',
    });
  });

  it('refuses a field the format does not have', () => {
    const parsed = withOverrides([{ path: 'tax.vacation', value: '1' }]);
    expect(parsed.ok || parsed.issues[0]).toMatchObject({ code: 'unknown_field' });
  });

  it('keeps addressing the same item when the base list is reordered', () => {
    const document = JSON.parse(exampleText('smt-visual-ai-inspection')) as { effects: unknown[] };
    document.effects.reverse();
    const parsed = parseScenarioFile(JSON.stringify(document));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const selected = selectScenario(parsed.file, 'optimistic');
    expect(
      selected.ok && selected.scenario.effects.find((effect) => effect.id === 'inspection-labour'),
    ).toMatchObject({ fullEffect: '0.8' });
  });
});
