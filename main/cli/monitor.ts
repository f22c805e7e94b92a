import type Decimal from 'decimal.js';
import { applicantName, type InvalidApplicant } from '../../shared/compare';
import { Dec } from '../../shared/finance';
import { workbookToCsv } from '../../shared/host/export/csv';
import { FUTURE_BASES } from '../../shared/model';
import {
  DEFAULT_UNDER_DELIVERY_THRESHOLD,
  ENGLISH_VERDICTS,
  monitoringJson,
  monitoringSheet,
  monitorProgramme,
  MONITOR_ENGLISH_TEXTS,
  monitoringReportRequest,
  type MonitorSettings,
  type Programme,
} from '../../shared/monitor';
import { formatIssue } from '../../shared/scenario';
import { readableApplicantTexts } from '../compare/assess-file';
import { listApplicantFiles } from '../compare/list-files';
import { loadApplicants } from '../compare/load-applicants';
import { oneOf, parseOptions, UsageError } from './args';
import { REPORT_OPTIONS, reportOptions, type ReportOptions } from './compare';
import { writeReport } from './report';
import { textGrid } from './text-grid';
import { money, percent, years } from './display';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { printLeftOut } from './left-out';
import { jsonText, shown } from './shown';

/*
 * `yardstick monitor`: the subsidy officer's programme monitoring from the command line — the
 * funded applicants' files with their actual results, loaded like `compare` loads applicants
 * (shared/monitor). A file that cannot be read is listed and never stops the rest (exit 2).
 */

export const MONITOR_USAGE = `  yardstick monitor DIR_OR_FILES... [--format json|csv|table] [--threshold SHARE]
                    [--as-of YEAR] [--future plan|delivery] [--workers N]
                    [--report OUT.pdf [--title TEXT] [--lang en|zh-CN] [--preparer NAME]
                     [--date YYYY-MM-DD]]`;

export const MONITOR_HELP = `monitor   Programme monitoring of funded applicants' files with actual results: per applicant
          the savings claimed and achieved over the years reported, NPV and the NPV the
          subsidy caused re-forecast beside the plan's, flags for under-delivery and missing
          reports, and the programme's totals.
          --threshold under-delivery below this share of the savings claimed (default ${DEFAULT_UNDER_DELIVERY_THRESHOLD})
          --as-of     the reporting year: operating years ending in or before it are due
                      (default: last calendar year)
          --future    the years after the last report: plan (default) or delivery
          --format    json (default), csv (a row per applicant, then the programme) or table
          --workers   worker threads for loading, as for compare
          --report    also print the monitoring report as an A4 PDF (the programme's totals,
                      each applicant, the flags, the method); --title names the programme,
                      --lang, --preparer and --date as for compare. Needs Chromium.`;

const FORMATS = ['json', 'csv', 'table'] as const;
const SHARE = /^(0(\.\d{1,12})?|1(\.0{1,12})?)$/;

export async function monitorCommand(
  args: readonly string[],
  io: CliIo,
  today: Date = new Date(),
): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string', short: 'f' },
    threshold: { type: 'string' },
    'as-of': { type: 'string' },
    future: { type: 'string' },
    workers: { type: 'string' },
    ...REPORT_OPTIONS,
  });
  if (positionals.length === 0) throw new UsageError('expected at least one folder or FILE');
  const format = oneOf('format', values.format, FORMATS, 'json');
  const future = oneOf('future', values.future, FUTURE_BASES, 'plan');
  const threshold = values.threshold ?? DEFAULT_UNDER_DELIVERY_THRESHOLD;
  if (!SHARE.test(threshold))
    throw new UsageError(
      `--threshold must be a share between 0 and 1 such as 0.8, not "${threshold}"`,
    );
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^(19|2[0-1])\d\d$|^2200$/.test(asOf))
    throw new UsageError(`--as-of must be a calendar year such as 2025, not "${asOf}"`);
  if (values.workers !== undefined && !/^\d{1,3}$/.test(values.workers))
    throw new UsageError(`--workers must be a whole number, not "${values.workers}"`);

  const report = reportOptions(values);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const loaded = await loadApplicants(positionals, {
    // Monitoring a programme is tens of files, not thousands: loaded here unless asked.
    ...(workers === undefined || workers === 0 ? {} : { workers, filesPerWorker: 1 }),
  });
  printLeftOut(io, format, loaded.invalid);

  const settings: MonitorSettings = {
    threshold: new Dec(threshold),
    reportingYear: asOf === undefined ? today.getUTCFullYear() - 1 : Number(asOf),
    future,
  };
  const programme = monitorProgramme(loaded.applicants, settings);
  if (format === 'json')
    io.stdout(jsonText(monitoringJson(programme, loaded.invalid, loaded.currency)));
  else if (format === 'csv') io.stdout(workbookToCsv({ sheets: [monitoringSheet(programme)] }));
  else io.stdout(formatMonitorTable(programme, loaded.invalid, loaded.currency));
  const status = loaded.invalid.length > 0 ? EXIT_INVALID : EXIT_OK;
  if (report === null) return status;
  const printed = await printMonitoringReport(positionals, report, settings, io);
  return printed === EXIT_OK ? status : printed;
}

