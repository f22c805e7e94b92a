import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../services/ui/notices';
import type { Checked } from '../../services/document/scenario-edits';
import { useIssueText } from '../../services/texts/issue-text';

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
