import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../main/files/read-document';
import { checkScenarioText } from '../../shared/host/document-check';
import { MAX_DOCUMENT_BYTES } from '../../shared/scenario/document-text';
import { parseScenarioFile } from '../../shared/scenario';
import { hostileScenarioFiles, type Family, type FuzzCase } from './corpus/scenario-corpus';
import { spread } from './corpus/random';
import { throughLoaders } from './support/loader-outcome';
import { CASE_LIMIT_MS, FULL } from './support/mode';
import { Tally } from './support/tally';

/*
 * Hostile scenario files through the loader the app and the command line share. A case passes
 * when the file is refused with translated messages naming the file and field, or loads whole
 * and evaluates to defined answers; anything thrown, printed as a stack or too slow is a crash.
 */

const tally = new Tally('loader');
let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'yardstick-fuzz-'));
});

afterAll(async () => {
  console.log(tally.line());
  await rm(folder, { recursive: true, force: true });
});

function corpus(): FuzzCase[] {
  const all = [
    ...hostileScenarioFiles({
      seed: 20261125,
      truncateEvery: FULL ? 41 : 997,
      deepLevels: 100_000,
      hugeChars: FULL ? [200_000, 6_000_000] : [200_000],
      randomRuns: FULL ? 400 : 20,
    }),
  ];
  if (FULL) return all;
  // The fast subset: the same number of cases from every family, spread over its whole range.
  const byFamily = new Map<Family, FuzzCase[]>();
  for (const item of all) byFamily.set(item.family, [...(byFamily.get(item.family) ?? []), item]);
  return [...byFamily.values()].flatMap((cases) => spread(cases, 30));
}

async function check(item: { description: string }, path: string): Promise<void> {
  const started = performance.now();
  const verdict = await throughLoaders(path);
  const took = performance.now() - started;
  tally.cases += 1;
  if (verdict.kind === 'crashed') tally.crash(item.description, verdict.why);
  else if (took > CASE_LIMIT_MS)
    tally.crash(item.description, `took ${Math.round(took)} ms (hang guard)`);
  else if (verdict.kind === 'loaded') tally.loaded += 1;
  else tally.refused += 1;
}

describe('hostile scenario files through the shared loader', () => {
  it(
    'refuses each with a clear message or loads it whole, never crashing',
    async () => {
      const cases = corpus();
      const path = join(folder, 'scenario.json');
      for (const item of cases) {
        await writeFile(path, item.bytes);
        await check(item, path);
      }
      // Every family is represented, including both outcomes.
      expect(new Set(cases.map((item) => item.family)).size).toBe(12);
      expect(tally.loaded).toBeGreaterThan(0);
      expect(tally.refused).toBeGreaterThan(cases.length / 2);
      if (FULL) expect(tally.cases).toBeGreaterThanOrEqual(10_000);
      expect(tally.crashes.slice(0, 20)).toEqual([]);
    },
    FULL ? 1_800_000 : 120_000,
  );

  it('refuses a file over the size limit from its size, before reading it', async () => {
    // The full run writes a real 100 MB file; the fast one a file one byte over the limit.
    const size = FULL ? 100 * 1024 * 1024 : MAX_DOCUMENT_BYTES + 1;
    const path = join(folder, 'huge.json');
    const out = createWriteStream(path);
    const chunk = Buffer.from(`${'[1,'.repeat(21_845)}\n`);
    for (let written = 0; written < size; written += chunk.length) {
      const part = written + chunk.length > size ? chunk.subarray(0, size - written) : chunk;
      if (!out.write(part)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const before = tally.crashes.length;
    await check({ description: `a ${size}-byte file` }, path);
    expect(tally.crashes.slice(before)).toEqual([]);
    const read = await readDocument(path, { validate: checkScenarioText });
    expect(read).toMatchObject({
      ok: false,
      issues: [{ code: 'file.tooLarge', params: { size } }],
    });
  }, 120_000);

  it('opens a file with two byte order marks in the app and the command line alike', async () => {
    const path = join(folder, 'two-boms.json');
    await writeFile(
      path,
      `\uFEFF\uFEFF${readFileSync('assets/examples/reference-a.json', 'utf8')}`,
    );
    const before = tally.crashes.length;
    await check({ description: 'two byte order marks' }, path);
    expect(tally.crashes.slice(before)).toEqual([]);
    const read = await readDocument(path, { validate: checkScenarioText });
    expect(read.ok).toBe(true);
  });

  it('refuses text over the limit handed to the loader directly, as the browser host does', () => {
    const text = `{"format":"yardstick.scenario","notes":"${'x'.repeat(5 * 1024 * 1024)}"}`;
    const parsed = parseScenarioFile(text);
    tally.cases += 1;
    expect(parsed).toMatchObject({ ok: false, issues: [{ code: 'file_too_large', path: [] }] });
    tally.refused += 1;
  });
});
