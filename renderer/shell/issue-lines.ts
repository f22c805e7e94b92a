import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostIssue } from '../../shared/host/host';
import { useIssueText } from '../services/texts/issue-text';

/** The host's issues as the lines of a notice, each with the field it is about. */
export function useHostIssueLines(): (issues: readonly HostIssue[]) => string[] {
  const { t } = useTranslation();
  const { hostIssue } = useIssueText();
  return useCallback(
    (issues: readonly HostIssue[]) =>
      issues.map((issue) => {
        const text = hostIssue(issue);
        return text.field
          ? t('files.issueAt', { field: text.field, message: text.message })
          : text.message;
      }),
    [hostIssue, t],
  );
}
