import type { ScenarioWarning } from '../../shared/model';
import { useEvaluation } from '../results/evaluation-context';
import { WarningList } from '../results/WarningList';
import { useView } from './fields';

/** The plausibility warnings of one section of the editor, above its fields. */
export function SectionWarnings({ section }: { section: NonNullable<ScenarioWarning['section']> }) {
  const { warnings } = useEvaluation();
  const view = useView();
  return (
    <WarningList
      warnings={warnings.filter((warning) => warning.section === section)}
      currency={view.scenario.project.currency}
      testId={`warnings-${section}`}
    />
  );
}
