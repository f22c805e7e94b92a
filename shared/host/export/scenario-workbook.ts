import {
  ALL_METRIC_KEYS,
  evaluateScenario,
  explainMetrics,
  metricKind,
  projectionTable,
  type MetricKind,
} from '../../model';
import { Dec } from '../../finance/decimal';
import {
  BASE_SCENARIO,
  selectScenario,
  type ScenarioFile,
  type ValidationIssue,
} from '../../scenario';
import type { ColumnKind, ExportSheet, ExportWorkbook } from '../schemas';
import { decimalPattern } from '../schemas';

export type WorkbookPart = 'inputs' | 'projection' | 'metrics';

export interface ScenarioWorkbookOptions {
  /** Which named scenario (overrides applied); the base by default. */
  scenario?: string;
  /** XLSX has all three; the CSV export is usually the projection and the metrics. */
  parts?: readonly WorkbookPart[];
  /** Column and metric headings in the person's language; the model's keys otherwise. */
  label?: (key: string) => string;
  /**
   * An input's name as the editor labels it (`Investment item 1: Cost`), from its place in the
   * scenario (keys and list indexes); the input's path (`capex[id=line].amount`) otherwise.
   */
  fieldLabel?: (location: readonly (string | number)[]) => string;
  /** The words the sheets are named and the cells written with, in the person's language. */
  words?: ExportWords;
}

/** Sheet names and the words a cell says; English by default (the command line's exact CSV). */
export interface ExportWords {
  readonly inputs: string;
  readonly projection: string;
  readonly metrics: string;
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  readonly notWithinHorizon: string;
}

const ENGLISH_WORDS: ExportWords = {
  inputs: 'Inputs',
  projection: 'Projection',
  metrics: 'Metrics',
  yes: 'yes',
  no: 'no',
  none: 'none',
  notWithinHorizon: 'not within the horizon',
};

/** The metric sheet's column for each kind of metric (shared/model/metric-catalogue.ts). */
const COLUMN_OF_KIND = {
  amount: 1,
  rate: 2,
  share: 2,
  years: 3,
  ratio: 3,
  flag: 4,
} as const satisfies Record<MetricKind, number>;

/**
 * A decimal in plain notation (never `1e-7`), or null for anything that is not a finite number.
 * Digits beyond the 100th decimal place are noise of the 40-digit arithmetic, not information.
 */
function plain(value: string | number): string | null {
  try {
    const number = new Dec(value);
    if (!number.isFinite()) return null;
    const text = number.toDecimalPlaces(100).toFixed();
    return decimalPattern.test(text) ? text : null;
  } catch {
    return null;
  }
}

type Leaf = [path: string, value: unknown, location: (string | number)[]];

/**
 * Every leaf of the scenario with its path in the syntax overrides use (`capex[id=line].amount`)
 * and its location (`['capex', 0, 'amount']`).
 */
function flatten(
  value: unknown,
  path: string,
  out: Leaf[],
  location: (string | number)[] = [],
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const id =
        typeof item === 'object' &&
        item !== null &&
        typeof (item as { id?: unknown }).id === 'string'
          ? (item as { id: string }).id
          : null;
      flatten(item, `${path}[${id === null ? index : `id=${id}`}]`, out, [...location, index]);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value))
      flatten(child, path === '' ? key : `${path}.${key}`, out, [...location, key]);
  } else if (value !== undefined) {
    out.push([path, value, location]);
  }
}

function inputsSheet(
  scenario: object,
  label: (key: string) => string,
  words: ExportWords,
  fieldLabel: ((location: readonly (string | number)[]) => string) | undefined,
): ExportSheet {
  const leaves: Leaf[] = [];
  flatten(scenario, '', leaves);
  // Labelled for a reader, an item's id says nothing its name does not: those rows go.
  const shown = fieldLabel ? leaves.filter(([, , location]) => location.at(-1) !== 'id') : leaves;
  return {
    name: words.inputs,
    columns: [
      { header: label('field'), kind: 'text' },
      { header: label('number'), kind: 'number' },
      { header: label('text'), kind: 'text' },
    ],
    rows: shown.map(([path, value, location]) => {
      const number = typeof value === 'number' || typeof value === 'string' ? plain(value) : null;
      // Names and notes stay text even when they look like numbers: only numeric fields are numbers.
      const numeric =
        number !== null &&
        (typeof value === 'number' || !/(name|notes|id|company|currency|body)$/i.test(path));
      const text =
        typeof value === 'boolean' && fieldLabel
          ? value
            ? words.yes
            : words.no
          : value === null
            ? null
            : String(value);
      return [
        fieldLabel ? fieldLabel(location) : path,
        numeric ? number : null,
        numeric ? null : text,
      ];
    }),
  };
}

function projectionSheet(
  table: { header: string[]; rows: (string | null)[][] },
  label: (key: string) => string,
  words: ExportWords,
): ExportSheet {
  const kindOf = (key: string): ColumnKind =>
    key === 'year' || key === 'calendarYear'
      ? 'year'
      : key === 'discountFactor' || key === 'dscr'
        ? 'number'
        : 'amount';
  return {
    name: words.projection,
    columns: table.header.map((key) => ({ header: label(key), kind: kindOf(key) })),
    rows: table.rows.map((row) => row.map((cell) => (cell === null ? null : plain(cell)))),
  };
}

function metricsSheet(
  evaluation: ReturnType<typeof evaluateScenario>,
  label: (key: string) => string,
  words: ExportWords,
): ExportSheet {
  const explanations = explainMetrics(evaluation);
  const keys = ALL_METRIC_KEYS;
  return {
    name: words.metrics,
    columns: [
      { header: label('metric'), kind: 'text' },
      { header: label('amount'), kind: 'amount' },
      { header: label('rate'), kind: 'rate' },
      { header: label('ratioOrYears'), kind: 'number' },
      { header: label('note'), kind: 'text' },
      { header: label('formula'), kind: 'text' },
    ],
    rows: keys.map((key) => {
      const value = evaluation.metrics[key];
      const kind = metricKind(key);
      const cells: (string | null)[] = [
        label(key),
        null,
        null,
        null,
        null,
        explanations[key].formula,
      ];
      if (typeof value === 'boolean') cells[4] = value ? words.yes : words.no;
      else if (value === null) cells[4] = kind === 'years' ? words.notWithinHorizon : words.none;
      else cells[COLUMN_OF_KIND[kind]] = plain(value.toString());
      return cells;
    }),
  };
}

/**
 * The export of one scenario: its inputs, the model's yearly projection and its metrics with
 * their formulas, all figures as full-precision decimal strings. The same model as the interface
 * and the command line computes them: nothing is recomputed here.
 */
export function scenarioWorkbook(
  file: ScenarioFile,
  options: ScenarioWorkbookOptions = {},
): { ok: true; workbook: ExportWorkbook } | { ok: false; issues: readonly ValidationIssue[] } {
  const selected = selectScenario(file, options.scenario ?? BASE_SCENARIO);
  if (!selected.ok) return { ok: false, issues: selected.issues };
  const label = options.label ?? ((key: string) => key);
  const evaluation = evaluateScenario(selected.scenario);
  const parts = options.parts ?? ['inputs', 'projection', 'metrics'];
  const words = options.words ?? ENGLISH_WORDS;
  const sheets = parts.map((part) => {
    if (part === 'inputs') return inputsSheet(selected.scenario, label, words, options.fieldLabel);
    if (part === 'projection')
      return projectionSheet(projectionTable(evaluation.projection), label, words);
    return metricsSheet(evaluation, label, words);
  });
  return { ok: true, workbook: { sheets } };
}
