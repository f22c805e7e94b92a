import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { chromiumArgs, runsAsRoot, sandboxStarts } from '../../main/report/chromium-args';
import { findChromium } from '../../main/report/find-chromium';
import { printReport, reportPagesDir } from '../../main/report/print-report';
import type { ReportRequest } from '../../shared/report/request';

/*
 * How long a board report takes. First as a person waits for it: the whole `yardstick report`
 * command as a process (Node starting, the command line loading, Chromium starting, the page
 * loading, computing, laying out, printing, the file written), beside a bare start of the same
 * Chromium that prints an empty page, the part of the wait no printer can save. Then from request
 * to PDF bytes inside one process. Needs the built pages (`npm run build:web`), the built command
 * line (`npm run build:cli`, built here when missing or older than its sources) and a Chromium;
 * without them the benchmark says so and measures nothing.
 * Run: npm run bench -- test/bench/report.bench.ts
 */

const ROOT = join(import.meta.dirname, '..', '..');
const example = (name: string) => readFileSync(join(ROOT, 'assets', 'examples', name), 'utf8');
const few = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };
/** A process's time varies more than a call's: a median of five. */
const runs = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };

const investment = (language: 'en' | 'zh-CN', monteCarlo: number | null): ReportRequest => ({
  kind: 'investment',
  language,
  preparer: 'Bench',
  date: '2026-11-25',
  documentText: example('reference-a.json'),
  scenarioId: null,
  monteCarlo: monteCarlo === null ? null : { draws: monteCarlo, seed: 1 },
});

const ready = reportPagesDir() !== null;
if (!ready) console.log('report bench skipped: the report page is not built (npm run build:web)');

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;
const chromium = findChromium({ env: process.env, platform: process.platform, isFile });
if (!chromium.found) console.log(`report bench skipped: ${chromium.message}`);

/** The built command line, built first as `npm run cli` does when it is missing or stale. */
function builtCli(): string | null {
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), 'help'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const cli = join(ROOT, 'out', 'cli', 'yardstick.js');
  if (built.status === 0 && isFile(cli)) return cli;
  console.log(`report command bench skipped: the command line did not build (${built.stderr})`);
  return null;
}

const cli = ready && chromium.found ? builtCli() : null;
const output = mkdtempSync(join(tmpdir(), 'yardstick-bench-report-'));
afterAll(() => rmSync(output, { recursive: true, force: true }));

/** `yardstick report reference-a.json -o OUT.pdf [--lang …]`, run as a person runs it. */
function reportCommand(cliPath: string, language: 'en' | 'zh-CN'): void {
  const run = spawnSync(
    process.execPath,
    [
      cliPath,
      'report',
      join(ROOT, 'assets', 'examples', 'reference-a.json'),
      '-o',
      join(output, `reference-a-${language}.pdf`),
      '--lang',
      language,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`yardstick report failed: ${run.stderr}`);
}

describe.runIf(cli !== null && chromium.found)('board report as a command, start to file', () => {
  const cliPath = cli ?? '';
  const executable = chromium.found ? chromium.path : '';
  const sandbox = !runsAsRoot() && chromium.found && sandboxStarts(executable);
  bench(
    'Chromium alone: start, print an empty page, quit',
    () => {
      const run = spawnSync(executable, [...chromiumArgs(sandbox), '--dump-dom', 'about:blank'], {
        stdio: 'ignore',
      });
      if (run.status !== 0) throw new Error(`Chromium failed (${run.status})`);
    },
    runs,
  );
  bench('yardstick report reference-a, English', () => reportCommand(cliPath, 'en'), runs);
  bench('yardstick report reference-a, Chinese', () => reportCommand(cliPath, 'zh-CN'), runs);
});

describe.runIf(ready)(
  'board report to PDF in one process (Chromium over the DevTools pipe)',
  () => {
    bench(
      'reference-a, English',
      async () => void (await printReport(investment('en', null))),
      few,
    );
    bench(
      'reference-a, Chinese',
      async () => void (await printReport(investment('zh-CN', null))),
      few,
    );
    bench(
      'reference-a, English, Monte Carlo 10,000 draws',
      async () => void (await printReport(investment('en', 10_000))),
      few,
    );
  },
);
