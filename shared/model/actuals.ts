import type Decimal from 'decimal.js';
import { Dec, decimalArithmetic, payback, type Arithmetic } from '../finance';
import {
  ACTUAL_LINE_LISTS,
  type ActualLineList,
  type ActualsSection,
  type Scenario,
} from '../scenario';
import { cumulative, minus, plus, presentValueOf, sum, sumColumns, zeros } from './columns';
import { evaluate, type Evaluation } from './evaluate';
import { solveIrrSeeded } from './metrics';
import { operations, projectWith, type Operations } from './project';
import type { ProjectionLine } from './projection';
import { resolveScenario } from './resolve';

/*
 * Plan vs actual (README, "Plan vs actual"): the base scenario is the plan; the file's actuals say
 * what happened in the years reported. Per line and year the variance is actual − plan, the plan
 * of a partial year taken for the months reported (m / 12 of the year). The re-forecast keeps
 * the actual flows of the years reported and, for the years after, the plan or the plan's savings
 * scaled by the delivery achieved so far; its income tax is the model's on the re-forecast
 * savings and running costs, except where the tax paid was reported. Generic over the
 * arithmetic, like the model: the figures people read are Decimal.
 */

/** How the years after the last one reported are re-forecast. */
export type FutureBasis = 'plan' | 'delivery';
export const FUTURE_BASES: readonly FutureBasis[] = ['plan', 'delivery'];

export type VarianceList = ActualLineList | 'taxPaid';

export interface ReportedYearInput<N> {
  readonly year: number;
  /** Months reported of a partial year; null for a whole year. */
  readonly months: number | null;
  readonly lines: Readonly<Record<ActualLineList, ReadonlyMap<string, N>>>;
  /** Null when the year does not report it: the re-forecast computes it. */
  readonly taxPaid: N | null;
}

export function resolveActuals<N>(
  A: Arithmetic<N>,
  section: ActualsSection,
): ReportedYearInput<N>[] {
  const number = (text: string): N => A.fromDecimal(new Dec(text));
  return section.years.map((reported) => {
    const lines = {} as Record<ActualLineList, Map<string, N>>;
    for (const list of ACTUAL_LINE_LISTS) {
      lines[list] = new Map(reported[list].map((line) => [line.id, number(line.amount)]));
    }
    return {
      year: reported.year,
      months: reported.months ?? null,
      lines,
      taxPaid: reported.taxPaid === undefined ? null : number(reported.taxPaid),
    };
  });
}

export interface YearVariance<N> {
  readonly year: number;
  /** The plan for the months reported: the year's plan × m / 12 for a partial year. */
  readonly planned: N;
  /** Null only for a tax paid the year does not report. */
  readonly actual: N | null;
  /** Actual − planned; null when not reported. */
  readonly variance: N | null;
}

export interface LineVariance<N> {
  readonly list: VarianceList;
  readonly id: string;
  readonly name: string;
  readonly years: readonly YearVariance<N>[];
  /** Over the years reported (those that report the line). */
  readonly planned: N;
  readonly actual: N;
  readonly variance: N;
}

export interface MetricsTriple<N> {
  readonly npv: N;
  readonly irr: N | null;
  /** Null when it does not pay back within the horizon. */
  readonly paybackYears: N | null;
}

export type YearStatus = 'actual' | 'partial' | 'forecast';

export interface ReforecastYear<N> {
  readonly year: number;
  readonly status: YearStatus;
  readonly months: number | null;
  readonly plannedFlow: N;
  readonly reforecastFlow: N;
  readonly plannedCumulative: N;
  readonly reforecastCumulative: N;
}

export const VERDICT_CODES = [
  'no-longer-pays-off',
  'payback-beyond-horizon',
  'payback-slips',
  'behind-plan',
  'ahead-of-plan',
  'on-track',
] as const;
export type VerdictCode = (typeof VERDICT_CODES)[number];

export interface Verdict<N> {
  readonly code: VerdictCode;
  readonly plannedNpv: N;
  readonly reforecastNpv: N;
  readonly plannedPayback: N | null;
  readonly reforecastPayback: N | null;
  /** The English sentence of the command line; the interface translates the code. */
  readonly message: string;
}

