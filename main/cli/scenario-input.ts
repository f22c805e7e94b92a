import {
  DEFAULT_JSON_LIMITS,
  formatIssue,
  parseScenarioFile,
  selectScenario,
  type SelectedScenario,
  type ScenarioFile,
  type ValidationIssue,
} from '../../shared/scenario';
import type { CliIo } from './io';
import { shown } from './shown';

// Scenario files named on the command line: read, validated, and problems printed as
// `FILE: path.to.field: message`, the same for every command.

export function printIssues(io: CliIo, file: string, issues: readonly ValidationIssue[]): void {
  io.stderr(issues.map((found) => shown`${file}: ${formatIssue(found)}\n`).join(''));
}

export async function loadFile(
  io: CliIo,
  path: string,
): Promise<{ ok: true; file: ScenarioFile; text: string; migratedFrom?: number } | { ok: false }> {
  const read = await io.readFile(path, DEFAULT_JSON_LIMITS.maxLength);
  if (!read.ok) {
    io.stderr(shown`${path}: (file): ${read.message}\n`);
    return { ok: false };
  }
  const parsed = parseScenarioFile(read.text);
  if (!parsed.ok) {
    printIssues(io, path, parsed.issues);
    return { ok: false };
  }
  return parsed.migratedFrom === undefined
    ? { ok: true, file: parsed.file, text: read.text }
    : { ok: true, file: parsed.file, text: read.text, migratedFrom: parsed.migratedFrom };
}

/** A file and one of its scenarios (`base` when not named); problems printed as above. */
export async function loadScenario(
  io: CliIo,
  path: string,
  scenarioName: string | undefined,
): Promise<{ ok: true; file: ScenarioFile; text: string; selected: SelectedOk } | { ok: false }> {
  const loaded = await loadFile(io, path);
  if (!loaded.ok) return loaded;
  const selected = selectScenario(loaded.file, scenarioName);
  if (!selected.ok) {
    printIssues(io, path, selected.issues);
    return { ok: false };
  }
  return { ok: true, file: loaded.file, text: loaded.text, selected };
}

type SelectedOk = Extract<SelectedScenario, { ok: true }>;
