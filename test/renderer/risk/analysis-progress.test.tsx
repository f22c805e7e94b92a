import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AnalysisCancelled, type AnalysisRequest } from '../../../shared/analysis';
import type { AnalysisClient, Progress } from '../../../renderer/features/risk/analysis-client';
import { SwitchingPanel } from '../../../renderer/features/risk/SwitchingPanel';
import { AnalysisClientContext } from '../../../renderer/features/risk/use-analysis';
import { parseScenarioFile, selectScenario } from '../../../shared/scenario';
import smtText from '../../../assets/examples/smt-visual-ai-inspection.json?raw';
import { renderInApp } from '../applicants/render-screen';

vi.mock('react-chartjs-2', () => import('../helpers/chart-stub'));

/*
 * A sensitivity analysis of a large case runs for minutes: the panel shows how far it has come
 * and offers to stop it; a stopped run says so and can be started again.
 */

/** A worker that reports progress and never finishes unless stopped. */
function endlessClient() {
  const runs: { request: AnalysisRequest; cancelled: boolean }[] = [];
  const client = {
    run(request: AnalysisRequest, progress?: Progress) {
      const run = { request, cancelled: false };
      runs.push(run);
      let reject: (error: unknown) => void = () => undefined;
      const result = new Promise((_, fail) => (reject = fail));
      setTimeout(() => progress?.(256, 1_200), 0);
      return {
        result,
        cancel: () => {
          run.cancelled = true;
          reject(new AnalysisCancelled());
        },
      };
    },
  } as unknown as AnalysisClient;
  return { client, runs };
}

function smtScenario() {
  const parsed = parseScenarioFile(smtText);
  const selected = parsed.ok ? selectScenario(parsed.file) : null;
  if (!selected?.ok) throw new Error('the SMT example no longer validates');
  return selected.scenario;
}

describe('a long sensitivity analysis', () => {
  it('shows its progress, stops on request, and runs again when asked', async () => {
    const { client, runs } = endlessClient();
    renderInApp(
      <AnalysisClientContext.Provider value={client}>
        <SwitchingPanel scenario={smtScenario()} />
      </AnalysisClientContext.Provider>,
    );
    const user = userEvent.setup();
    expect(
      await screen.findByText('Evaluated 256 of 1,200 points of the model', {}, { timeout: 5_000 }),
    ).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Progress of the analysis' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(runs[0]?.cancelled).toBe(true);
    expect(await screen.findByText('The run was cancelled.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Run again' }));
    await waitFor(() => expect(runs).toHaveLength(2));
    expect(runs[1]?.request).toEqual(runs[0]?.request);
  });
});
