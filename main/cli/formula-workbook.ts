import type { FormulaWorkbookRequest } from '../../shared/export/formula-workbook';

/*
 * The workbook with formulas, loaded only by the commands that write one: exceljs and what it
 * brings are most of the command line's code, and every other command (a report above all)
 * starts sooner without reading them.
 */

export async function formulaWorkbookXlsx(request: FormulaWorkbookRequest): Promise<Uint8Array> {
  const workbook = await import('../../shared/export/formula-workbook');
  return workbook.formulaWorkbookXlsx(request);
}
