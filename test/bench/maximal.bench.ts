import { execFileSync } from 'node:child_process';
import { writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { compareScenarios, switchingValues, tornado, twoWayTable } from '../../shared/analysis';
import { printReport, reportPagesDir } from '../../main/report/print-report';
import { selectScenario } from '../../shared/scenario';
import { maximalScenarioFile, maximalScenarioText } from '../helpers/maximal-scenario';

/*
 * The largest file the format accepts (1,000 investment items × 40 payments, 100 effects, 20
 * scenarios, 40 years): how long the board report takes from request to PDF, and how long each
 * analysis takes on it. Each is run once: they take seconds to minutes. The report's page count
 * and size go to stderr. Needs the built pages (`npm run build:web`) and a Chromium for the
 * report. Run: npm run bench -- test/bench/maximal.bench.ts
 */

const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };
const print = (text: string) => writeSync(2, `${text}\n`);

const file = maximalScenarioFile();
const selected = selectScenario(file);
if (!selected.ok) throw new Error('the maximal file no longer validates');
const scenario = selected.scenario;

const ready = reportPagesDir() !== null;
if (!ready) print('maximal report bench skipped: the report page is not built (npm run build:web)');

describe.runIf(ready)('the maximal file: board report to PDF', () => {
  bench(
    'report, English',
    async () => {
      const started = performance.now();
      const pdf = await printReport({
        kind: 'investment',
        language: 'en',
        preparer: 'Bench',
        date: '2026-11-25',
        documentText: maximalScenarioText(),
        scenarioId: null,
        monteCarlo: null,
      });
      const path = join(tmpdir(), `yardstick-maximal-${process.pid}.pdf`);
      writeFileSync(path, pdf);
      const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
      print(
        `maximal report: ${((performance.now() - started) / 1000).toFixed(1)} s, ${pages?.[1] ?? '?'} pages, ${(pdf.byteLength / 1e6).toFixed(1)} MB`,
      );
    },
    once,
  );
});

describe('the maximal file: analyses', () => {
  bench('named scenarios side by side (21, Decimal)', () => void compareScenarios(file), once);
  bench('tornado, every default driver', () => void tornado(scenario), once);
  bench('switching values, every default driver', () => void switchingValues(scenario), once);
  bench(
    'two-way table 9 × 9, discount rate × inflation',
    () =>
      void twoWayTable(scenario, {
        drivers: ['parameters.discountRate.rate', 'parameters.inflation'],
        steps: 9,
      }),
    once,
  );
});
