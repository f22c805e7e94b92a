import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runAnalysis } from '../../../main/analysis/runner';
import { WORKER_COMMAND } from '../../../main/cli/workers';
import { AnalysisCancelled, AnalysisError, type AnalysisRequest } from '../../../shared/analysis';
import { buildCli, ROOT } from '../../helpers/cli';
import { exampleScenario } from '../../helpers/scenarios';
import { linearScenario, noRisk } from '../../shared/analysis/helpers';

/*
 * Analyses in real worker_threads. A worker is the built command line started as the worker
 * command, as `yardstick analyze` starts it (buildCli rebuilds it from the sources).
 */

const started: Worker[] = [];
const launchWorker = () => {
  const worker = new Worker(pathToFileURL(join(ROOT, 'out', 'cli', 'yardstick.js')), {
    argv: [WORKER_COMMAND],
  });
  started.push(worker);
  return worker;
};
const exited = (worker: Worker) =>
  new Promise<void>((resolve) =>
    worker.threadId === -1 ? resolve() : worker.once('exit', () => resolve()),
  );

beforeAll(async () => {
  await buildCli();
}, 180_000);

vi.setConfig({ testTimeout: 30_000 });

const scenario = exampleScenario('smt-visual-ai-inspection');
const monteCarlo = (draws: number, seed = 8): AnalysisRequest => ({
  kind: 'monte-carlo',
  scenario,
  options: { draws, seed, latinHypercube: true },
});

describe('running analyses in worker threads', () => {
  it('gives the same Monte Carlo result, bit for bit, with 1 and 2 workers and in this thread', async () => {
    const progress: number[] = [];
    const two = await runAnalysis(monteCarlo(3000), {
      workers: 2,
      launchWorker,
      onProgress: (done, total) => progress.push(done / total),
    });
    const one = await runAnalysis(monteCarlo(3000), { workers: 1, launchWorker });
    const here = await runAnalysis(monteCarlo(3000), { workers: 0, launchWorker: null });
    expect(two).toEqual(one);
    expect(one).toEqual(here);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('runs the other analyses in a worker, with the same result as in this thread', async () => {
    const request: AnalysisRequest = { kind: 'switching-values', scenario, options: {} };
    expect(await runAnalysis(request, { workers: 1, launchWorker })).toEqual(
      await runAnalysis(request, { workers: 0, launchWorker: null }),
    );
  });

  it('never starts more worker threads than the machine has cores, whatever is asked', async () => {
    let launched = 0;
    const result = await runAnalysis(monteCarlo(400), {
      workers: 64,
      launchWorker: () => {
        launched += 1;
        return launchWorker();
      },
    });
    expect(result.kind).toBe('monte-carlo');
    expect(launched).toBeGreaterThan(0);
    expect(launched).toBeLessThanOrEqual(availableParallelism());
  });

  it('stops a run when cancelled, and its workers with it', async () => {
    // 300,000 draws are about 150 chunks; the run is asked to stop at the first one reported.
    const linear = linearScenario([300_000], 1_000_000, {
      ...noRisk,
      distributions: [
        {
          path: 'effects[id=s0].fullEffect',
          distribution: { type: 'normal', mean: '300000', standardDeviation: '60000' },
        },
      ],
    });
    const controller = new AbortController();
    const before = started.length;
    let reports = 0;
    const run = runAnalysis(
      { kind: 'monte-carlo', scenario: linear, options: { draws: 300_000 } },
      {
        workers: 2,
        launchWorker,
        signal: controller.signal,
        onProgress: () => ((reports += 1), controller.abort()),
      },
    );
    await expect(run).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(reports).toBeLessThan(10);
    const mine = started.slice(before);
    expect(mine).toHaveLength(2);
    await Promise.all(mine.map(exited));
  });

  it('passes on what the user can fix, as an AnalysisError with its code', async () => {
    const request: AnalysisRequest = {
      kind: 'monte-carlo',
      scenario: { ...scenario, risk: undefined },
      options: { draws: 100 },
    };
    await expect(
      runAnalysis({ ...request, kind: 'monte-carlo' }, { workers: 2, launchWorker }),
    ).rejects.toMatchObject({ code: 'no_distributions' });
    await expect(
      runAnalysis(
        { kind: 'tornado', scenario, options: { drivers: ['tax.nothing'] } },
        { workers: 1, launchWorker },
      ),
    ).rejects.toBeInstanceOf(AnalysisError);
  });
});
