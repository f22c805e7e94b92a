import { fill } from '../texts';
import type { ComparisonFormat } from './format';
import type { PreparedComparison } from './prepare';
import type { ComparisonTexts } from './texts';

/** The cover's few sentences: what was received, what it asks, what it creates, what is funded. */
export function useCoverSummary(
  prepared: PreparedComparison,
  texts: ComparisonTexts,
  f: ComparisonFormat,
): string[] {
  const { comparison, collected } = prepared;
  const s = texts.summary;
  const totals = comparison.totals;
  const amount = f.format.amount;
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
    fill(s.additional, {
      count: comparison.ranking.filter((row) => row.applicant.additionality).length,
    }),
  ];
  const flagged = comparison.ranking.filter((row) => row.flags.length > 0).length;
  if (flagged > 0) sentences.push(fill(s.flagged, { count: flagged }));
  const allocation = comparison.allocation;
  if (allocation !== null) {
    sentences.push(
      fill(s.funded, {
        budget: amount(allocation.budget),
        count: allocation.selected.length,
        awarded: amount(allocation.totalAward),
        value: f.objective(allocation.totalValue, prepared.allocation.objective),
      }),
    );
    const excess = totals.subsidyRequested.minus(allocation.budget);
    if (excess.isPositive() && !excess.isZero())
      sentences.push(fill(s.overBudget, { excess: amount(excess) }));
  }
  return sentences;
}
