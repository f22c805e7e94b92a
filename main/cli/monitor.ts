import type Decimal from 'decimal.js';
import { applicantName, type InvalidApplicant } from '../../shared/compare';
import { Dec } from '../../shared/finance';
import { workbookToCsv } from '../../shared/host/export/csv';
import { FUTURE_BASES } from '../../shared/model';
import { displayScale } from '../../shared/i18n/amount-scale';
import { appTexts } from '../../shared/i18n/catalogue/app';
import { applicantsTexts } from '../../shared/i18n/catalogue/applicants';
import { cliTableTexts } from '../../shared/i18n/catalogue/cli-table';
import { fill } from '../../shared/i18n/texts';
import {
  DEFAULT_UNDER_DELIVERY_THRESHOLD,
  monitoringJson,
  monitoringSheet,
  monitorProgramme,
  monitoringReportRequest,
  type MonitorFlag,
  type MonitorSettings,
  type Programme,
} from '../../shared/monitor';
import { readableApplicantTexts } from '../compare/assess-file';
import { listApplicantFiles } from '../compare/list-files';
import { loadApplicants } from '../compare/load-applicants';
import { oneOf, parseOptions, UsageError } from './args';
import { REPORT_OPTIONS, reportOptions, type ReportOptions } from './compare';
import { languageAndUnit, writeReport } from './report';
import { textGrid } from './text-grid';
import { readable, type Readable } from './display';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { printLeftOut, reasonsText } from './left-out';
import { jsonText, shown } from './shown';

/*
 * `yardstick monitor`: the subsidy officer's programme monitoring from the command line — the
 * funded applicants' files with their actual results, loaded like `compare` loads applicants
 * (shared/monitor). A file that cannot be read is listed and never stops the rest (exit 2).
 */

export const MONITOR_USAGE = `  yardstick monitor DIR_OR_FILES... [--format json|csv|table] [--threshold SHARE]
                    [--as-of YEAR] [--future plan|delivery] [--workers N]
                    [--lang en|zh-CN] [--unit yuan|wan|yi]
                    [--report OUT.pdf [--title TEXT] [--preparer NAME] [--date YYYY-MM-DD]]`;

export const MONITOR_HELP = `monitor   Programme monitoring of funded applicants' files with actual results: per applicant
          the savings claimed and achieved over the years reported, NPV and the NPV the
          subsidy caused re-forecast beside the plan's, flags for under-delivery and missing
          reports, and the programme's totals.
          --threshold under-delivery below this share of the savings claimed (default ${DEFAULT_UNDER_DELIVERY_THRESHOLD})
          --as-of     the reporting year: operating years ending in or before it are due
                      (default: last calendar year)
          --future    the years after the last report: plan (default) or delivery
          --format    json (default), csv (a row per applicant, then the programme) or table
          --lang      the table's and the report's language: en (default) or zh-CN, in the
                      monitoring screen's words
          --unit      table only, Chinese: yuan, wan (万元, the default) or yi (亿元)
          --workers   worker threads for loading, as for compare
          --report    also print the monitoring report as an A4 PDF (the programme's totals,
                      each applicant, the flags, the method); --title names the programme,
                      --preparer and --date as for compare. Needs Chromium.`;

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
    unit: { type: 'string' },
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

  const report = reportOptions({ ...values, unit: undefined }, format);
  const shownAs = languageAndUnit(values);
  if (values.unit !== undefined && format !== 'table')
    throw new UsageError('--unit applies to --format table only');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const loaded = await loadApplicants(positionals, {
    // Monitoring a programme is tens of files, not thousands: loaded here unless asked.
    ...(workers === undefined || workers === 0 ? {} : { workers, filesPerWorker: 1 }),
  });
  printLeftOut(io, format, loaded.invalid, shownAs.language);

  const settings: MonitorSettings = {
    threshold: new Dec(threshold),
    reportingYear: asOf === undefined ? today.getUTCFullYear() - 1 : Number(asOf),
    future,
  };
  const programme = monitorProgramme(loaded.applicants, settings);
  if (format === 'json')
    io.stdout(jsonText(monitoringJson(programme, loaded.invalid, loaded.currency)));
  else if (format === 'csv') io.stdout(workbookToCsv({ sheets: [monitoringSheet(programme)] }));
  else {
    const scale = displayScale(shownAs.amountScale, shownAs.language, loaded.currency);
    io.stdout(
      formatMonitorTable(
        programme,
        loaded.invalid,
        readable(shownAs.language, scale, loaded.currency),
      ),
    );
  }
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
  shownAs: Readable,
): string {
  const { language, money, rate, years, unit } = shownAs;
  const { settings, totals: t } = programme;
  const m = applicantsTexts[language].monitor;
  const cli = cliTableTexts[language];
  const notWithin = appTexts[language].format.notWithinHorizon;
  const labelled = (label: string, value: string) => fill(cli.labelled, { label, value });
  const orNone = (value: Decimal | null, show: (value: Decimal) => string, none = cli.none) =>
    value === null ? none : show(value);
  const reportedYear = (year: number, months: number | null) =>
    months === null ? String(year) : fill(m.partialYear, { year, months });
  const flagText = (flag: MonitorFlag) =>
    flag.code === 'under-delivery'
      ? fill(m.flag['under-delivery'], {
          delivery: rate(flag.delivery),
          threshold: rate(flag.threshold),
        })
      : fill(m.flag['missing-reports'], { years: flag.years.join(m.yearSeparator) });
  const lines = [
    fill(cli.monitor.summary, { count: t.applicants, reporting: t.reporting }),
    labelled(m.reportingYear, String(settings.reportingYear)),
    labelled(m.threshold, rate(settings.threshold)),
    labelled(m.future.label, m.future[settings.future]),
    fill(cli.amountsIn, { unit }),
    '',
    ...textGrid(
      [
        m.columns.applicant,
        m.columns.reported,
        m.columns.claimed,
        m.columns.achieved,
        m.columns.delivery,
        m.columns.planNpv,
        m.columns.reforecastNpv,
        m.report.plannedCausedNpv,
        m.columns.reforecastCausedNpv,
        cli.monitor.paybackPlanned,
        cli.monitor.paybackReforecast,
        m.columns.verdict,
      ],
      [
        ...programme.applicants.map((row) => [
          applicantName(row.applicant),
          row.reported.length === 0
            ? cli.none
            : row.reported
                .map((entry) => reportedYear(entry.year, entry.months))
                .join(m.yearSeparator),
          money(row.claimedSavings),
          money(row.achievedSavings),
          orNone(row.delivery, rate),
          money(row.planNpv),
          money(row.reforecastNpv),
          money(row.plannedCausedNpv),
          money(row.reforecastCausedNpv),
          orNone(row.planPayback, years, notWithin),
          orNone(row.reforecastPayback, years, notWithin),
          row.verdict === null ? m.noReport : m.verdict[row.verdict],
        ]),
        [
          m.report.totalsTitle,
          '',
          money(t.claimedSavings),
          money(t.achievedSavings),
          orNone(t.delivery, rate),
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
    fill(m.flagsTitle, { underDelivering: t.underDelivering, missing: t.missingReports }),
    ...programme.applicants.flatMap((row) =>
      row.flags.map((flag) => shown`  ${labelled(applicantName(row.applicant), flagText(flag))}`),
    ),
  ];
  if (invalid.length > 0) {
    lines.push('', fill(cli.monitor.leftOut, { count: invalid.length }));
    lines.push(...reasonsText(invalid, shownAs).map((line) => `  ${line}`));
  }
  return `${lines.join('\n')}\n`;
}
