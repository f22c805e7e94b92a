import { CLI_UNITS, type AmountScaleSetting } from '../../shared/i18n/amount-scale';
import { LocaleSchema, type Locale } from '../../shared/host/schemas';
import { isIsoDay, localIsoDate } from '../../shared/report/report-date';
import { MAX_DRAWS, MAX_SEED } from '../../shared/analysis';
import type { InvestmentReportRequest, ReportRequest } from '../../shared/report/request';
import { ReportRefusedError, ReportTimeoutError } from '../report/report-page-run';
import { printReport, ReportSetupError, startReportPrinter } from '../report/print-report';
import { EXIT_INTERNAL, EXIT_INVALID, type CliIo } from './io';
import { oneOf, parse, UsageError } from './args';
import { shown } from './shown';
import { writeOutput } from './write-output';
import { loadScenario } from './scenario-input';

/*
 * `yardstick report`: the board report of one scenario as a PDF, the same print view the app
 * prints, rendered by a Chromium found on the machine.
 */

export const REPORT_USAGE = `  yardstick report FILE -o OUT.pdf [--scenario NAME] [--lang en|zh-CN]
                   [--unit yuan|wan|yi] [--preparer NAME] [--date YYYY-MM-DD] [--monte-carlo N [--seed S]]
                   [--statements on|off] [--progress]`;

export const REPORT_HELP = `report    The board report of a scenario as an A4 PDF: cover and verdict, key figures, assumptions,
          charts, yearly projection, scenarios and sensitivity, subsidies, methodology.
          -o, --output  the PDF to write (replaced only once the new one is complete)
          --scenario    a named scenario of the file (default: base)
          --lang        en (default) or zh-CN
          --unit        amounts of a Chinese report in yuan: yuan (元), wan (万元, the default)
                        or yi (亿元); English reports state amounts in the currency
          --preparer    who prepared it, for the cover
          --date        the report's date (default: today)
          --monte-carlo include a Monte Carlo summary of N draws (--seed S, default 1)
          --statements  on or off: the appendix of feasibility-study statements on A4 landscape
                        pages (default: on in Chinese, off in English)
          --progress    say on stderr how far the report has come
          A large case is summed up (lists beyond 25 items, the projection's lines beyond the
          12 largest of a group); a report is refused beyond 400 pages or 5 minutes of layout.
          Needs Chromium, Chrome or Edge: YARDSTICK_CHROMIUM, or the usual install places.`;

const WHOLE = /^\d+$/;

/**
 * What everything printed for people takes from the command line (reports, `evaluate --format
 * table`): its language (English by default) and the unit of its amounts (`--unit`, 万元 in
 * Chinese by default).
 */
export function languageAndUnit(values: { lang?: string | undefined; unit?: string | undefined }): {
  language: Locale;
  amountScale: AmountScaleSetting;
} {
  const language = LocaleSchema.safeParse(values.lang ?? 'en');
  if (!language.success) throw new UsageError(`--lang must be en or zh-CN, not "${values.lang}"`);
  const amountScale = values.unit === undefined ? 'auto' : CLI_UNITS[values.unit];
  if (amountScale === undefined)
    throw new UsageError(`--unit must be yuan, wan or yi, not "${values.unit}"`);
  return { language: language.data, amountScale };
}

/**
 * What every printed report takes from the command line (`report`, `compare --report`): its
 * language, the unit of its amounts, its day (today unless given) and who prepared it.
 */
export function reportPresentation(values: {
  lang?: string | undefined;
  unit?: string | undefined;
  date?: string | undefined;
  preparer?: string | undefined;
}): { language: Locale; amountScale: AmountScaleSetting; date: string; preparer: string | null } {
  const { language, amountScale } = languageAndUnit(values);
  const date = values.date ?? localIsoDate(new Date());
  if (!isIsoDay(date)) throw new UsageError(`--date must be a day as YYYY-MM-DD, not "${date}"`);
  const preparer = values.preparer ?? null;
  if (preparer !== null && preparer.length > 200)
    throw new UsageError('--preparer must be at most 200 characters');
  return { language, amountScale, date, preparer };
}

export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      output: { type: 'string', short: 'o' },
      scenario: { type: 'string', short: 's' },
      lang: { type: 'string' },
      unit: { type: 'string' },
      preparer: { type: 'string' },
      date: { type: 'string' },
      'monte-carlo': { type: 'string' },
      seed: { type: 'string' },
      progress: { type: 'boolean' },
      statements: { type: 'string' },
    },
    1,
  );
  const output = values.output;
  if (output === undefined || output === '') throw new UsageError('--output OUT.pdf is required');
  const statements =
    values.statements === undefined
      ? undefined
      : oneOf('statements', values.statements, ['on', 'off'], 'on') === 'on';
  const { language, amountScale, date, preparer } = reportPresentation(values);
  const monteCarlo = monteCarloOption(values['monte-carlo'], values.seed);

  const path = positionals[0] as string;
  // Chromium starts and loads the report page while the file is read and checked: that start is
  // most of the time a short report takes.
  const printer = io.printReport === undefined ? startReportPrinter() : null;
  try {
    const loaded = await loadScenario(io, path, values.scenario);
    if (!loaded.ok) return EXIT_INVALID;
    const request: InvestmentReportRequest = {
      kind: 'investment',
      language,
      amountScale,
      preparer,
      date,
      documentText: loaded.text,
      scenarioId: values.scenario ?? null,
      ...(statements === undefined ? {} : { statements }),
      monteCarlo,
    };
    return await writeReport(
      printer === null ? io : { ...io, printReport: printer.print },
      request,
      {
        source: path,
        output,
        progress: values.progress === true,
      },
    );
  } finally {
    await printer?.close();
  }
}

function monteCarloOption(
  draws: string | undefined,
  seed: string | undefined,
): InvestmentReportRequest['monteCarlo'] {
  if (draws === undefined) {
    if (seed !== undefined) throw new UsageError('--seed applies to --monte-carlo only');
    return null;
  }
  if (!WHOLE.test(draws) || Number(draws) < 100 || Number(draws) > MAX_DRAWS)
    throw new UsageError(`--monte-carlo must be a whole number of draws from 100 to ${MAX_DRAWS}`);
  const seedText = seed ?? '1';
  if (!WHOLE.test(seedText) || Number(seedText) > MAX_SEED)
    throw new UsageError(`--seed must be a whole number from 0 to ${MAX_SEED}`);
  return { draws: Number(draws), seed: Number(seedText) };
}

/**
 * Prints a report request to `output`; shared by `report` and `compare --report`. Problems the
 * page finds in the input are printed against `source`, the input as the person named it.
 */
export async function writeReport(
  io: CliIo,
  request: ReportRequest,
  { source, output, progress }: { source: string; output: string; progress: boolean },
): Promise<number> {
  let pdf: Uint8Array;
  const stages = progress ? { onStage: (stage: string) => io.stderr(`report: ${stage}\n`) } : {};
  try {
    pdf = await (io.printReport ?? printReport)(request, stages);
  } catch (error) {
    if (error instanceof ReportTimeoutError) {
      io.stderr(shown`${source}: ${error.message}\n`);
      return EXIT_INVALID;
    }
    if (error instanceof ReportRefusedError) {
      io.stderr(error.messages.map((message) => shown`${source}: ${message}\n`).join(''));
      return EXIT_INVALID;
    }
    if (error instanceof ReportSetupError) {
      io.stderr(shown`yardstick: ${error.message}\n`);
      return EXIT_INTERNAL;
    }
    throw error;
  }
  return writeOutput(io, output, pdf);
}
