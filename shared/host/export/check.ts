import { ExportRequestSchema } from '../schemas';

/**
 * Why an export cannot be written, naming the sheet, row and column, or null when it can. The
 * desktop's preload and main refuse a request outside the contract; the browser host checks the
 * same contract with this, so an export fails alike everywhere — and visibly, never by writing a
 * number no spreadsheet holds (a 401-digit figure becomes Infinity in JavaScript).
 */
export function exportProblem(request: unknown): string | null {
  const checked = ExportRequestSchema.safeParse(request);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  if (issue === undefined) return 'the export is not valid';
  const [, , sheetIndex, part, row, column] = issue.path;
  const sheets = (request as { workbook?: { sheets?: unknown } } | null)?.workbook?.sheets;
  const sheet = Array.isArray(sheets) && typeof sheetIndex === 'number' ? sheets[sheetIndex] : null;
  const typed = sheet as { name?: unknown; columns?: { header?: unknown }[] } | null;
  const name = typeof typed?.name === 'string' ? typed.name : `sheet ${Number(sheetIndex) + 1}`;
  if (part === 'rows' && typeof row === 'number' && typeof column === 'number') {
    const header = typed?.columns?.[column]?.header;
    const columnName = typeof header === 'string' ? `"${header}"` : String(column + 1);
    return `${name}, row ${row + 1}, column ${columnName}: ${issue.message}`;
  }
  return `${issue.path.join('.') || 'the export'}: ${issue.message}`;
}
