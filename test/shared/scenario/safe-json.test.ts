import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../shared/scenario';
import { exampleText } from '../../helpers/scenarios';

/** The codes of the issues a text is refused with (and fails the test if it is accepted). */
function refusal(text: string, limits?: { maxLength: number; maxDepth: number }) {
  const parsed = parseScenarioFile(text, limits === undefined ? {} : { limits });
  if (parsed.ok) throw new Error('expected the text to be refused');
  return parsed.issues;
}

describe('safe loading refuses hostile or malformed text before parsing it', () => {
  it('refuses a text longer than the limit, saying how long it is', () => {
    const issues = refusal(`{"pad":"${'x'.repeat(200)}"}`, { maxLength: 100, maxDepth: 32 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: [], code: 'file_too_large', params: { limit: 100 } });
  });

  it('applies a 5 MiB limit by default', () => {
    const huge = `{"format":"yardstick.scenario","pad":"${' '.repeat(5 * 1024 * 1024)}"}`;
    expect(refusal(huge)[0]?.code).toBe('file_too_large');
  });

  it('refuses nesting deeper than the limit without exhausting the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const issues = refusal(deep);
    expect(issues[0]).toMatchObject({ code: 'too_deep', params: { limit: 32 } });
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses the key %s anywhere, naming its path',
    (key) => {
      const issues = refusal(
        `{"format":"yardstick.scenario","project":{"${key}":{"polluted":true}}}`,
      );
      expect(issues).toContainEqual(
        expect.objectContaining({ code: 'forbidden_key', path: ['project', key] }),
      );
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  );

  it('sees through escapes: "\\u005f_proto__" is __proto__', () => {
    const issues = refusal('{"\\u005f_proto__":{"x":1}}');
    expect(issues[0]).toMatchObject({ code: 'forbidden_key', path: ['__proto__'] });
  });

  it('refuses duplicate keys, which JSON.parse would silently resolve to the last', () => {
    const issues = refusal(
      '{"format":"yardstick.scenario","capex":[{"amount":"1","amount":"1000000"}]}',
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: 'duplicate_key', path: ['capex', 0, 'amount'] }),
    ]);
  });

  it('reports syntax errors with line and column', () => {
    const issues = refusal('{\n  "format": "yardstick.scenario",\n  "version": 1,,\n}');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid_json', params: { line: 3, column: 16 } });
    expect(issues[0]?.message).toContain('line 3, column 16');
  });

  it.each([
    ['a bare NaN', '{"x": NaN}'],
    ['Infinity', '{"x": Infinity}'],
    ['a trailing comma', '{"x": 1,}'],
    ['single quotes', "{'x': 1}"],
    ['a comment', '{"x": 1 // no\n}'],
    ['text after the document', '{"x": 1} {"y": 2}'],
    ['an unterminated string', '{"x": "abc'],
    ['a raw control character in a string', '{"x": "a\u0001b"}'],
    ['an empty text', ''],
  ])('refuses %s as invalid JSON', (_, text) => {
    expect(refusal(text)[0]?.code).toBe('invalid_json');
  });

  it('strips a byte-order mark and then reads the file as usual', () => {
    const parsed = parseScenarioFile(`\uFEFF${exampleText('reference-a')}`);
    expect(parsed.ok).toBe(true);
  });
});
