import type { Locale } from '../i18n/locale';
import { applicantsTexts } from '../i18n/catalogue/applicants';
import { fill, type Params } from '../i18n/texts';
import {
  catalogueLookup,
  issueText,
  type IssueFormat,
  type TextLookup,
} from '../scenario/issue-text';
import type { ValidationIssue } from '../scenario';
import { hostIssueText } from './issues';

/*
 * Why an applicant's file was left out of a comparison or a monitoring run, in a language: the
 * comparison's own codes (another currency, no file, no evaluation), the host's (a file too large,
 * not UTF-8 …) and the loader's (a field's problem, named as the editor names the field). The
 * applicants' screen, the comparison report and the command line's tables say it so.
 */
export function reasonText(
  reason: ValidationIssue,
  language: Locale,
  format: IssueFormat,
  lookup: TextLookup = catalogueLookup(language),
): string {
  const invalid = applicantsTexts[language].invalid;
  const params = reason.params as Params;
  if (reason.code === 'compare_currency_mismatch') return fill(invalid.currency, params);
  if (reason.code === 'file_not_found') return invalid.notFound;
  if (reason.code === 'compare_evaluation_failed') return fill(invalid.evaluation, params);
  if (reason.code.includes('.')) {
    const stringParams = Object.fromEntries(
      Object.entries(reason.params).map(([k, v]) => [k, typeof v === 'boolean' ? String(v) : v]),
    );
    return hostIssueText(
      { code: reason.code, message: reason.message, path: '', params: stringParams },
      language,
    );
  }
  const shown = issueText(reason, lookup, format);
  return shown.field === '' ? shown.message : fill(invalid.reason, { ...shown });
}
