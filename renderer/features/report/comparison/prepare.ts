import {
  assessApplicantText,
  collectApplicants,
  compareApplicants,
  comparisonCurve,
  DEFAULT_ALLOCATION,
  DEFAULT_SETTINGS,
  parseCompareSettings,
  type AllocationSettings,
  type BudgetRequest,
  type CollectedApplicants,
  type CompareSettings,
  type Comparison,
  type CurvePoint,
} from '../../../../shared/compare';
import { Dec } from '../../../../shared/finance/decimal';
import type { ComparisonReportRequest } from '../../../../shared/report/request';
import type { ValidationIssue } from '../../../../shared/scenario';

/*
 * Everything the comparison report shows, recomputed from the request with shared/compare: the
 * same files, settings and budget give the same ranking and funding list as the screen and the
 * command line.
 */

export interface PreparedComparison {
  readonly collected: CollectedApplicants;
  /** Files received, valid or not. */
  readonly received: number;
  readonly settings: CompareSettings;
  readonly allocation: AllocationSettings;
  readonly comparison: Comparison;
  /** The best objective for budgets from nothing to everything fundable. */
  readonly curve: readonly CurvePoint[];
}

export type Refusal =
  | { readonly kind: 'settings'; readonly issue: ValidationIssue }
  | { readonly kind: 'budget'; readonly budget: string }
  | { readonly kind: 'no-files' };

export type Prepared =
  | { readonly ok: true; readonly prepared: PreparedComparison }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

export function prepareComparison(request: ComparisonReportRequest): Prepared {
  const refusals: Refusal[] = [];
  let settings = DEFAULT_SETTINGS;
  let allocation = DEFAULT_ALLOCATION;
  if (request.settingsText !== null) {
    const parsed = parseCompareSettings(request.settingsText);
    if (parsed.ok) ({ settings, allocation } = parsed);
    else refusals.push(...parsed.issues.map((issue) => ({ kind: 'settings' as const, issue })));
  }
  const amount = request.budget === null ? null : new Dec(request.budget);
  if (amount !== null && amount.isNegative())
    refusals.push({ kind: 'budget', budget: request.budget ?? '' });
  if (request.files.length === 0) refusals.push({ kind: 'no-files' });
  if (refusals.length > 0) return { ok: false, refusals };

  const collected = collectApplicants(
    request.files.map((file) => assessApplicantText(file.name, file.text)),
  );
  const budget: BudgetRequest | null =
    amount === null
      ? null
      : {
          budget: amount,
          objective: allocation.objective,
          cap: allocation.cap,
          partialMinShare: allocation.partialMinShare,
          excludeFlagged: allocation.excludeFlagged,
          excluded: allocation.excluded,
        };
  const comparison = compareApplicants(collected.applicants, settings, budget, allocation.checked);
  const curve = comparisonCurve(comparison, allocation);
  return {
    ok: true,
    prepared: {
      collected,
      received: request.files.length,
      settings,
      allocation,
      comparison,
      curve,
    },
  };
}
