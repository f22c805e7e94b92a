import {
  PERCENTILES,
  REPORTED_OUTSIDE_DOMAIN,
  type AnalysisMetric,
  type AnalysisResult,
  type MonteCarloResult,
  type ScenarioComparison,
  type SwitchingValuesResult,
  type TornadoResult,
  type TwoWayTable,
} from '../../shared/analysis';
import { Dec } from '../../shared/finance';
import { METRIC_KEYS, metricKind } from '../../shared/model';
import { csvText, numberCell, textCell, type CsvCell } from '../../shared/host/export/csv';
import { money, percent, years } from './display';
import { shown } from './shown';
import { textGrid } from './text-grid';

/*
 * `yardstick analyze` output for people (table) and spreadsheets (csv). JSON is the results as
 * they are. Floats are rounded here only; CSV keeps every digit (JavaScript's shortest round-trip
 * form), an empty cell where a metric has no value.
 */

function metricText(metric: AnalysisMetric, value: number | null): string {
  const kind = metricKind(metric);
  if (value === null || !Number.isFinite(value))
    return kind === 'years' ? 'not within horizon' : 'none';
  if (kind === 'rate') return percent(new Dec(value));
  if (kind === 'years') return years(new Dec(value));
  return money(new Dec(value));
}

/** A driver's value: whole numbers and rates as they are (to 10 digits), amounts grouped to the cent. */
function driverText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  if (Math.abs(value) < 10) return String(Number(value.toPrecision(10)));
  return money(new Dec(value));
}

/** A range clipped to the driver's domain says which end stopped at the limit. */
function clippedNote(clipped: 'low' | 'high' | 'both' | null): string {
  if (clipped === null) return '';
  return clipped === 'both' ? ', both ends clipped' : `, ${clipped} clipped`;
}

export function formatAnalysisTable(result: AnalysisResult, title: string): string {
  const lines = [title, ''];
  switch (result.kind) {
    case 'scenarios':
      lines.push(...scenariosTable(result.result));
      break;
    case 'tornado':
      lines.push(...tornadoTable(result.result));
      break;
    case 'two-way':
      lines.push(...twoWayLines(result.result));
      break;
    case 'switching-values':
      lines.push(...switchingTable(result.result));
      break;
    case 'monte-carlo':
      lines.push(...monteCarloTable(result.result));
      break;
    case 'monte-carlo-draws':
      throw new Error('a slice of draws has no table');
  }
  return `${lines.join('\n')}\n`;
}

function scenariosTable(comparison: ScenarioComparison): string[] {
  const shown = [
    'npv',
    'irr',
    'paybackYears',
    'discountedPaybackYears',
    'npvWithoutSubsidies',
    'equityNpv',
  ] as const;
  const header = ['Scenario', 'Kind', ...shown.flatMap((key) => [key, `Δ ${key}`])];
  const value = (key: (typeof shown)[number], text: string | boolean | null) =>
    typeof text === 'string'
      ? metricText(key, Number(text))
      : text === null
        ? metricText(key, null)
        : String(text);
  const difference = (key: (typeof shown)[number], text: string | null) =>
    text === null ? '' : metricText(key, Number(text));
  const rows = comparison.scenarios.map((scenario) => [
    scenario.name,
    scenario.kind,
    ...shown.flatMap((key) => [
      value(key, scenario.metrics[key]),
      scenario.name === 'base' ? '' : difference(key, scenario.differenceToBase[key]),
    ]),
  ]);
  return [
    ...textGrid(header, rows, new Set([0, 1])),
    '',
    'Figures in Decimal, as `yardstick evaluate` prints them; Δ is the difference to base.',
  ];
}

function tornadoTable(result: TornadoResult): string[] {
  const rows = result.bars.map((bar) => [
    bar.path,
    driverText(bar.base),
    driverText(bar.low),
    driverText(bar.high),
    metricText(result.metric, bar.atLow),
    metricText(result.metric, bar.atHigh),
    bar.swing === null ? '' : metricText(result.metric, bar.swing),
    (bar.rangeFrom === 'stated' ? 'stated' : `±${result.percent} %`) + clippedNote(bar.clipped),
  ]);
  const lines = [
    `Tornado of ${result.metric} (base ${metricText(result.metric, result.base)}), largest swing first`,
    ...textGrid(
      [
        'Driver',
        'Base',
        'Low',
        'High',
        `${result.metric} at low`,
        `${result.metric} at high`,
        'Swing',
        'Range',
      ],
      rows,
    ),
  ];
  if (result.bars.some((bar) => bar.clipped !== null))
    lines.push(
      '  clipped: the range stops where the driver can go no further (a share at 100 %, an amount at 0)',
    );
  for (const bar of result.bars)
    if (bar.problem !== null) lines.push(shown`  ${bar.path}: ${bar.problem}`);
  for (const skipped of result.skipped)
    lines.push(shown`  skipped ${skipped.path}: ${skipped.reason}`);
  return lines;
}

