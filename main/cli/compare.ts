import {
  AWARD_CAPS,
  compareApplicants,
  comparisonJson,
  comparisonReportRequest,
  DEFAULT_ALLOCATION,
  type AllocationSettings,
  comparisonSheet,
  DEFAULT_SETTINGS,
  OBJECTIVES,
  parseCompareSettings,
  type AwardCap,
  type BudgetRequest,
  type CompareSettings,
  type Objective,
} from '../../shared/compare';
import { Dec } from '../../shared/finance';
import { workbookToCsv } from '../../shared/host/export/csv';
import { formatIssue } from '../../shared/scenario';
import type { Locale } from '../../shared/host/schemas';
import { displayScale, type AmountScaleSetting } from '../../shared/i18n/amount-scale';
import { readableApplicantTexts } from '../compare/assess-file';
import { listApplicantFiles } from '../compare/list-files';
import { loadApplicants } from '../compare/load-applicants';
import { formatCompareTable } from './compare-table';
import { parseOptions, UsageError } from './args';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { printLeftOut } from './left-out';
import { languageAndUnit as tableLanguage, reportPresentation, writeReport } from './report';
import { outputFormat, printAs, type OutputFormat } from './output-format';
import { readable } from './display';
import { workerLauncher } from './workers';
import { jsonText, shown } from './shown';

/*
 * `yardstick compare`: the subsidy officer's comparison from the command line. Every file is
 * compared or listed as left out with its reasons (on stderr as FILE: path: message, except under
 * --format table, which lists them itself); a file left out never stops the rest, and makes the
 * exit status 2 so a script notices.
 */

export const COMPARE_USAGE = `  yardstick compare DIR_OR_FILES... [--budget AMOUNT] [--weights FILE]
                    [--format json|csv|table] [--lang en|zh-CN] [--unit yuan|wan|yi]
                    [--objective caused|npv|score] [--cap none|necessary|funding-gap]
                    [--partial MIN_SHARE] [--include-flagged] [--workers N] [--progress]
                    [--report OUT.pdf [--title TEXT] [--preparer NAME] [--date YYYY-MM-DD]]`;

export const COMPARE_HELP = `compare   Compares applicants' scenario files (a folder gives its .json files): metrics, what
          the subsidy does for each (additional, deadweight, not viable) and the award it needs,
          plausibility flags, a weighted ranking and, with --budget, the awards proposed.
          --budget    total subsidy budget, a decimal amount such as 5000000
          --weights   a JSON file of criterion weights, flag thresholds and allocation settings
          --format    json (default), csv (UTF-8 with BOM, one row per applicant) or table
          --lang      the table's and the report's language: en (default) or zh-CN, in the
                      applicants' screen's words
          --unit      their amounts in Chinese: yuan, wan (万元, the default) or yi (亿元)
          --objective what the budget maximises: caused (default: the NPV of the projects the
                      awards cause), npv (the NPV of every project funded) or score
          --cap       the most an award can be: none (the request, default), necessary (the
                      necessary award) or funding-gap (eligible cost × funding-gap rate)
          --partial   allow a partial award down to this share of a request, e.g. 0.5
          --include-flagged  let applicants with plausibility flags be funded too (they are
                      left out of the budget by default, until someone has checked them;
                      the weights file's "checked" list lets checked ones in one by one)
          --workers   worker threads for loading (default: one per core from 200 files on;
                      0: none)
          --progress  report loading progress on stderr (and the report's, with --report)
          --report    also print the bureau's comparison report as an A4 PDF (ranking with
                      score breakdown, flags, allocation, charts, files left out, method), in
                      --lang and --unit; --title names the programme, --preparer and --date
                      (default: today) go on the cover. Needs Chromium.`;

const AMOUNT = /^\d{1,15}(\.\d{1,6})?$/;
const SHARE = /^(0(\.\d{1,12})?|1(\.0{1,12})?)$/;

