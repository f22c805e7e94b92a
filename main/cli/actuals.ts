import type Decimal from 'decimal.js';
import { displayScale, type AmountScale } from '../../shared/i18n/amount-scale';
import type { Locale } from '../../shared/i18n/locale';
import { appTexts } from '../../shared/i18n/catalogue/app';
import { cliTableTexts } from '../../shared/i18n/catalogue/cli-table';
import { metricTexts } from '../../shared/i18n/catalogue/metrics';
import { fill } from '../../shared/i18n/texts';
import { FUTURE_BASES, planVsActualOf, type PlanVsActual } from '../../shared/model';
import { workbookToCsv } from '../../shared/host/export/csv';
import { planVsActualJson, planVsActualSheet } from '../../shared/monitor';
import { baseOf } from '../../shared/scenario';
import { issue } from '../../shared/scenario/issues';
import { oneOf, parse, UsageError } from './args';
import { languageAndUnit } from './report';
import { textGrid } from './text-grid';
import { fixed, readable } from './display';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { loadFile, printIssues } from './scenario-input';
import { jsonText, shown } from './shown';

/*
 * `yardstick actuals FILE`: the finance officer's plan vs actual — the variance per line and year
 * reported, cumulative, and the re-forecast beside the plan (shared/model/actuals.ts).
 */

export const ACTUALS_USAGE = `  yardstick actuals FILE [--future plan|delivery] [--format json|csv|table]
                    [--lang en|zh-CN] [--unit yuan|wan|yi]`;

export const ACTUALS_HELP = `actuals   Plan vs actual of a file with actual results: the variance per line and year
          reported and cumulative, and NPV, IRR and payback re-forecast beside the plan's,
          with a verdict ("on track", "payback slips from 2.4 to 3.6 years").
          --future    the years after the last report: plan (default) or delivery (the
                      plan's savings × the share of them achieved so far)
          --format    json (default), csv (a row per line and year) or table
          --lang      table only: en (default) or zh-CN, in the interface's words
          --unit      table only, Chinese: yuan, wan (万元, the default) or yi (亿元)`;

const FORMATS = ['json', 'csv', 'table'] as const;

export async function actualsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      future: { type: 'string' },
      format: { type: 'string', short: 'f' },
      lang: { type: 'string' },
      unit: { type: 'string' },
    },
    1,
  );
  const format = oneOf('format', values.format, FORMATS, 'json');
  const future = oneOf('future', values.future, FUTURE_BASES, 'plan');
  // JSON and CSV are for machines, exact and in English keys; the table is for people.
  if ((values.lang !== undefined || values.unit !== undefined) && format !== 'table')
    throw new UsageError('--lang and --unit apply to --format table only');
  const { language, amountScale } = languageAndUnit(values);
  const path = positionals[0] as string;
  const loaded = await loadFile(io, path);
  if (!loaded.ok) return EXIT_INVALID;
  const { actuals } = loaded.file;
  if (actuals === undefined) {
    printIssues(io, path, [
      issue(['actuals'], 'no_actuals', 'has no actual results to compare with the plan'),
    ]);
    return EXIT_INVALID;
  }
  const result = planVsActualOf(baseOf(loaded.file), actuals, future);
  if (format === 'json') io.stdout(jsonText(planVsActualJson(result)));
  else if (format === 'csv') io.stdout(workbookToCsv({ sheets: [planVsActualSheet(result)] }));
  else {
    const { currency, startYear } = loaded.file.project;
    const scale = displayScale(amountScale, language, currency);
    io.stdout(formatActualsTable(result, startYear, { language, scale, currency }));
  }
  return EXIT_OK;
}

