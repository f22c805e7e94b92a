import type { ValueKind } from '../../shared/scenario/value-kind';
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
import type { Readable } from './display';
import { appTexts } from '../../shared/i18n/catalogue/app';
import { cliTableTexts } from '../../shared/i18n/catalogue/cli-table';
import { metricTexts } from '../../shared/i18n/catalogue/metrics';
import { fill } from '../../shared/i18n/texts';
import { shown } from './shown';
import { textGrid } from './text-grid';

/*
 * `yardstick analyze` output for people (table) and spreadsheets (csv). JSON is the results as
 * they are. Floats are rounded here only; CSV keeps every digit (JavaScript's shortest round-trip
 * form), an empty cell where a metric has no value.
 */

/** How the table speaks: its numbers and unit, its words, the metrics' and the drivers' names. */
export interface AnalysisWords {
  readonly shownAs: Readable;
  /** A driver by its path: the path itself in English, the editor's label in Chinese. */
  driver(path: string): string;
  /** What a driver holds (a rate, an amount, a whole number), so it is shown as the editor shows it. */
  kind(path: string): ValueKind;
  /** A scenario by its name, as the app calls it. */
  scenario(name: string): string;
}

type Said = AnalysisWords & {
  readonly t: (typeof cliTableTexts)['en']['analyze'];
  readonly labelled: (label: string, value: string) => string;
  metric(metric: AnalysisMetric): string;
  value(metric: AnalysisMetric, value: number | null): string;
};

function metricText(said: Said, metric: AnalysisMetric, value: number | null): string {
  const kind = metricKind(metric);
  const t = cliTableTexts[said.shownAs.language];
  if (value === null || !Number.isFinite(value))
    return kind === 'years' ? appTexts[said.shownAs.language].format.notWithinHorizon : t.none;
  if (kind === 'rate') return said.shownAs.rate(new Dec(value));
  if (kind === 'years') return said.shownAs.years(new Dec(value));
  return said.shownAs.money(new Dec(value));
}

/**
 * A driver's value as the editor shows its field: a rate or share as a percentage, an amount in
 * the table's unit, a whole number plainly; anything else to 10 digits.
 */
function driverText(said: Said, path: string, value: number): string {
  if (!Number.isFinite(value)) return String(value);
  switch (said.kind(path)) {
    case 'percent':
      return said.shownAs.rate(new Dec(value));
    case 'amount':
      return said.shownAs.money(new Dec(value));
    case 'whole':
      return String(Math.round(value));
    default:
      return String(Number(value.toPrecision(10)));
  }
}

/** A share of draws or of variance, to a tenth of a percent, as the language writes it. */
function share(said: Said, value: number): string {
  return said.shownAs.language === 'zh-CN'
    ? `${(value * 100).toFixed(1)}%`
    : `${(value * 100).toFixed(1)} %`;
}

export function formatAnalysisTable(
  result: AnalysisResult,
  title: string,
  words: AnalysisWords,
): string {
  const language = words.shownAs.language;
  const said: Said = {
    ...words,
    t: cliTableTexts[language].analyze,
    labelled: (label, value) => fill(cliTableTexts[language].labelled, { label, value }),
    metric: (metric) => metricTexts[language][metric],
    value: (metric, value) => metricText(said, metric, value),
  };
  const lines = [title, ''];
  switch (result.kind) {
    case 'scenarios':
      lines.push(...scenariosTable(said, result.result));
      break;
    case 'tornado':
      lines.push(...tornadoTable(said, result.result));
      break;
    case 'two-way':
      lines.push(...twoWayLines(said, result.result));
      break;
    case 'switching-values':
      lines.push(...switchingTable(said, result.result));
      break;
    case 'monte-carlo':
      lines.push(...monteCarloTable(said, result.result));
      break;
    case 'monte-carlo-draws':
      throw new Error('a slice of draws has no table');
  }
  return `${lines.join('\n')}\n`;
}

