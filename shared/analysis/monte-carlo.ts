import type { Scenario } from '../scenario';
import { AnalysisError } from './errors';
import { isAnalysisMetric, MetricReader, type AnalysisMetric } from './metrics';
import type { LaneError } from './compiled-function';
import { EvaluationPlan } from './plan';
import { MAX_SEED } from './random';
import { checkpoint, type RunControl } from './run-control';
import { driverLimits, type DriverLimits } from './drivers';
import { drawSamples, type Samples } from './sampling';
import {
  histogram,
  mean,
  percentile,
  rankCorrelations,
  standardDeviation,
  type HistogramBin,
} from './statistics';

/*
 * Monte Carlo: draw the drivers of the risk section (sampling.ts), evaluate the model for every
 * draw through one evaluation plan, and summarise. The three steps are separate functions so a
 * pool of workers can evaluate slices of the same draws (each worker draws the same matrix from
 * the seed) and the summary is computed once on the whole: a draw's figures depend on nothing but
 * its driver values, so the result is the same whatever the number of workers.
 */

export interface MonteCarloOptions {
  readonly draws: number;
  readonly seed: number;
  readonly latinHypercube: boolean;
  /** The metric whose distribution is summarised; P(NPV > 0) and payback are always given. */
  readonly metric: AnalysisMetric;
  readonly bins: number;
}

export const MONTE_CARLO_DEFAULTS: MonteCarloOptions = {
  draws: 10_000,
  seed: 1,
  latinHypercube: false,
  metric: 'npv',
  bins: 20,
};
export const MAX_DRAWS = 1_000_000;
/** A distribution cut at its driver's domain is reported when at least 1 draw in 10,000 would have left it. */
export const REPORTED_OUTSIDE_DOMAIN = 1e-4;

export interface MonteCarloSetup {
  readonly scenario: Scenario;
  readonly options: MonteCarloOptions;
}

export const PERCENTILES = {
  p5: 0.05,
  p10: 0.1,
  p25: 0.25,
  p50: 0.5,
  p75: 0.75,
  p90: 0.9,
  p95: 0.95,
} as const;
export type PercentileKey = keyof typeof PERCENTILES;

export interface DriverContribution {
  readonly path: string;
  readonly distribution: string;
  /** Mean and standard deviation of the distribution as stated, and of its draws. */
  readonly mean: number;
  readonly stdDev: number;
  readonly sampleMean: number;
  readonly sampleStdDev: number;
  /**
   * Probability the stated distribution puts outside the driver's domain (a normal share beyond
   * 100 %): the draws are truncated to the domain, leaving it out.
   */
  readonly outsideDomain: number;
  /** Spearman rank correlation between the driver's draws and the metric. */
  readonly rankCorrelation: number;
  /** Share of the metric's variance attributed to the driver: its squared rank correlation over the sum of them all. */
  readonly contributionToVariance: number;
}

/** Every draw: the driver values and the figures computed from them (NaN where a metric has none). */
export interface DrawValues {
  readonly from: number;
  readonly to: number;
  readonly metric: Float64Array;
  readonly npv: Float64Array;
  readonly paybackYears: Float64Array;
}

export interface MonteCarloResult {
  readonly metric: AnalysisMetric;
  readonly draws: number;
  readonly seed: number;
  readonly latinHypercube: boolean;
  /** Draws in which the metric has a value (an IRR may not exist, a payback may fall beyond the horizon). */
  readonly drawsWithValue: number;
  readonly mean: number | null;
  readonly stdDev: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly percentiles: Readonly<Record<PercentileKey, number | null>>;
  readonly probabilityNpvPositive: number;
  /** P(payback within y years) for y = 1 … horizon. */
  readonly probabilityPaybackWithin: readonly {
    readonly years: number;
    readonly probability: number;
  }[];
  readonly histogram: readonly HistogramBin[];
  readonly drivers: readonly DriverContribution[];
  readonly perDraw: { readonly paths: readonly string[]; readonly values: Float64Array } & Omit<
    DrawValues,
    'from' | 'to'
  >;
}

