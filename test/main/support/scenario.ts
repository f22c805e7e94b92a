import { readFileSync } from 'node:fs';

/** A valid scenario file as the app ships it: the examples are kept valid by their own tests. */
export const validScenarioText = readFileSync('assets/examples/reference-a.json', 'utf8');

export function withProjectName(name: string): string {
  const document = JSON.parse(validScenarioText) as { project: { name: string } };
  document.project.name = name;
  return `${JSON.stringify(document, null, 2)}\n`;
}
