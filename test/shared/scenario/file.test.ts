import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  parseScenarioFile,
  scenarioNames,
  selectScenario,
  serializeScenarioFile,
  type Migration,
  type MigrationTable,
  type ScenarioFile,
} from '../../../shared/scenario';
import { exampleFile, exampleNames, exampleText } from '../../helpers/scenarios';

describe('reading and writing scenario files', () => {
  it.each(exampleNames())('%s: load → save is byte-identical', (name) => {
    const text = exampleText(name);
    const parsed = parseScenarioFile(text);
    expect(parsed.ok && serializeScenarioFile(parsed.file)).toBe(text);
  });

  it('saves in one canonical form whatever order the keys were given in', () => {
    const file = exampleFile('reference-a');
    const shuffle = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(shuffle);
      if (value !== null && typeof value === 'object') {
        return Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([key, child]) => [key, shuffle(child)]),
        );
      }
      return value;
    };
    const reordered = shuffle(file) as ScenarioFile;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(file));
    const text = serializeScenarioFile(reordered);
    expect(text).toBe(exampleText('reference-a'));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "yardstick.scenario",');
  });

  it('refuses to save an invalid scenario rather than writing a file it could not read back', () => {
    const file = exampleFile('reference-a');
    expect(() => serializeScenarioFile({ ...file, tax: { ...file.tax, rate: '2' } })).toThrow(
      /tax\.rate/,
    );
  });

  it('refuses a JSON document that is not a Yardstick scenario', () => {
    for (const text of [
      '[]',
      '"text"',
      '{"format":"something.else","version":1}',
      '{"version":1}',
    ]) {
      const parsed = parseScenarioFile(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.issues[0]?.code).toBe('not_a_scenario_file');
    }
  });

  it('refuses a newer version with a message saying the file is from a newer Yardstick', () => {
    const parsed = parseScenarioFile(
      exampleText('reference-a').replace('"version": 4', '"version": 7'),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        path: ['version'],
        code: 'newer_version',
        params: { version: 7, supported: 4 },
      }),
    ]);
    expect(parsed.issues[0]?.message).toMatch(/newer Yardstick/);
  });

  it.each(['"1"', '1.5', '-1', 'null'])('refuses the version %s', (version) => {
    const parsed = parseScenarioFile(
      exampleText('reference-a').replace('"version": 4', `"version": ${version}`),
    );
    expect(parsed.ok || parsed.issues[0]?.code).toBe('invalid_version');
  });

  it('refuses an older version it has no migration for', () => {
    const parsed = parseScenarioFile(
      exampleText('reference-a').replace('"version": 4', '"version": 0'),
    );
    expect(parsed.ok || parsed.issues[0]?.code).toBe('unsupported_version');
  });
});

