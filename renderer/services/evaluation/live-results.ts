import Decimal from 'decimal.js';
import { Dec } from '../../../shared/finance/decimal';
import {
  evaluateScenario,
  explainMetrics,
  scenarioWarnings,
  type Evaluation,
  type Explanations,
  type Metrics,
  type Projection,
  type ScenarioWarning,
} from '../../../shared/model';
import type { WorkerRunner } from '../../../shared/analysis';
import type { Scenario } from '../../../shared/scenario';
import { formatDecimal } from '../format/format-number';
import { SCALE_DIGITS, type AmountScale } from '../../../shared/i18n/amount-scale';
import { projectionTable, type ProjectionTable, type TableRow } from './projection-table';

/*
 * What the results panel shows of a scenario, computed in one go where it is cheap to compute:
 * off the page's thread while a person types (a worker runs `resultsOf`), in the page for a case
 * only looked at. The yearly table arrives ready to show — rounded so that it adds up, each cell
 * formatted in the page's language — so the page only draws the rows that are open.
 */

/** The projection the charts read: every column, without the lines of each item. */
export type ResultsProjection = Omit<Projection<Decimal>, 'capex' | 'runningCosts' | 'subsidies'>;

type Inputs = Evaluation<Decimal>['inputs'];

/** What the results read of the model's inputs: the standard tax rate, whether there are loans. */
export interface ResultsInputs {
  readonly tax: Pick<Inputs['tax'], 'rate'>;
  readonly financing: Pick<Inputs['financing'], 'loans'>;
}

/** Figures of one evaluation (the model's `Evaluation` is one too). */
export interface ResultsFigures {
  readonly metrics: Metrics<Decimal>;
  readonly projection: ResultsProjection;
  readonly inputs: ResultsInputs;
}

export interface DisplayCell {
  readonly text: string;
  readonly sign: 'negative' | 'zero' | undefined;
}

export interface DisplayRow extends Omit<TableRow, 'cells' | 'total'> {
  readonly cells: readonly (DisplayCell | null)[];
  readonly total: DisplayCell | null;
}

export interface DisplayTable {
  readonly years: readonly number[];
  readonly calendarYears: readonly number[];
  readonly rows: readonly DisplayRow[];
}

export interface Results extends ResultsFigures {
  readonly explanations: Explanations;
  /** The plausibility checks the scenario fails, shown beside the figures and fields concerned. */
  readonly warnings: readonly ScenarioWarning[];
  readonly table: DisplayTable;
}

/** How the page shows figures: the table's language and unit. */
export interface ResultsDisplay {
  readonly locale: string;
  readonly scale: AmountScale;
}

/** The table as the results panel shows it: each figure formatted once, negatives and zeros marked. */
export function displayTable(
  table: ProjectionTable,
  locale: string,
  scale: AmountScale,
): DisplayTable {
  const cell = (row: TableRow, value: Decimal | null): DisplayCell | null =>
    value === null
      ? null
      : {
          text: formatDecimal(value, locale, row.kind === 'factor' ? 6 : SCALE_DIGITS[scale]),
          sign: value.isZero() ? 'zero' : value.isNegative() ? 'negative' : undefined,
        };
  return {
    years: table.years,
    calendarYears: table.calendarYears,
    rows: table.rows.map((row) => ({
      ...row,
      cells: row.cells.map((value) => cell(row, value)),
      total: cell(row, row.total),
    })),
  };
}

/** Everything the results panel shows of a scenario; throws where the model refuses it. */
export function resultsOf(scenario: Scenario, display: ResultsDisplay): Results {
  const evaluation = evaluateScenario(scenario);
  const {
    capex: _capex,
    runningCosts: _costs,
    subsidies: _subsidies,
    ...projection
  } = evaluation.projection;
  const { tax, financing } = evaluation.inputs;
  return {
    metrics: evaluation.metrics,
    projection,
    inputs: { tax: { rate: tax.rate }, financing: { loans: financing.loans } },
    explanations: explainMetrics(evaluation),
    warnings: scenarioWarnings(scenario, evaluation.metrics),
    table: displayTable(
      projectionTable(evaluation.projection, display.scale),
      display.locale,
      display.scale,
    ),
  };
}

/*
 * Across the worker boundary. A Decimal carries its constructor (a function), which structured
 * cloning refuses: each one travels as its decimal string and is made a Decimal again here.
 */

type Wire = string | number | boolean | null | undefined | { readonly $d: string } | WireObject;
interface WireObject {
  readonly [key: string]: Wire | readonly Wire[];
}

function toWire(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return { $d: value.toString() };
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toWire(item)]));
  return value;
}

function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['$d'] === 'string') return new Dec(record['$d']);
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, fromWire(item)]));
  }
  return value;
}

/** Results as plain data a worker can post (the table is plain already). */
export interface WireResults {
  readonly figures: Wire;
  readonly explanations: Explanations;
  readonly warnings: readonly ScenarioWarning[];
  readonly table: DisplayTable;
}

export function resultsToWire(results: Results): WireResults {
  return {
    figures: toWire({
      metrics: results.metrics,
      projection: results.projection,
      inputs: results.inputs,
    }) as Wire,
    explanations: results.explanations,
    warnings: results.warnings,
    table: results.table,
  };
}

export function resultsFromWire(wire: WireResults): Results {
  return {
    ...(fromWire(wire.figures) as ResultsFigures),
    explanations: wire.explanations,
    warnings: wire.warnings,
    table: wire.table,
  };
}

export interface EvaluateRequest {
  readonly kind: 'evaluate-scenario';
  readonly scenario: Scenario;
  readonly display: ResultsDisplay;
}

export type LiveOutcome =
  | { readonly ok: true; readonly results: WireResults }
  | { readonly ok: false; readonly failure: string };

export interface EvaluateResult {
  readonly kind: 'evaluate-scenario';
  readonly result: LiveOutcome;
}

/** The results of a scenario, or the model's refusal of it (a bug to report, not a user error). */
export function liveOutcome(scenario: Scenario, display: ResultsDisplay): LiveOutcome {
  try {
    return { ok: true, results: resultsToWire(resultsOf(scenario, display)) };
  } catch (error) {
    return { ok: false, failure: error instanceof Error ? error.message : String(error) };
  }
}

export const EVALUATE_RUNNER: WorkerRunner<EvaluateRequest, EvaluateResult> = {
  kinds: new Set(['evaluate-scenario']),
  run: (request) =>
    Promise.resolve({
      kind: 'evaluate-scenario',
      result: liveOutcome(request.scenario, request.display),
    }),
};
