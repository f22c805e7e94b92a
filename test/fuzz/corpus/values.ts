import { allPaths, pathText, valueAt, withValueAt, type JsonPath } from './json-paths';
import { raw, text, write, type Example, type FuzzCase, type Json } from './case';

const numericLeaf = (value: Json): boolean =>
  (typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))) &&
  typeof value !== 'boolean';

/** Numbers JSON cannot hold, or holds at the edge of a double, written as raw JSON. */
const RAW_NUMBERS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '1e309',
  '-1e309',
  '-0',
  '5e-324',
  '2.2250738585072014e-308',
  '1e-400',
  '9007199254740993',
  '1.5',
  '-1',
  '0x10',
  '01',
  '+1',
  '.5',
  '1.',
  '1e',
];

/** Numbers as a person might type them into a text field, all but the plain ones refused. */
const NUMBER_STRINGS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '1e5',
  '1E5',
  '5e-324',
  '-0',
  '-0.0',
  '1,234',
  '1,234.56',
  '1 234',
  '１２３',
  '١٢٣',
  '0x10',
  '1_000',
  '12.',
  '.5',
  '+1',
  ' 1',
  '1 ',
  '1\u200b000',
  '9'.repeat(400),
  `0.${'0'.repeat(30)}1`,
  '-5',
];

export const WRONG_TYPES: readonly [string, Json][] = [
  ['null', null],
  ['true', true],
  ['0', 0],
  ['-1', -1],
  ['1.5', 1.5],
  ['""', ''],
  ['"x"', 'x'],
  ['[]', []],
  ['{}', {}],
  ['removed', undefined],
];

export function* wrongTypes(example: Example): Generator<FuzzCase> {
  // Every path gets half of the wrong types, in turn, so each type reaches every kind of field.
  for (const [index, path] of allPaths(example.document).entries()) {
    for (const [label, value] of WRONG_TYPES.filter((_, i) => i % 2 === index % 2)) {
      yield text(
        'wrong-type',
        `${example.name}: ${pathText(path)} = ${label}`,
        write(withValueAt(example.document, path, value)),
      );
    }
  }
  // An unknown key in every object.
  for (const path of [[], ...allPaths(example.document)] as JsonPath[]) {
    const here = valueAt(example.document, path);
    if (here === null || typeof here !== 'object' || Array.isArray(here)) continue;
    yield text(
      'wrong-type',
      `${example.name}: ${pathText(path)} has an unknown key`,
      write(withValueAt(example.document, [...path, 'surprise'], 'x')),
    );
  }
}

export function* numbers(example: Example): Generator<FuzzCase> {
  const leaves = allPaths(example.document).filter((path) =>
    numericLeaf(valueAt(example.document, path)),
  );
  // Every leaf gets half of the raw forms and a third of the typed ones, in turn, so each form
  // reaches every kind of field.
  for (const [index, path] of leaves.entries()) {
    for (const literal of RAW_NUMBERS.filter((_, i) => i % 2 === index % 2)) {
      yield text(
        'number',
        `${example.name}: ${pathText(path)} = ${literal}`,
        write(withValueAt(example.document, path, raw(literal))),
      );
    }
    for (const literal of NUMBER_STRINGS.filter((_, i) => i % 3 === index % 3)) {
      yield text(
        'number',
        `${example.name}: ${pathText(path)} = "${literal.slice(0, 20)}"`,
        write(withValueAt(example.document, path, literal)),
      );
    }
  }
}
