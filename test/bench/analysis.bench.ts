import { writeSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { bench, describe } from 'vitest';
import {
  compareScenarios,
  EvaluationPlan,
  monteCarlo,
  monteCarloSamples,
  prepareMonteCarlo,
  switchingValues,
  tornado,
} from '../../shared/analysis';
import { MetricReader } from '../../shared/analysis/metrics';
import { evaluateScenario } from '../../shared/model';
import { largeScenario } from '../helpers/large-scenario';
import { exampleFile } from '../helpers/scenarios';
import { benchScenario, handWrittenProjection } from './hand-written-projection';

/*
 * The analyses' benchmarks. Run: npx vitest bench --run test/bench/analysis.bench.ts
 *
 * First a table measured here (vitest bench prints only its own statistics, and hides console
 * output, so the table goes to stderr while the file is collected): each line is the median of
 * repeated runs with the interquartile range, and the ratio to the hand-written Float64Array loop
 * of hand-written-projection.ts, which computes the same projection (NPV and payback of every
 * draw) for the same scenario and the same draws — the physical limit on one core. Then vitest's
 * own statistics of the targets. The model evaluation and the hand-written loop are run
 * alternately and their ratio is the median of neighbouring runs', so that load from elsewhere on
 * the machine falls on both alike.
 *
 *   "evaluation": the model's evaluation plan on the drawn drivers, NPV and payback read from it;
 *   "full run": monteCarlo() — draw (with Iman–Conover), record the plan, evaluate, summarise.
 */

const print = (text: string) => writeSync(2, `${text}\n`);

interface Timing {
  readonly median: number;
  readonly q1: number;
  readonly q3: number;
  readonly runs: number;
}

/** Milliseconds per run: warm up, then at least `minRuns` runs and `minMs` of running. */
function measure(run: () => void, minRuns = 7, minMs = 400): Timing {
  return measurePair(run, () => undefined, minRuns, minMs).first;
}

function timingOf(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] as number;
  return { median: at(0.5), q1: at(0.25), q3: at(0.75), runs: sorted.length };
}

/**
 * Two runs measured alternately, so that whatever else the machine does falls on both alike; the
 * ratio is the median of the ratios of neighbouring runs.
 */
function measurePair(
  first: () => void,
  second: () => void,
  minRuns = 7,
  minMs = 400,
): { first: Timing; second: Timing; ratio: number } {
  const warmUntil = performance.now() + Math.min(minMs, 300);
  do {
    first();
    second();
  } while (performance.now() < warmUntil);
  const a: number[] = [];
  const b: number[] = [];
  const until = performance.now() + minMs;
  while (a.length < minRuns || performance.now() < until) {
    let start = performance.now();
    first();
    a.push(performance.now() - start);
    start = performance.now();
    second();
    b.push(performance.now() - start);
    if (a.length >= 200) break;
  }
  const ratios = a
    .map((value, index) => value / Math.max(b[index] as number, 1e-6))
    .sort((x, y) => x - y);
  return {
    first: timingOf(a),
    second: timingOf(b),
    ratio: ratios[Math.floor((ratios.length - 1) / 2)] as number,
  };
}

const ms = (value: number) =>
  value >= 100
    ? value.toFixed(0)
    : value >= 10
      ? value.toFixed(1)
      : value >= 1
        ? value.toFixed(2)
        : value.toFixed(3);
const spread = (t: Timing) => `${ms(t.q1)}–${ms(t.q3)}`;
const ratio = (value: number) => `${value.toFixed(2)}×`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((label, index) =>
    Math.max(label.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) =>
        index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0),
      )
      .join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

interface MonteCarloCase {
  readonly draws: number;
  readonly years: number;
  readonly full: Timing;
  readonly evaluation: Timing;
  readonly hand: Timing;
  /** Median ratio of evaluation to hand-written loop, measured alternately. */
  readonly ratio: number;
  readonly maxRelativeDifference: number;
  readonly programLength: number;
}

/** Full run, plan evaluation and hand-written loop on the same draws; checks the two agree. */
function monteCarloCase(draws: number, years: number): MonteCarloCase {
  const scenario = benchScenario(years);
  const options = { draws, seed: 1 };
  const setup = prepareMonteCarlo(scenario, options);
  const samples = monteCarloSamples(setup);
  const plan = new EvaluationPlan(scenario, samples.paths, ['npv', 'paybackYears']);
  const reader = new MetricReader(plan.layout);
  const outputs = new Float64Array(plan.layout.size * draws);
  const npv = new Float64Array(draws);
  const payback = new Float64Array(draws);
  const evaluate = () => {
    plan.evaluate(samples.values, draws, outputs);
    reader.values('npv', outputs, draws, npv);
    reader.values('paybackYears', outputs, draws, payback);
  };
  const handNpv = new Float64Array(draws);
  const handPayback = new Float64Array(draws);
  const hand = () => handWrittenProjection(years, samples.values, draws, handNpv, handPayback);
  const big = draws >= 100_000;
  const pair = measurePair(evaluate, hand, big ? 5 : 9, big ? 600 : 500);
  const full = measure(() => monteCarlo(scenario, options), big ? 3 : 5, big ? 300 : 400);
  let maxRelativeDifference = 0;
  for (let i = 0; i < draws; i += 1) {
    maxRelativeDifference = Math.max(
      maxRelativeDifference,
      Math.abs((npv[i] as number) - (handNpv[i] as number)) / Math.abs(handNpv[i] as number),
    );
    const same =
      (payback[i] as number) === (handPayback[i] as number) ||
      Math.abs((payback[i] as number) - (handPayback[i] as number)) < 1e-9;
    if (!same && !(Number.isNaN(payback[i]) && Number.isNaN(handPayback[i])))
      throw new Error(`payback of draw ${i} differs from the hand-written loop`);
  }
  if (!(maxRelativeDifference < 1e-9))
    throw new Error(`NPV differs from the hand-written loop by ${maxRelativeDifference} relative`);
  return {
    draws,
    years,
    full,
    evaluation: pair.first,
    hand: pair.second,
    ratio: pair.ratio,
    maxRelativeDifference,
    programLength: plan.baseProgram.length,
  };
}

