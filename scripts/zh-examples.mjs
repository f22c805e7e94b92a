#!/usr/bin/env node
/*
 * Writes the Chinese twins of the example files: assets/examples/zh-CN/ (and zh-CN/applicants/)
 * from each English example and its translation table in scripts/zh-examples/ (the same path,
 * a JSON object from each English text to its Chinese text). Only the texts a person reads are
 * replaced — names, companies, grantors, lenders, notes, scenario labels and descriptions, the
 * preferential tax's label; every number, id, path and choice is copied, so a twin computes
 * exactly what its original does (test/shared/examples-zh.test.ts evaluates both to make sure).
 *
 *   npm run examples:zh            write the twins
 *   npm run examples:zh -- --check fail, naming the files, when a twin is not what it would write
 *
 * An English example without a table, a text without a translation, or a translation no text
 * uses is an error: a new example (such as one with actuals) gets its table in the same change.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'assets', 'examples');
const tables = join(root, 'scripts', 'zh-examples');

/** Keys whose string values a reader reads; every other string is an identifier or a figure. */
const TEXT_KEYS = new Set([
  'name',
  'company',
  'grantor',
  'lender',
  'notes',
  'label',
  'description',
]);

/** A scenario's `name` is its identifier (`optimistic`, `--scenario optimistic`), not a text. */
function isText(key, parentPath) {
  return TEXT_KEYS.has(key) && !(key === 'name' && parentPath.at(-2) === 'scenarios');
}

/**
 * The example with every text replaced by its translation; `missing` collects the texts the
 * table lacks, `used` the table's entries it used.
 */
export function translateExample(example, table, missing = new Set(), used = new Set()) {
  const walk = (value, path) => {
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        if (typeof item !== 'string' || !isText(key, path))
          return [key, walk(item, [...path, key])];
        if (!Object.hasOwn(table, item)) {
          missing.add(item);
          return [key, item];
        }
        used.add(item);
        return [key, table[item]];
      }),
    );
  };
  return walk(example, []);
}

/** The English examples, as paths relative to assets/examples (`applicants/01-….json`). */
export function englishExamples() {
  const inFolder = (folder) =>
    readdirSync(join(examples, folder))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => (folder === '' ? name : `${folder}/${name}`));
  return [...inFolder(''), ...inFolder('applicants')];
}

/** Each twin's path and the text the generator writes for it, or the problems that stop it. */
export function twins() {
  const problems = [];
  const files = englishExamples().map((file) => {
    const tablePath = join(tables, file);
    if (!existsSync(tablePath)) {
      problems.push(`${relative(root, tablePath)}: no translation table for ${file}`);
      return null;
    }
    const table = JSON.parse(readFileSync(tablePath, 'utf8'));
    const missing = new Set();
    const used = new Set();
    const english = JSON.parse(readFileSync(join(examples, file), 'utf8'));
    const chinese = translateExample(english, table, missing, used);
    for (const text of missing) problems.push(`${file}: no translation of ${JSON.stringify(text)}`);
    for (const text of Object.keys(table).filter((text) => !used.has(text)))
      problems.push(`${relative(root, tablePath)}: ${JSON.stringify(text)} is not in ${file}`);
    return { path: join(examples, 'zh-CN', file), text: `${JSON.stringify(chinese, null, 2)}\n` };
  });
  return { files: files.filter((file) => file !== null), problems };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const { files, problems } = twins();
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exit(1);
  }
  const stale = [];
  for (const { path, text } of files) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === text) continue;
    if (check) stale.push(relative(root, path));
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      process.stdout.write(`wrote ${relative(root, path)}\n`);
    }
  }
  if (stale.length > 0) {
    process.stderr.write(`stale (run npm run examples:zh): ${stale.join(', ')}\n`);
    process.exit(1);
  }
}