describe('migration of older versions', () => {
  /*
   * A version-0 draft defined for this test: amounts were JSON numbers, the horizon was called
   * "years" and the discount rate was a single nominal percentage. The migration turns it into
   * version 1; the migrated document is then validated like any other.
   */
  const v0 = {
    format: 'yardstick.scenario',
    version: 0,
    project: { name: 'Draft', currency: 'CNY', startYear: 2025, years: 6 },
    capex: [{ id: 'kit', name: 'Kit', amount: 500000, lifeYears: 5 }],
    savings: [{ id: 'labour', name: 'Labour', amount: 180000 }],
    discountRatePercent: 8,
  };
  const migrateV0: Migration = (document) => {
    const draft = document as unknown as typeof v0;
    return {
      format: draft.format,
      version: 1,
      project: {
        name: draft.project.name,
        currency: draft.project.currency,
        startYear: draft.project.startYear,
        horizonYears: draft.project.years,
      },
      baseline: { otherCosts: [] },
      capex: draft.capex.map((item) => ({
        id: item.id,
        name: item.name,
        category: 'equipment',
        amount: String(item.amount),
        payments: [{ year: 0, share: '1' }],
        depreciation: { method: 'straight-line', lifeYears: item.lifeYears, salvage: '0' },
        eligibility: {
          oneTimeDeduction: false,
          grants: false,
          investmentTaxCredit: false,
          superDeduction: false,
        },
        residualValue: '0',
      })),
      effects: draft.savings.map((entry) => ({
        id: entry.id,
        name: entry.name,
        kind: 'custom',
        basis: 'amount',
        fullEffect: String(entry.amount),
        ramp: [],
        startYear: 1,
        escalates: false,
      })),
      runningCosts: [],
      subsidies: [],
      tax: { rate: '0.25', lossCarryForwardYears: 5 },
      financing: { loans: [] },
      parameters: {
        discountRate: { rate: String(draft.discountRatePercent / 100), basis: 'nominal' },
        inflation: '0',
      },
      scenarios: [],
    };
  };
  const migrations: MigrationTable = new Map([...MIGRATIONS, [0, migrateV0]]);

  it('migrates a version-0 file to the current version and says it did', () => {
    const parsed = parseScenarioFile(JSON.stringify(v0), { migrations });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.migratedFrom).toBe(0);
    expect(parsed.file.version).toBe(4);
    expect(parsed.file.project.horizonYears).toBe(6);
    expect(parsed.file.parameters.discountRate.rate).toBe('0.08');
    expect(parseScenarioFile(serializeScenarioFile(parsed.file)).ok).toBe(true);
  });

  it('validates what a migration produces like any file', () => {
    const broken = { ...v0, project: { ...v0.project, years: 99 } };
    const parsed = parseScenarioFile(JSON.stringify(broken), { migrations });
    expect(parsed.ok || parsed.issues).toEqual([
      expect.objectContaining({ path: ['project', 'horizonYears'], code: 'too_large' }),
    ]);
  });

  it('does not report a migration for a current file', () => {
    const parsed = parseScenarioFile(exampleText('reference-a'), { migrations });
    expect(parsed.ok && parsed.migratedFrom).toBeUndefined();
  });
});

