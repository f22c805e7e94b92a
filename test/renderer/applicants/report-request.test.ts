import '../../../shared/report/request';
import { describe, expect, it } from 'vitest';
import {
  collectApplicants,
  compareApplicants,
  DEFAULT_SETTINGS,
  assessApplicantText,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance/decimal';
import { ComparisonReportRequestSchema } from '../../../shared/report/request';
import {
  budgetRequest,
  INITIAL_BUDGET,
  type BudgetState,
} from '../../../renderer/features/applicants/BudgetPanel';
import { exampleApplicantsIn } from '../../../renderer/features/applicants/examples';
import { applicantsReportRequest } from '../../../renderer/features/applicants/report-request';
import { prepareComparison } from '../../../renderer/features/report/comparison/prepare';

const exampleApplicants = exampleApplicantsIn('en');

/* The PDF button's request: the report it asks for funds exactly whom the screen funds. */

const settings = {
  ...DEFAULT_SETTINGS,
  weights: DEFAULT_SETTINGS.weights.map((item) =>
    item.criterion === 'additionality' ? { ...item, weight: new Dec(100) } : item,
  ),
};

function screenAllocation(budget: BudgetState) {
  const collected = collectApplicants(
    exampleApplicants.map((file) => assessApplicantText(file.name, file.text)),
  );
  return compareApplicants(collected.applicants, settings, budgetRequest(budget)).allocation;
}

describe('the comparison report request of the applicants screen', () => {
  it('is a valid request that recomputes the funding list on screen, whatever the budget settings', () => {
    const budgets: BudgetState[] = [
      { ...INITIAL_BUDGET, amount: new Dec(3_000_000) },
      {
        ...INITIAL_BUDGET,
        amount: new Dec('2500000.5'),
        objective: 'score',
        partial: true,
        minShare: new Dec('0.4'),
        excludeFlagged: false,
        excluded: ['05-wuxi-kaisheng-pcb-digital-twin.json'],
      },
    ];
    for (const budget of budgets) {
      const request = applicantsReportRequest({
        files: exampleApplicants,
        settings,
        budget,
        language: 'zh-CN',
        preparer: 'Li Wei',
        title: null,
        now: new Date(2026, 10, 25, 23, 30),
      });
      expect(ComparisonReportRequestSchema.safeParse(request).success).toBe(true);
      expect(request.date).toBe('2026-11-25');
      expect(request.budget).toBe(budget.amount?.toFixed());

      const prepared = prepareComparison(request);
      if (!prepared.ok) throw new Error(JSON.stringify(prepared.refusals));
      const onScreen = screenAllocation(budget);
      const inReport = prepared.prepared.comparison.allocation;
      expect(inReport?.selected.map((award) => [award.id, award.award.toFixed()])).toEqual(
        onScreen?.selected.map((award) => [award.id, award.award.toFixed()]),
      );
      expect(inReport?.rejected.map((item) => [item.id, item.reason])).toEqual(
        onScreen?.rejected.map((item) => [item.id, item.reason]),
      );
    }
  });

  it('ranks without a budget when none is entered', () => {
    const request = applicantsReportRequest({
      files: exampleApplicants,
      settings,
      budget: INITIAL_BUDGET,
      language: 'en',
      preparer: null,
      title: 'Call 2026',
      now: new Date(2026, 0, 5),
    });
    expect(request.budget).toBeNull();
    expect(request.date).toBe('2026-01-05');
    const prepared = prepareComparison(request);
    expect(prepared.ok && prepared.prepared.comparison.allocation).toBeNull();
  });
});
