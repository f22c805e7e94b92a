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
import {
  runSteps,
  runStepsWith,
  type AnalysisSteps,
  type WorkerRunner,
} from '../../../shared/analysis';
import type { Scenario } from '../../../shared/scenario';
import { formatDecimal } from '../format/format-number';
import { SCALE_DIGITS, type AmountScale } from '../../../shared/i18n/amount-scale';
import { projectionTableSteps, type ProjectionTable, type TableRow } from './projection-table';

/*
 * What the results panel shows of a scenario: computed in one go in the page for a case only
 * looked at (`resultsOf`), off the page's thread while a person types. There the key figures come
 * first and the yearly table after them, in a request of its own: rounding and formatting the
 * table of 500 investment items over 40 years takes as long as the model itself, and no key
 * figure waits for it. The table arrives ready to show — rounded so that it adds up, each cell
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
  /** Null until the table of these figures has arrived. */
  readonly table: DisplayTable | null;
  /** The table is of an earlier state of the scenario: the one of these figures is on its way. */
  readonly tableBehind?: boolean;
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
  return runSteps(displayTableSteps(table, locale, scale));
}

/** Rows formatted between two steps of `displayTableSteps`, where a newer keystroke can cancel. */
const ROWS_PER_STEP = 40;

function* displayTableSteps(
  table: ProjectionTable,
  locale: string,
  scale: AmountScale,
): AnalysisSteps<DisplayTable> {
  const cell = (row: TableRow, value: Decimal | null): DisplayCell | null =>
    value === null
      ? null
      : {
          text: formatDecimal(value, locale, row.kind === 'factor' ? 6 : SCALE_DIGITS[scale]),
          sign: value.isZero() ? 'zero' : value.isNegative() ? 'negative' : undefined,
        };
  const rows: DisplayRow[] = [];
  for (const row of table.rows) {
    rows.push({
      ...row,
      cells: row.cells.map((value) => cell(row, value)),
      total: cell(row, row.total),
    });
    if (rows.length % ROWS_PER_STEP === 0) yield { done: rows.length, total: table.rows.length };
  }
  return { years: table.years, calendarYears: table.calendarYears, rows };
}

/** The yearly table of an evaluation, in steps: the projection's lines, then their formatting. */
function* resultsTableSteps(
  evaluation: Evaluation<Decimal>,
  display: ResultsDisplay,
): AnalysisSteps<DisplayTable> {
  const table = yield* projectionTableSteps(evaluation.projection, display.scale);
  return yield* displayTableSteps(table, display.locale, display.scale);
}

/** The key figures of an evaluation, with what explains and questions them; no table. */
function figuresOf(scenario: Scenario, evaluation: Evaluation<Decimal>): Results {
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
    table: null,
  };
}

/** Everything the results panel shows of a scenario; throws where the model refuses it. */
export function resultsOf(scenario: Scenario, display: ResultsDisplay): Results {
  const evaluation = evaluateScenario(scenario);
  return {
    ...figuresOf(scenario, evaluation),
    table: runSteps(resultsTableSteps(evaluation, display)),
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
  readonly table: DisplayTable | null;
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

/** The key figures of a scenario; `token` names its evaluation for the table asked next. */
export interface EvaluateRequest {
  readonly kind: 'evaluate-scenario';
  readonly token: string;
  readonly scenario: Scenario;
}

export type LiveOutcome =
  | { readonly ok: true; readonly results: WireResults }
  | { readonly ok: false; readonly failure: string };

export interface EvaluateResult {
  readonly kind: 'evaluate-scenario';
  readonly result: LiveOutcome;
}

/**
 * The yearly table of the scenario evaluated under `token`. The worker uses the evaluation it
 * made for the key figures; the scenario comes along only when the page asks again because the
 * worker no longer held that one (copying 500 items to a worker costs as much as the model).
 */
export interface TableRequest {
  readonly kind: 'results-table';
  readonly token: string;
  readonly scenario?: Scenario;
  readonly display: ResultsDisplay;
}

export interface TableResult {
  readonly kind: 'results-table';
  /**
   * `held` false: the worker did not hold the evaluation and was not sent the scenario. A null
   * table: the model refuses the scenario (the key figures said why).
   */
  readonly result: { readonly held: boolean; readonly table: DisplayTable | null };
}

const failureText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The results of a scenario, or the model's refusal of it (a bug to report, not a user error). */
export function liveOutcome(scenario: Scenario, display: ResultsDisplay): LiveOutcome {
  try {
    return { ok: true, results: resultsToWire(resultsOf(scenario, display)) };
  } catch (error) {
    return { ok: false, failure: failureText(error) };
  }
}

/**
 * A worker's last evaluation, by a token: its key figures went to the page, its table is made
 * when the page asks for it (the last one only: the page asks for the table right after the
 * figures, and a newer keystroke cancels a table not yet made).
 */
export interface HeldEvaluation {
  held: { readonly token: string; readonly evaluation: Evaluation<Decimal> } | null;
}

/** The key figures of `scenario`, its evaluation held under `token` for its table. */
export function keyFigures(scenario: Scenario, holder: HeldEvaluation, token: string): LiveOutcome {
  holder.held = null;
  try {
    const evaluation = evaluateScenario(scenario);
    holder.held = { token, evaluation };
    return { ok: true, results: resultsToWire(figuresOf(scenario, evaluation)) };
  } catch (error) {
    return { ok: false, failure: failureText(error) };
  }
}

/** The worker's side of the evaluation: key figures, then the table of the same evaluation. */
export function evaluateRunner(
  holder: HeldEvaluation,
): WorkerRunner<EvaluateRequest | TableRequest, EvaluateResult | TableResult> {
  return {
    kinds: new Set(['evaluate-scenario', 'results-table']),
    run: async (request, control) => {
      if (request.kind === 'evaluate-scenario')
        return {
          kind: 'evaluate-scenario',
          result: keyFigures(request.scenario, holder, request.token),
        };
      let evaluation: Evaluation<Decimal>;
      if (holder.held?.token === request.token) evaluation = holder.held.evaluation;
      else if (request.scenario === undefined)
        return { kind: 'results-table', result: { held: false, table: null } };
      else {
        try {
          evaluation = evaluateScenario(request.scenario);
        } catch {
          return { kind: 'results-table', result: { held: true, table: null } };
        }
        holder.held = { token: request.token, evaluation };
      }
      const table = await runStepsWith(resultsTableSteps(evaluation, request.display), control);
      return { kind: 'results-table', result: { held: true, table } };
    },
  };
}
