import { BASE_SCENARIO } from './file';
import type { ScenarioFile } from './schema';

/**
 * What a scenario of `file` is called: its display name, or its kind in the language shown when
 * its name or label only repeats the kind (`optimistic` reads 乐观 in Chinese), or its name.
 */
export function scenarioLabel(
  file: ScenarioFile | undefined,
  name: string,
  kindLabel: (kind: 'base' | 'optimistic' | 'pessimistic' | 'custom') => string,
): string {
  if (name === BASE_SCENARIO) return kindLabel('base');
  const named = file?.scenarios.find((candidate) => candidate.name === name);
  if (!named) return name;
  // A label that only repeats the kind ("Optimistic") reads better in the language shown.
  const plain = [named.kind, named.name].includes((named.label ?? named.name).trim().toLowerCase());
  if (plain) return kindLabel(named.kind);
  return named.label ?? named.name;
}
