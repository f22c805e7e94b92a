import { describe, expect, it } from 'vitest';
import { ReportRequestSchema } from '../../../shared/report/request';
import { parseScenarioFile } from '../../../shared/scenario';
import { newScenarioFile } from '../../../renderer/services/document/new-scenario';
import { investmentReportRequest } from '../../../renderer/features/report/investment-request';

describe('the investment report request of the document on screen', () => {
  const file = {
    ...newScenarioFile('Line 3', 2026),
    scenarios: [{ name: 'optimistic', kind: 'optimistic' as const, overrides: [] }],
  };

  it('is a valid request carrying the document as Save writes it and today’s date', () => {
    const request = investmentReportRequest({
      file,
      scenario: 'optimistic',
      language: 'zh-CN',
      preparer: 'Wang Fang',
      monteCarlo: { draws: 5000, seed: 42 },
      today: new Date(2026, 10, 5, 23, 30),
    });
    expect(ReportRequestSchema.safeParse(request).success).toBe(true);
    expect(request.date).toBe('2026-11-05');
    expect(request.scenarioId).toBe('optimistic');
    expect(request.monteCarlo).toEqual({ draws: 5000, seed: 42 });
    const reread = parseScenarioFile(request.documentText);
    expect(reread.ok && reread.file).toEqual(file);
  });

  it('reports the base case as no scenario, and no Monte Carlo run unless given', () => {
    const request = investmentReportRequest({
      file,
      scenario: 'base',
      language: 'en',
      preparer: null,
    });
    expect(request.scenarioId).toBeNull();
    expect(request.monteCarlo).toBeNull();
  });
});
