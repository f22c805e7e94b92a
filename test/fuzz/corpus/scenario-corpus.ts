import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPaths, pathText, valueAt, withValueAt, type JsonPath } from './json-paths';
import { pick, seededRandom } from './random';
import { encodings, truncations } from './bytes';
import { raw, rawKey, text, write, type Example, type FuzzCase, type Json } from './case';
import { numbers, WRONG_TYPES, wrongTypes } from './values';

export type { Family, FuzzCase } from './case';

/*
 * Hostile scenario files, made by mutating the real examples the app ships (so every mutation sits
 * in a file that is otherwise valid and reaches the deepest checks) plus fast-check's random JSON
 * and bytes. Deterministic from the seed: a failure names its case, and the case comes back on
 * the next run.
 */

const EXAMPLES = 'assets/examples';

function loadExamples(): Example[] {
  const names = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'));
  return names.map((name) => {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    return { name, text, document: JSON.parse(text) as Record<string, Json> };
  });
}

function applicantTexts(): { name: string; text: string }[] {
  const folder = join(EXAMPLES, 'applicants');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({
      name: `applicants/${name}`,
      text: readFileSync(join(folder, name), 'utf8'),
    }));
}

function* deepNesting(example: Example, levels: number): Generator<FuzzCase> {
  const d = (description: string, content: string) =>
    text('deep', `${example.name}: ${description}`, content);
  yield d(`${levels} open brackets`, '['.repeat(levels));
  yield d(`${levels} nested lists`, `${'['.repeat(levels)}${']'.repeat(levels)}`);
  yield d(`${levels} nested objects`, `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);
  const nested = (depth: number) => raw(`${'['.repeat(depth)}${']'.repeat(depth)}`);
  yield d(
    `${levels} levels in project.notes`,
    write({
      ...example.document,
      project: { ...(example.document.project as object), notes: nested(levels) },
    }),
  );
  // Around the limit: the deepest accepted structure, and one level more.
  for (const depth of [28, 29, 30, 31, 32, 33]) {
    yield d(
      `${depth} levels in an override value`,
      write({
        ...example.document,
        scenarios: [
          {
            name: 'deep',
            kind: 'custom',
            overrides: [{ path: 'project.notes', value: nested(depth) }],
          },
        ],
      }),
    );
  }
}

const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '\\u005f_proto__',
  'constructo\\u0072',
];

function* prototypeKeys(example: Example): Generator<FuzzCase> {
  const objects = ([[]] as JsonPath[]).concat(
    allPaths(example.document).filter((path) => {
      const here = valueAt(example.document, path);
      return here !== null && typeof here === 'object' && !Array.isArray(here);
    }),
  );
  for (const path of objects) {
    for (const key of PROTOTYPE_KEYS) {
      yield text(
        'prototype',
        `${example.name}: ${pathText(path)} has key "${key}"`,
        write(withValueAt(example.document, [...path, rawKey(`"${key}"`)], { polluted: true })),
      );
    }
    // A key that appears twice in the same object.
    const here = valueAt(example.document, path) as Record<string, Json>;
    const first = Object.keys(here)[0];
    if (first !== undefined) {
      yield text(
        'prototype',
        `${example.name}: ${pathText(path)} has "${first}" twice`,
        write(withValueAt(example.document, [...path, rawKey(`"${first}"`)], here[first])),
      );
    }
  }
  // Ids and names that are also the names of Object.prototype's members.
  for (const id of ['constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty']) {
    for (const path of allPaths(example.document).filter((p) => p.at(-1) === 'id')) {
      yield text(
        'prototype',
        `${example.name}: ${pathText(path)} = "${id}"`,
        write(withValueAt(example.document, path, id)),
      );
    }
  }
}

function* versions(example: Example): Generator<FuzzCase> {
  const values: [string, Json][] = [
    ['99', 99],
    ['3', 3],
    ['1', 1],
    ['0', 0],
    ['-1', -1],
    ['1.5', 1.5],
    ['"2"', '2'],
    ['null', null],
    ['2^53', 2 ** 53],
    ['1e308', raw('1e308')],
    ['removed', undefined],
  ];
  for (const [label, value] of values) {
    yield text(
      'version',
      `${example.name}: version ${label}`,
      write(withValueAt(example.document, ['version'], value)),
    );
  }
  for (const format of [
    'Yardstick.scenario',
    'yardstick.scenario ',
    '',
    'yardstick.applicants',
    null,
  ]) {
    yield text(
      'version',
      `${example.name}: format ${JSON.stringify(format)}`,
      write({ ...example.document, format }),
    );
  }
  yield text('version', `${example.name}: a JSON list`, write([example.document]));
  yield text('version', `${example.name}: a JSON string`, write(example.text));
}

function scenarioEntry(name: string, overrides: Json[]): Json {
  return { name, kind: 'custom', overrides };
}

function* scenarioNamesCases(example: Example): Generator<FuzzCase> {
  const named = (example.document.scenarios as Json[]) ?? [];
  const out: FuzzCase[] = [];
  const s = (description: string, scenarios: Json[]) =>
    out.push(
      text(
        'scenario-names',
        `${example.name}: ${description}`,
        write({ ...example.document, scenarios }),
      ),
    );
  const first = named[0] ?? scenarioEntry('one', []);
  s('the first scenario twice', [first, first]);
  s('two scenarios of the same name', [scenarioEntry('same', []), scenarioEntry('same', [])]);
  s('names differing only in case', [scenarioEntry('Same', []), scenarioEntry('same', [])]);
  for (const name of [
    'base',
    'BASE',
    '',
    ' ',
    'x'.repeat(1000),
    '__proto__',
    'constructor',
    'a\u0000b',
    '\u202ebase',
  ]) {
    s(`a scenario named ${JSON.stringify(name.slice(0, 20))}`, [scenarioEntry(name, [])]);
  }
  s(
    '21 scenarios',
    Array.from({ length: 21 }, (_, i) => scenarioEntry(`s${i}`, [])),
  );
  s(
    '20 scenarios',
    Array.from({ length: 20 }, (_, i) => scenarioEntry(`s${i}`, [])),
  );
  yield* out;
}

function* overrideCases(example: Example, random: () => number): Generator<FuzzCase> {
  const out: FuzzCase[] = [];
  const o = (description: string, overrides: Json[]) =>
    out.push(
      text(
        'overrides',
        `${example.name}: override ${description}`,
        write({ ...example.document, scenarios: [scenarioEntry('hostile', overrides)] }),
      ),
    );
  const paths = [
    'scenarios',
    'scenarios[0]',
    'scenarios[0].overrides',
    'scenarios[name=hostile].overrides',
    'format',
    'version',
    '__proto__',
    '__proto__.polluted',
    'constructor.prototype.polluted',
    'project.__proto__',
    'project.constructor',
    'capex[id=__proto__].amount',
    'capex[id=nope].amount',
    'capex[999999999].amount',
    'capex[-1].amount',
    'capex[1e3].amount',
    'capex[0x1].amount',
    '',
    '.',
    '....',
    '[',
    'capex[id=',
    'project..name',
    'project.name.',
    'x'.repeat(10_000),
    'a.'.repeat(5_000),
    'project.horizonYears',
    'parameters.discountRate.rate',
    'risk',
  ];
  for (const path of paths) {
    for (const value of ['0.1', 0, null, {}, [], raw('1e309')]) {
      o(`${JSON.stringify(path.slice(0, 40))} = ${JSON.stringify(value)}`, [{ path, value }]);
    }
  }
  // Scenarios refer to the base, never to each other: a scenario that tries to override itself or
  // another scenario must be refused, not followed.
  o('copies the whole base into itself', [{ path: 'project', value: example.document }]);
  o('the same path twice', [
    { path: 'project.horizonYears', value: 5 },
    { path: 'project.horizonYears', value: 6 },
  ]);
  o('horizon 0', [{ path: 'project.horizonYears', value: 0 }]);
  o('horizon 40', [{ path: 'project.horizonYears', value: 40 }]);
  o('a required field removed', [{ path: 'project.name', value: null }]);
  o('an extra key', [{ path: 'project.name', value: 'x', extra: 1 }]);
  const targets = allPaths(example.document).filter((path) => path[0] !== 'scenarios');
  for (let i = 0; i < 20; i += 1) {
    const path = pick(random, targets);
    const textPath = path
      .map((step, index) =>
        typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`,
      )
      .join('');
    const [, value] = pick(random, WRONG_TYPES);
    o(`${textPath} = ${JSON.stringify(value)}`, [{ path: textPath, value: value ?? null }]);
  }
  yield* out;
}

