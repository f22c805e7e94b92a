import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../../shared/scenario';
import { deleteIn, setIn, type JsonDocument } from '../../helpers/json-edit';
import { validateAgainstSchema } from '../../helpers/json-schema-subset';
import { exampleNames, exampleText } from '../../helpers/scenarios';

const committedPath = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'assets',
  'schema',
  'scenario.schema.json',
);

describe('the published JSON Schema', () => {
  it('is up to date with the zod schema (regenerate with `node scripts/generate-schema.mjs`)', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it.each(exampleNames())('accepts the example %s', (name) => {
    expect(validateAgainstSchema(scenarioJsonSchema(), JSON.parse(exampleText(name)))).toEqual([]);
  });

  it('refuses what the zod schema refuses structurally', () => {
    const schema = scenarioJsonSchema();
    const example = JSON.parse(exampleText('mes-rollout-loan')) as JsonDocument;
    const broken = (change: (document: JsonDocument) => void) => {
      const copy = structuredClone(example);
      change(copy);
      return validateAgainstSchema(schema, copy);
    };
    expect(broken((d) => setIn(d, ['capex', 0, 'amount'], '6e6'))).not.toEqual([]);
    expect(broken((d) => setIn(d, ['capex', 0, 'amount'], 6000000))).not.toEqual([]);
    expect(broken((d) => setIn(d, ['capex', 0, 'extra'], true))).not.toEqual([]);
    expect(broken((d) => setIn(d, ['subsidies', 0, 'type'], 'tax-holiday'))).not.toEqual([]);
    expect(broken((d) => setIn(d, ['project', 'horizonYears'], 41))).not.toEqual([]);
    expect(broken((d) => deleteIn(d, ['tax']))).not.toEqual([]);
    expect(broken((d) => setIn(d, ['version'], 5))).not.toEqual([]);
  });

  it('describes the fields a subsidy officer reads', () => {
    const text = scenarioJsonSchemaText();
    expect(text).toContain('"title": "Yardstick scenario file, version 4"');
    expect(text).toContain('The one-time deduction tests the value of one unit, amount / units.');
    expect(text).toContain('Decimal fraction string (0.25 means 25 %)');
    expect(text).toContain('"additionalProperties": false');
  });
});