/** `--format table`: the verdict, the metrics side by side, the variances and the cash flows. */
export function formatActualsTable(
  result: PlanVsActual<Decimal>,
  startYear: number,
  options: { language?: Locale; scale?: AmountScale; currency?: string } = {},
): string {
  const language = options.language ?? 'en';
  const scale = options.scale ?? 'unit';
  // The interface's words (its plan-vs-actual screen), the metrics' names, the table's own few.
  const a = appTexts[language].actuals;
  const t = cliTableTexts[language];
  const metric = metricTexts[language];
  const { unit, money, rate, years } = readable(language, scale, options.currency ?? '');
  const labelled = (label: string, value: string) => fill(t.labelled, { label, value });
  const orNone = (value: Decimal | null, show: (value: Decimal) => string, none: string) =>
    value === null ? none : show(value);
  const yearLabel = (year: number, months: number | null) =>
    months === null
      ? String(startYear + year)
      : fill(a.partialYear, { year: startYear + year, months });
  const reported = result.reported.map((entry) => yearLabel(entry.year, entry.months));
  const verdict = result.verdict;
  // Payback as the verdict judged it: to a tenth of a year.
  const tenths = (value: Decimal | null) => (value === null ? '' : fixed(value, 1));
  const verdictText = fill(a.verdict[verdict.code], {
    plannedNpv: `${money(verdict.plannedNpv)} ${unit}`.trim(),
    reforecastNpv: `${money(verdict.reforecastNpv)} ${unit}`.trim(),
    plannedPayback: tenths(verdict.plannedPayback),
    reforecastPayback: tenths(verdict.reforecastPayback),
  });
  const listName = (list: keyof typeof a.total) =>
    list === 'taxPaid' ? a.total.taxPaid : a.group[list];
  const notWithin = appTexts[language].format.notWithinHorizon;
  const lines: string[] = [
    shown`${fill(a.reported, { years: reported.join(a.listSeparator) })}`,
    labelled(a.future.label, a.future[result.future]),
    shown`${labelled(a.verdictTitle, verdictText)}`,
    labelled(a.delivery, orNone(result.delivery, rate, t.none)),
    ...(unit === '' ? [] : [fill(t.amountsIn, { unit })]),
    '',
    ...textGrid(
      ['', a.plan, a.reforecast],
      [
        [metric.npv, money(result.plan.npv), money(result.reforecast.npv)],
        [
          metric.irr,
          orNone(result.plan.irr, rate, t.none),
          orNone(result.reforecast.irr, rate, t.none),
        ],
        [
          metric.paybackYears,
          orNone(result.plan.paybackYears, years, notWithin),
          orNone(result.reforecast.paybackYears, years, notWithin),
        ],
      ],
      new Set([0]),
    ),
    '',
    a.varianceTitle,
    ...textGrid(
      [
        a.line,
        ...result.reported.flatMap((entry) => [
          `${yearLabel(entry.year, entry.months)} ${a.plan}`,
          a.actual,
          a.variance,
        ]),
        a.cumulative,
      ],
      [...result.lines, ...result.totals.slice(0, -1)].map((line, index) => [
        index >= result.lines.length
          ? a.total[line.list]
          : line.list === 'taxPaid'
            ? listName('taxPaid')
            : shown`${labelled(listName(line.list), line.name)}`,
        ...line.years.flatMap((year) => [
          money(year.planned),
          orNone(year.actual, money, a.notReported),
          orNone(year.variance, money, ''),
        ]),
        money(line.variance),
      ]),
      new Set([0]),
    ),
    '',
    a.flowsTitle,
    ...textGrid(
      [
        a.year,
        a.status.label,
        a.flows.planned,
        a.flows.reforecast,
        a.flows.plannedCumulative,
        a.flows.reforecastCumulative,
      ],
      result.years.map((year) => [
        String(startYear + year.year),
        year.status === 'partial'
          ? fill(a.status.partial, { months: year.months ?? 12 })
          : a.status[year.status],
        money(year.plannedFlow),
        money(year.reforecastFlow),
        money(year.plannedCumulative),
        money(year.reforecastCumulative),
      ]),
      new Set([0, 1]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
