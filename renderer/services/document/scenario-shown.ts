import { baseOf, selectScenario, type Scenario, type ScenarioFile } from '../../../shared/scenario';

const shown = new WeakMap<ScenarioFile, Map<string, Scenario>>();

/**
 * The scenario `name` of a file as the editor shows it (the base where no scenario has that name):
 * one object for one file and name, so that the model asked for it as the edit is made and the
 * results drawn after it know they are of the same scenario.
 */
export function scenarioShown(file: ScenarioFile, name: string): Scenario {
  let byName = shown.get(file);
  if (byName === undefined) shown.set(file, (byName = new Map()));
  let scenario = byName.get(name);
  if (scenario === undefined) {
    const found = selectScenario(file, name);
    scenario = found.ok ? found.scenario : baseOf(file);
    byName.set(name, scenario);
  }
  return scenario;
}