export interface PlanVsActual<N> {
  readonly future: FutureBasis;
  readonly reported: readonly { readonly year: number; readonly months: number | null }[];
  /** Per line: savings per effect, running costs, investment items, subsidies, then the tax paid. */
  readonly lines: readonly LineVariance<N>[];
  /** Savings, running costs, investment, subsidies and tax paid in total, per list. */
  readonly totals: readonly LineVariance<N>[];
  /** Σ actual savings / Σ planned savings over the years reported; null when none were planned. */
  readonly delivery: N | null;
  /** The same per effect, by id; null for an effect with no planned saving in those years. */
  readonly deliveryByEffect: ReadonlyMap<string, N | null>;
  readonly years: readonly ReforecastYear<N>[];
  readonly plan: MetricsTriple<N>;
  readonly reforecast: MetricsTriple<N>;
  readonly verdict: Verdict<N>;
}

/**
 * How far below or above the plan the re-forecast NPV may be and still be on track: 1 % of the
 * present value of the planned investment (so the test does not hinge on a rounding of the NPV).
 */
export const ON_TRACK_TOLERANCE = '0.01';

/** A partial year's share of its plan: m / 12. */
function shareOfYear<N>(A: Arithmetic<N>, months: number | null): N {
  return months === null ? A.one : A.div(A.fromNumber(months), A.fromNumber(12));
}

/** The plan vs actual of a scenario's plan and the file's actuals, in Decimal. */
export function planVsActualOf(
  scenario: Scenario,
  actuals: ActualsSection,
  future: FutureBasis = 'plan',
): PlanVsActual<Decimal> {
  const A = decimalArithmetic;
  return planVsActual(
    A,
    evaluate(A, resolveScenario(A, scenario)),
    resolveActuals(A, actuals),
    future,
  );
}

