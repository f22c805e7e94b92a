import { issue } from '../scenario/issues';
import {
  fromRecord,
  type Applicant,
  type ApplicantOutcome,
  type InvalidApplicant,
} from './applicant';

/*
 * The outcomes of loading a set of files, however they were loaded (in this thread, in workers, in
 * the page), turned into the comparison's applicants and the files it leaves out. Amounts in two
 * currencies cannot be added or ranked together: the comparison is in the currency most
 * applicants use, and the others are listed as left out, with the reason.
 */

export interface CollectedApplicants {
  /** In file-name order (UTF-16 code units), so the result does not depend on load order. */
  readonly applicants: readonly Applicant[];
  readonly invalid: readonly InvalidApplicant[];
  /** The comparison's currency; CNY when there is no applicant. */
  readonly currency: string;
}

const byFile = (a: { file: string }, b: { file: string }) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : 0;

export function collectApplicants(outcomes: readonly ApplicantOutcome[]): CollectedApplicants {
  const valid = outcomes.flatMap((outcome) => (outcome.ok ? [fromRecord(outcome.applicant)] : []));
  const invalid = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.invalid]));

  const counts = new Map<string, number>();
  for (const applicant of valid)
    counts.set(applicant.currency, (counts.get(applicant.currency) ?? 0) + 1);
  // Most applicants; on a tie CNY (the bureau's own), then alphabetical.
  const currency =
    [...counts.entries()].sort(
      ([a, m], [b, n]) => n - m || (a === 'CNY' ? -1 : b === 'CNY' ? 1 : a < b ? -1 : 1),
    )[0]?.[0] ?? 'CNY';

  const applicants = valid.filter((applicant) => applicant.currency === currency).sort(byFile);
  const mismatched = valid
    .filter((applicant) => applicant.currency !== currency)
    .map((applicant): InvalidApplicant => ({
      file: applicant.file,
      reasons: [
        issue(
          ['project', 'currency'],
          'compare_currency_mismatch',
          `is in ${applicant.currency}; the applicants compared are in ${currency}`,
          { currency: applicant.currency, expected: currency },
        ),
      ],
    }));
  return { applicants, invalid: [...invalid, ...mismatched].sort(byFile), currency };
}
