import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../main/cli/io';
import { runCli } from '../../main/cli/run';
import { cliSession } from '../helpers/cli';
import { ReportRefusedError } from '../../main/report/report-page-run';
import { ACTED_ON, MARKER, hostileText } from './corpus/hostile-text';
import { pick, seededRandom } from './corpus/random';
import { CASE_LIMIT_MS, FULL } from './support/mode';
import { Tally } from './support/tally';

/*
 * Hostile names, keys, file names and option values through every command that prints for people
 * (validate, evaluate and analyze tables, compare tables, report errors, usage errors). A case
 * passes when nothing printed holds a character a terminal acts on and no line starts with text
 * the file supplied (a forged "valid" or "funded" line); a raw control or a forged line is a crash.
 */

const tally = new Tally('terminal', 'printed', 'refused');
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'yardstick-fuzz-terminal-'));
});
afterAll(async () => {
  console.log(tally.line());
  await rm(folder, { recursive: true, force: true });
});

type Json = Record<string, unknown>;
const example = (name: string) => JSON.parse(readFileSync(name, 'utf8')) as Json;
const APPLICANT = example('assets/examples/applicants/01-suzhou-hengda-smt-aoi.json');
const PLAN = example('assets/examples/reference-b.json');
const clone = (value: Json): Json => structuredClone(value);

/** Where a hostile text goes: a name or label of the file, a key, the file's name, an option. */
const PLACES = [
  'project name',
  'company',
  'effect name',
  'unknown key',
  'scenario label',
  'file name',
  'option value',
  'report refusal',
] as const;
type Place = (typeof PLACES)[number];

function placed(base: Json, place: Place, text: string): Json {
  const json = clone(base);
  const project = json['project'] as Json;
  if (place === 'project name') project['name'] = text;
  if (place === 'company') project['company'] = text;
  if (place === 'effect name') {
    const effects = json['effects'] as Json[];
    if (effects[0]) effects[0]['name'] = text;
  }
  if (place === 'unknown key') json[text] = 1;
  if (place === 'scenario label') {
    const scenarios = json['scenarios'] as Json[];
    scenarios.push({ name: 'hostile', kind: 'custom', label: text, overrides: [] });
  }
  return json;
}

function session(extra: Partial<CliIo> = {}) {
  const run = cliSession(extra);
  return { io: run.io, printed: () => run.out() + run.err() };
}

/** Why the printed text is not safe to show, or null. */
function problem(printed: string): string | null {
  const raw = ACTED_ON.exec(printed);
  if (raw) return `raw U+${raw[0].charCodeAt(0).toString(16).padStart(4, '0')} printed`;
  const forged = printed.split('\n').find((line) => line.trimStart().startsWith(MARKER));
  return forged === undefined ? null : `forged line "${forged.slice(0, 80)}"`;
}

async function oneCase(random: () => number, index: number): Promise<void> {
  const text = hostileText(random);
  const place = pick(random, PLACES);
  const dir = join(folder, String(index));
  await mkdir(dir);
  // A file name holds anything but a slash and NUL (a path argument may hold NUL: see validate).
  const nameOf = (hostile: string) => hostile.replace(/[/\0]/g, '_');
  const fileName = place === 'file name' ? `${nameOf(text)}.json` : 'plan.json';
  const applicants = join(dir, 'applicants');
  await mkdir(applicants);
  await writeFile(join(applicants, 'a.json'), JSON.stringify(APPLICANT));
  await writeFile(
    join(applicants, fileName),
    JSON.stringify(placed(APPLICANT, place === 'file name' ? 'company' : place, text)),
  );
  const plan = join(dir, fileName);
  await writeFile(plan, JSON.stringify(placed(PLAN, place, text)));
  const option = place === 'option value' ? text : 'table';

  const runs: [string[], Partial<CliIo>][] = [
    [['validate', plan, join(dir, text.replaceAll('/', '_'))], {}],
    [['evaluate', plan, '--format', option], {}],
    [['evaluate', plan, '--scenario', place === 'option value' ? text : 'hostile'], {}],
    [['analyze', plan, '--tornado', '--format', option, '--drivers', 'parameters.inflation'], {}],
    [['compare', applicants, '--budget', '5000000', '--format', option, '--workers', '0'], {}],
    [
      ['report', plan, '-o', join(dir, `${nameOf(text)}.pdf`), '--preparer', text],
      {
        printReport: async () => {
          if (place === 'report refusal') throw new ReportRefusedError([`project.name: ${text}`]);
          return new TextEncoder().encode('%PDF-1.7\n');
        },
      },
    ],
  ];
  for (const [argv, extra] of runs) {
    const run = session(extra);
    const started = performance.now();
    tally.cases += 1;
    const what = `${place}: ${JSON.stringify(argv.slice(0, 2).concat(argv.slice(2, 4)))}`;
    let code: number;
    try {
      code = await runCli(argv, run.io);
    } catch (error) {
      tally.crash(what, `threw ${String(error)}`);
      continue;
    }
    const found = problem(run.printed());
    if (found !== null) tally.crash(what, found);
    else if (code === 0) tally.loaded += 1;
    else tally.refused += 1;
    if (performance.now() - started > CASE_LIMIT_MS) tally.crash(what, 'hang guard');
  }
}

describe('hostile text never reaches the terminal as controls', () => {
  it(
    'prints every name, key, file name and option value with its controls escaped',
    async () => {
      const random = seededRandom(20261126);
      const cases = FULL ? 300 : 12;
      for (let index = 0; index < cases; index += 1) await oneCase(random, index);
      expect(tally.crashes.slice(0, 20)).toEqual([]);
      expect(tally.loaded).toBeGreaterThan(0);
    },
    FULL ? 900_000 : 120_000,
  );
});
