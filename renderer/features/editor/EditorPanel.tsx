import { memo } from 'react';
import { Alert, Group, NativeSelect, Stack, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SCENARIO_SECTIONS } from '../../../shared/scenario/sections';
import { useDocument } from '../../services/session/document-context';
import { useScenarioLabel } from '../../services/session/scenario-label';
import { useViewRead } from '../../services/fields/fields';
import { BaselineSection } from './sections/BaselineSection';
import { EffectsSection } from './sections/EffectsSection';
import { FinancingSection } from './sections/FinancingSection';
import { InvestmentSection } from './sections/InvestmentSection';
import { ParametersSection } from './sections/ParametersSection';
import { ProjectSection } from './sections/ProjectSection';
import { RunningCostsSection } from './sections/RunningCostsSection';
import { SubsidiesSection } from './sections/SubsidiesSection';
import { TaxSection } from './sections/TaxSection';
import { WorkingCapitalSection } from './sections/WorkingCapitalSection';
import classes from './EditorPanel.module.css';

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if ((overflowY === 'auto' || overflowY === 'scroll') && at.scrollHeight > at.clientHeight) {
      return at;
    }
  }
  return null;
}

export const editorSections = SCENARIO_SECTIONS;

/** Each section reads the parts of the view it shows, and is drawn when they change, not with the panel. */
const Sections = memo(function Sections() {
  return (
    <>
      <ProjectSection />
      <BaselineSection />
      <InvestmentSection />
      <EffectsSection />
      <RunningCostsSection />
      <WorkingCapitalSection />
      <SubsidiesSection />
      <TaxSection />
      <FinancingSection />
      <ParametersSection />
    </>
  );
});

/** The scenario editor: which scenario is edited, a jump list, and the sections in file order. */
export function EditorPanel() {
  const { t } = useTranslation();
  const view = useViewRead();
  const { select } = useDocument();
  const label = useScenarioLabel();
  const names = ['base', ...view.file.scenarios.map((named) => named.name)];

  // Only the column that scrolls moves: scrollIntoView would also scroll the window and push the
  // menu bar out of sight.
  const jump = (section: string) => {
    const heading = document.getElementById(`section-${section}-title`);
    if (!heading) return;
    const column = scrollingAncestor(heading);
    if (column) {
      const top = heading.getBoundingClientRect().top - column.getBoundingClientRect().top;
      column.scrollTo({ top: column.scrollTop + top - 8, behavior: 'smooth' });
    }
    heading.focus({ preventScroll: true });
  };

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        {names.length > 1 && (
          <NativeSelect
            label={t('editor.editing')}
            value={view.scenarioName}
            onChange={(event) => select(event.currentTarget.value)}
            data={names.map((name) => ({ value: name, label: label(name) }))}
            w={240}
          />
        )}
        <nav aria-label={t('editor.sectionsNav')} className={classes.nav}>
          {editorSections.map((section) => (
            <UnstyledButton key={section} className={classes.jump} onClick={() => jump(section)}>
              {t(`editor.sections.${section}`)}
            </UnstyledButton>
          ))}
        </nav>
      </Group>
      {!view.isBase && (
        <Alert
          color="blue"
          variant="light"
          title={t('editor.namedTitle', { name: label(view.scenarioName) })}
        >
          {t('editor.namedBody')}{' '}
          {t('editor.namedChanges', {
            count:
              view.file.scenarios.find((named) => named.name === view.scenarioName)?.overrides
                .length ?? 0,
          })}
        </Alert>
      )}
      <form
        aria-label={t('editor.label')}
        onSubmit={(event) => event.preventDefault()}
        className={classes.form}
      >
        <Sections />
      </form>
    </Stack>
  );
}
