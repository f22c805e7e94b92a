/*
 * A deliberately small JSON Schema (2020-12) validator for the keywords the generated scenario
 * schema uses, so the tests can check the published schema itself, not only the zod schema it
 * came from. Any other keyword throws: the checker never passes a document by ignoring a rule.
 * (A full validator such as ajv would be the better tool if one is added to the project.)
 */

type Schema = Readonly<Record<string, unknown>>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  'type',
  'properties',
  'required',
  'additionalProperties',
  'const',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'items',
  'minItems',
  'maxItems',
  'oneOf',
  'anyOf',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Error messages with JSON pointers; empty when the value is valid. */
export function validateAgainstSchema(schema: Schema, value: unknown, pointer = ''): string[] {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key))
      throw new Error(`unsupported JSON Schema keyword "${key}" at ${pointer || '/'}`);
  }
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${pointer || '/'}: ${message}`);

  if (typeof schema['type'] === 'string') {
    const actual = typeOf(value);
    const expected = schema['type'];
    if (!(actual === expected || (expected === 'number' && actual === 'integer'))) {
      fail(`expected ${expected}, got ${actual}`);
      return errors;
    }
  }
  if ('const' in schema && value !== schema['const'])
    fail(`expected ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value))
    fail('not one of the allowed values');
  if (typeof value === 'string') {
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value))
      fail(`does not match ${schema['pattern']}`);
    if (typeof schema['minLength'] === 'number' && [...value].length < schema['minLength'])
      fail('too short');
    if (typeof schema['maxLength'] === 'number' && [...value].length > schema['maxLength'])
      fail('too long');
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) fail('below minimum');
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) fail('above maximum');
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems'])
      fail('too few items');
    if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems'])
      fail('too many items');
    if (schema['items'] !== undefined) {
      value.forEach((item, index) =>
        errors.push(
          ...validateAgainstSchema(schema['items'] as Schema, item, `${pointer}/${index}`),
        ),
      );
    }
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[])
      if (!(key in record)) fail(`missing "${key}"`);
    for (const [key, child] of Object.entries(record)) {
      const property = properties[key];
      if (property !== undefined)
        errors.push(...validateAgainstSchema(property, child, `${pointer}/${key}`));
      else if (schema['additionalProperties'] === false) fail(`unexpected "${key}"`);
    }
  }
  if (Array.isArray(schema['oneOf'])) {
    const matching = (schema['oneOf'] as Schema[]).filter(
      (option) => validateAgainstSchema(option, value, pointer).length === 0,
    ).length;
    if (matching !== 1) fail(`matches ${matching} of the oneOf options, not exactly 1`);
  }
  if (
    Array.isArray(schema['anyOf']) &&
    !(schema['anyOf'] as Schema[]).some(
      (option) => validateAgainstSchema(option, value, pointer).length === 0,
    )
  ) {
    fail('matches none of the anyOf options');
  }
  return errors;
}
