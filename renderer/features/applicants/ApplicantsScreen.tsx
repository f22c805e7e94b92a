import {
  Alert,
  Button,
  Container,
  Group,
  List,
  Menu,
  Progress,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import {
  compareApplicants,
  DEFAULT_SETTINGS,
  type CollectedApplicants,
  type CompareSettings,
} from '../../../shared/compare';
import { monitoringReportRequest } from '../../../shared/monitor';
import { localIsoDate } from '../../../shared/report/report-date';
import { ApplicantCase } from './ApplicantCase';
import { ApplicantsTable } from './ApplicantsTable';
import { BudgetPanel, budgetRequest, INITIAL_BUDGET, type BudgetState } from './BudgetPanel';
import { ApplicantsMap } from '../../services/charts/applicant-charts';
import { useFormat } from '../../services/format/use-format';
import { exampleApplicantsIn } from './examples';
import { useComparisonExport } from './export';
import { FlagsPanel } from './FlagsPanel';
import { initialMonitorSettings, MonitorPanel } from './MonitorPanel';
import { useApplicantsT } from '../../services/i18n/applicants';
import { assessFiles, readPickedFiles, type SourceFile } from './load';
import { RankingTable, WeightsEditor } from './RankingPanel';
import { applicantsReportRequest } from './report-request';
import { useSettings } from '../../services/settings/settings-context';
import { useReasonText } from '../../services/texts/applicant-texts';

/*
 * The subsidy officer's workspace: a folder of applications in, a defensible proposal out.
 * Loading runs in a web worker with a progress bar; everything after — what the subsidy does for
 * each applicant, flags, scores, ranking, the allocation — is shared/compare's, recomputed when
 * the officer changes a weight, a threshold, a check or the budget. An applicant's name opens its
 * whole case (read-only, evaluated again from its file); "Back to the list" returns to the tab,
 * its sorting and filter as they were.
 */

type Tab = 'table' | 'ranking' | 'budget' | 'charts' | 'flags' | 'monitor';
const TABS: readonly Tab[] = ['table', 'ranking', 'budget', 'charts', 'flags', 'monitor'];

export function ApplicantsScreen() {
  const t = useApplicantsT();
  const reasonText = useReasonText();
  const [loaded, setLoaded] = useState<CollectedApplicants | null>(null);
  // The texts as read, for the PDF report, which recomputes everything from them.
  const [sources, setSources] = useState<readonly SourceFile[]>([]);
  const { language, settings: appSettings, update: updateAppSettings } = useSettings();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [settings, setSettings] = useState<CompareSettings>(DEFAULT_SETTINGS);
  const [budget, setBudget] = useState<BudgetState>(INITIAL_BUDGET);
  const [tab, setTab] = useState<Tab>('table');
  const [monitorSettings, setMonitorSettings] = useState(initialMonitorSettings);
  const [title, setTitle] = useState('');
  // The applicant whose case is open, and the one to return the focus to when it closes.
  const [opened, setOpened] = useState<string | null>(null);
  const returnTo = useRef<string | null>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const loads = useRef(0);

  // With hundreds of applicants a new ranking takes a moment: typing a weight stays responsive.
  const deferredSettings = useDeferredValue(settings);
  const deferredBudget = useDeferredValue(budget);
  const comparison = useMemo(
    () =>
      loaded === null
        ? null
        : compareApplicants(
            loaded.applicants,
            deferredSettings,
            budgetRequest(deferredBudget),
            deferredBudget.checked,
          ),
    [loaded, deferredSettings, deferredBudget],
  );
  const checkedFiles = useMemo(() => new Set(budget.checked), [budget.checked]);
  const check = (file: string, checked: boolean) =>
    setBudget((state) => ({
      ...state,
      checked: checked
        ? [...state.checked.filter((other) => other !== file), file]
        : state.checked.filter((other) => other !== file),
    }));
  const open = (file: string) => {
    returnTo.current = file;
    setOpened(file);
  };
  useEffect(() => {
    if (opened !== null || returnTo.current === null) return;
    const file = returnTo.current;
    returnTo.current = null;
    const buttons = document.querySelectorAll<HTMLElement>('[data-testid="open-applicant"]');
    [...buttons].find((button) => button.dataset['file'] === file)?.focus();
  }, [opened]);
  const openedRow =
    opened === null ? undefined : comparison?.ranking.find((row) => row.applicant.file === opened);
  const currency = loaded?.currency ?? 'CNY';
  // The unit the amounts are shown in (万元 in Chinese), as the summary states it.
  const { amountUnit } = useFormat(currency);
  const applicants = loaded?.applicants ?? [];
  const exporter = useComparisonExport(comparison, currency, applicants);

  const load = async (
    files: readonly SourceFile[],
    refused: Awaited<ReturnType<typeof readPickedFiles>>['refused'] = [],
  ) => {
    const id = (loads.current += 1);
    setProgress({ done: 0, total: files.length });
    const collected = await assessFiles(files, refused, (done, total) => {
      if (loads.current === id) setProgress({ done, total });
    });
    // A later load replaces an earlier one still running.
    if (loads.current !== id) return;
    setLoaded(collected);
    setSources(files);
    setOpened(null);
    setBudget((state) => ({ ...state, excluded: [], checked: [] }));
    setProgress(null);
  };

  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.currentTarget.files ?? [])].filter((file) =>
      file.name.toLowerCase().endsWith('.json'),
    );
    event.currentTarget.value = '';
    if (chosen.length === 0) return;
    const { files, refused } = await readPickedFiles(chosen);
    await load(files, refused);
  };

  return (
    <Container size="xl" py="md">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('lead')}
          </Text>
        </div>

        <Group gap="sm">
          <Button onClick={() => filesInput.current?.click()}>{t('load.files')}</Button>
          <Button variant="default" onClick={() => folderInput.current?.click()}>
            {t('load.folder')}
          </Button>
          <Button variant="default" onClick={() => void load(exampleApplicantsIn(language))}>
            {t('load.examples')}
          </Button>
          {loaded && (
            <>
              <Menu position="bottom-end" withinPortal={false}>
                <Menu.Target>
                  <Button variant="light">{t('export.label')}</Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => void exporter.exportAs('csv')}>
                    {t('export.csv')}
                  </Menu.Item>
                  <Menu.Item onClick={() => void exporter.exportAs('xlsx')}>
                    {t('export.xlsx')}
                  </Menu.Item>
                  <Menu.Item
                    onClick={() =>
                      void exporter.print(
                        applicantsReportRequest({
                          files: sources,
                          settings,
                          budget,
                          language,
                          amountScale: appSettings.amountScale,
                          preparer: appSettings.preparer === '' ? null : appSettings.preparer,
                          title: title.trim() === '' ? null : title.trim(),
                          now: new Date(),
                        }),
                      )
                    }
                  >
                    {t('export.pdf')}
                  </Menu.Item>
                  <Menu.Item
                    onClick={() =>
                      void exporter.print(
                        monitoringReportRequest({
                          files: sources,
                          settings: monitorSettings,
                          language,
                          preparer: appSettings.preparer === '' ? null : appSettings.preparer,
                          title: title.trim() === '' ? null : title.trim(),
                          date: localIsoDate(new Date()),
                        }),
                      )
                    }
                  >
                    {t('export.monitoringPdf')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
              <Button variant="subtle" color="gray" onClick={() => setLoaded(null)}>
                {t('load.clear')}
              </Button>
            </>
          )}
          <input
            ref={filesInput}
            type="file"
            accept=".json,application/json"
            multiple
            hidden
            onChange={(event) => void picked(event)}
            data-testid="applicant-files"
          />
          <input
            ref={(element) => {
              folderInput.current = element;
              // Not in React's typings: the folder picker of Chromium (and so of Electron).
              element?.setAttribute('webkitdirectory', '');
            }}
            type="file"
            multiple
            hidden
            onChange={(event) => void picked(event)}
            data-testid="applicant-folder"
          />
        </Group>

        {progress && (
          <div role="status" aria-live="polite">
            <Text size="sm">{t('load.progress', progress)}</Text>
            <Progress
              value={progress.total === 0 ? 100 : (100 * progress.done) / progress.total}
              aria-hidden
            />
          </div>
        )}
        {exporter.status && (
          <Alert
            color={exporter.status.kind === 'error' ? 'red' : 'blue'}
            role={exporter.status.kind === 'error' ? 'alert' : 'status'}
            withCloseButton
            onClose={exporter.clearStatus}
          >
            {exporter.status.text}
          </Alert>
        )}

        {loaded === null || comparison === null ? (
          <Text c="dimmed">{t('load.empty')}</Text>
        ) : (
          <>
            <Group justify="space-between" align="flex-end">
              <Text size="sm" role="status" data-testid="applicants-summary">
                {t('load.summary', { count: loaded.applicants.length, currency: amountUnit })}
              </Text>
              <Group gap="sm" align="flex-end">
                <TextInput
                  label={t('export.title')}
                  value={title}
                  maxLength={200}
                  onChange={(event) => setTitle(event.currentTarget.value)}
                  w={320}
                />
                <TextInput
                  label={t('export.preparer')}
                  value={appSettings.preparer}
                  maxLength={200}
                  onChange={(event) => updateAppSettings({ preparer: event.currentTarget.value })}
                  w={200}
                />
              </Group>
            </Group>
            {loaded.invalid.length > 0 && (
              <Alert
                color="orange"
                title={t('invalid.title', { count: loaded.invalid.length })}
                // Orange on its light orange fails contrast: the title takes the text colour.
                styles={{ title: { color: 'var(--mantine-color-text)' } }}
                data-testid="invalid-files"
              >
                <List size="sm">
                  {loaded.invalid.map((item) => (
                    <List.Item key={item.file}>
                      <Text size="sm" fw={600} span>
                        {item.file}
                      </Text>
                      <List size="sm" withPadding>
                        {item.reasons.map((reason, index) => (
                          <List.Item key={index}>{reasonText(reason)}</List.Item>
                        ))}
                      </List>
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {openedRow && (
              <ApplicantCase
                row={openedRow}
                source={sources.find((file) => file.name === openedRow.applicant.file)}
                currency={currency}
                onBack={() => setOpened(null)}
              />
            )}
            {/* Hidden, not unmounted, while a case is open: sorting and filters stay as they were. */}
            <div hidden={openedRow !== undefined}>
              <Tabs
                value={tab}
                onChange={(value) => setTab(TABS.find((known) => known === value) ?? 'table')}
                keepMounted={false}
              >
                <Tabs.List aria-label={t('tabs.label')}>
                  {TABS.map((name) => (
                    <Tabs.Tab key={name} value={name}>
                      {t(`tabs.${name}`)}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                <Tabs.Panel value="table" pt="md">
                  <ApplicantsTable comparison={comparison} currency={currency} onOpen={open} />
                </Tabs.Panel>
                <Tabs.Panel value="ranking" pt="md">
                  <Stack gap="md">
                    <WeightsEditor
                      settings={settings}
                      onChange={setSettings}
                      applicants={applicants}
                    />
                    <RankingTable
                      comparison={comparison}
                      currency={currency}
                      onOpen={open}
                      onCheck={check}
                      checked={checkedFiles}
                    />
                  </Stack>
                </Tabs.Panel>
                <Tabs.Panel value="budget" pt="md">
                  <BudgetPanel
                    comparison={comparison}
                    state={budget}
                    onChange={setBudget}
                    currency={currency}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="charts" pt="md">
                  <ApplicantsMap rows={comparison.ranking} currency={currency} />
                </Tabs.Panel>
                <Tabs.Panel value="flags" pt="md">
                  <FlagsPanel
                    comparison={comparison}
                    settings={settings}
                    onChange={setSettings}
                    onCheck={check}
                    checked={checkedFiles}
                    currency={currency}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="monitor" pt="md">
                  <MonitorPanel
                    applicants={applicants}
                    currency={currency}
                    settings={monitorSettings}
                    onChange={setMonitorSettings}
                  />
                </Tabs.Panel>
              </Tabs>
            </div>
          </>
        )}
      </Stack>
    </Container>
  );
}
