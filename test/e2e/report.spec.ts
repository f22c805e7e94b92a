import { expect, test } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Dec } from '../../shared/finance';
import {
  formatAmount,
  formatDecimal,
  formatPercent,
} from '../../renderer/services/format/format-number';
import { STATEMENT_TEXTS } from '../../shared/i18n/catalogue/statements';
import { fill, reportTexts } from '../../renderer/features/report/texts';
import { cliMetrics, cliWarnings } from './cli';
import { englishWords } from '../helpers/english-words';
import { appTexts } from '../../shared/i18n/catalogue';

const { en, 'zh-CN': zhCN } = appTexts;

/*
 * The board report as a person gets it: `yardstick report` prints the report page in Chromium,
 * the PDF is read back with pdftotext, and its pages rendered to PNG for people to look at
 * (test/e2e/screenshots/report/). Figures must equal `yardstick evaluate`'s, as the app shows them.
 */

const EXAMPLES = readdirSync('assets/examples').filter((name) => name.endsWith('.json'));
const LANGUAGES = ['en', 'zh-CN'] as const;
const SHOTS = 'test/e2e/screenshots/report';

const squash = (text: string) => text.replace(/\s+/g, '');

function report(args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, ['scripts/cli.mjs', 'report', ...args], {
    encoding: 'utf8',
    timeout: 240_000,
    env,
  });
}

function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** The first page whose text holds `text`. */
function pdfPageOf(pdf: string, text: string): number {
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
  const index = pages.findIndex((page) => squash(page).includes(squash(text)));
  if (index < 0) throw new Error(`${text} is on no page of ${pdf}`);
  return index + 1;
}

/** Width and height of pages `first` … `last` (to the end by default), in points. */
function pageSizes(pdf: string, first: number, last = pageCount(pdf)): [number, number][] {
  if (last < first) return [];
  const info = execFileSync('pdfinfo', ['-f', String(first), '-l', String(last), pdf], {
    encoding: 'utf8',
  });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((match) => [
    Number(match[1]),
    Number(match[2]),
  ]);
}

let folder: string;
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'yardstick-report-'));
  mkdirSync(SHOTS, { recursive: true });
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