function* hugeTexts(example: Example, big: number): Generator<FuzzCase> {
  const out: FuzzCase[] = [];
  const h = (description: string, content: string) =>
    out.push(text('huge-text', `${example.name}: ${description}`, content));
  const doc = example.document;
  h(
    `project.name of ${big} characters`,
    write({ ...doc, project: { ...(doc.project as object), name: 'x'.repeat(big) } }),
  );
  h(
    `project.notes of ${big} characters`,
    write({ ...doc, project: { ...(doc.project as object), notes: '中'.repeat(big) } }),
  );
  h(`${big} spaces before the document`, `${' '.repeat(big)}${example.text}`);
  h(`a number of ${big} digits`, write({ ...doc, version: raw('9'.repeat(big)) }));
  h(
    `a list of ${Math.floor(big / 4)} capex items`,
    write({
      ...doc,
      capex: Array.from({ length: Math.floor(big / 400) }, () => (doc.capex as Json[])[0] ?? {}),
    }),
  );
  h('trailing garbage', `${example.text}x`);
  h('two documents', `${example.text}${example.text}`);
  yield* out;
}

function* randomCases(
  examples: readonly Example[],
  seed: number,
  runs: number,
): Generator<FuzzCase> {
  const json = fc.sample(fc.json(), { seed, numRuns: runs });
  for (const [i, value] of json.entries()) {
    yield text('random', `random JSON #${i}: ${value.slice(0, 40)}`, value);
  }
  const bytes = fc.sample(fc.uint8Array({ maxLength: 2000 }), { seed: seed + 1, numRuns: runs });
  for (const [i, value] of bytes.entries()) {
    yield { family: 'random', description: `random bytes #${i}`, bytes: value };
  }
  const mutation = fc.record({
    example: fc.integer({ min: 0, max: examples.length - 1 }),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 4 }),
    path: fc.nat(),
    edit: fc.string({ maxLength: 8 }),
  });
  for (const [i, m] of fc.sample(mutation, { seed: seed + 2, numRuns: runs }).entries()) {
    const example = examples[m.example] as Example;
    const paths = allPaths(example.document);
    const path = paths[m.path % paths.length] as JsonPath;
    yield text(
      'random',
      `random value #${i} at ${example.name} ${pathText(path)}`,
      write(withValueAt(example.document, path, m.value)),
    );
    const at = m.at % example.text.length;
    yield text(
      'random',
      `random edit #${i} of ${example.name} at ${at}`,
      example.text.slice(0, at) + m.edit + example.text.slice(at + (m.at % 3)),
    );
  }
}

export interface CorpusOptions {
  readonly seed: number;
  /** Truncate at every n-th byte (plus one cut after each kind of token). */
  readonly truncateEvery: number;
  readonly deepLevels: number;
  /** Lengths of the huge strings, lists and numbers: under and over the 5 MiB limit. */
  readonly hugeChars: readonly number[];
  readonly randomRuns: number;
}

/** Every family of hostile file, from every shipped example. */
export function* hostileScenarioFiles(options: CorpusOptions): Generator<FuzzCase> {
  const examples = loadExamples();
  const random = seededRandom(options.seed);
  for (const example of examples) {
    yield text('valid', `${example.name} as shipped`, example.text);
    yield* truncations(example, options.truncateEvery);
    yield* encodings(example);
    yield* deepNesting(example, options.deepLevels);
    yield* prototypeKeys(example);
    yield* numbers(example);
    yield* wrongTypes(example);
    yield* versions(example);
    yield* scenarioNamesCases(example);
    yield* overrideCases(example, random);
    for (const big of options.hugeChars) yield* hugeTexts(example, big);
  }
  for (const applicant of applicantTexts()) {
    yield text('valid', `${applicant.name} as shipped`, applicant.text);
  }
  yield* randomCases(examples, options.seed, options.randomRuns);
}
