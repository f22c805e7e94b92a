import type Decimal from 'decimal.js';
import { FUTURE_BASES, planVsActualOf, type PlanVsActual } from '../../shared/model';
import { workbookToCsv } from '../../shared/host/export/csv';
import { planVsActualJson, planVsActualSheet } from '../../shared/monitor';
import { baseOf } from '../../shared/scenario';
import { issue } from '../../shared/scenario/issues';
import { oneOf, parse } from './args';
import { textGrid } from './text-grid';
import { money, percent, years } from './display';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { loadFile, printIssues } from './scenario-input';
import { jsonText, shown } from './shown';

/*
 * `yardstick actuals FILE`: the finance officer's plan vs actual — the variance per line and year
 * reported, cumulative, and the re-forecast beside the plan (shared/model/actuals.ts).
 */

export const ACTUALS_USAGE = `  yardstick actuals FILE [--future plan|delivery] [--format json|csv|table]`;

export const ACTUALS_HELP = `actuals   Plan vs actual of a file with actual results: the variance per line and year
          reported and cumulative, and NPV, IRR and payback re-forecast beside the plan's,
          with a verdict ("on track", "payback slips from 2.4 to 3.6 years").
          --future    the years after the last report: plan (default) or delivery (the
                      plan's savings × the share of them achieved so far)
          --format    json (default), csv (a row per line and year) or table`;

const FORMATS = ['json', 'csv', 'table'] as const;

export async function actualsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    { future: { type: 'string' }, format: { type: 'string', short: 'f' } },
    1,
  );
  const format = oneOf('format', values.format, FORMATS, 'json');
  const future = oneOf('future', values.future, FUTURE_BASES, 'plan');
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
  else io.stdout(formatActualsTable(result, loaded.file.project.startYear));
  return EXIT_OK;
}

const LIST_NAMES = {
  savings: 'Savings',
  runningCosts: 'Running costs',
  capex: 'Investment',
  subsidies: 'Subsidies',
  taxPaid: 'Income tax paid',
} as const;

/** `--format table`: the verdict, the metrics side by side, the variances and the cash flows. */
export function formatActualsTable(result: PlanVsActual<Decimal>, startYear: number): string {
  const orNone = (value: Decimal | null, show: (value: Decimal) => string, none: string) =>
    value === null ? none : show(value);
  const yearLabel = (year: number, months: number | null) =>
    `${startYear + year}${months === null ? '' : ` (${months} months)`}`;
  const reported = result.reported.map((entry) => yearLabel(entry.year, entry.months));
  const lines: string[] = [
    shown`Plan vs actual: ${reported.length} years reported (${reported.join(', ')}); the future re-forecast on the ${result.future === 'plan' ? 'plan' : 'delivery achieved'}`,
    shown`Verdict: ${result.verdict.message}`,
    `Delivery of the savings: ${orNone(result.delivery, percent, 'none planned')}`,
    '',
    ...textGrid(
      ['', 'Plan', 'Re-forecast'],
      [
        ['NPV', money(result.plan.npv), money(result.reforecast.npv)],
        [
          'IRR',
          orNone(result.plan.irr, percent, 'none'),
          orNone(result.reforecast.irr, percent, 'none'),
        ],
        [
          'Payback',
          orNone(result.plan.paybackYears, years, 'not within the horizon'),
          orNone(result.reforecast.paybackYears, years, 'not within the horizon'),
        ],
      ],
      new Set([0]),
    ),
    '',
    ...textGrid(
      [
        'Line',
        ...result.reported.flatMap((entry) => [
          `${yearLabel(entry.year, entry.months)} plan`,
          'actual',
          'variance',
        ]),
        'Cumulative variance',
      ],
      [...result.lines, ...result.totals.slice(0, -1)].map((line, index) => [
        index >= result.lines.length
          ? `Total ${LIST_NAMES[line.list].toLowerCase()}`
          : line.list === 'taxPaid'
            ? LIST_NAMES.taxPaid
            : `${LIST_NAMES[line.list]}: ${line.name}`,
        ...line.years.flatMap((year) => [
          money(year.planned),
          orNone(year.actual, money, 'not reported'),
          orNone(year.variance, money, ''),
        ]),
        money(line.variance),
      ]),
      new Set([0]),
    ),
    '',
    ...textGrid(
      [
        'Year',
        'Status',
        'Plan NCF',
        'Re-forecast NCF',
        'Plan cumulative',
        'Re-forecast cumulative',
      ],
      result.years.map((year) => [
        String(startYear + year.year),
        year.status === 'partial' ? `partial (${year.months} months)` : year.status,
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
