import type { ApplicantState } from '../../../../shared/compare';
import { Dec } from '../../../../shared/finance/decimal';
import { fill } from '../texts';
import type { ComparisonFormat } from './format';
import type { PreparedComparison } from './prepare';
import type { ComparisonTexts } from './texts';

/**
 * The cover's few sentences: what was received, what it asks, what the subsidy does for whom, what
 * is proposed, what that causes and how much of it is deadweight — a proposal, not a payment.
 */
export function useCoverSummary(
  prepared: PreparedComparison,
  texts: ComparisonTexts,
  f: ComparisonFormat,
): string[] {
  const { comparison, collected } = prepared;
  const s = texts.summary;
  const totals = comparison.totals;
  const amount = f.format.amount;
  const count = (state: ApplicantState) =>
    comparison.ranking.filter((row) => row.applicant.state === state).length;
  const sentences = [
    fill(s.received, {
      received: prepared.received,
      valid: collected.applicants.length,
      invalid: collected.invalid.length,
    }),
    fill(s.requested, {
      requested: amount(totals.subsidyRequested),
      capex: amount(totals.capex),
    }),
    fill(s.npv, { npv: amount(totals.npv), without: amount(totals.npvWithoutSubsidies) }),
    fill(s.states, {
      additional: count('additional'),
      deadweight: count('deadweight'),
      notViable: count('not-viable'),
    }),
  ];
  const flagged = comparison.ranking.filter((row) => row.flags.length > 0).length;
  if (flagged > 0) sentences.push(fill(s.flagged, { count: flagged }));
  const { allocation, outcome } = comparison;
  if (allocation !== null && outcome !== null) {
    sentences.push(
      fill(s.funded, {
        budget: amount(allocation.budget),
        count: allocation.selected.length,
        awarded: amount(allocation.totalAward),
        caused: outcome.causedCount,
        value: amount(outcome.causedNpv),
      }),
      fill(s.deadweight, {
        amount: amount(outcome.deadweightSubsidy),
        share: f.format.percent(outcome.deadweightShare ?? new Dec(0)),
      }),
      s.proposal,
    );
    const excess = totals.subsidyRequested.minus(allocation.budget);
    if (excess.isPositive() && !excess.isZero())
      sentences.push(fill(s.overBudget, { excess: amount(excess) }));
  }
  return sentences;
}