function twoWayLines(table: TwoWayTable): string[] {
  const header = [
    `${table.rows.path} \\ ${table.columns.path}`,
    ...table.columns.values.map(driverText),
  ];
  const rows = table.rows.values.map((value, r) => [
    driverText(value),
    ...(table.cells[r] ?? []).map((cell) => metricText(table.metric, cell)),
  ]);
  return [
    shown`${table.metric} over ${table.rows.path} (rows) and ${table.columns.path} (columns); base ${metricText(table.metric, table.base)}`,
    ...textGrid(header, rows),
    ...[table.rows, table.columns]
      .filter((axis) => axis.clipped !== null)
      .map(
        (axis) =>
          shown`  ${axis.path}: ${axis.clipped === 'both' ? 'both ends' : `the ${axis.clipped} end`} clipped to what the driver can be`,
      ),
    ...table.problems.map((problem) => shown`  ${problem}`),
  ];
}

function switchingTable(result: SwitchingValuesResult): string[] {
  const rows = result.values.map((entry) => [
    entry.path,
    driverText(entry.base),
    entry.status === 'found'
      ? driverText(entry.value ?? Number.NaN)
      : entry.status === 'none-within-range'
        ? 'none within range'
        : 'cannot be evaluated',
    entry.change === null
      ? ''
      : `${(entry.change * 100).toFixed(1)} %${entry.severalInRange ? ' *' : ''}`,
    `${driverText(entry.low)} … ${driverText(entry.high)}${clippedNote(entry.clipped)}`,
  ]);
  const lines = [
    `Switching values: where ${result.metric} is zero (and the IRR equals the discount rate); base ${metricText('npv', result.base)}`,
    ...textGrid(['Driver', 'Base', 'Switching value', 'Change', 'Range searched'], rows),
  ];
  if (result.values.some((entry) => entry.severalInRange))
    lines.push(
      '  * the metric crosses zero more than once in the range; the crossing nearest the base is shown',
    );
  for (const entry of result.values)
    if (entry.problem !== null) lines.push(shown`  ${entry.path}: ${entry.problem}`);
  for (const skipped of result.skipped)
    lines.push(shown`  skipped ${skipped.path}: ${skipped.reason}`);
  return lines;
}

function monteCarloTable(result: MonteCarloResult): string[] {
  const show = (value: number | null) => metricText(result.metric, value);
  const share = (value: number) => `${(value * 100).toFixed(1)} %`;
  const lines = [
    `Monte Carlo: ${result.draws} draws${result.latinHypercube ? ' (Latin hypercube)' : ''}, seed ${result.seed}; ${result.metric}${
      result.drawsWithValue < result.draws ? ` has a value in ${result.drawsWithValue} draws` : ''
    }`,
    ...textGrid(
      ['', result.metric],
      [
        ['Mean', show(result.mean)],
        ['Standard deviation', show(result.stdDev)],
        ['Minimum', show(result.min)],
        ...Object.keys(PERCENTILES).map((key) => [
          key.toUpperCase(),
          show(result.percentiles[key as keyof typeof PERCENTILES]),
        ]),
        ['Maximum', show(result.max)],
      ],
    ),
    '',
    `P(NPV > 0): ${share(result.probabilityNpvPositive)}`,
    `P(payback within N years): ${result.probabilityPaybackWithin.map((entry) => `${entry.years}: ${share(entry.probability)}`).join(', ')}`,
    '',
    'Histogram',
  ];
  const largest = Math.max(1, ...result.histogram.map((bin) => bin.count));
  const bins = result.histogram.map((bin) => [
    `${show(bin.from)} … ${show(bin.to)}`,
    String(bin.count),
    '#'.repeat(Math.round((40 * bin.count) / largest)),
  ]);
  lines.push(...textGrid(['Range', 'Draws', ''], bins, new Set([0, 2])));
  lines.push('', 'Drivers (contribution to variance: squared rank correlation, normalised)');
  lines.push(
    ...textGrid(
      ['Driver', 'Distribution', 'Mean', 'Sampled mean', 'Rank correlation', 'Contribution'],
      [...result.drivers]
        .sort((a, b) => b.contributionToVariance - a.contributionToVariance)
        .map((driver) => [
          driver.path,
          driver.outsideDomain >= REPORTED_OUTSIDE_DOMAIN
            ? `${driver.distribution}, cut ${share(driver.outsideDomain)}`
            : driver.distribution,
          driverText(driver.mean),
          driverText(driver.sampleMean),
          driver.rankCorrelation.toFixed(3),
          share(driver.contributionToVariance),
        ]),
    ),
  );
  if (result.drivers.some((driver) => driver.outsideDomain >= REPORTED_OUTSIDE_DOMAIN))
    lines.push(
      '  cut: the share of the distribution beyond what the driver can be, left out of the draws',
    );
  return lines;
}

