import { Button, Group } from '@mantine/core';
import { useCallback, useMemo, useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { safeFileName } from '../../../shared/scenario/file-names';
import {
  actualsTemplate,
  csvGrid,
  readActualsTemplate,
  type TemplateTexts,
} from '../../../shared/monitor';
import { useHost } from '../../services/host/host-context';
import { useNotices } from '../../services/ui/notices';
import { check } from '../../services/document/scenario-edits';
import { useView } from '../../services/fields/fields';
import { useIssueText } from '../../services/texts/issue-text';

/**
 * The actuals template: exported as CSV or XLSX with the actuals the file has, filled in a
 * spreadsheet and imported back. A template with a cell that cannot be taken changes nothing and
 * says which cells, by row and column, in the language shown.
 */
export function TemplateButtons() {
  const { t } = useTranslation();
  const view = useView();
  const host = useHost();
  const { notify } = useNotices();
  const { scenarioIssue } = useIssueText(view.file.project.currency, view.file);
  const input = useRef<HTMLInputElement | null>(null);
  const texts: TemplateTexts = useMemo(
    () => ({
      sheet: t('actuals.template.sheet'),
      section: t('actuals.template.section'),
      id: t('actuals.template.id'),
      line: t('actuals.template.line'),
      months: t('actuals.template.months'),
      taxPaid: t('actuals.template.taxPaid'),
      notes: t('actuals.template.notes'),
      lists: {
        savings: t('actuals.group.savings'),
        runningCosts: t('actuals.group.runningCosts'),
        capex: t('actuals.group.capex'),
        subsidies: t('actuals.group.subsidies'),
      },
    }),
    [t],
  );

  const exportTemplate = useCallback(
    async (format: 'csv' | 'xlsx') => {
      if (!host) return;
      const base = safeFileName(view.file.project.name, t('app.untitled'));
      try {
        const result = await host.exportWorkbook({
          format,
          suggestedName: `${base} ${t('actuals.template.fileSuffix')}.${format}`,
          workbook: actualsTemplate(view.file, texts),
        });
        if (result.status === 'saved') notify('info', t('files.exported', { file: result.name }));
        else if (result.status === 'failed')
          notify(
            'error',
            t('files.exportFailed'),
            result.issues.map((issue) => issue.message),
          );
      } catch (error) {
        notify('error', t('files.exportFailed'), [String(error)]);
      }
    },
    [host, view.file, texts, notify, t],
  );

  const imported = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const chosen = event.target.files?.[0];
      event.target.value = '';
      if (chosen === undefined) return;
      let grid: string[][];
      try {
        grid = /\.xlsx$/i.test(chosen.name)
          ? // ExcelJS is large: it loads only when someone reads a workbook back.
            await (
              await import('../../../shared/monitor/template-xlsx')
            ).xlsxGrid(new Uint8Array(await chosen.arrayBuffer()))
          : csvGrid(await chosen.text());
      } catch {
        notify('error', t('actuals.import.failed', { file: chosen.name }), [
          t('actuals.import.unreadable'),
        ]);
        return;
      }
      const result = readActualsTemplate(view.file, grid);
      if (!result.ok) {
        const lines =
          'problems' in result
            ? result.problems.map((problem) =>
                t(`actuals.import.problem.${problem.code}`, {
                  row: problem.row,
                  column: problem.column,
                  rowLabel: problem.rowLabel,
                  columnLabel: problem.columnLabel,
                  value: problem.value,
                }),
              )
            : result.issues.map((issue) => t('files.issueAt', { ...scenarioIssue(issue) }));
        notify('error', t('actuals.import.failed', { file: chosen.name }), lines);
        return;
      }
      const changed = view.changeBase(() => check(result.file));
      if (changed.ok) notify('info', t('actuals.import.done', { file: chosen.name }));
    },
    [view, notify, scenarioIssue, t],
  );

  return (
    <Group gap="xs">
      <Button variant="default" size="xs" onClick={() => void exportTemplate('xlsx')}>
        {t('actuals.template.exportXlsx')}
      </Button>
      <Button variant="default" size="xs" onClick={() => void exportTemplate('csv')}>
        {t('actuals.template.exportCsv')}
      </Button>
      <Button size="xs" onClick={() => input.current?.click()}>
        {t('actuals.import.button')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        onChange={(event) => void imported(event)}
        data-testid="actuals-import"
      />
    </Group>
  );
}
