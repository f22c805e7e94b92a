import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  comparisonSheet,
  scoreBreakdownSheet,
  type Applicant,
  type Comparison,
} from '../../../shared/compare';
import { readableWorkbook } from '../../../shared/host/export/readable';
import type { ExportResult, ExportWorkbook, PrintResult } from '../../../shared/host/schemas';
import type { ReportRequest } from '../../../shared/report/request';
import { hostFailureReason, useHost } from '../../services/host/host-context';
import { useFormat } from '../../services/format/use-format';
import { useApplicantsT } from '../../services/i18n/applicants';
import { useTableTexts } from '../../services/texts/applicant-texts';

/*
 * Exports through the host, like every export of the app: CSV (UTF-8 with BOM) and XLSX from the
 * same tables, and the comparison report as a PDF (the report page recomputes it from the request).
 * The tables are shared/compare's, with the texts shown and the amounts as shown (readable.ts).
 */

export type ExportStatus = { readonly kind: 'info' | 'error'; readonly text: string } | null;

/** Excel forbids []:*?/\ in sheet names and allows 31 characters. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

export function useComparisonExport(
  comparison: Comparison | null,
  currency: string,
  applicants: readonly Applicant[],
) {
  const t = useApplicantsT();
  const host = useHost();
  const texts = useTableTexts(currency, applicants);
  const format = useFormat(currency);
  const { t: appT } = useTranslation();
  // For a reader: amounts in the unit shown, rounded as the screen rounds them, the unit named.
  const readable = useCallback(
    (book: ExportWorkbook): ExportWorkbook =>
      readableWorkbook(book, {
        scale: format.scale,
        amountHeader: (header) =>
          appT('export.withUnit', { label: header, unit: format.amountUnit }),
      }),
    [format, appT],
  );
  const [status, setStatus] = useState<ExportStatus>(null);

  const workbook = useCallback(
    (forCsv: boolean): ExportWorkbook | null => {
      if (comparison === null) return null;
      const applicantsSheet = comparisonSheet(
        comparison,
        texts.table,
        sheetName(t('export.sheetApplicants')),
      );
      // A CSV holds one table for spreadsheets to open; the workbook adds each score's breakdown.
      if (forCsv) return readable({ sheets: [applicantsSheet] });
      return readable({
        sheets: [
          applicantsSheet,
          scoreBreakdownSheet(comparison, texts.breakdown, sheetName(t('export.sheetScores'))),
        ],
      });
    },
    [comparison, texts, t, readable],
  );

  // Export and print answer alike: saved, handed to the print dialog, failed, or cancelled.
  const statusOf = useCallback(
    (result: ExportResult | PrintResult): ExportStatus => {
      switch (result.status) {
        case 'saved':
          return { kind: 'info', text: t('export.done', { file: result.name }) };
        case 'print-dialog':
          return { kind: 'info', text: t('export.printDialog') };
        case 'failed':
          return {
            kind: 'error',
            text: t('export.failed', {
              reason: result.issues.map((issue) => issue.message).join('; '),
            }),
          };
        default:
          return null;
      }
    },
    [t],
  );

  const exportAs = useCallback(
    async (format: 'csv' | 'xlsx') => {
      const book = workbook(format === 'csv');
      if (book === null) return;
      if (host === null) {
        setStatus({ kind: 'error', text: t('export.noHost') });
        return;
      }
      try {
        const result = await host.exportWorkbook({
          format,
          suggestedName: `${t('export.fileName')}.${format}`,
          workbook: book,
        });
        setStatus(statusOf(result));
      } catch (error) {
        // The host refused the request or broke off: say so, never nothing.
        setStatus({
          kind: 'error',
          text: t('export.failed', { reason: hostFailureReason(error) }),
        });
      }
    },
    [host, workbook, statusOf, t],
  );

  const print = useCallback(
    async (report: ReportRequest) => {
      if (host === null) {
        setStatus({ kind: 'error', text: t('export.noHost') });
        return;
      }
      try {
        const result = await host.printToPdf({
          suggestedName: `${t('export.fileName')}.pdf`,
          report,
        });
        setStatus(statusOf(result));
      } catch (error) {
        setStatus({
          kind: 'error',
          text: t('export.failed', { reason: hostFailureReason(error) }),
        });
      }
    },
    [host, t, statusOf],
  );

  return { exportAs, print, status, clearStatus: () => setStatus(null), workbook };
}
