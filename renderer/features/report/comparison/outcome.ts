import type { i18n } from 'i18next';
import type { ComparisonReportRequest } from '../../../../shared/report/request';
import { fill } from '../texts';
import type { Refusal } from './prepare';
import { comparisonTexts, type ComparisonTexts } from './texts';

/*
 * What the page signals for a comparison request: the running header when it prints, or, when
 * the request is refused, a sentence in its language naming what is wrong.
 */

/** Keys built from codes cannot be checked by the type of `t`. */
type LooseT = (key: string, options?: Record<string, unknown>) => string;

function refusalMessage(refusal: Refusal, texts: ComparisonTexts, translations: i18n): string {
  switch (refusal.kind) {
    case 'budget':
      return fill(texts.failed.budget, { budget: refusal.budget });
    case 'no-files':
      return texts.failed.noFiles;
    case 'settings': {
      const { issue } = refusal;
      const params = Object.fromEntries(
        Object.entries(issue.params).map(([key, value]) => [key, String(value)]),
      );
      const own =
        issue.code === 'unknown_criterion' || issue.code === 'too_many_criteria'
          ? fill(texts.failed.codes[issue.code], params)
          : null;
      const key = `validation.${issue.code}`;
      const message =
        own ??
        (translations.exists(key) ? (translations.t as unknown as LooseT)(key, params) : null) ??
        issue.message;
      return fill(texts.failed.settings, {
        field: issue.path.length === 0 ? '—' : issue.path.join('.'),
        message,
      });
    }
  }
}

/** The refusals as sentences in the request's language, for the page's failed outcome. */
export function refusalMessages(
  refusals: readonly Refusal[],
  texts: ComparisonTexts,
  translations: i18n,
): string[] {
  return refusals.map((refusal) => refusalMessage(refusal, texts, translations));
}

/** The running header of every page: the programme and how many applications it compares. */
export function comparisonRunningHeader(request: ComparisonReportRequest): string {
  const texts = comparisonTexts[request.language];
  return fill(texts.runningHeader, {
    title: request.title ?? texts.untitled,
    count: request.files.length,
  });
}
