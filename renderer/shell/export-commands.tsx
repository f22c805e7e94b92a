import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult, Host, HostIssue, PrintResult } from '../../shared/host/host';
import { BASE_SCENARIO, serializeScenarioFile } from '../../shared/scenario';
import { safeFileName } from '../../shared/scenario/file-names';
import type { DocumentApi } from '../services/session/document-context';
import { investmentReportRequest } from '../features/report/investment-request';
import { useLastMonteCarlo } from '../features/risk/last-monte-carlo';
import { useScenarioLabel } from '../services/session/scenario-label';
import { useSettings } from '../services/settings/settings-context';
import { hostFailureReason } from '../services/host/host-context';
import { useNotices } from '../services/ui/notices';
import type { ReportSource, WorkbookSource } from '../services/commands/file-commands-context';
import { PrintDialog, type PrintChoices } from './PrintDialog';

/**
 * File ▸ Export and Print: the CSV or XLSX of what the results show, the workbook with formulas
 * and the board report of the scenario on screen, each through the host, each saying what came of
 * it. The results panel registers what there is to export; the print dialog asks for the report's
 * unit, preparer and risk section before printing.
 */
export function useExportCommands({
  host,
  documentApi,
  issueLines,
}: {
  host: Host | null;
  documentApi: DocumentApi;
  issueLines: (issues: readonly HostIssue[]) => string[];
}) {
  const { t } = useTranslation();
  const { notify } = useNotices();
  const { settings, language, update: updateSettings } = useSettings();
  const { last: lastMonteCarlo } = useLastMonteCarlo();
  const labelScenario = useScenarioLabel();
  const workbookSource = useRef<WorkbookSource | null>(null);
  const reportSource = useRef<ReportSource | null>(null);
  const [exportable, setExportable] = useState(false);
  const [printing, setPrinting] = useState(false);

  const setWorkbookSource = useCallback((source: WorkbookSource | null) => {
    workbookSource.current = source;
    setExportable(source !== null);
  }, []);
  const setReportSource = useCallback((source: ReportSource | null) => {
    reportSource.current = source;
  }, []);

  const exportWorkbook = useCallback(
    async (format: 'csv' | 'xlsx') => {
      const workbook = workbookSource.current?.(format);
      const state = documentApi.current().document;
      if (!host || !workbook || !state) return;
      const base = safeFileName(state.history.present.file.project.name, t('app.untitled'));
      let result: ExportResult;
      try {
        result = await host.exportWorkbook({
          format,
          suggestedName: `${base}.${format}`,
          workbook,
        });
      } catch (error) {
        // The host refused the request (the contract's check) or broke off: say so, never nothing.
        notify('error', t('files.exportFailed'), [hostFailureReason(error)]);
        return;
      }
      if (result.status === 'failed')
        notify('error', t('files.exportFailed'), issueLines(result.issues));
      else if (result.status === 'saved')
        notify('info', t('files.exported', { file: result.name }));
    },
    [documentApi, host, issueLines, notify, t],
  );

  const exportFormulas = useCallback(async () => {
    const source = reportSource.current?.();
    if (!host || !source) return;
    const base = safeFileName(source.file.project.name, t('app.untitled'));
    let result: ExportResult;
    try {
      result = await host.exportFormulaWorkbook({
        suggestedName: `${base}.xlsx`,
        language,
        documentText: serializeScenarioFile(source.file),
        scenarioId: source.scenario === BASE_SCENARIO ? null : source.scenario,
      });
    } catch (error) {
      notify('error', t('files.exportFailed'), [hostFailureReason(error)]);
      return;
    }
    if (result.status === 'failed')
      notify('error', t('files.exportFailed'), issueLines(result.issues));
    else if (result.status === 'saved') notify('info', t('files.exported', { file: result.name }));
  }, [host, issueLines, language, notify, t]);

  const print = useCallback(
    async (choices: PrintChoices) => {
      const source = reportSource.current?.();
      if (!host || !source) return;
      if (choices.preparer !== settings.preparer) updateSettings({ preparer: choices.preparer });
      const report = investmentReportRequest({
        file: source.file,
        scenario: source.scenario,
        language,
        amountScale: choices.amountScale,
        preparer: choices.preparer === '' ? null : choices.preparer,
        monteCarlo: choices.monteCarlo,
        statements: choices.statements,
      });
      const base = safeFileName(source.file.project.name, t('app.untitled'));
      let result: PrintResult;
      try {
        result = await host.printToPdf({ suggestedName: `${base}.pdf`, report });
      } catch (error) {
        notify('error', t('files.printFailed'), [hostFailureReason(error)]);
        return;
      }
      if (result.status === 'failed')
        notify('error', t('files.printFailed'), issueLines(result.issues));
      else if (result.status === 'saved') notify('info', t('files.printed', { file: result.name }));
    },
    [host, issueLines, language, notify, settings.preparer, t, updateSettings],
  );

  /** Print ▸ PDF opens the dialog, once there is a scenario on screen to print. */
  const askToPrint = useCallback(() => {
    if (reportSource.current) setPrinting(true);
  }, []);

  const printDialog: ReactNode = (
    <PrintDialog
      opened={printing}
      scenarioLabel={labelScenario(reportSource.current?.().scenario ?? BASE_SCENARIO)}
      preparer={settings.preparer}
      currency={reportSource.current?.().file.project.currency ?? 'CNY'}
      lastRun={lastMonteCarlo}
      onClose={() => setPrinting(false)}
      onPrint={(choices) => {
        setPrinting(false);
        void print(choices);
      }}
    />
  );

  return {
    setWorkbookSource,
    setReportSource,
    exportable,
    exportWorkbook,
    exportFormulas,
    askToPrint,
    printDialog,
  };
}