async function readSettings(
  path: string,
  io: CliIo,
): Promise<{ settings: CompareSettings; allocation: AllocationSettings } | null> {
  const read = await io.readFile(path, 1024 * 1024);
  if (!read.ok) {
    io.stderr(shown`${path}: (file): ${read.message}\n`);
    return null;
  }
  const parsed = parseCompareSettings(read.text);
  if (!parsed.ok) {
    io.stderr(parsed.issues.map((found) => shown`${path}: ${formatIssue(found)}\n`).join(''));
    return null;
  }
  return { settings: parsed.settings, allocation: parsed.allocation };
}

export async function compareCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    budget: { type: 'string', short: 'b' },
    weights: { type: 'string', short: 'w' },
    format: { type: 'string', short: 'f' },
    objective: { type: 'string' },
    cap: { type: 'string' },
    partial: { type: 'string' },
    'include-flagged': { type: 'boolean' },
    workers: { type: 'string' },
    progress: { type: 'boolean' },
    ...REPORT_OPTIONS,
    unit: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('expected at least one folder or FILE');
  const format = outputFormat(values.format);
  const objective = (values.objective ?? 'caused') as Objective;
  if (!OBJECTIVES.includes(objective))
    throw new UsageError(
      `--objective must be one of ${OBJECTIVES.join(', ')}, not "${values.objective}"`,
    );
  const cap = (values.cap ?? 'none') as AwardCap;
  if (!AWARD_CAPS.includes(cap))
    throw new UsageError(`--cap must be one of ${AWARD_CAPS.join(', ')}, not "${values.cap}"`);
  if (values.budget !== undefined && !AMOUNT.test(values.budget)) {
    throw new UsageError(
      `--budget must be a non-negative decimal amount such as 5000000 (no separators), not "${values.budget}"`,
    );
  }
  if (values.partial !== undefined && !SHARE.test(values.partial)) {
    throw new UsageError(
      `--partial must be a share between 0 and 1 such as 0.5, not "${values.partial}"`,
    );
  }
  if (
    (values.partial !== undefined ||
      values['include-flagged'] === true ||
      values.objective !== undefined ||
      values.cap !== undefined) &&
    values.budget === undefined
  ) {
    throw new UsageError(
      '--objective, --cap, --partial and --include-flagged apply only with --budget',
    );
  }
  if (values.workers !== undefined && !/^\d{1,3}$/.test(values.workers)) {
    throw new UsageError(`--workers must be a whole number, not "${values.workers}"`);
  }

  const report = reportOptions(values, format);
  const shownAs = tableLanguage(values);

  const fromFile =
    values.weights === undefined
      ? { settings: DEFAULT_SETTINGS, allocation: DEFAULT_ALLOCATION }
      : await readSettings(values.weights, io);
  if (fromFile === null) return EXIT_INVALID;
  const settings = fromFile.settings;
  // The options given on the command line win over the weights file's allocation section.
  const allocation: AllocationSettings = {
    objective: values.objective === undefined ? fromFile.allocation.objective : objective,
    cap: values.cap === undefined ? fromFile.allocation.cap : cap,
    partialMinShare:
      values.partial === undefined ? fromFile.allocation.partialMinShare : new Dec(values.partial),
    excludeFlagged: values['include-flagged'] === true ? false : fromFile.allocation.excludeFlagged,
    excluded: fromFile.allocation.excluded,
    checked: fromFile.allocation.checked,
  };

  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const loaded = await loadApplicants(positionals, {
    launchWorker: workers === 0 ? null : workerLauncher(),
    // A number of workers asked for is started whatever the number of files.
    ...(workers === undefined ? {} : { workers, filesPerWorker: 1 }),
    ...(values.progress === true
      ? {
          onProgress: ({ done, total, inWorkers }) =>
            io.stderr(
              `loaded ${done} of ${total} files${inWorkers > 0 ? ` (${inWorkers} in worker threads)` : ''}\n`,
            ),
        }
      : {}),
  });
  printLeftOut(io, format, loaded.invalid, shownAs.language);

  const budget: BudgetRequest | null =
    values.budget === undefined ? null : { budget: new Dec(values.budget), ...allocation };
  const comparison = compareApplicants(loaded.applicants, settings, budget, allocation.checked);

  printAs(io, format, {
    json: () => jsonText(comparisonJson(comparison, loaded.invalid, loaded.currency)),
    csv: () => workbookToCsv({ sheets: [comparisonSheet(comparison)] }),
    table: () =>
      formatCompareTable(
        comparison,
        loaded.invalid,
        readable(
          shownAs.language,
          displayScale(shownAs.amountScale, shownAs.language, loaded.currency),
          loaded.currency,
        ),
      ),
  });
  const status = loaded.invalid.length > 0 ? EXIT_INVALID : EXIT_OK;
  if (report === null) return status;
  const printed = await printComparisonReport(positionals, report, {
    settings,
    allocation,
    budget: values.budget ?? null,
    io,
    progress: values.progress === true,
  });
  return printed === EXIT_OK ? status : printed;
}

