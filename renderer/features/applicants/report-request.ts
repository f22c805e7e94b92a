import { comparisonReportRequest, type CompareSettings } from '../../../shared/compare';
import { localIsoDate } from '../../../shared/report/report-date';
import type { AmountScaleSetting } from '../../../shared/i18n/amount-scale';
import type { Locale } from '../../../shared/host/schemas';
import type { ComparisonReportRequest } from '../../../shared/report/request';
import { allocationSettings, type BudgetState } from './BudgetPanel';
import type { SourceFile } from './load';

/*
 * The PDF button's request: the files as they were loaded, the weights and thresholds on screen,
 * and how the budget is spent (objective, partial awards, who is left out), so that the report
 * recomputes exactly the funding list the officer sees.
 */

export function applicantsReportRequest(input: {
  readonly files: readonly SourceFile[];
  readonly settings: CompareSettings;
  readonly budget: BudgetState;
  readonly language: Locale;
  /** The unit the screen shows amounts in, which the report keeps. */
  readonly amountScale?: AmountScaleSetting;
  readonly preparer: string | null;
  readonly title: string | null;
  readonly now: Date;
}): ComparisonReportRequest {
  return comparisonReportRequest({
    files: input.files,
    settings: input.settings,
    allocation: allocationSettings(input.budget),
    budget: input.budget.amount,
    language: input.language,
    ...(input.amountScale === undefined ? {} : { amountScale: input.amountScale }),
    preparer: input.preparer,
    title: input.title,
    date: localIsoDate(input.now),
  });
}
