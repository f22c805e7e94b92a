import { modifiedIrr, payback, solveIrr, type Arithmetic } from '../finance';
import type { ModelInputs } from '../model';
import { sum } from '../model/columns';
import { operations, projectWith } from '../model/project';
import { CompiledFunction } from './compiled-function';
import { analysisArithmetic } from './float-arithmetic';

/*
 * The metrics an analysis can be run on, read from the few figures of the projection they need.
 * The projection is the model's (`operations` and `projectWith`, recorded on the tape); each metric
 * is then what `computeMetrics` makes of those figures, with the same finance primitives:
 * NPV is the sum of the discounted net cash flows, IRR `solveIrr` of the flows, payback `payback`
 * of the flows or of the discounted flows (plus one year under the construction-start
 * convention), MIRR `modifiedIrr` at its finance and reinvestment rates. A test holds every one of
 * them equal to `computeMetrics` in floats and within 1e-9 of it in Decimal.
 */

export const ANALYSIS_METRICS = [
  'npv',
  'irr',
  'mirr',
  'paybackYears',
  'discountedPaybackYears',
  'npvWithoutSubsidies',
  'irrWithoutSubsidies',
  'equityNpv',
  'equityIrr',
] as const;

export type AnalysisMetric = (typeof ANALYSIS_METRICS)[number];

/** Metrics that are amounts of money, whose switching value is where they cross zero. */
export const ZERO_CROSSING_METRICS = [
  'npv',
  'npvWithoutSubsidies',
  'equityNpv',
] as const satisfies readonly AnalysisMetric[];
export type ZeroCrossingMetric = (typeof ZERO_CROSSING_METRICS)[number];

export function isAnalysisMetric(value: string): value is AnalysisMetric {
  return (ANALYSIS_METRICS as readonly string[]).includes(value);
}

/** Figures of the projection a metric is computed from: one number, or one per year. */
export const FIGURES = [
  'npv',
  'npvWithoutSubsidies',
  'equityNpv',
  'financeRate',
  'reinvestmentRate',
  'flows',
  'discountedFlows',
  'flowsWithoutSubsidies',
  'equityFlows',
] as const;
export type Figure = (typeof FIGURES)[number];

const SERIES: ReadonlySet<Figure> = new Set([
  'flows',
  'discountedFlows',
  'flowsWithoutSubsidies',
  'equityFlows',
]);

const NEEDS: Record<AnalysisMetric, readonly Figure[]> = {
  npv: ['npv'],
  irr: ['flows'],
  mirr: ['flows', 'financeRate', 'reinvestmentRate'],
  paybackYears: ['flows'],
  discountedPaybackYears: ['discountedFlows'],
  npvWithoutSubsidies: ['npvWithoutSubsidies'],
  irrWithoutSubsidies: ['flowsWithoutSubsidies'],
  equityNpv: ['equityNpv'],
  equityIrr: ['equityFlows'],
};

/** Where each figure sits among a plan's outputs. */
export interface FigureLayout {
  readonly yearCount: number;
  /** Added to a payback within the horizon: 1 when counted from the start of construction. */
  readonly paybackOffset: number;
  readonly figures: readonly Figure[];
  readonly offset: Readonly<Partial<Record<Figure, number>>>;
  readonly size: number;
}

export function figureLayout(
  metrics: readonly AnalysisMetric[],
  yearCount: number,
  paybackOffset = 0,
): FigureLayout {
  const figures = FIGURES.filter((figure) =>
    metrics.some((metric) => NEEDS[metric].includes(figure)),
  );
  const offset: Partial<Record<Figure, number>> = {};
  let size = 0;
  for (const figure of figures) {
    offset[figure] = size;
    size += SERIES.has(figure) ? yearCount : 1;
  }
  return { yearCount, paybackOffset, figures, offset, size };
}

/**
 * The projection of `inputs` and the figures of `layout`, in its order. Only the projection the
 * figures need is computed: the one without subsidies only for the metrics without subsidies.
 */
export function projectFigures<N>(
  A: Arithmetic<N>,
  inputs: ModelInputs<N>,
  layout: FigureLayout,
): N[] {
  const ops = operations(A, inputs);
  const projection = projectWith(A, inputs, ops, inputs.subsidies);
  const wantsCounterfactual =
    layout.figures.includes('npvWithoutSubsidies') ||
    layout.figures.includes('flowsWithoutSubsidies');
  const counterfactual =
    wantsCounterfactual && inputs.subsidies.length > 0
      ? projectWith(A, inputs, ops, [])
      : projection;
  const values: N[] = [];
  for (const figure of layout.figures) {
    switch (figure) {
      case 'npv':
        values.push(sum(A, projection.discountedProjectNetCashFlow));
        break;
      case 'npvWithoutSubsidies':
        values.push(sum(A, counterfactual.discountedProjectNetCashFlow));
        break;
      case 'equityNpv':
        values.push(sum(A, projection.discountedEquityNetCashFlow));
        break;
      case 'financeRate':
        values.push(projection.conventions.financeRate);
        break;
      case 'reinvestmentRate':
        values.push(projection.conventions.reinvestmentRate);
        break;
      case 'flows':
        values.push(...projection.projectNetCashFlow);
        break;
      case 'discountedFlows':
        values.push(...projection.discountedProjectNetCashFlow);
        break;
      case 'flowsWithoutSubsidies':
        values.push(...counterfactual.projectNetCashFlow);
        break;
      case 'equityFlows':
        values.push(...projection.equityNetCashFlow);
        break;
    }
  }
  return values;
}

