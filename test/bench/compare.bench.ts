import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import type { WorkerClient } from '../../shared/analysis';
import { applicantWorkers, assessApplicantFiles } from '../../main/compare/load-applicants';
import {
  allocateBudget,
  allocationCandidates,
  assessApplicantText,
  collectApplicants,
  compareApplicants,
  DEFAULT_SETTINGS,
  objectiveUnit,
  type Applicant,
  type AllocationCandidate,
  type AssessRequest,
  type AssessResult,
} from '../../shared/compare';
import { Dec } from '../../shared/finance';
import { parseScenarioFile, serializeScenarioFile } from '../../shared/scenario';
import { bundle } from '../main/support/bundle';

/*
 * The comparison's benchmark: load, evaluate (Decimal, with and without subsidies) and rank 1,000
 * applicant files — target under 2 s on this machine, disk excluded — and the allocator on 1,000
 * applicants. The files are the thirteen valid examples with every amount scaled by a different
 * factor, written to a temporary folder (read from the disk cache: disk excluded in practice).
 * Worker threads are measured warm (a pool kept between loads, as the desktop app keeps it) and
 * cold (started for the one load, as the command line does); Decimal code runs several times
 * slower until the JIT has seen it. Run: npx vitest bench --run test/bench/compare.bench.ts
 * The medians (wall and CPU time) and the core count are printed when the file ends.
 */

const COUNT = 1_000;
const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'assets', 'examples', 'applicants');
const once = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };
const often = { iterations: 20, warmupIterations: 3, time: 0, warmupTime: 0 };

let folder = '';
let workerFolder = '';
let workerScript = '';
let pool: WorkerClient<AssessRequest, AssessResult> | null = null;
const files: string[] = [];
const texts: string[] = [];
let applicants: readonly Applicant[] = [];
let candidates: AllocationCandidate[] = [];
/** Requests in whole thousands of yuan, as bureaus usually grant: the dynamic programme then fits. */
const inThousands = () =>
  candidates.map((c) => ({ ...c, request: c.request.div(1000).ceil().times(1000) }));

const timings = new Map<string, { wall: number[]; cpu: number[] }>();

/**
 * Runs `work` and keeps its wall time and the CPU time of the whole process (every thread) for the
 * medians printed at the end: on a machine shared with other work, wall time above CPU time is
 * time spent waiting for a core.
 */
async function timed(name: string, work: () => unknown): Promise<void> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const used = process.cpuUsage(cpu);
  const entry = timings.get(name) ?? { wall: [], cpu: [] };
  entry.wall.push(performance.now() - start);
  entry.cpu.push((used.user + used.system) / 1000);
  timings.set(name, entry);
}

const scaleAmounts = (value: unknown, factor: Dec): unknown => {
  if (Array.isArray(value)) return value.map((item) => scaleAmounts(item, factor));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      [
        'amount',
        'productionCost',
        'inspectionLabourCost',
        'revenue',
        'cap',
        'residualValue',
        'salvage',
      ].includes(key) && typeof inner === 'string'
        ? new Dec(inner).times(factor).toDecimalPlaces(0).toString()
        : scaleAmounts(inner, factor),
    ]),
  );
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'yardstick-compare-bench-'));
  const sources = (await readdir(EXAMPLES))
    .filter((name) => name.endsWith('.json') && !name.includes('invalid'))
    .sort();
  const bases = await Promise.all(sources.map((name) => readFile(join(EXAMPLES, name), 'utf8')));
  for (let index = 0; index < COUNT; index += 1) {
    const parsed = parseScenarioFile(bases[index % bases.length] as string);
    if (!parsed.ok) throw new Error('an example applicant does not load');
    const factor = new Dec(0.6 + ((index * 7_919) % 1_000) / 1_000);
    const scaled = scaleAmounts(parsed.file, factor) as typeof parsed.file;
    const text = serializeScenarioFile({
      ...scaled,
      project: { ...scaled.project, company: `Applicant ${index + 1}` },
    });
    const file = join(folder, `applicant-${String(index + 1).padStart(4, '0')}.json`);
    await writeFile(file, text);
    files.push(file);
    texts.push(text);
  }
  applicants = collectApplicants(
    texts.map((text, index) => assessApplicantText(files[index] as string, text)),
  ).applicants;
  const ranking = compareApplicants(applicants, DEFAULT_SETTINGS).ranking;
  candidates = allocationCandidates(ranking, {
    objective: 'npv',
    cap: 'none',
    excludeFlagged: false,
  });
  workerFolder = await mkdtemp(join(ROOT, 'out', '.compare-bench-'));
  workerScript = await bundle({
    entry: join(ROOT, 'main', 'analysis', 'worker-entry.ts'),
    outDir: workerFolder,
    fileName: 'worker.mjs',
    format: 'es',
  });
}, 600_000);

