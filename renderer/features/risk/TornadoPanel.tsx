import { Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import {
  ANALYSIS_METRICS,
  type AnalysisMetric,
  type AnalysisRequest,
  type TornadoResult,
} from '../../../shared/analysis';
import type { Scenario } from '../../../shared/scenario';
import { ChartFrame } from '../../services/charts/ChartFrame';
import '../../services/charts/setup';
import { useChartTheme } from '../../services/charts/use-chart-theme';
import { useSettings } from '../../services/settings/settings-context';
import { parseDecimal } from '../../services/format/parse-number';
import { useDriverText } from '../../services/texts/driver-text';
import { AnalysisProgress, AnalysisStatus } from './AnalysisStatus';
import { ClippedNote } from './ClippedNote';
import { useAutoAnalysis } from './use-analysis';

const SHOWN = 12;

/** Each driver moved alone to its low and high value: the metric's swing, largest first. */
export function TornadoPanel({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const text = useDriverText(scenario);
  const theme = useChartTheme();
  const [metric, setMetric] = useState<AnalysisMetric>('npv');
  const [percentText, setPercentText] = useState('20');
  const percent = parseDecimal(percentText, language);
  const percentValue = percent.ok ? Number(percent.value) : null;
  const valid = percentValue !== null && percentValue > 0 && percentValue <= 1000;
  const request = useMemo<AnalysisRequest | null>(
    () =>
      valid ? { kind: 'tornado', scenario, options: { metric, percent: percentValue } } : null,
    [scenario, metric, percentValue, valid],
  );
  const { state, cancel, restart } = useAutoAnalysis<TornadoResult>(request);
  const last = useRef<TornadoResult | null>(null);
  if (state.status === 'done') last.current = state.result;
  const result = last.current;
  const bars = (result?.bars ?? []).filter((bar) => bar.swing !== null).slice(0, SHOWN);
  const base = result?.base ?? 0;
  const description = result
    ? t('risk.tornado.description', {
        metric: text.metric(result.metric),
        bars: bars
          .map((bar) =>
            t('risk.tornado.barText', {
              driver: text.label(bar.path),
              low: text.metricValue(result.metric, bar.atLow),
              high: text.metricValue(result.metric, bar.atHigh),
            }),
          )
          .join('; '),
      })
    : '';

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('risk.metric')}
          value={metric}
          onChange={(event) => setMetric(event.currentTarget.value as AnalysisMetric)}
          data={ANALYSIS_METRICS.map((value) => ({ value, label: text.metric(value) }))}
          w={220}
        />
        <TextInput
          label={t('risk.tornado.percent')}
          value={percentText}
          onChange={(event) => setPercentText(event.currentTarget.value)}
          error={valid ? null : t('risk.percentInvalid')}
          rightSection={
            <Text size="xs" c="dimmed" aria-hidden>
              %
            </Text>
          }
          w={140}
          inputMode="decimal"
        />
      </Group>
      <AnalysisProgress state={state} onCancel={cancel} />
      <AnalysisStatus state={state} onRestart={restart} />
      {result && (
        <ChartFrame
          id="chart-tornado"
          title={t('risk.tornado.title', { metric: text.metric(result.metric) })}
          note={t('risk.tornado.note', { base: text.metricValue(result.metric, result.base) })}
          height={Math.max(160, 42 * bars.length + 70)}
        >
          <Bar
            role="img"
            aria-label={description}
            data={{
              labels: bars.map((bar) => text.label(bar.path).split(' › ')),
              datasets: [
                {
                  label: t('risk.tornado.low'),
                  data: bars.map((bar) => [base, bar.atLow ?? base] as [number, number]),
                  backgroundColor: theme.colors.negative,
                },
                {
                  label: t('risk.tornado.high'),
                  data: bars.map((bar) => [base, bar.atHigh ?? base] as [number, number]),
                  backgroundColor: theme.colors.positive,
                },
              ],
            }}
            options={{
              indexAxis: 'y',
              maintainAspectRatio: false,
              animation: false,
              datasets: { bar: { grouped: false } },
              plugins: {
                legend: { labels: { color: theme.text, boxWidth: 14 } },
                tooltip: {
                  callbacks: {
                    label: (item) => {
                      const bar = bars[item.dataIndex];
                      if (!bar) return '';
                      const end = item.datasetIndex === 0 ? bar.low : bar.high;
                      const value = item.datasetIndex === 0 ? bar.atLow : bar.atHigh;
                      const clipped =
                        bar.clipped === 'both' ||
                        bar.clipped === (item.datasetIndex === 0 ? 'low' : 'high');
                      return `${text.value(bar.path, end)}${clipped ? ' ⊣' : ''} → ${text.metricValue(result.metric, value)}`;
                    },
                  },
                },
              },
              scales: {
                x: {
                  ticks: {
                    color: theme.text,
                    callback: (value) => text.metricTick(result.metric, Number(value)),
                  },
                  grid: {
                    color: (context) => (context.tick.value === base ? theme.text : theme.grid),
                  },
                },
                y: { ticks: { color: theme.text, autoSkip: false }, grid: { display: false } },
              },
            }}
          />
        </ChartFrame>
      )}
      {result && <ClippedNote ranges={bars} text={text} testId="tornado-clipped" />}
      {result && result.skipped.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('risk.skipped', {
            drivers: result.skipped.map((entry) => text.label(entry.path)).join(', '),
          })}
        </Text>
      )}
    </Stack>
  );
}
