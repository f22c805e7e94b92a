import { describe, expect, it } from 'vitest';
import {
  AnalysisCancelled,
  runRequest,
  runSteps,
  switchingSteps,
  switchingValues,
  tornado,
  twoWayTable,
  type AnalysisRequest,
  type AnalysisResult,
  type Progress,
} from '../../../shared/analysis';
import { selectScenario } from '../../../shared/scenario';
import { maximalScenarioFile } from '../../helpers/maximal-scenario';
import { exampleScenario } from '../../helpers/scenarios';

/*
 * Every sensitivity analysis reports how far it has come and stops when asked, between steps of a
 * few hundred points; a run with progress gives the same result, bit for bit, as one at once. On
 * the largest file the format accepts, switching values take minutes: they must be stoppable.
 */

async function run(
  request: AnalysisRequest,
  stopAfter = Infinity,
): Promise<{ progress: Progress[]; result: AnalysisResult | 'cancelled' }> {
  const progress: Progress[] = [];
  try {
    const result = await runRequest(request, {
      onProgress: (done, total) => progress.push({ done, total }),
      isCancelled: () => progress.length >= stopAfter,
      yieldToEvents: () => Promise.resolve(),
    });
    return { progress, result };
  } catch (error) {
    if (error instanceof AnalysisCancelled) return { progress, result: 'cancelled' };
    throw error;
  }
}

const scenario = exampleScenario('smt-visual-ai-inspection');

describe('sensitivity analyses in steps', () => {
  it.each([
    ['tornado', { kind: 'tornado', scenario, options: {} }, () => tornado(scenario)],
    [
      'two-way',
      {
        kind: 'two-way',
        scenario,
        options: { drivers: ['parameters.discountRate.rate', 'parameters.inflation'], steps: 41 },
      },
      () =>
        twoWayTable(scenario, {
          drivers: ['parameters.discountRate.rate', 'parameters.inflation'],
          steps: 41,
        }),
    ],
    [
      'switching-values',
      { kind: 'switching-values', scenario, options: {} },
      () => switchingValues(scenario),
    ],
  ] as [string, AnalysisRequest, () => unknown][])(
    '%s: reports progress to the end and gives the same result as at once',
    async (_, request, atOnce) => {
      const { progress, result } = await run(request);
      expect(progress.length).toBeGreaterThan(0);
      const dones = progress.map((step) => step.done);
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
      expect(progress.every((step) => step.done <= step.total)).toBe(true);
      expect(result !== 'cancelled' && result.result).toEqual(atOnce());
    },
  );

  it('switching values on the largest file the format accepts report progress and stop when cancelled', async () => {
    const selected = selectScenario(maximalScenarioFile());
    if (!selected.ok) throw new Error('the maximal file no longer validates');
    const { progress, result } = await run(
      { kind: 'switching-values', scenario: selected.scenario, options: {} },
      1,
    );
    expect(result).toBe('cancelled');
    expect(progress).toHaveLength(1);
    const last = progress.at(-1) as Progress;
    expect(last.done).toBeLessThan(last.total);
  }, 300_000);

  it('stops at the time it is given, between steps, saying so', () => {
    let clock = 0;
    const steps = switchingSteps(scenario);
    expect(() => runSteps(steps, { deadline: 1, now: () => (clock += 1) })).toThrow(
      expect.objectContaining({ code: 'over_budget' }),
    );
  });
});
