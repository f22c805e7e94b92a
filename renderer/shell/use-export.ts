import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../shared/finance/decimal';
import { readableWorkbook } from '../../shared/host/export/readable';
import { scenarioWorkbook } from '../../shared/host/export/scenario-workbook';
import { TAX_CHAIN_ROLES } from '../../shared/model';
import type { Scenario, ScenarioFile } from '../../shared/scenario';
import { useFileCommands } from '../services/commands/file-commands-context';
import { useFormat } from '../services/format/use-format';
import { fieldLabel } from '../services/texts/issue-text';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

const GROUPS = ['savings', 'runningCosts', 'capex', 'workingCapital', 'subsidies'] as const;

/**
 * Makes the scenario shown exportable (File ▸ Export): the shared workbook of inputs (by their
 * labels), projection and metrics, its headings, sheet names and words in the language shown, its
 * amounts in the unit shown and rounded as shown; and the board report (File ▸ Export PDF).
 */
export function useScenarioExport(
  file: ScenarioFile,
  scenarioName: string,
  scenario: Scenario,
): void {
  const { t, i18n } = useTranslation();
  const { setWorkbookSource, setReportSource } = useFileCommands();
  const format = useFormat(scenario.project.currency);
  const percent = useCallback((rate: string) => format.percentShort(new Dec(rate)), [format]);

  const label = useCallback(
    (key: string): string => {
      const loose = t as unknown as LooseT;
      const first = (...keys: string[]) => keys.find((candidate) => i18n.exists(candidate));
      const line = /^(\w+)\[(.+)\]$/.exec(key);
      if (line?.[1] === 'financingSubsidies') {
        // An interest subsidy flows with its loan: a column of the equity view, named by its item.
        const name = scenario.subsidies.find((item) => item.id === line[2])?.name ?? line[2];
        return t('export.line', { group: t('export.financingSubsidy'), name: name ?? '' });
      }
      if (line && (GROUPS as readonly string[]).includes(line[1] ?? '')) {
        const list =
          scenario[
            line[1] === 'savings'
              ? 'effects'
              : (line[1] as 'runningCosts' | 'capex' | 'workingCapital' | 'subsidies')
          ] ?? [];
        const name = list.find((item) => item.id === line[2])?.name ?? line[2];
        return t('export.line', {
          group: loose(`results.table.rows.${line[1]}`),
          name: name ?? '',
        });
      }
      const total = /^(\w+)Total$/.exec(key);
      if (total && (GROUPS as readonly string[]).includes(total[1] ?? '')) {
        return t('export.total', { group: loose(`results.table.rows.${total[1]}`) });
      }
      const found = first(
        `export.columns.${key}`,
        `results.kpi.${key}`,
        `risk.metrics.${key}`,
        `scenarios.metrics.${key}`,
        `export.metrics.${key}`,
        `results.table.rows.${key}`,
      );
      const text = found ? loose(found) : key;
      // The tax computation's columns say how they add up, as a statement of accounts does.
      const role = TAX_CHAIN_ROLES.get(key);
      if (role === 'less' || role === 'add' || role === 'memo')
        return loose(`export.chain.${role}`, { label: text });
      if (role === 'rate')
        return loose('export.chain.rate', { label: text, rate: percent(scenario.tax.rate) });
      return text;
    },
    [t, i18n, scenario, percent],
  );

  const fieldName = useCallback(
    (location: readonly (string | number)[]) =>
      fieldLabel([...location], t, (key) => i18n.exists(key), scenario),
    [t, i18n, scenario],
  );

  useEffect(() => {
    setWorkbookSource((kind) => {
      const built = scenarioWorkbook(file, {
        scenario: scenarioName,
        label,
        fieldLabel: fieldName,
        words: {
          inputs: t('export.sheets.inputs'),
          projection: t('export.sheets.projection'),
          metrics: t('export.sheets.metrics'),
          yes: t('common.yes'),
          no: t('common.no'),
          none: t('export.none'),
          notWithinHorizon: t('format.notWithinHorizon'),
        },
        parts: kind === 'csv' ? ['projection', 'metrics'] : ['inputs', 'projection', 'metrics'],
      });
      if (!built.ok) return null;
      // For a reader: amounts in the unit shown, rounded as the screen rounds them.
      return readableWorkbook(built.workbook, {
        scale: format.scale,
        amountHeader: (header) => t('export.withUnit', { label: header, unit: format.amountUnit }),
      });
    });
    setReportSource(() => ({ file, scenario: scenarioName }));
    return () => {
      setWorkbookSource(null);
      setReportSource(null);
    };
  }, [file, scenarioName, label, fieldName, format, t, setWorkbookSource, setReportSource]);
}
