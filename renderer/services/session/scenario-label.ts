import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioFile } from '../../../shared/scenario';
import { scenarioLabel as sharedScenarioLabel } from '../../../shared/scenario/scenario-label';
import { useDocument } from './document-context';

/** What a scenario of `file` is called, in the language shown (see the shared `scenarioLabel`). */
export function scenarioLabel(file: ScenarioFile | undefined, name: string, t: TFunction): string {
  return sharedScenarioLabel(file, name, (kind) => t(`options.scenarioKind.${kind}`));
}

/** What a scenario of the open document is called on screen (see `scenarioLabel`). */
export function useScenarioLabel(): (name: string) => string {
  const { t } = useTranslation();
  const { snapshot } = useDocument();
  return useCallback((name: string) => scenarioLabel(snapshot?.file, name, t), [snapshot, t]);
}
