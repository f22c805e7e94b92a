import { Tabs } from '@mantine/core';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLandmarks, type Landmark } from './landmarks';
import { useDocumentState } from '../services/session/document-context';
import { ActualsScreen } from '../features/actuals/ActualsScreen';
import { EditorScreen } from './EditorScreen';
import { ScenarioViewProvider } from '../services/fields/fields';
import { useScenarioView } from '../services/fields/scenario-view';
import { EvaluationProvider } from '../services/session/evaluation-context';
import { RiskScreen } from '../features/risk/RiskScreen';
import { ScenariosScreen } from '../features/scenarios/ScenariosScreen';
import classes from './Workspace.module.css';
import { useScenarioExport } from './use-export';

type Screen = 'editor' | 'scenarios' | 'risk' | 'actuals';

/** The element each landmark focuses: the editor's and the results' columns, the export button. */
const LANDMARK_ELEMENTS: Readonly<Record<Landmark, string>> = {
  editor: 'editor-region',
  results: 'results-region',
  export: 'results-export',
};

/** An open document: the editor with its results, the scenarios, the risk analyses, the actuals. */
export function Workspace() {
  const [screen, setScreen] = useState<Screen>('editor');
  const [pending, setPending] = useState<Landmark | null>(null);
  const opened = useDocumentState((api) => api.opened);
  // A landmark lives on the editor's screen: show it, then focus the landmark once it is drawn.
  useLandmarks((landmark) => {
    setScreen('editor');
    setPending(landmark);
  });
  useEffect(() => {
    if (pending === null || screen !== 'editor') return;
    const target = document.getElementById(LANDMARK_ELEMENTS[pending]);
    if (target === null) return;
    target.focus();
    setPending(null);
  });
  // A case just opened takes the focus, so the keyboard starts in it, not on the welcome screen.
  useEffect(() => {
    setScreen('editor');
    setPending('editor');
  }, [opened]);
  const view = useScenarioView();
  if (!view) return null;
  return <WorkspaceScreens view={view} screen={screen} setScreen={setScreen} />;
}

function WorkspaceScreens({
  view,
  screen,
  setScreen,
}: {
  view: NonNullable<ReturnType<typeof useScenarioView>>;
  screen: Screen;
  setScreen: (screen: Screen) => void;
}) {
  useScenarioExport(view.file, view.scenarioName, view.scenario);
  return (
    <ScenarioViewProvider view={view}>
      <EvaluationProvider scenario={view.scenario}>
        <WorkspaceTabs screen={screen} setScreen={setScreen} />
      </EvaluationProvider>
    </ScenarioViewProvider>
  );
}

/**
 * The screens' tabs, apart from the view: drawn again only when the screen changes, not at every
 * edit (their context would make React search the whole editor below them).
 */
const WorkspaceTabs = memo(function WorkspaceTabs({
  screen,
  setScreen,
}: {
  screen: Screen;
  setScreen: (screen: Screen) => void;
}) {
  const { t } = useTranslation();
  return (
    <Tabs
      value={screen}
      onChange={(value) =>
        setScreen(
          value === 'scenarios' || value === 'risk' || value === 'actuals' ? value : 'editor',
        )
      }
      className={classes.tabs}
      keepMounted={false}
    >
      <Tabs.List aria-label={t('nav.label')} px="md">
        <Tabs.Tab value="editor">{t('nav.editor')}</Tabs.Tab>
        <Tabs.Tab value="scenarios">{t('nav.scenarios')}</Tabs.Tab>
        <Tabs.Tab value="risk">{t('nav.risk')}</Tabs.Tab>
        <Tabs.Tab value="actuals">{t('nav.actuals')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="editor" className={classes.panel}>
        <EditorScreen />
      </Tabs.Panel>
      <Tabs.Panel value="scenarios" className={classes.panel}>
        <ScenariosScreen />
      </Tabs.Panel>
      <Tabs.Panel value="risk" className={classes.panel}>
        <RiskScreen />
      </Tabs.Panel>
      <Tabs.Panel value="actuals" className={classes.panel}>
        <ActualsScreen />
      </Tabs.Panel>
    </Tabs>
  );
});
