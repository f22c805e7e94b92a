import { Dec } from '../../../shared/finance/decimal';
import { evaluateScenario } from '../../../shared/model';
import { parseScenarioFile, selectScenario, type ScenarioFile } from '../../../shared/scenario';

/* The example files as the page bundles them, for the screen tests. */

export const examples = import.meta.glob<string>('../../../assets/examples/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function exampleText(name: string): string {
  const found = Object.entries(examples).find(([path]) => path.endsWith(`/${name}.json`));
  if (!found) throw new Error(`no example ${name}`);
  return found[1];
}

export function exampleFile(name: string): ScenarioFile {
  const parsed = parseScenarioFile(exampleText(name));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.file;
}

/** The NPV of an example's base (its text changed by `edit`), to the cent as the card shows it. */
export function exampleNpv(name: string, edit?: (text: string) => string): string {
  const text = exampleText(name);
  const parsed = parseScenarioFile(edit ? edit(text) : text);
  if (!parsed.ok) throw new Error(`${name} does not load`);
  const selected = selectScenario(parsed.file);
  if (!selected.ok) throw new Error(`${name} has no base`);
  return evaluateScenario(selected.scenario)
    .metrics.npv.toDecimalPlaces(2, Dec.ROUND_HALF_UP)
    .toFixed(2);
}