/** The options of a report printed beside a command's output (`--report OUT.pdf` and its cover). */
export const REPORT_OPTIONS = {
  report: { type: 'string' },
  title: { type: 'string' },
  lang: { type: 'string' },
  preparer: { type: 'string' },
  date: { type: 'string' },
} as const;

export interface ReportOptions {
  readonly output: string;
  readonly title: string | null;
  readonly language: Locale;
  readonly amountScale: AmountScaleSetting;
  readonly preparer: string | null;
  readonly date: string;
}

/**
 * The report's options, and the check that `--lang` and `--unit` go with something for people: the
 * table (`--format table`) or the report. JSON and CSV are for machines, exact and in English keys.
 */
export function reportOptions(
  values: {
    report?: string | undefined;
    title?: string | undefined;
    lang?: string | undefined;
    unit?: string | undefined;
    preparer?: string | undefined;
    date?: string | undefined;
  },
  format: OutputFormat,
): ReportOptions | null {
  if (values.report === undefined) {
    const given = [values.title, values.preparer, values.date];
    if (given.some((v) => v !== undefined))
      throw new UsageError('--title, --preparer and --date apply only with --report');
    if ((values.lang !== undefined || values.unit !== undefined) && format !== 'table')
      throw new UsageError('--lang and --unit apply to --format table and --report only');
    return null;
  }
  if (values.report === '') throw new UsageError('--report needs the PDF file to write');
  const presentation = reportPresentation(values);
  if (values.title !== undefined && values.title.length > 200)
    throw new UsageError('--title must be at most 200 characters');
  return { output: values.report, title: values.title ?? null, ...presentation };
}

/**
 * The report recomputes everything from the files' texts, so they are read again here; a file
 * that cannot be read is already listed on stderr and stays out of the report too.
 */
async function printComparisonReport(
  inputs: readonly string[],
  report: ReportOptions,
  context: {
    settings: CompareSettings;
    allocation: AllocationSettings;
    budget: string | null;
    io: CliIo;
    progress: boolean;
  },
): Promise<number> {
  const files = await readableApplicantTexts((await listApplicantFiles(inputs)).files);
  const request = comparisonReportRequest({
    files,
    settings: context.settings,
    allocation: context.allocation,
    budget: context.budget === null ? null : new Dec(context.budget),
    language: report.language,
    amountScale: report.amountScale,
    preparer: report.preparer,
    title: report.title,
    date: report.date,
  });
  // stdout holds the comparison (JSON, CSV or a table): the printer's word goes to stderr.
  return writeReport({ ...context.io, stdout: context.io.stderr }, request, {
    source: inputs.join(' '),
    output: report.output,
    progress: context.progress,
  });
}