describe('migration of version 2', () => {
  /*
   * A version-2 file as Yardstick 2 wrote it: a yearly cap on the one-time deduction, a grant
   * neither taxed nor reducing the base (which counted it twice in the company's favour), named
   * scenarios and risk ranges that name the old cap path and the grant's flags.
   */
  const v2 = (): Record<string, unknown> => {
    const document = JSON.parse(exampleText('small-enterprise-subsidy')) as Record<string, unknown>;
    const tax = document['tax'] as Record<string, unknown>;
    const subsidies = document['subsidies'] as Record<string, unknown>[];
    return {
      ...document,
      version: 2,
      tax: { ...tax, oneTimeDeduction: { cap: '5000000' } },
      subsidies: subsidies.map((subsidy) =>
        subsidy['type'] === 'capex-grant' ? { ...subsidy, reducesDepreciableBase: false } : subsidy,
      ),
      scenarios: [
        {
          name: 'taxed-grant',
          kind: 'custom',
          overrides: [
            { path: 'subsidies[id=county-grant].taxable', value: true },
            { path: 'tax.oneTimeDeduction.cap', value: '6000000' },
          ],
        },
      ],
      risk: {
        distributions: [],
        correlations: [],
        ranges: [{ path: 'tax.oneTimeDeduction.cap', low: '4000000', high: '6000000' }],
      },
    };
  };

  it('turns the yearly cap into the per-unit threshold, in the base, the overrides and the risk ranges', () => {
    const parsed = parseScenarioFile(JSON.stringify(v2()));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.migratedFrom).toBe(2);
    expect(parsed.file.tax.oneTimeDeduction).toEqual({ unitThreshold: '5000000' });
    expect(parsed.file.scenarios[0]?.overrides).toContainEqual({
      path: 'tax.oneTimeDeduction.unitThreshold',
      value: '6000000',
    });
    expect(parsed.file.risk?.ranges[0]?.path).toBe('tax.oneTimeDeduction.unitThreshold');
  });

  it('makes an untaxed grant reduce the base, and a named scenario that taxes it keep the base', () => {
    const parsed = parseScenarioFile(JSON.stringify(v2()));
    if (!parsed.ok) throw new Error('not migrated');
    const grant = parsed.file.subsidies.find((subsidy) => subsidy.id === 'county-grant');
    expect(grant).toMatchObject({ taxable: false, reducesDepreciableBase: true });
    const taxed = selectScenario(parsed.file, 'taxed-grant');
    expect(taxed.ok).toBe(true);
    if (!taxed.ok) return;
    expect(taxed.scenario.subsidies.find((subsidy) => subsidy.id === 'county-grant')).toMatchObject(
      {
        taxable: true,
        reducesDepreciableBase: false,
      },
    );
  });

  it('keeps the base of a taxed grant that also reduced it: taxable decides', () => {
    const document = v2();
    document['subsidies'] = (document['subsidies'] as Record<string, unknown>[]).map((subsidy) =>
      subsidy['type'] === 'capex-grant'
        ? { ...subsidy, taxable: true, reducesDepreciableBase: true }
        : subsidy,
    );
    const parsed = parseScenarioFile(JSON.stringify(document));
    if (!parsed.ok) throw new Error('not migrated');
    expect(parsed.file.subsidies[0]).toMatchObject({
      taxable: true,
      reducesDepreciableBase: false,
    });
  });

  it('saves what it migrated as the current version, which reads back unchanged', () => {
    const parsed = parseScenarioFile(JSON.stringify(v2()));
    if (!parsed.ok) throw new Error('not migrated');
    const text = serializeScenarioFile(parsed.file);
    expect(text).toContain('"version": 4');
    const again = parseScenarioFile(text);
    expect(again.ok && again.migratedFrom).toBeUndefined();
    expect(again.ok && serializeScenarioFile(again.file)).toBe(text);
  });
});

describe('migration of version 3', () => {
  it('opens every version-3 example unchanged but for the version: the fields of version 4 are optional', () => {
    for (const name of ['reference-a', 'mes-rollout-loan', 'smt-inspection-actuals']) {
      const v3 = exampleText(name).replace('"version": 4', '"version": 3');
      const parsed = parseScenarioFile(v3);
      if (!parsed.ok) throw new Error(`${name} did not open as version 3`);
      expect(parsed.migratedFrom).toBe(3);
      expect(serializeScenarioFile(parsed.file)).toBe(exampleText(name));
    }
  });
});

describe('selecting a scenario', () => {
  it('lists the base first, then the named scenarios', () => {
    expect(scenarioNames(exampleFile('smt-visual-ai-inspection'))).toEqual([
      'base',
      'optimistic',
      'pessimistic',
    ]);
  });

  it('applies a named scenario as a delta over the shared base', () => {
    const file = exampleFile('smt-visual-ai-inspection');
    const selected = selectScenario(file, 'pessimistic');
    expect(selected.ok).toBe(true);
    if (!selected.ok) return;
    expect(selected.scenario.capex.find((item) => item.id === 'ai-stations')?.amount).toBe(
      '3220000',
    );
    expect(file.capex.find((item) => item.id === 'ai-stations')?.amount).toBe('2800000');
    expect(selected.scenario.runningCosts).toEqual(file.runningCosts);
  });

  it('names the scenarios there are when asked for one that is not', () => {
    const selected = selectScenario(exampleFile('smt-visual-ai-inspection'), 'cautious');
    expect(selected.ok).toBe(false);
    if (selected.ok) return;
    expect(selected.issues[0]).toMatchObject({
      code: 'unknown_scenario',
      params: { name: 'cautious' },
    });
    expect(selected.issues[0]?.message).toContain('base, optimistic, pessimistic');
  });
});
