import type { ScenarioWarning } from '../../../shared/model';
import { useSettledEvaluation } from '../../services/session/evaluation-context';
import { WarningList } from '../../services/figures/WarningList';
import { useViewRead } from '../../services/fields/fields';

/** The plausibility warnings of one section of the editor, above its fields. */
export function SectionWarnings({ section }: { section: NonNullable<ScenarioWarning['section']> }) {
  const { warnings } = useSettledEvaluation();
  const view = useViewRead();
  return (
    <WarningList
      warnings={warnings.filter((warning) => warning.section === section)}
      currency={view.scenario.project.currency}
      testId={`warnings-${section}`}
    />
  );
}
