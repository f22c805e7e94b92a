import { formatIssue, parseScenarioFile, selectScenario, type Scenario } from '../../scenario';

/** What names a workbook's scenario: the file's text and a scenario in it (null: the base). */
export interface DocumentScenario {
  readonly documentText: string;
  readonly scenarioId: string | null;
}

/**
 * The scenario a formula-workbook request names, or why there is none (the problems of the file,
 * or a scenario the file does not have). Both hosts ask this before asking where to save.
 */
export function scenarioOfDocument(
  request: DocumentScenario,
): { ok: true; scenario: Scenario; name: string } | { ok: false; problem: string } {
  const parsed = parseScenarioFile(request.documentText);
  if (!parsed.ok) return { ok: false, problem: parsed.issues.map(formatIssue).join('; ') };
  const selected = selectScenario(parsed.file, request.scenarioId ?? undefined);
  if (!selected.ok) return { ok: false, problem: selected.issues.map(formatIssue).join('; ') };
  return { ok: true, scenario: selected.scenario, name: selected.name };
}