export function prepareMonteCarlo(
  scenario: Scenario,
  options: Partial<MonteCarloOptions> = {},
): MonteCarloSetup {
  const chosen: MonteCarloOptions = { ...MONTE_CARLO_DEFAULTS, ...options };
  const whole = (value: number, low: number, high: number, what: string) => {
    if (!Number.isInteger(value) || value < low || value > high) {
      throw new AnalysisError(
        'invalid_option',
        `${what} must be a whole number from ${low} to ${high}, not ${value}`,
      );
    }
  };
  whole(chosen.draws, 2, MAX_DRAWS, 'the number of draws');
  whole(chosen.seed, 0, MAX_SEED, 'the seed');
  whole(chosen.bins, 1, 1000, 'the number of histogram bins');
  if (!isAnalysisMetric(chosen.metric))
    throw new AnalysisError(
      'invalid_option',
      `"${String(chosen.metric)}" is not a metric an analysis can use`,
    );
  if (scenario.risk === undefined || scenario.risk.distributions.length === 0) {
    throw new AnalysisError(
      'no_distributions',
      'the scenario has no distributions: add them to the risk section of the file (risk.distributions)',
    );
  }
  return { scenario, options: chosen };
}

/** The limits of each driver with a distribution, in the order of the file. */
export function distributionLimits(scenario: Scenario): DriverLimits[] {
  return (scenario.risk?.distributions ?? []).map((entry) => driverLimits(scenario, entry.path));
}

export function monteCarloSamples(setup: MonteCarloSetup): Samples {
  const { scenario, options } = setup;
  return drawSamples(
    scenario.risk ?? { distributions: [], correlations: [], ranges: [] },
    options.draws,
    options.seed,
    options.latinHypercube,
    distributionLimits(scenario),
  );
}

function metricsOf(setup: MonteCarloSetup): AnalysisMetric[] {
  return [...new Set<AnalysisMetric>([setup.options.metric, 'npv', 'paybackYears'])];
}

const CHUNK = 2048;

/** Evaluates draws [from, to) chunk by chunk, yielding the number done after each chunk. */
function* evaluateChunks(
  setup: MonteCarloSetup,
  samples: Samples,
  values: DrawValues,
): Generator<number, void> {
  const { from, to } = values;
  const plan = new EvaluationPlan(setup.scenario, samples.paths, metricsOf(setup));
  const reader = new MetricReader(plan.layout);
  const k = samples.paths.length;
  const inputs = new Float64Array(k * CHUNK);
  const outputs = new Float64Array(plan.layout.size * CHUNK);
  const metric = setup.options.metric;
  for (let start = from; start < to; start += CHUNK) {
    const count = Math.min(CHUNK, to - start);
    for (let j = 0; j < k; j += 1)
      inputs.set(
        samples.values.subarray(j * samples.count + start, j * samples.count + start + count),
        j * count,
      );
    const errors = plan.evaluate(inputs, count, outputs);
    if (errors.length > 0) throw invalidDraw(samples, start, errors[0] as LaneError);
    const at = start - from;
    reader.values('npv', outputs, count, values.npv.subarray(at, at + count));
    reader.values('paybackYears', outputs, count, values.paybackYears.subarray(at, at + count));
    if (metric === 'npv') values.metric.set(values.npv.subarray(at, at + count), at);
    else reader.values(metric, outputs, count, values.metric.subarray(at, at + count));
    yield start + count - from;
  }
}

function invalidDraw(samples: Samples, start: number, error: LaneError): AnalysisError {
  const draw = start + error.lane;
  const drawn = samples.paths
    .map((path, j) => `${path} = ${String(samples.values[j * samples.count + draw])}`)
    .join(', ');
  return new AnalysisError(
    'invalid_draw',
    `draw ${draw + 1} cannot be evaluated (${drawn}): ${error.message}. Narrow the distributions so that every draw is a valid scenario.`,
  );
}

function emptyValues(from: number, to: number): DrawValues {
  const size = to - from;
  return {
    from,
    to,
    metric: new Float64Array(size),
    npv: new Float64Array(size),
    paybackYears: new Float64Array(size),
  };
}

/** Draws [from, to) of the run, off the calling thread's other work: progress and cancellation between chunks. */
export async function evaluateDraws(
  setup: MonteCarloSetup,
  samples: Samples,
  from: number,
  to: number,
  control: RunControl = {},
): Promise<DrawValues> {
  const values = emptyValues(from, to);
  for (const done of evaluateChunks(setup, samples, values))
    await checkpoint(control, done, to - from);
  return values;
}

