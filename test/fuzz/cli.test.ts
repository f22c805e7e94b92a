import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo, ReadResult } from '../../main/cli/io';
import { runCli } from '../../main/cli/run';
import { pick, seededRandom } from './corpus/random';
import { printedProblem } from './support/message-checks';
import { CASE_LIMIT_MS, FULL } from './support/mode';
import { Tally } from './support/tally';

/*
 * Random and hostile argument lists through the command line with an in-memory file system. Each
 * must end with 0 or 2 and, on 2, say on stderr what was wrong; 1 (internal error), a thrown
 * exception or a stack trace is a crash. The worker commands are internal (they only serve a
 * parent thread) and are left out.
 */

const tally = new Tally('cli', 'succeeded');
afterAll(() => console.log(tally.line()));

const example = (name: string) => readFileSync(`assets/examples/${name}`, 'utf8');
const FILES: Record<string, ReadResult> = {
  'plan.json': { ok: true, text: example('smt-visual-ai-inspection.json') },
  'ref.json': { ok: true, text: example('reference-a.json') },
  'cut.json': { ok: true, text: example('reference-a.json').slice(0, 500) },
  'old.json': {
    ok: true,
    text: example('reference-b.json').replace('"version": 2', '"version": 99'),
  },
  'bom.json': { ok: true, text: `\ufeff${example('reference-b.json')}` },
  'settings.json': { ok: true, text: '{"budget": "1e9"}' },
  'huge.json': { ok: false, code: 'too_large', message: 'the file is 104857600 bytes' },
  'bytes.json': { ok: false, code: 'invalid_utf8', message: 'the file is not UTF-8 text' },
  folder: { ok: false, code: 'not_a_file', message: 'is a directory, not a file' },
};

function memoryIo() {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: async (path) =>
      FILES[path] ?? { ok: false, code: 'not_found', message: 'no such file' },
  };
  return { io, out: () => stdout, err: () => stderr };
}

const COMMANDS = ['evaluate', 'validate', 'compare', 'analyze', 'schema', 'help', '--help', '-h'];
const OPTIONS = [
  '--scenario',
  '-s',
  '--format',
  '-f',
  '--detail',
  '--budget',
  '-b',
  '--weights',
  '-w',
  '--objective',
  '--partial',
  '--include-flagged',
  '--workers',
  '--progress',
  '--scenarios',
  '--tornado',
  '--two-way',
  '--switching-values',
  '--monte-carlo',
  '--metric',
  '--drivers',
  '--percent',
  '--range',
  '--steps',
  '--seed',
  '--lhs',
  '--bins',
  '--format=json',
  '--format=csv',
  '--format=table',
  '--format=xml',
  '--scenario=optimistic',
  '--',
  '-',
  '---',
  '-x',
  '--unknown',
];
const VALUES = [
  ...Object.keys(FILES),
  'missing.json',
  'optimistic',
  'base',
  'json',
  'csv',
  'table',
  'npv',
  'irr',
  '5',
  '0',
  '-1',
  '1e3',
  '1.5',
  'NaN',
  'Infinity',
  '99999999999999999999',
  '',
  ' ',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '中文',
  '\u0000',
  '\u202e',
  'x'.repeat(100_000),
  '0.1',
  'a=1',
  'parameters.discountRate.rate=0.01:0.2',
];

function* argvCases(seed: number, runs: number): Generator<string[]> {
  const random = seededRandom(seed);
  yield [];
  for (const command of COMMANDS) {
    yield [command];
    for (const value of VALUES) yield [command, value];
    for (const option of OPTIONS) yield [command, 'plan.json', option];
    for (const option of OPTIONS) {
      for (const value of ['5', '', 'x', 'NaN', '-1']) yield [command, 'plan.json', option, value];
    }
  }
  for (let i = 0; i < runs; i += 1) {
    const length = 1 + Math.floor(random() * 5);
    const argv = [pick(random, COMMANDS)];
    for (let j = 1; j < length; j += 1) {
      argv.push(random() < 0.4 ? pick(random, OPTIONS) : pick(random, VALUES));
    }
    yield argv;
  }
  for (const argv of fc.sample(fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }), {
    seed,
    numRuns: runs,
  })) {
    yield argv;
  }
}

/** Monte Carlo runs draw what they are told to: keep the fuzz to a handful of draws. */
const tooManyDraws = (argv: readonly string[]): boolean => {
  const at = argv.indexOf('--monte-carlo');
  return at >= 0 && Number(argv[at + 1]) > 50;
};

describe('the command line refuses hostile arguments', () => {
  it(
    'ends with 0 or 2 and a clear message, never an internal error or a stack trace',
    async () => {
      for (const argv of argvCases(20261125, FULL ? 3_000 : 150)) {
        if (argv[0]?.startsWith('__') || tooManyDraws(argv)) continue;
        const what = JSON.stringify(argv.map((arg) => arg.slice(0, 40)));
        const { io, out, err } = memoryIo();
        const started = performance.now();
        tally.cases += 1;
        let code: number;
        try {
          code = await runCli(argv, io);
        } catch (error) {
          tally.crash(what, `threw ${String(error)}`);
          continue;
        }
        const problem = printedProblem(out() + err());
        if (problem) tally.crash(what, problem);
        else if (code === 0) tally.loaded += 1;
        else if (code !== 2) tally.crash(what, `exit ${code}: ${err().slice(0, 300)}`);
        else if (err().trim() === '') tally.crash(what, 'exit 2 with nothing on stderr');
        else if (!/^(yardstick: |Usage:|[^\n]+: )/.test(err()))
          tally.crash(what, `unclear message "${err().slice(0, 200)}"`);
        else tally.refused += 1;
        if (performance.now() - started > CASE_LIMIT_MS) tally.crash(what, 'hang guard');
      }
      expect(tally.crashes.slice(0, 20)).toEqual([]);
      expect(tally.loaded).toBeGreaterThan(0);
      expect(tally.refused).toBeGreaterThan(tally.loaded);
    },
    FULL ? 900_000 : 120_000,
  );
});
