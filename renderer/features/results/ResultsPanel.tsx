import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFileCommands } from '../../services/commands/file-commands-context';
import { useDocumentState } from '../../services/session/document-context';
import { useView } from '../../services/fields/fields';
import { useScenarioLabel } from '../../services/session/scenario-label';
import { useEvaluation, useSettledEvaluation } from '../../services/session/evaluation-context';
import { ResultsView } from '../../services/figures/ResultsView';
import { WarningList } from '../../services/figures/WarningList';

/** What the scenario gives, recomputed with the Decimal model on every change. */
export function ResultsPanel() {
  const { t } = useTranslation();
  const { results, failure } = useEvaluation();
  const settled = useSettledEvaluation().results ?? results;
  const view = useView();
  const label = useScenarioLabel();
  const currency = view.scenario.project.currency;
  const drafts = useDocumentState(({ snapshot }) =>
    snapshot ? Object.keys(snapshot.drafts).length : 0,
  );
  const { run } = useFileCommands();
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2} size="h4" id="results-title">
            {t('results.label')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('results.of', { scenario: label(view.scenarioName) })}
          </Text>
        </div>
        {/* The board report of the scenario shown, made by the same command as the menu's. */}
        <Button
          size="xs"
          variant="light"
          onClick={() => run('print-pdf')}
          disabled={!results}
          data-testid="results-export-pdf"
          id="results-export"
          aria-keyshortcuts="Alt+Shift+E"
        >
          {t('menu.print')}
        </Button>
      </Group>
      {failure && (
        <Alert color="red" title={t('results.failed')}>
          {failure}
        </Alert>
      )}
      {view.scenario.capex.length === 0 && (
        <Alert color="blue" variant="light" data-testid="results-empty">
          {t('results.empty')}
        </Alert>
      )}
      {drafts > 0 && (
        <Alert color="yellow" variant="light" role="status" data-testid="results-drafts">
          {t('results.drafts', { count: drafts })}
        </Alert>
      )}
      {results && (
        <>
          <WarningList
            warnings={(settled ?? results).warnings}
            currency={currency}
            testId="results-warnings"
            summary
          />
          <ResultsView results={results} later={settled ?? results} currency={currency} />
          <Text size="xs" c="dimmed">
            {t('results.conventions')}
          </Text>
        </>
      )}
    </Stack>
  );
}
