import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { BASE_SCENARIO, type ScenarioFile } from '../../../shared/scenario';
import { useDocument } from './document-context';

/**
 * What a scenario of `file` is called: its display name, or its kind in the language shown when
 * its name is the kind's (`optimistic` reads 乐观 in Chinese), or its name.
 */
export function scenarioLabel(file: ScenarioFile | undefined, name: string, t: TFunction): string {
  if (name === BASE_SCENARIO) return t('options.scenarioKind.base');
  const named = file?.scenarios.find((candidate) => candidate.name === name);
  if (!named) return name;
  // A label that only repeats the kind ("Optimistic") reads better in the language shown.
  const plain = [named.kind, named.name].includes((named.label ?? named.name).trim().toLowerCase());
  if (plain) return t(`options.scenarioKind.${named.kind}`);
  return named.label ?? named.name;
}

/** What a scenario of the open document is called on screen (see `scenarioLabel`). */
export function useScenarioLabel(): (name: string) => string {
  const { t } = useTranslation();
  const { snapshot } = useDocument();
  return useCallback((name: string) => scenarioLabel(snapshot?.file, name, t), [snapshot, t]);
}
