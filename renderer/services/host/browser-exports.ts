import { exportProblem } from '../../../shared/host/export/check';
import { workbookToCsv } from '../../../shared/host/export/csv';
import { hostIssue } from '../../../shared/host/issues';
import { FormulaExportRequestSchema } from '../../../shared/host/schemas';
import type {
  ExportRequest,
  ExportResult,
  FormulaExportRequest,
} from '../../../shared/host/schemas';
import { scenarioOfDocument } from '../../../shared/export/formula-workbook/scenario-of-document';
import { safeFileName, withExtension } from '../../../shared/scenario/file-names';
import type { FileAccess } from './files';
import { reasonOf } from './reason';

const exportTypes = {
  csv: { description: 'CSV', extensions: ['.csv'], mime: 'text/csv' },
  xlsx: {
    description: 'Excel workbook',
    extensions: ['.xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
} as const;

/**
 * File ▸ Export in the browser: CSV and XLSX of a table, the workbook with formulas of a document,
 * each saved where the person picks (or downloaded). ExcelJS loads only when a workbook is made.
 */
export function browserExports(files: FileAccess) {
  /** Asks where (or downloads), makes the file, writes it: every export, whatever it holds. */
  async function exportFile(
    name: string,
    format: 'csv' | 'xlsx',
    problem: string | null,
    makeBlob: () => Promise<Blob>,
  ): Promise<ExportResult> {
    const type = exportTypes[format];
    const suggestedName = withExtension(safeFileName(name), type.extensions[0] ?? '');
    if (problem !== null)
      return {
        status: 'failed',
        issues: [hostIssue('export.failed', { file: suggestedName, reason: problem })],
      };
    try {
      const target = await files.pickSaveTarget({
        suggestedName,
        ...type,
        extensions: [...type.extensions],
      });
      if (target === null) return { status: 'cancelled' };
      const blob = await makeBlob();
      if (target === 'download') files.download(suggestedName, blob);
      else await files.writeHandle(target, blob);
      return { status: 'saved', name: target === 'download' ? suggestedName : target.name };
    } catch (error) {
      return {
        status: 'failed',
        issues: [hostIssue('export.failed', { file: suggestedName, reason: reasonOf(error) })],
      };
    }
  }

  async function exportBlob(request: ExportRequest): Promise<Blob> {
    if (request.format === 'csv')
      return new Blob([workbookToCsv(request.workbook)], { type: exportTypes.csv.mime });
    // ExcelJS is large: load it only when someone exports a workbook.
    const { workbookToXlsx } = await import('../../../shared/host/export/xlsx');
    const bytes = await workbookToXlsx(request.workbook);
    return new Blob([bytes.slice().buffer], { type: exportTypes.xlsx.mime });
  }

  return {
    exportWorkbook(request: ExportRequest): Promise<ExportResult> {
      return exportFile(request.suggestedName, request.format, exportProblem(request), () =>
        exportBlob(request),
      );
    },

    exportFormulaWorkbook(request: FormulaExportRequest): Promise<ExportResult> {
      // The same contract the desktop's preload and main check.
      const checked = FormulaExportRequestSchema.safeParse(request);
      const found = checked.success ? scenarioOfDocument(request) : null;
      const problem = !checked.success
        ? (checked.error.issues[0]?.message ?? 'not valid')
        : found !== null && !found.ok
          ? found.problem
          : null;
      return exportFile(request.suggestedName, 'xlsx', problem, async () => {
        // ExcelJS and the workbook's rules load only when someone exports one.
        const { formulaWorkbookOfDocument } =
          await import('../../../shared/export/formula-workbook');
        const bytes = await formulaWorkbookOfDocument(request);
        return new Blob([bytes.slice().buffer], { type: exportTypes.xlsx.mime });
      });
    },
  };
}