/**
 * The metrics of a block of lanes, from a plan's outputs (figure-major, `count` lanes per row).
 * NPVs are figures of the plan. Paybacks are `payback` compiled like the model — a program per
 * year in which the cumulative flow turns (compiled-function.ts) — over the rows of flows, which
 * are laid out as its inputs. IRRs take Newton's steps per lane (`solveIrr`), which no program can
 * follow, so they are solved lane by lane from one reused buffer.
 */
export class MetricReader {
  private readonly buffer: number[];
  private paybackFunction: CompiledFunction | null = null;

  constructor(private readonly layout: FigureLayout) {
    this.buffer = new Array<number>(layout.yearCount).fill(0);
  }

  /** The metric of each lane, NaN where the model says "none" (no IRR, no payback within the horizon). */
  values(
    metric: AnalysisMetric,
    outputs: Float64Array,
    count: number,
    into: Float64Array = new Float64Array(count),
  ): Float64Array {
    switch (metric) {
      case 'npv':
      case 'npvWithoutSubsidies':
      case 'equityNpv':
        into.set(outputs.subarray(this.at(metric) * count, (this.at(metric) + 1) * count));
        return into;
      case 'paybackYears':
        return this.payback('flows', outputs, count, into);
      case 'discountedPaybackYears':
        return this.payback('discountedFlows', outputs, count, into);
      case 'irr':
        return this.perLane(into, count, (lane) =>
          irrOf(this.series('flows', outputs, count, lane)),
        );
      case 'irrWithoutSubsidies':
        return this.perLane(into, count, (lane) =>
          irrOf(this.series('flowsWithoutSubsidies', outputs, count, lane)),
        );
      case 'equityIrr':
        return this.perLane(into, count, (lane) =>
          irrOf(this.series('equityFlows', outputs, count, lane)),
        );
      case 'mirr': {
        const finance = outputs.subarray(this.at('financeRate') * count);
        const reinvestment = outputs.subarray(this.at('reinvestmentRate') * count);
        return this.perLane(
          into,
          count,
          (lane) =>
            modifiedIrr(
              analysisArithmetic,
              this.series('flows', outputs, count, lane),
              finance[lane] as number,
              reinvestment[lane] as number,
            ) ?? Number.NaN,
        );
      }
    }
  }

  private payback(
    figure: Figure,
    outputs: Float64Array,
    count: number,
    into: Float64Array,
  ): Float64Array {
    const years = this.layout.yearCount;
    const flows = outputs.subarray(this.at(figure) * count, (this.at(figure) + years) * count);
    if (this.paybackFunction === null) {
      // Recorded first at a lane the model evaluated (a lane it refused has NaN flows).
      const lane = Array.from({ length: count }, (_, index) => index).find((index) =>
        Number.isFinite(flows[index]),
      );
      if (lane === undefined) return into.fill(Number.NaN);
      const first = Array.from(
        { length: years },
        (_, year) => flows[year * count + lane] as number,
      );
      this.paybackFunction = new CompiledFunction(
        years,
        (recorder, inputs) => {
          const result = payback(recorder, inputs);
          return [result.within ? result.years : recorder.constant(Number.NaN)];
        },
        first,
      );
    }
    // A lane whose flows are NaN (refused by the model) gets NaN.
    this.paybackFunction.evaluate(flows, count, into);
    const offset = this.layout.paybackOffset;
    if (offset !== 0)
      for (let lane = 0; lane < count; lane += 1) into[lane] = (into[lane] as number) + offset;
    return into;
  }

  private perLane(
    into: Float64Array,
    count: number,
    metric: (lane: number) => number,
  ): Float64Array {
    for (let lane = 0; lane < count; lane += 1) into[lane] = metric(lane);
    return into;
  }

  private at(figure: Figure): number {
    const offset = this.layout.offset[figure];
    if (offset === undefined) throw new Error(`the plan does not compute ${figure}`);
    return offset;
  }

  private series(figure: Figure, outputs: Float64Array, count: number, lane: number): number[] {
    const start = this.at(figure);
    for (let year = 0; year < this.layout.yearCount; year += 1)
      this.buffer[year] = outputs[(start + year) * count + lane] as number;
    return this.buffer;
  }
}

function irrOf(flows: readonly number[]): number {
  const result = solveIrr(analysisArithmetic, flows);
  return result.found ? result.rate : Number.NaN;
}