export function planVsActual<N>(
  A: Arithmetic<N>,
  plan: Evaluation<N>,
  reported: readonly ReportedYearInput<N>[],
  future: FutureBasis,
): PlanVsActual<N> {
  const { inputs, projection } = plan;
  const yearCount = projection.years.length;
  const byYear = new Map(reported.map((entry) => [entry.year, entry]));
  const lastReported = reported.at(-1)?.year ?? -1;
  const planned: Record<ActualLineList, readonly ProjectionLine<N>[]> = {
    savings: projection.savings,
    runningCosts: projection.runningCosts,
    capex: projection.capex,
    subsidies: [...projection.subsidies, ...projection.financingSubsidies],
  };

  const lineVariance = (
    list: VarianceList,
    id: string,
    name: string,
    values: readonly N[],
    actualIn: (entry: ReportedYearInput<N>) => N | null,
  ): LineVariance<N> => {
    let plannedSum = A.zero;
    let actualSum = A.zero;
    const years = reported.map((entry): YearVariance<N> => {
      const plannedHere = A.mul(values[entry.year] as N, shareOfYear(A, entry.months));
      const actual = actualIn(entry);
      if (actual === null)
        return { year: entry.year, planned: plannedHere, actual, variance: null };
      plannedSum = A.add(plannedSum, plannedHere);
      actualSum = A.add(actualSum, actual);
      return {
        year: entry.year,
        planned: plannedHere,
        actual,
        variance: A.sub(actual, plannedHere),
      };
    });
    return {
      list,
      id,
      name,
      years,
      planned: plannedSum,
      actual: actualSum,
      variance: A.sub(actualSum, plannedSum),
    };
  };

  const lines: LineVariance<N>[] = [];
  const totals: LineVariance<N>[] = [];
  for (const list of ACTUAL_LINE_LISTS) {
    const own = planned[list].map((line) =>
      lineVariance(
        list,
        line.id,
        line.name,
        line.values,
        (entry) => entry.lines[list].get(line.id) ?? A.zero,
      ),
    );
    lines.push(...own);
    totals.push(
      lineVariance(
        list,
        list,
        list,
        sumColumns(
          A,
          yearCount,
          planned[list].map((line) => line.values),
        ),
        (entry) => sum(A, [...entry.lines[list].values()]),
      ),
    );
  }

  // Delivery: what the savings achieved of their plan over the years reported.
  const ratio = (achieved: N, promised: N): N | null =>
    A.isZero(promised) ? null : A.div(achieved, promised);
  const savingsTotal = totals[0] as LineVariance<N>;
  const delivery = ratio(savingsTotal.actual, savingsTotal.planned);
  const deliveryByEffect = new Map(
    lines
      .filter((line) => line.list === 'savings')
      .map((line) => [line.id, ratio(line.actual, line.planned)] as const),
  );

  // The re-forecast of one line: actual in the years reported (a partial year completed by the
  // plan for its remaining months), the plan or the scaled plan after the last year reported.
  const reforecastLine = (
    list: ActualLineList,
    line: ProjectionLine<N>,
  ): ProjectionLine<N> & { readonly values: N[] } => {
    const scale =
      list === 'savings' && future === 'delivery'
        ? (deliveryByEffect.get(line.id) ?? delivery ?? A.one)
        : A.one;
    const values = line.values.map((value, year) => {
      const entry = byYear.get(year);
      if (entry === undefined) return year > lastReported ? A.mul(value, scale) : value;
      const actual = entry.lines[list].get(line.id) ?? A.zero;
      if (entry.months === null) return actual;
      const rest = A.sub(A.one, shareOfYear(A, entry.months));
      return A.add(actual, A.mul(A.mul(value, rest), scale));
    });
    return { id: line.id, name: line.name, values };
  };

  // The re-forecast operations: savings, running costs and investment paid replaced; the tax and
  // the flows follow from them through the model itself.
  const ops = operations(A, inputs);
  const savings = ops.savings.map((line) => reforecastLine('savings', line));
  const runningCosts = ops.runningCosts.map((line) => reforecastLine('runningCosts', line));
  const capex = ops.capex.map((line) => reforecastLine('capex', line));
  const column = (linesOf: readonly ProjectionLine<N>[]) =>
    sumColumns(
      A,
      yearCount,
      linesOf.map((line) => line.values),
    );
  const reforecastOps: Operations<N> = {
    ...ops,
    savings,
    savingsTotal: column(savings),
    runningCosts,
    runningCostsTotal: column(runningCosts),
    researchRunningCosts: column(
      runningCosts.filter((_, index) => inputs.runningCosts[index]?.eligibility.superDeduction),
    ),
    capex,
    capexTotal: column(capex),
  };
  const modelled = projectWith(A, inputs, reforecastOps, inputs.subsidies);
  // Subsidies received and tax paid where reported replace the modelled ones, as cash.
  const subsidyChange = zeros(A, yearCount);
  const taxChange = zeros(A, yearCount);
  for (const entry of reported) {
    const rest = A.sub(A.one, shareOfYear(A, entry.months));
    let change = A.zero;
    for (const line of projection.subsidies) {
      const plannedHere = line.values[entry.year] as N;
      const received = A.add(
        entry.lines.subsidies.get(line.id) ?? A.zero,
        A.mul(plannedHere, rest),
      );
      change = A.add(change, A.sub(received, plannedHere));
    }
    subsidyChange[entry.year] = change;
    if (entry.taxPaid !== null) {
      const modelledTax = modelled.taxPaid[entry.year] as N;
      const paid = A.add(entry.taxPaid, A.mul(modelledTax, rest));
      taxChange[entry.year] = A.sub(paid, modelledTax);
    }
  }
  const reforecastFlows = minus(A, plus(A, modelled.projectNetCashFlow, subsidyChange), taxChange);

  lines.push(
    lineVariance('taxPaid', 'taxPaid', 'taxPaid', projection.taxPaid, (entry) => entry.taxPaid),
  );
  totals.push(lines.at(-1) as LineVariance<N>);

  const offset = projection.conventions.paybackFromConstructionStart ? A.one : A.zero;
  const metricsOf = (flows: readonly N[]): MetricsTriple<N> => {
    const result = payback(A, flows);
    const irr = solveIrrSeeded(A, flows);
    return {
      npv: presentValueOf(A, flows, projection.discountFactors),
      irr: irr.found ? irr.rate : null,
      paybackYears: result.within ? A.add(result.years, offset) : null,
    };
  };
  const planFlows = projection.projectNetCashFlow;
  const planMetrics: MetricsTriple<N> = {
    npv: plan.metrics.npv,
    irr: plan.metrics.irr,
    paybackYears: plan.metrics.paybackYears,
  };
  const reforecast = metricsOf(reforecastFlows);
  const plannedCumulative = cumulative(A, planFlows);
  const reforecastCumulative = cumulative(A, reforecastFlows);
  const years = projection.years.map((year): ReforecastYear<N> => {
    const entry = byYear.get(year);
    return {
      year,
      status: entry === undefined ? 'forecast' : entry.months === null ? 'actual' : 'partial',
      months: entry?.months ?? null,
      plannedFlow: planFlows[year] as N,
      reforecastFlow: reforecastFlows[year] as N,
      plannedCumulative: plannedCumulative[year] as N,
      reforecastCumulative: reforecastCumulative[year] as N,
    };
  });

  return {
    future,
    reported: reported.map((entry) => ({ year: entry.year, months: entry.months })),
    lines,
    totals,
    delivery,
    deliveryByEffect,
    years,
    plan: planMetrics,
    reforecast,
    verdict: verdictOf(
      A,
      planMetrics,
      reforecast,
      presentValueOf(A, projection.capexTotal, projection.discountFactors),
    ),
  };
}