/**
 * Strings are text (paths, statuses), numbers are numbers, and a cell made already (a decimal
 * string of the model as a number) stays as made: the one CSV writer quotes and defuses.
 */
const csvLines = (rows: readonly (readonly (string | number | CsvCell)[])[]): string =>
  csvText(
    rows.map((row) =>
      row.map((value) =>
        typeof value === 'string'
          ? textCell(value)
          : typeof value === 'number'
            ? numberCell(value)
            : value,
      ),
    ),
  );

export function formatAnalysisCsv(result: AnalysisResult): string {
  switch (result.kind) {
    case 'scenarios': {
      const { scenarios } = result.result;
      return csvLines([
        ['scenario', 'kind', ...METRIC_KEYS],
        ...scenarios.map((scenario) => [
          scenario.name,
          scenario.kind,
          ...METRIC_KEYS.map((key) => {
            const value = scenario.metrics[key];
            return typeof value === 'boolean' ? String(value) : numberCell(value);
          }),
        ]),
      ]);
    }
    case 'tornado':
      return csvLines([
        ['driver', 'base', 'low', 'high', 'atLow', 'atHigh', 'swing', 'range', 'clipped'],
        ...result.result.bars.map((bar) => [
          bar.path,
          bar.base,
          bar.low,
          bar.high,
          bar.atLow,
          bar.atHigh,
          bar.swing,
          bar.rangeFrom,
          bar.clipped,
        ]),
      ]);
    case 'two-way': {
      const table = result.result;
      return csvLines([
        [`${table.rows.path} \\ ${table.columns.path}`, ...table.columns.values],
        ...table.rows.values.map((value, r) => [value, ...(table.cells[r] ?? [])]),
      ]);
    }
    case 'switching-values':
      return csvLines([
        [
          'driver',
          'base',
          'low',
          'high',
          'status',
          'switchingValue',
          'change',
          'severalInRange',
          'clipped',
        ],
        ...result.result.values.map((entry) => [
          entry.path,
          entry.base,
          entry.low,
          entry.high,
          entry.status,
          entry.value,
          entry.change,
          String(entry.severalInRange),
          entry.clipped,
        ]),
      ]);
    case 'monte-carlo': {
      const { perDraw, metric, draws } = result.result;
      const extra = metric === 'npv' ? [] : [metric];
      const rows: (string | number | null)[][] = [
        ['draw', ...perDraw.paths, 'npv', 'paybackYears', ...extra],
      ];
      for (let i = 0; i < draws; i += 1) {
        rows.push([
          i + 1,
          ...perDraw.paths.map((_, j) => perDraw.values[j * draws + i] as number),
          perDraw.npv[i] as number,
          perDraw.paybackYears[i] as number,
          ...(metric === 'npv' ? [] : [perDraw.metric[i] as number]),
        ]);
      }
      return csvLines(rows);
    }
    case 'monte-carlo-draws':
      throw new Error('a slice of draws has no CSV');
  }
}

/** JSON: the results as they are, without the per-draw arrays of a Monte Carlo run (use --format csv). */
export function analysisJson(result: AnalysisResult, scenario: string): Record<string, unknown> {
  if (result.kind === 'monte-carlo') {
    const { perDraw: _perDraw, ...summary } = result.result;
    return { analysis: result.kind, scenario, ...summary };
  }
  return {
    analysis: result.kind,
    ...(result.kind === 'scenarios' ? {} : { scenario }),
    ...result.result,
  };
}
