import { describe, expect, it } from 'vitest';
import {
  budgetCurve,
  compareApplicants,
  comparisonCurve,
  comparisonSheet,
  comparisonTable,
  DEFAULT_SETTINGS,
  allocationCandidates,
  objectiveUnit,
  type BudgetRequest,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance';
import { workbookToCsv } from '../../../shared/host/export/csv';
import { exampleApplicants } from './helpers';

const budget = (amount: number, changes: Partial<BudgetRequest> = {}): BudgetRequest => ({
  budget: new Dec(amount),
  objective: 'npv',
  cap: 'none',
  partialMinShare: null,
  excludeFlagged: true,
  ...changes,
});

describe('the comparison of the example applicants', () => {
  const applicants = exampleApplicants();

  it('funds within the budget, leaves flagged claims out, and shows the marginal applicant', () => {
    const comparison = compareApplicants(applicants, DEFAULT_SETTINGS, budget(5_000_000));
    const allocation = comparison.allocation;
    if (!allocation) throw new Error('expected an allocation');
    expect(allocation.totalAward.lte(5_000_000)).toBe(true);
    expect(allocation.optimal).toBe(true);
    const reasons = new Map(allocation.rejected.map((r) => [r.id, r.reason]));
    expect(reasons.get('08-changzhou-tianli-motor-implausible.json')).toBe('flagged');
    // Negative NPV even with the subsidy: never funded, whatever the objective.
    expect(reasons.get('10-qingdao-haiyue-packaging-traceability.json')).toBe('not-viable');
    expect(allocation.marginal?.kind).toBe('next');
    expect(allocation.selected.some((s) => s.id === allocation.marginal?.id)).toBe(false);
    const funded = allocation.selected.reduce((sum, s) => sum.plus(s.award), new Dec(0));
    expect(funded.eq(allocation.totalAward)).toBe(true);

    const withFlagged = compareApplicants(
      applicants,
      DEFAULT_SETTINGS,
      budget(5_000_000, { excludeFlagged: false }),
    );
    expect(withFlagged.allocation?.selected.map((s) => s.id)).toContain(
      '08-changzhou-tianli-motor-implausible.json',
    );
  });

  it('spends the budget on more, cheaper applicants when it maximises the total score', () => {
    const byNpv = compareApplicants(applicants, DEFAULT_SETTINGS, budget(3_000_000));
    const byScore = compareApplicants(
      applicants,
      DEFAULT_SETTINGS,
      budget(3_000_000, { objective: 'score' }),
    );
    const scoreOf = (files: readonly string[]) =>
      byScore.ranking
        .filter((row) => files.includes(row.applicant.file))
        .reduce((sum, row) => sum.plus(row.score.total), new Dec(0));
    const npvChoice = byNpv.allocation?.selected.map((s) => s.id) ?? [];
    const scoreChoice = byScore.allocation?.selected.map((s) => s.id) ?? [];
    expect(scoreOf(scoreChoice).gte(scoreOf(npvChoice))).toBe(true);
    expect(byScore.allocation?.totalValue.eq(scoreOf(scoreChoice))).toBe(true);
  });

  it('draws a budget curve that rises from nothing to everything fundable and agrees with the allocation', () => {
    const comparison = compareApplicants(applicants, DEFAULT_SETTINGS);
    const request = { objective: 'npv' as const, cap: 'none' as const, excludeFlagged: true };
    const curve = comparisonCurve(comparison, request, 11);
    expect(curve).toHaveLength(11);
    expect(curve[0]?.value.toString()).toBe('0');
    for (let i = 1; i < curve.length; i += 1)
      expect(curve[i]?.value.gte(curve[i - 1]?.value ?? 0)).toBe(true);
    for (const point of [curve[3], curve[7]]) {
      if (!point) throw new Error('missing point');
      const allocated = compareApplicants(
        applicants,
        DEFAULT_SETTINGS,
        budget(point.budget.toNumber()),
      );
      expect(point.value.toString()).toBe(allocated.allocation?.totalValue.toString());
    }
    // With the table too large for one pass, each point is allocated on its own: the same curve.
    const candidates = allocationCandidates(comparison.ranking, request);
    const pointwise = budgetCurve(candidates, {
      valueUnit: objectiveUnit('npv'),
      points: 11,
      maxDpCells: 10,
    });
    expect(pointwise.map((p) => p.value.toString())).toEqual(curve.map((p) => p.value.toString()));
  });

  it('exports one row per applicant in ranking order and a total row that adds up exactly', () => {
    const comparison = compareApplicants(applicants, DEFAULT_SETTINGS, budget(5_000_000));
    const table = comparisonTable(comparison);
    const column = (id: string) => table.columns.findIndex((c) => c.id === id);
    expect(table.rows).toHaveLength(13);
    expect(table.rows.map((row) => row[column('rank')])).toEqual(
      Array.from({ length: 13 }, (_, i) => String(i + 1)),
    );
    for (const id of ['capex', 'subsidyRequested', 'npv', 'npvWithoutSubsidies', 'award']) {
      const sum = table.rows.reduce((total, row) => total.plus(row[column(id)] ?? 0), new Dec(0));
      expect(sum.toString()).toBe(table.total[column(id)]);
    }
    expect(table.columns.map((c) => c.id)).toContain('field:jobs-created');

    const csv = workbookToCsv({ sheets: [comparisonSheet(comparison)] });
    expect(
      csv.startsWith(
        '\uFEFF"Rank","File","Company","Project","Effect of the subsidy","Investment","Subsidy requested","Necessary award",',
      ),
    ).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(15);
    expect(lines[14]).toMatch(/^,"Total",/);
  });
});