/** Payback as shown: to a tenth of a year, so a verdict never says "slips from 2.4 to 2.4". */
function tenths<N>(A: Arithmetic<N>, years: N): string {
  return A.toDecimal(years).toFixed(1, Dec.ROUND_HALF_UP);
}

function verdictOf<N>(
  A: Arithmetic<N>,
  plan: MetricsTriple<N>,
  reforecast: MetricsTriple<N>,
  investmentPresentValue: N,
): Verdict<N> {
  const tolerance = A.mul(
    A.abs(investmentPresentValue),
    A.fromDecimal(new Dec(ON_TRACK_TOLERANCE)),
  );
  const npvChange = A.sub(reforecast.npv, plan.npv);
  const money = (value: N) => A.toDecimal(value).toFixed(0, Dec.ROUND_HALF_UP);
  const base = {
    plannedNpv: plan.npv,
    reforecastNpv: reforecast.npv,
    plannedPayback: plan.paybackYears,
    reforecastPayback: reforecast.paybackYears,
  };
  const npvs = `NPV ${money(reforecast.npv)} against ${money(plan.npv)} planned`;
  if (!A.isNegative(plan.npv) && A.isNegative(reforecast.npv))
    return {
      code: 'no-longer-pays-off',
      ...base,
      message: `No longer pays off: ${npvs}.`,
    };
  if (plan.paybackYears !== null && reforecast.paybackYears === null)
    return {
      code: 'payback-beyond-horizon',
      ...base,
      message: `Payback slips from ${tenths(A, plan.paybackYears)} years to beyond the horizon; ${npvs}.`,
    };
  if (
    plan.paybackYears !== null &&
    reforecast.paybackYears !== null &&
    new Dec(tenths(A, reforecast.paybackYears)).gt(tenths(A, plan.paybackYears))
  )
    return {
      code: 'payback-slips',
      ...base,
      message: `Payback slips from ${tenths(A, plan.paybackYears)} to ${tenths(A, reforecast.paybackYears)} years; ${npvs}.`,
    };
  if (A.cmp(npvChange, A.neg(tolerance)) < 0)
    return { code: 'behind-plan', ...base, message: `Behind plan: ${npvs}.` };
  if (A.cmp(npvChange, tolerance) > 0)
    return { code: 'ahead-of-plan', ...base, message: `Ahead of plan: ${npvs}.` };
  return { code: 'on-track', ...base, message: `On track: ${npvs}.` };
}
