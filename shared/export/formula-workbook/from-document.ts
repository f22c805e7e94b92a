import type { Locale } from '../../i18n/locale';
import { evaluateScenario } from '../../model';
import { scenarioOfDocument, type DocumentScenario } from './scenario-of-document';
import { formulaWorkbookXlsx } from './workbook';

/**
 * The workbook with formulas of a document as the app holds it: the file's text and the scenario
 * shown. Both hosts call this, so the desktop and the browser write the same file.
 */
export async function formulaWorkbookOfDocument(
  request: DocumentScenario & { readonly language: Locale; readonly suggestedName: string },
): Promise<Uint8Array> {
  const selected = scenarioOfDocument(request);
  if (!selected.ok) throw new Error(selected.problem);
  return formulaWorkbookXlsx({
    evaluation: evaluateScenario(selected.scenario),
    language: request.language,
    scenarioName: selected.name,
    sourceName: request.suggestedName,
  });
}
