import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../app/notices';
import type { Checked } from '../document/scenario-edits';
import { useIssueText } from '../i18n/issue-text';

/** A change of a list the file refused: say why, naming each field, in the language shown. */
export function useRefusal(): (checked: Checked) => void {
  const { t } = useTranslation();
  const { notify } = useNotices();
  const { scenarioIssue } = useIssueText();
  return useCallback(
    (checked: Checked) => {
      if (checked.ok) return;
      notify(
        'error',
        t('editor.grid.refused'),
        checked.issues.map((issue) => t('files.issueAt', { ...scenarioIssue(issue) })),
      );
    },
    [t, notify, scenarioIssue],
  );
}