export function summarizeMonteCarlo(
  setup: MonteCarloSetup,
  samples: Samples,
  values: DrawValues,
): MonteCarloResult {
  const { options, scenario } = setup;
  const n = samples.count;
  const finite = values.metric.filter((value) => Number.isFinite(value));
  const sorted = finite.slice().sort();
  const average = finite.length === 0 ? null : mean(finite);
  const some = <T>(compute: () => T): T | null => (finite.length === 0 ? null : compute());

  let positive = 0;
  for (let i = 0; i < n; i += 1) if ((values.npv[i] as number) > 0) positive += 1;
  const paybackCounts = new Array<number>(scenario.project.horizonYears).fill(0);
  for (let i = 0; i < n; i += 1) {
    const years = values.paybackYears[i] as number;
    // Years counted from the investment year: "within 3 years" is a payback of at most 3.
    if (Number.isFinite(years))
      for (let y = Math.max(1, Math.ceil(years)); y <= paybackCounts.length; y += 1)
        paybackCounts[y - 1] = (paybackCounts[y - 1] as number) + 1;
  }

  // Draws in which the metric has no value (no IRR) have no rank either.
  const kept =
    finite.length === n
      ? null
      : [...values.metric.keys()].filter((i) => Number.isFinite(values.metric[i]));
  const withValue = (column: Float64Array): Float64Array =>
    kept === null ? column : Float64Array.from(kept, (i) => column[i] as number);
  const columns = samples.paths.map((_, j) =>
    withValue(samples.values.subarray(j * n, (j + 1) * n)),
  );
  const correlations =
    finite.length < 2 ? columns.map(() => 0) : rankCorrelations(columns, withValue(values.metric));
  const squares = correlations.reduce((sum, r) => sum + r * r, 0);

  return {
    metric: options.metric,
    draws: n,
    seed: options.seed,
    latinHypercube: options.latinHypercube,
    drawsWithValue: finite.length,
    mean: average,
    stdDev: some(() => standardDeviation(finite, average ?? 0)),
    min: some(() => sorted[0] as number),
    max: some(() => sorted[sorted.length - 1] as number),
    percentiles: Object.fromEntries(
      Object.entries(PERCENTILES).map(([key, p]) => [key, some(() => percentile(sorted, p))]),
    ) as Record<PercentileKey, number | null>,
    probabilityNpvPositive: positive / n,
    probabilityPaybackWithin: paybackCounts.map((count, index) => ({
      years: index + 1,
      probability: count / n,
    })),
    histogram: histogram(sorted, options.bins),
    drivers: samples.paths.map((path, j) => {
      const column = samples.values.subarray(j * n, (j + 1) * n);
      const marginal = samples.marginals[j]!;
      const sampleMean = mean(column);
      const r = correlations[j] as number;
      return {
        path,
        distribution: marginal.type,
        mean: marginal.mean,
        stdDev: marginal.standardDeviation,
        sampleMean,
        sampleStdDev: standardDeviation(column, sampleMean),
        outsideDomain: marginal.outside,
        rankCorrelation: r,
        contributionToVariance: squares === 0 ? 0 : (r * r) / squares,
      };
    }),
    perDraw: {
      paths: samples.paths,
      values: samples.values,
      metric: values.metric,
      npv: values.npv,
      paybackYears: values.paybackYears,
    },
  };
}

/** The whole run in this thread (in the app: inside its Web Worker), with progress and cancellation. */
export async function runMonteCarlo(
  scenario: Scenario,
  options: Partial<MonteCarloOptions> = {},
  control: RunControl = {},
): Promise<MonteCarloResult> {
  const setup = prepareMonteCarlo(scenario, options);
  const samples = monteCarloSamples(setup);
  const values = await evaluateDraws(setup, samples, 0, samples.count, control);
  return summarizeMonteCarlo(setup, samples, values);
}

/** The same, synchronously: for short runs and tests. */
export function monteCarlo(
  scenario: Scenario,
  options: Partial<MonteCarloOptions> = {},
): MonteCarloResult {
  const setup = prepareMonteCarlo(scenario, options);
  const samples = monteCarloSamples(setup);
  const values = emptyValues(0, samples.count);
  for (const _ of evaluateChunks(setup, samples, values)) {
    // Each chunk is done as it is yielded.
  }
  return summarizeMonteCarlo(setup, samples, values);
}
