import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANALYSIS_METRICS,
  MAX_DRAWS,
  type AnalysisMetric,
  type MonteCarloResult,
} from '../../../shared/analysis';
import { Dec } from '../../../shared/finance/decimal';
import type { Scenario } from '../../../shared/scenario';
import { useChartTheme } from '../../services/charts/use-chart-theme';
import { parseWholeNumber } from '../../services/format/parse-number';
import { useFormat } from '../../services/format/use-format';
import { useSettings } from '../../services/settings/settings-context';
import { AnalysisStatus } from './AnalysisStatus';
import { DistributionsTable } from './DistributionsTable';
import { useDriverText } from '../../services/texts/driver-text';
import { useLastMonteCarlo, type MonteCarloRun } from './last-monte-carlo';
import { MonteCarloResults } from './MonteCarloResults';
import { useManualAnalysis } from './use-analysis';

/** Monte Carlo: a distribution per uncertain driver, then thousands of draws in the worker. */
export function MonteCarloPanel({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const text = useDriverText(scenario);
  const format = useFormat(scenario.project.currency);
  const theme = useChartTheme();
  const { state, start, cancel } = useManualAnalysis<MonteCarloResult>();
  const [drawsText, setDrawsText] = useState('10000');
  const [seedText, setSeedText] = useState('1');
  const [latin, setLatin] = useState(false);
  const [metric, setMetric] = useState<AnalysisMetric>('npv');

  const distributions = scenario.risk?.distributions ?? [];
  const draws = parseWholeNumber(drawsText, language);
  const drawCount = draws.ok ? Number(draws.value) : NaN;
  const drawsValid = Number.isInteger(drawCount) && drawCount >= 100 && drawCount <= MAX_DRAWS;
  const seed = parseWholeNumber(seedText, language);
  const seedValid = seed.ok && Number(seed.value) >= 0;

  const started = useRef<MonteCarloRun | null>(null);
  const run = () => {
    started.current = {
      draws: drawCount,
      seed: Number(seed.ok ? seed.value : 1),
      latinHypercube: latin,
    };
    start({
      kind: 'monte-carlo',
      scenario,
      options: { ...started.current, metric, bins: 30 },
    });
  };

  const result = state.status === 'done' ? state.result : null;
  const { remember } = useLastMonteCarlo();
  useEffect(() => {
    if (result !== null) remember(started.current);
  }, [result, remember]);
  const running = state.status === 'running';

  return (
    <Stack gap="md">
      <DistributionsTable scenario={scenario} />

      <Paper withBorder p="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('risk.monteCarlo.draws')}
            value={drawsText}
            onChange={(event) => setDrawsText(event.currentTarget.value)}
            error={
              drawsValid
                ? null
                : t('risk.monteCarlo.drawsInvalid', { max: format.number(new Dec(MAX_DRAWS), 0) })
            }
            inputMode="numeric"
            w={160}
          />
          <TextInput
            label={t('risk.monteCarlo.seed')}
            value={seedText}
            onChange={(event) => setSeedText(event.currentTarget.value)}
            error={seedValid ? null : t('parse.notWholeNumber')}
            inputMode="numeric"
            w={120}
          />
          <NativeSelect
            label={t('risk.metric')}
            value={metric}
            onChange={(event) => setMetric(event.currentTarget.value as AnalysisMetric)}
            data={ANALYSIS_METRICS.map((value) => ({ value, label: text.metric(value) }))}
            w={200}
          />
          <Checkbox
            label={t('risk.monteCarlo.latin')}
            checked={latin}
            onChange={(event) => setLatin(event.currentTarget.checked)}
            mb={8}
          />
          {running ? (
            <Button color="red" variant="light" onClick={cancel}>
              {t('risk.monteCarlo.cancel')}
            </Button>
          ) : (
            <Button
              onClick={run}
              disabled={!drawsValid || !seedValid || distributions.length === 0}
            >
              {t('risk.monteCarlo.run')}
            </Button>
          )}
        </Group>
        {state.status === 'running' && (
          <Stack gap={4} mt="sm">
            <Progress
              value={state.total > 0 ? (100 * state.done) / state.total : 0}
              aria-label={t('risk.monteCarlo.progressLabel')}
              transitionDuration={0}
            />
            <Text size="xs" c="dimmed" role="status" data-testid="monte-carlo-progress">
              {t('risk.monteCarlo.progress', {
                done: format.number(new Dec(state.done), 0),
                total: format.number(new Dec(state.total || drawCount), 0),
              })}
            </Text>
          </Stack>
        )}
        <AnalysisStatus state={state} />
      </Paper>

      {result && <MonteCarloResults result={result} scenario={scenario} theme={theme} />}
    </Stack>
  );
}