for (const example of EXAMPLES) {
  for (const language of LANGUAGES) {
    test(`${example} in ${language}: every section, the CLI's figures, sane pages`, async () => {
      test.setTimeout(300_000);
      const name = example.replace(/\.json$/, '');
      const pdf = join(folder, `${name}-${language}.pdf`);
      // A Chinese report is of the Chinese twin of the example, prepared by a Chinese name.
      const source = `assets/examples/${language === 'zh-CN' ? 'zh-CN/' : ''}${example}`;
      const preparer = language === 'zh-CN' ? '李伟' : 'Li Wei';
      const run = report([
        source,
        '-o',
        pdf,
        '--lang',
        language,
        '--preparer',
        preparer,
        '--date',
        '2026-11-25',
      ]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(statSync(pdf).size).toBeGreaterThan(10_000);

      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const flat = squash(text);
      const texts = reportTexts[language];
      for (const title of Object.values(texts.sections)) expect(flat).toContain(squash(title));
      expect(flat).toContain(squash(preparer));

      // The twin computes what the English example does: the figures are `evaluate`'s of the latter.
      const metrics = cliMetrics(`assets/examples/${example}`);
      // As the KPI cards show amounts: currency, sign and grouping of the language (-CN¥402,828.16),
      // and in Chinese in 万元, the report's default unit (-40.28 万元).
      const amount = (key: string) => {
        const value = new Dec(String(metrics[key]));
        return language === 'en'
          ? formatAmount(value, { locale: language, currency: 'CNY', scale: 'unit' })
          : `${formatAmount(value, { locale: language, currency: 'CNY', scale: 'ten-thousand' })}万元`;
      };
      expect(flat).toContain(squash(amount('npv')));
      expect(flat).toContain(squash(amount('npvWithoutSubsidies')));
      // The further key figures: before income tax, the owners' view with debt, the EU gap.
      expect(flat).toContain(squash(texts.keyFigures.further));
      expect(flat).toContain(squash(amount('npvBeforeTax')));
      expect(flat).toContain(squash(amount('fnpvC')));
      if (metrics['minDscr'] !== null) expect(flat).toContain(squash(amount('equityNpv')));
      if (metrics['irr'] !== null)
        expect(flat).toContain(squash(formatPercent(new Dec(String(metrics['irr'])), language)));
      if (metrics['paybackYears'] !== null)
        expect(flat).toContain(
          formatDecimal(new Dec(String(metrics['paybackYears'])), language, 2),
        );

      // The verdict counts the plausibility warnings `evaluate` prints; the cover lists them.
      const app = language === 'en' ? en : zhCN;
      const warnings = cliWarnings(source);
      if (warnings.length > 0) {
        expect(flat).toContain(squash(fill(texts.verdict.warnings, { count: warnings.length })));
        expect(flat).toContain(squash(texts.cover.checks));
        for (const code of warnings)
          expect(flat).toContain(
            squash(
              app.warnings.codes[code as keyof typeof app.warnings.codes].reason.split('{{')[0] ??
                '',
            ),
          );
      } else {
        expect(flat).not.toContain(squash(texts.cover.checks));
      }
      // A file with actual results has its plan vs actual, with the verdict.
      if (JSON.parse(readFileSync(`assets/examples/${example}`, 'utf8')).actuals !== undefined) {
        expect(flat).toContain(squash(app.actuals.title));
        expect(flat).toContain(squash(app.actuals.varianceTitle));
        expect(flat).toContain(squash(app.actuals.future.delivery));
      }
      // The tax computation reads as one chain, its "=" lines explained under the projection.
      expect(flat).toContain(squash(app.results.table.chain.note));
      // An "=" line of the chain (its label may wrap in its cell: its start is enough).
      expect(flat).toContain(
        squash(
          app.results.table.chain.subtotal.replace(
            '{{label}}',
            app.results.table.rows.taxableIncomeAfterLosses,
          ),
        ).slice(0, 6),
      );
      // The SMT example's detection rate stops at 100 % in the tornado, marked as at its limit.
      if (name === 'smt-visual-ai-inspection') {
        expect(flat).toContain(squash(texts.scenarios.clippedMark).slice(0, 3));
        expect(flat).toContain(squash(texts.scenarios.clippedLegend));
      }

      // The appendix of feasibility-study statements: in Chinese reports by default, on A4
      // landscape pages, each statement under the standard's title; not in English by default.
      const statementTexts = STATEMENT_TEXTS[language];
      if (language === 'zh-CN') {
        expect(flat).toContain(squash(statementTexts.appendixTitle));
        for (const title of Object.values(statementTexts.titles)) expect(flat).toContain(title);
        const appendix = pdfPageOf(pdf, statementTexts.appendixTitle);
        expect(pageSizes(pdf, appendix).every(([width, height]) => width > height)).toBe(true);
        expect(pageSizes(pdf, 1, appendix - 1).every(([width, height]) => width < height)).toBe(
          true,
        );
        // 所得税后财务净现值 in the appendix, as `evaluate` gives the NPV, in 万元.
        const appendixText = squash(
          execFileSync('pdftotext', ['-f', String(appendix), '-layout', pdf, '-'], {
            encoding: 'utf8',
          }),
        );
        expect(appendixText).toContain(squash(amount('npv')));
      } else {
        expect(flat).not.toContain(squash(statementTexts.appendixTitle));
      }

      const pages = pageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(5);
      expect(pages).toBeLessThanOrEqual(40);
      // Chromium draws the running footer from the template on every page.
      const lastPage =
        language === 'en' ? `Page ${pages} of ${pages}` : `第${pages}页，共${pages}页`;
      expect(flat).toContain(squash(lastPage));
      if (language === 'zh-CN') {
        for (const title of Object.values(reportTexts.en.sections))
          expect(flat).not.toContain(squash(title));
        // No English word: names, items, notes and labels are the twin's Chinese ones.
        expect(englishWords(text)).toEqual([]);
      }

      for (const old of readdirSync(SHOTS).filter((file) =>
        file.startsWith(`${name}-${language}-`),
      ))
        rmSync(join(SHOTS, old));
      execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(SHOTS, `${name}-${language}`)]);
      expect(
        readdirSync(SHOTS).filter((file) => file.startsWith(`${name}-${language}-`)),
      ).toHaveLength(pages);
    });
  }
}

test('a Monte Carlo run asked for is summarised in the report', async () => {
  test.setTimeout(300_000);
  const pdf = join(folder, 'monte-carlo.pdf');
  const run = report([
    'assets/examples/smt-visual-ai-inspection.json',
    '-o',
    pdf,
    '--monte-carlo',
    '2000',
    '--seed',
    '7',
  ]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const text = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
  const texts = reportTexts.en.scenarios;
  expect(text).toContain(squash(texts.monteCarlo));
  expect(text).toContain(squash(fill(texts.monteCarloIntro, { draws: '2,000', seed: 7 })));
});

test('a file the report cannot use is refused with the field named, and nothing is written', () => {
  const bad = join(folder, 'bad.json');
  writeFileSync(bad, '{"format": "yardstick.scenario", "version": 2}');
  const pdf = join(folder, 'never.pdf');
  const run = report([bad, '-o', pdf]);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/bad\.json: project: /);
  expect(() => statSync(pdf)).toThrow();
});

test('without a Chromium the command says what to do', () => {
  const pdf = join(folder, 'none.pdf');
  const run = report(['assets/examples/reference-a.json', '-o', pdf], {
    ...process.env,
    YARDSTICK_CHROMIUM: join(folder, 'no-such-browser'),
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/YARDSTICK_CHROMIUM names ".*no-such-browser", which is not a file/);
  expect(() => statSync(pdf)).toThrow();
});
