import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../fuzz/corpus/random';

/*
 * A large call for applications for the load test (1,000 applicants), made from the valid
 * example applications with varied figures. Deterministic: the same count gives the same files, so
 * a slow or failing run can be repeated exactly.
 */

const EXAMPLES = join(import.meta.dirname, '..', '..', 'assets', 'examples', 'applicants');

/** Amounts scale with the size of the company; every one of them by the same factor, so the
 * cross-field rules (salvage <= cost, grants within their caps) still hold. */
const AMOUNT_KEYS = new Set([
  'amount',
  'cap',
  'salvage',
  'residualValue',
  'productionCost',
  'inspectionLabourCost',
  'revenue',
  'companyTaxableIncome',
  'upTo',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function scaled(value: Json, size: number, effect: number): Json {
  if (Array.isArray(value)) return value.map((item) => scaled(item, size, effect));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, Json> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' && AMOUNT_KEYS.has(key)) {
      out[key] = String(Math.round(Number(item) * size));
    } else if (key === 'fullEffect' && typeof item === 'string') {
      // An amount grows with the company; a share of a baseline line stays a share (at most 1).
      out[key] =
        value['basis'] === 'amount'
          ? String(Math.round(Number(item) * size * effect))
          : String(Math.min(1, Number((Number(item) * effect).toFixed(4))));
    } else {
      out[key] = scaled(item, size, effect);
    }
  }
  return out;
}

/** The example applications the comparison accepts (the invalid one is left out, so every
 * generated file is an applicant). */
function validExamples(): { name: string; json: { [key: string]: Json } }[] {
  return readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.json') && !name.includes('invalid'))
    .sort()
    .map((name) => ({
      name: name.replace(/^\d+-/, '').replace(/\.json$/, ''),
      json: JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8')) as { [key: string]: Json },
    }));
}

/** Writes `count` applications into `folder`; returns their file names. */
export function writeApplicantsFolder(folder: string, count: number, seed = 9): string[] {
  const examples = validExamples();
  const next = seededRandom(seed);
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: count }, (_, index) => {
    const example = examples[index % examples.length]!;
    const size = 0.5 + next(); // 0.5 to 1.5 times the example's company
    const effect = 0.8 + 0.4 * next(); // savings 20 % below to 20 % above
    const json = scaled(example.json, size, effect) as { [key: string]: Json };
    const project = json['project'] as { [key: string]: Json };
    const number = String(index + 1).padStart(4, '0');
    project['name'] = `${String(project['name'])} #${number}`;
    project['company'] = `${String(project['company'] ?? 'Applicant')} #${number}`;
    const file = `${number}-${example.name}.json`;
    writeFileSync(join(folder, file), `${JSON.stringify(json, null, 2)}\n`);
    return file;
  });
}
