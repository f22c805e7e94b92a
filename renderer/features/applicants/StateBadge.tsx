import { Badge } from '@mantine/core';
import type { ApplicantState } from '../../../shared/compare';
import { useApplicantsT } from '../../services/i18n/applicants';
import classes from './StateBadge.module.css';

/*
 * What the subsidy does for an applicant, in words and a colour that only repeats them: teal when
 * it causes the project, grey when the project pays off anyway, red when it is not enough. The
 * words take a darker shade (StateBadge.module.css), so they keep their contrast on the tint.
 */

const COLOURS: Readonly<Record<ApplicantState, string>> = {
  additional: 'teal',
  deadweight: 'gray',
  'not-viable': 'red',
};

export function StateBadge({ state }: { state: ApplicantState }) {
  const t = useApplicantsT();
  return (
    <Badge
      color={COLOURS[state]}
      variant="light"
      className={classes.badge}
      title={t(`stateHints.${state}`)}
      data-testid="state-badge"
      data-state={state}
      // The words carry the state; a badge's capitals would shout them, its ellipsis cut them.
      tt="none"
      styles={{
        root: { flexShrink: 0, overflow: 'visible', maxWidth: 'none' },
        label: { overflow: 'visible' },
      }}
    >
      {t(`states.${state}`)}
    </Badge>
  );
}