const twentyEffects = largeScenario.effects.map((effect) => `effects[id=${effect.id}].fullEffect`);
const smt = exampleFile('smt-visual-ai-inspection');

function report(): void {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  print('');
  print(
    `Analysis benchmarks — ${availableParallelism()} cores available (${cpus().length} logical CPUs, ${cpu}), one core used;`,
  );
  print(
    `load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(
        ' ',
      )} while measuring (other work on the machine slows every line alike; the ratios hold better than the times).`,
  );
  print('');

  // Once to warm the engine up on every path of a run, then for the record.
  monteCarloCase(10_000, 20);
  const standard = monteCarloCase(10_000, 20);
  const tornadoTiming = measure(() => tornado(largeScenario, { drivers: twentyEffects }));
  const switchingTiming = measure(() => switchingValues(largeScenario, { drivers: twentyEffects }));
  const decimalTiming = measure(() => evaluateScenario(largeScenario), 20, 1000);
  const comparisonTiming = measure(() => compareScenarios(smt), 5, 1000);
  const sampling = measure(() =>
    monteCarloSamples(prepareMonteCarlo(benchScenario(20), { draws: 10_000 })),
  );
  const line = (name: string, timing: Timing, target: string, vsHand: string) => [
    name,
    ms(timing.median),
    spread(timing),
    target,
    vsHand,
  ];
  print(
    table(
      ['Benchmark (one core)', 'median ms', 'IQR ms', 'target', 'vs hand-written'],
      [
        line(
          'Monte Carlo 10,000 draws, 20 years: full run',
          standard.full,
          '< 1000 ms',
          ratio(standard.full.median / standard.hand.median),
        ),
        line(
          '  of which model evaluation (plan), NPV + payback',
          standard.evaluation,
          '≤ 3× hand',
          ratio(standard.ratio),
        ),
        line('  of which drawing 8 drivers (PERT, IC correlation)', sampling, '', ''),
        line('  hand-written Float64Array loop, same draws', standard.hand, '', '1.00×'),
        line('Tornado, 20 drivers (benchmark scenario, 50 items)', tornadoTiming, '< 50 ms', ''),
        line('Switching values, 20 drivers (same scenario)', switchingTiming, '< 200 ms', ''),
        line('Decimal recompute (same scenario)', decimalTiming, '< 5 ms', ''),
        line('Named scenarios side by side, Decimal (SMT example, 3)', comparisonTiming, '', ''),
      ],
    ).join('\n'),
  );
  print(
    `(plan of the 20-year bench scenario: ${standard.programLength} instructions per draw; NPV agrees with the hand-written loop to ${standard.maxRelativeDifference.toExponential(1)} relative)`,
  );
  print('');

  const rows: string[][] = [];
  for (const draws of [1_000, 10_000, 100_000]) {
    for (const years of [10, 20, 40]) {
      const c = draws === 10_000 && years === 20 ? standard : monteCarloCase(draws, years);
      rows.push([
        draws.toLocaleString('en'),
        String(years),
        ms(c.full.median),
        ms(c.evaluation.median),
        ms(c.hand.median),
        ratio(c.ratio),
        ratio(c.full.median / c.hand.median),
        ((c.evaluation.median * 1000) / draws).toFixed(3),
        String(c.programLength),
      ]);
    }
  }
  print(
    'How time grows with draws and years (medians, ms; eval / hand is the median ratio of alternating runs):',
  );
  print(
    table(
      [
        'draws',
        'years',
        'full run',
        'evaluation',
        'hand loop',
        'eval / hand',
        'full / hand',
        'eval µs/draw',
        'instructions',
      ],
      rows,
    ).join('\n'),
  );
  print('');
}

report();

const options = { time: 2000, warmupTime: 500 };
const standardScenario = benchScenario(20);

describe('analysis targets', () => {
  bench(
    'Monte Carlo, 10,000 draws, 20-year scenario (full run)',
    () => void monteCarlo(standardScenario, { draws: 10_000 }),
    options,
  );
  bench(
    'tornado, 20 drivers',
    () => void tornado(largeScenario, { drivers: twentyEffects }),
    options,
  );
  bench(
    'switching values, 20 drivers',
    () => void switchingValues(largeScenario, { drivers: twentyEffects }),
    options,
  );
  bench('Decimal recompute', () => void evaluateScenario(largeScenario), options);
});