function scenariosTable(said: Said, comparison: ScenarioComparison): string[] {
  const { t } = said;
  const shown = [
    'npv',
    'irr',
    'paybackYears',
    'discountedPaybackYears',
    'npvWithoutSubsidies',
    'equityNpv',
  ] as const;
  const header = [
    t.scenario,
    t.kind,
    ...shown.flatMap((key) => [said.metric(key), fill(t.difference, { metric: said.metric(key) })]),
  ];
  const value = (key: (typeof shown)[number], text: string | boolean | null) =>
    typeof text === 'string'
      ? said.value(key, Number(text))
      : text === null
        ? said.value(key, null)
        : String(text);
  const difference = (key: (typeof shown)[number], text: string | null) =>
    text === null ? '' : said.value(key, Number(text));
  const rows = comparison.scenarios.map((scenario) => [
    said.scenario(scenario.name),
    appTexts[said.shownAs.language].options.scenarioKind[scenario.kind],
    ...shown.flatMap((key) => [
      value(key, scenario.metrics[key]),
      scenario.name === 'base' ? '' : difference(key, scenario.differenceToBase[key]),
    ]),
  ]);
  return [
    fill(cliTableTexts[said.shownAs.language].amountsIn, { unit: said.shownAs.unit }),
    ...textGrid(header, rows, new Set([0, 1])),
    '',
    t.scenariosNote,
  ];
}

/**
 * The problems of a sensitivity analysis, and the drivers it left out (a driver at zero that a
 * percentage cannot move) as the risk screen says it.
 */
function notes(
  said: Said,
  problems: readonly { path: string; problem: string | null }[],
  skipped: readonly { path: string }[],
): string[] {
  const language = said.shownAs.language;
  return [
    ...problems.flatMap((entry) =>
      entry.problem === null
        ? []
        : // The analyses word a problem in English only: a Chinese table says that there is one.
          [
            shown`${fill(said.t.problem, { driver: said.driver(entry.path), problem: entry.problem })}`,
          ],
    ),
    ...(skipped.length === 0
      ? []
      : [
          shown`  ${fill(appTexts[language].risk.skipped, {
            drivers: skipped
              .map((entry) => said.driver(entry.path))
              .join(language === 'zh-CN' ? '、' : ', '),
          })}`,
        ]),
  ];
}

function tornadoTable(said: Said, result: TornadoResult): string[] {
  const { t } = said;
  const metric = said.metric(result.metric);
  const rows = result.bars.map((bar) => [
    said.driver(bar.path),
    driverText(said, bar.path, bar.base),
    driverText(said, bar.path, bar.low),
    driverText(said, bar.path, bar.high),
    said.value(result.metric, bar.atLow),
    said.value(result.metric, bar.atHigh),
    bar.swing === null ? '' : said.value(result.metric, bar.swing),
    (bar.rangeFrom === 'stated'
      ? t.stated
      : `±${result.percent}${said.shownAs.language === 'zh-CN' ? '' : ' '}%`) +
      (bar.clipped === null ? '' : t.clipped[bar.clipped]),
  ]);
  const lines = [
    fill(t.tornado, { metric, base: said.value(result.metric, result.base) }),
    fill(cliTableTexts[said.shownAs.language].amountsIn, { unit: said.shownAs.unit }),
    ...textGrid(
      [
        t.driver,
        t.base,
        t.low,
        t.high,
        fill(t.atLow, { metric }),
        fill(t.atHigh, { metric }),
        t.swing,
        t.range,
      ],
      rows,
    ),
  ];
  if (result.bars.some((bar) => bar.clipped !== null)) lines.push(t.clippedNote);
  lines.push(...notes(said, result.bars, result.skipped));
  return lines;
}

function twoWayLines(said: Said, table: TwoWayTable): string[] {
  const { t } = said;
  const header = [
    `${said.driver(table.rows.path)} \\ ${said.driver(table.columns.path)}`,
    ...table.columns.values.map((value) => driverText(said, table.columns.path, value)),
  ];
  const rows = table.rows.values.map((value, r) => [
    driverText(said, table.rows.path, value),
    ...(table.cells[r] ?? []).map((cell) => said.value(table.metric, cell)),
  ]);
  return [
    shown`${fill(t.twoWay, {
      metric: said.metric(table.metric),
      rows: said.driver(table.rows.path),
      columns: said.driver(table.columns.path),
      base: said.value(table.metric, table.base),
    })}`,
    fill(cliTableTexts[said.shownAs.language].amountsIn, { unit: said.shownAs.unit }),
    ...textGrid(header, rows),
    ...[table.rows, table.columns].flatMap((axis) =>
      axis.clipped === null
        ? []
        : [shown`${fill(t.axisClipped[axis.clipped], { driver: said.driver(axis.path) })}`],
    ),
    ...table.problems.map((problem) => shown`  ${problem}`),
  ];
}

