import type Decimal from 'decimal.js';
import type { ColumnKind, ExportSheet } from '../sheet/sheet';
import type { LineVariance, MetricsTriple, PlanVsActual } from '../model';

/*
 * The single case's plan vs actual (shared/model/actuals.ts) as data: the JSON of `yardstick
 * actuals` and one long sheet (a row per line and year reported) for CSV. Full-precision decimal
 * strings, rates as fractions.
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const text = (value: Decimal | null): string | null => (value === null ? null : value.toString());

const metricsJson = (metrics: MetricsTriple<Decimal>): Json => ({
  npv: metrics.npv.toString(),
  irr: text(metrics.irr),
  paybackYears: text(metrics.paybackYears),
});

const lineJson = (line: LineVariance<Decimal>): Json => ({
  list: line.list,
  id: line.id,
  name: line.name,
  planned: line.planned.toString(),
  actual: line.actual.toString(),
  variance: line.variance.toString(),
  years: line.years.map((year) => ({
    year: year.year,
    planned: year.planned.toString(),
    actual: text(year.actual),
    variance: text(year.variance),
  })),
});

export function planVsActualJson(result: PlanVsActual<Decimal>): Json {
  return {
    future: result.future,
    reported: result.reported.map((entry) => ({ year: entry.year, months: entry.months })),
    delivery: text(result.delivery),
    deliveryByEffect: Object.fromEntries(
      [...result.deliveryByEffect].map(([id, value]) => [id, text(value)]),
    ),
    plan: metricsJson(result.plan),
    reforecast: metricsJson(result.reforecast),
    verdict: { code: result.verdict.code, message: result.verdict.message },
    lines: result.lines.map(lineJson),
    totals: result.totals.map(lineJson),
    years: result.years.map((year) => ({
      year: year.year,
      status: year.status,
      months: year.months,
      plannedFlow: year.plannedFlow.toString(),
      reforecastFlow: year.reforecastFlow.toString(),
      plannedCumulative: year.plannedCumulative.toString(),
      reforecastCumulative: year.reforecastCumulative.toString(),
    })),
  };
}

const COLUMNS: readonly { header: string; kind: ColumnKind }[] = [
  { header: 'List', kind: 'text' },
  { header: 'Id', kind: 'text' },
  { header: 'Name', kind: 'text' },
  { header: 'Year', kind: 'integer' },
  { header: 'Planned', kind: 'amount' },
  { header: 'Actual', kind: 'amount' },
  { header: 'Variance', kind: 'amount' },
];

/** A row per line and year reported, then a row per line for the cumulative (year empty). */
export function planVsActualSheet(result: PlanVsActual<Decimal>): ExportSheet {
  const rows = result.lines.flatMap((line) => [
    ...line.years.map((year) => [
      line.list,
      line.id,
      line.name,
      String(year.year),
      year.planned.toString(),
      text(year.actual),
      text(year.variance),
    ]),
    [
      line.list,
      line.id,
      line.name,
      null,
      line.planned.toString(),
      line.actual.toString(),
      line.variance.toString(),
    ],
  ]);
  return { name: 'Plan vs actual', columns: [...COLUMNS], rows };
}
