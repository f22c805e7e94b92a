import type { FormulaExportRequest } from '../../host/schemas';
import { evaluateScenario } from '../../model';
import { formatIssue, parseScenarioFile, selectScenario } from '../../scenario';
import { formulaWorkbookXlsx } from './workbook';

/**
 * The workbook with formulas of a document as the app holds it: the file's text and the scenario
 * shown. Both hosts call this, so the desktop and the browser write the same file; a document
 * the model cannot evaluate is refused with the problems named.
 */
export async function formulaWorkbookOfDocument(
  request: FormulaExportRequest,
): Promise<Uint8Array> {
  const parsed = parseScenarioFile(request.documentText);
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('; '));
  const selected = selectScenario(parsed.file, request.scenarioId ?? undefined);
  if (!selected.ok) throw new Error(selected.issues.map(formatIssue).join('; '));
  return formulaWorkbookXlsx({
    evaluation: evaluateScenario(selected.scenario),
    language: request.language,
    scenarioName: selected.name,
    sourceName: request.suggestedName,
  });
}