/** The report assesses the files again from their texts; a file that cannot be read stays out. */
async function printMonitoringReport(
  inputs: readonly string[],
  report: ReportOptions,
  settings: MonitorSettings,
  io: CliIo,
): Promise<number> {
  const files = await readableApplicantTexts((await listApplicantFiles(inputs)).files);
  const request = monitoringReportRequest({
    files,
    settings,
    language: report.language,
    preparer: report.preparer,
    title: report.title,
    date: report.date,
  });
  // stdout holds the monitoring (JSON, CSV or a table): the printer's word goes to stderr.
  return writeReport({ ...io, stdout: io.stderr }, request, {
    source: inputs.join(' '),
    output: report.output,
    progress: false,
  });
}

export function formatMonitorTable(
  programme: Programme,
  invalid: readonly InvalidApplicant[],
  currency: string,
): string {
  const { settings, totals: t } = programme;
  const orNone = (value: Decimal | null, show: (value: Decimal) => string, none = 'none') =>
    value === null ? none : show(value);
  const lines = [
    `Programme monitoring: ${t.applicants} funded applicants, ${t.reporting} reporting; amounts in ${currency}`,
    `Reporting year ${settings.reportingYear}; under-delivery below ${percent(settings.threshold)} of the savings claimed; the future re-forecast on the ${settings.future === 'plan' ? 'plan' : 'delivery achieved'}`,
    '',
    ...textGrid(
      [
        'Applicant',
        'Years reported',
        'Savings claimed',
        'Achieved',
        'Delivery',
        'NPV planned',
        'NPV re-forecast',
        'Caused NPV planned',
        'Caused re-forecast',
        'Payback planned',
        'Re-forecast',
        'Verdict',
      ],
      [
        ...programme.applicants.map((row) => [
          applicantName(row.applicant),
          row.reported.length === 0
            ? 'none'
            : row.reported
                .map((entry) => MONITOR_ENGLISH_TEXTS.reportedYear(entry.year, entry.months))
                .join(', '),
          money(row.claimedSavings),
          money(row.achievedSavings),
          orNone(row.delivery, percent),
          money(row.planNpv),
          money(row.reforecastNpv),
          money(row.plannedCausedNpv),
          money(row.reforecastCausedNpv),
          orNone(row.planPayback, years, 'not within'),
          orNone(row.reforecastPayback, years, 'not within'),
          row.verdict === null ? 'no report' : ENGLISH_VERDICTS[row.verdict],
        ]),
        [
          'Programme',
          '',
          money(t.claimedSavings),
          money(t.achievedSavings),
          orNone(t.delivery, percent),
          money(t.planNpv),
          money(t.reforecastNpv),
          money(t.plannedCausedNpv),
          money(t.reforecastCausedNpv),
          '',
          '',
          '',
        ],
      ],
      new Set([0, 1, 11]),
    ),
    '',
    `Flags: ${t.underDelivering} under-delivering, ${t.missingReports} with missing reports`,
    ...programme.applicants.flatMap((row) =>
      row.flags.map((flag) => shown`  ${applicantName(row.applicant)}: ${flag.message}`),
    ),
  ];
  if (invalid.length > 0) {
    lines.push('', `Files left out: ${invalid.length}`);
    for (const item of invalid)
      lines.push(
        shown`  ${item.file}: ${item.reasons.map((reason) => formatIssue(reason)).join('; ')}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
