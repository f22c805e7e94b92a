import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { printReport, reportPagesDir } from '../../main/report/print-report';
import type { ReportRequest } from '../../shared/report/request';

/*
 * How long a board report takes from request to PDF bytes, as the command line
 * makes it (start Chromium, load the built report page, compute, lay out, print). Needs the built
 * pages (`npm run build:web`) and a Chromium; without them the benchmark says so and measures
 * nothing. Run: npm run bench -- test/bench/report.bench.ts
 */

const ROOT = join(import.meta.dirname, '..', '..');
const example = (name: string) => readFileSync(join(ROOT, 'assets', 'examples', name), 'utf8');
const few = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

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

describe.runIf(ready)('board report to PDF (Chromium via playwright-core)', () => {
  bench('reference-a, English', async () => void (await printReport(investment('en', null))), few);
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
});