function switchingTable(said: Said, result: SwitchingValuesResult): string[] {
  const { t } = said;
  const rows = result.values.map((entry) => [
    said.driver(entry.path),
    driverText(said, entry.path, entry.base),
    entry.status === 'found'
      ? driverText(said, entry.path, entry.value ?? Number.NaN)
      : entry.status === 'none-within-range'
        ? t.noneWithinRange
        : t.notEvaluable,
    entry.change === null ? '' : `${share(said, entry.change)}${entry.severalInRange ? ' *' : ''}`,
    `${driverText(said, entry.path, entry.low)} … ${driverText(said, entry.path, entry.high)}${entry.clipped === null ? '' : t.clipped[entry.clipped]}`,
  ]);
  const lines = [
    fill(t.switching, { metric: said.metric(result.metric), base: said.value('npv', result.base) }),
    fill(cliTableTexts[said.shownAs.language].amountsIn, { unit: said.shownAs.unit }),
    ...textGrid([t.driver, t.base, t.switchingValue, t.change, t.rangeSearched], rows),
  ];
  if (result.values.some((entry) => entry.severalInRange)) lines.push(t.severalNote);
  lines.push(...notes(said, result.values, result.skipped));
  return lines;
}

function monteCarloTable(said: Said, result: MonteCarloResult): string[] {
  const { t } = said;
  const language = said.shownAs.language;
  const show = (value: number | null) => said.value(result.metric, value);
  const metric = said.metric(result.metric);
  const distributions = appTexts[language].risk.distributions;
  const distribution = (type: string) =>
    Object.hasOwn(distributions, type) ? distributions[type as keyof typeof distributions] : type;
  const lines = [
    fill(t.monteCarlo, {
      draws: result.draws,
      lhs: result.latinHypercube ? t.latin : '',
      seed: result.seed,
      metric,
      withValue:
        result.drawsWithValue < result.draws
          ? fill(t.withValue, { count: result.drawsWithValue })
          : '',
    }),
    fill(cliTableTexts[language].amountsIn, { unit: said.shownAs.unit }),
    ...textGrid(
      ['', metric],
      [
        [t.mean, show(result.mean)],
        [t.stdDev, show(result.stdDev)],
        [t.min, show(result.min)],
        ...Object.keys(PERCENTILES).map((key) => [
          key.toUpperCase(),
          show(result.percentiles[key as keyof typeof PERCENTILES]),
        ]),
        [t.max, show(result.max)],
      ],
    ),
    '',
    fill(t.probabilityNpv, { share: share(said, result.probabilityNpvPositive) }),
    fill(t.paybackWithin, {
      list: result.probabilityPaybackWithin
        .map((entry) =>
          fill(t.within, { years: entry.years, share: share(said, entry.probability) }),
        )
        .join(language === 'zh-CN' ? '，' : ', '),
    }),
    '',
    t.histogram,
  ];
  const largest = Math.max(1, ...result.histogram.map((bin) => bin.count));
  const bins = result.histogram.map((bin) => [
    `${show(bin.from)} … ${show(bin.to)}`,
    String(bin.count),
    '#'.repeat(Math.round((40 * bin.count) / largest)),
  ]);
  lines.push(...textGrid([t.range, t.draws, ''], bins, new Set([0, 2])));
  lines.push('', t.drivers);
  lines.push(
    ...textGrid(
      [t.driver, t.distribution, t.mean, t.sampledMean, t.rankCorrelation, t.contribution],
      [...result.drivers]
        .sort((a, b) => b.contributionToVariance - a.contributionToVariance)
        .map((driver) => [
          said.driver(driver.path),
          driver.outsideDomain >= REPORTED_OUTSIDE_DOMAIN
            ? fill(t.cut, {
                distribution: distribution(driver.distribution),
                share: share(said, driver.outsideDomain),
              })
            : distribution(driver.distribution),
          driverText(said, driver.path, driver.mean),
          driverText(said, driver.path, driver.sampleMean),
          driver.rankCorrelation.toFixed(3),
          share(said, driver.contributionToVariance),
        ]),
    ),
  );
  if (result.drivers.some((driver) => driver.outsideDomain >= REPORTED_OUTSIDE_DOMAIN))
    lines.push(t.cutNote);
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