afterAll(async () => {
  pool?.dispose();
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  };
  const lines = [...timings].map(
    ([name, { wall, cpu }]) =>
      `  ${median(wall).toFixed(1).padStart(9)} ms wall ${median(cpu).toFixed(1).padStart(9)} ms CPU  ${name} (${wall.length} runs)`,
  );
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const budget = { budget: new Dec(20_000_000), valueUnit: objectiveUnit('npv') };
  const outcome = (name: string, allocation: ReturnType<typeof allocateBudget>) =>
    `  ${name}: ${allocation.method}, ${allocation.optimal ? 'optimal' : 'not proven optimal'}, ${allocation.selected.length} funded, gap ${allocation.gap.toFixed(2)}, granularity ${allocation.granularity.toString()} yuan`;
  lines.push(
    'Allocations of 20 million yuan:',
    outcome('requests to the yuan', allocateBudget(candidates, budget)),
    outcome('requests in thousands', allocateBudget(inThousands(), budget)),
    outcome('greedy', allocateBudget(candidates, { ...budget, method: 'greedy' })),
  );
  console.log(
    `\nCompare benchmark, medians (${availableParallelism()} cores, ${cpu}, load average ${load}):\n${lines.join('\n')}\n`,
  );
  await rm(folder, { recursive: true, force: true });
  await rm(workerFolder, { recursive: true, force: true });
});

describe(`${COUNT} applicant files`, () => {
  bench(
    'evaluate + rank, one thread, texts in memory (disk excluded)',
    () =>
      timed('evaluate + rank, one thread, texts in memory', () => {
        const outcomes = texts.map((text, index) =>
          assessApplicantText(files[index] as string, text),
        );
        compareApplicants(collectApplicants(outcomes).applicants, DEFAULT_SETTINGS);
      }),
    once,
  );

  bench(
    `load + evaluate + rank, ${availableParallelism()} worker threads kept warm (the desktop app)`,
    () =>
      timed(`load + evaluate + rank, ${availableParallelism()} warm worker threads`, async () => {
        pool ??= applicantWorkers(() => new Worker(workerScript), availableParallelism());
        const outcomes = await assessApplicantFiles(files, { pool });
        compareApplicants(collectApplicants(outcomes).applicants, DEFAULT_SETTINGS);
      }),
    once,
  );

  bench(
    `load + evaluate + rank, ${availableParallelism()} worker threads started cold (the command line)`,
    () =>
      timed(`load + evaluate + rank, ${availableParallelism()} cold worker threads`, async () => {
        const outcomes = await assessApplicantFiles(files, {
          launchWorker: () => new Worker(workerScript),
        });
        compareApplicants(collectApplicants(outcomes).applicants, DEFAULT_SETTINGS);
      }),
    once,
  );

  bench(
    'rank + flags only (weights changed in the interface)',
    () => timed('rank + flags only', () => compareApplicants(applicants, DEFAULT_SETTINGS)),
    often,
  );
});

describe(`allocating 20 million yuan among ${COUNT} applicants`, () => {
  const budget = () => ({ budget: new Dec(20_000_000), valueUnit: objectiveUnit('npv') });

  bench(
    'auto, requests to the yuan',
    () => timed('allocate, auto, requests to the yuan', () => allocateBudget(candidates, budget())),
    often,
  );
  bench(
    'auto, requests in thousands (dynamic programming)',
    () =>
      timed('allocate, auto, requests in thousands', () => allocateBudget(inThousands(), budget())),
    often,
  );
  bench(
    'branch and bound',
    () =>
      timed('allocate, branch and bound', () =>
        allocateBudget(candidates, { ...budget(), method: 'branch-and-bound' }),
      ),
    often,
  );
  bench(
    'greedy by value per yuan',
    () =>
      timed('allocate, greedy', () =>
        allocateBudget(candidates, { ...budget(), method: 'greedy' }),
      ),
    often,
  );
});
