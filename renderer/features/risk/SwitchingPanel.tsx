import { Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ZERO_CROSSING_METRICS,
  type AnalysisRequest,
  type SwitchingValuesResult,
  type ZeroCrossingMetric,
} from '../../../shared/analysis';
import { Dec } from '../../../shared/finance/decimal';
import type { Scenario } from '../../../shared/scenario';
import { useFormat } from '../../services/format/use-format';
import { AnalysisProgress, AnalysisStatus } from './AnalysisStatus';
import { ClippedNote } from './ClippedNote';
import { useDriverText } from '../../services/texts/driver-text';
import { useAutoAnalysis } from './use-analysis';
import classes from './risk.module.css';

/** How far each driver can move, alone, before the NPV turns negative (or positive). */
export function SwitchingPanel({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const text = useDriverText(scenario);
  const format = useFormat(scenario.project.currency);
  const [metric, setMetric] = useState<ZeroCrossingMetric>('npv');
  const request = useMemo<AnalysisRequest>(
    () => ({ kind: 'switching-values', scenario, options: { metric } }),
    [scenario, metric],
  );
  const { state, cancel, restart } = useAutoAnalysis<SwitchingValuesResult>(request);
  const last = useRef<SwitchingValuesResult | null>(null);
  if (state.status === 'done') last.current = state.result;
  const result = last.current;
  const ordered = result
    ? [...result.values].sort(
        (a, b) => Math.abs(a.change ?? Infinity) - Math.abs(b.change ?? Infinity),
      )
    : [];

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('risk.metric')}
          value={metric}
          onChange={(event) => setMetric(event.currentTarget.value as ZeroCrossingMetric)}
          data={ZERO_CROSSING_METRICS.map((value) => ({ value, label: text.metric(value) }))}
          w={220}
        />
      </Group>
      <AnalysisProgress state={state} onCancel={cancel} />
      <AnalysisStatus state={state} onRestart={restart} />
      {result && (
        <>
          <Text size="sm">
            {t('risk.switching.lead', {
              metric: text.metric(result.metric),
              base: text.metricValue(result.metric, result.base),
            })}
          </Text>
          <div
            className={classes.scroller}
            role="region"
            aria-labelledby="switching-caption"
            tabIndex={0}
          >
            <Table withRowBorders verticalSpacing={4} className={classes.switching}>
              <Table.Caption id="switching-caption" className={classes.caption}>
                {t('risk.switching.caption', { metric: text.metric(result.metric) })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('risk.driver')}</Table.Th>
                  <Table.Th scope="col" className={classes.number}>
                    {t('risk.switching.base')}
                  </Table.Th>
                  <Table.Th scope="col" className={classes.number}>
                    {t('risk.switching.value')}
                  </Table.Th>
                  <Table.Th scope="col" className={classes.number}>
                    {t('risk.switching.change')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ordered.map((entry) => (
                  <Table.Tr key={entry.path}>
                    <Table.Th scope="row" fw={400}>
                      {text.label(entry.path)}
                    </Table.Th>
                    <Table.Td className={classes.number}>
                      {text.value(entry.path, entry.base)}
                    </Table.Td>
                    <Table.Td className={classes.number}>
                      {entry.status === 'found'
                        ? text.value(entry.path, entry.value)
                        : entry.status === 'none-within-range'
                          ? t('risk.switching.none', {
                              low: text.value(entry.path, entry.low),
                              high: text.value(entry.path, entry.high),
                            })
                          : t('risk.switching.notEvaluable')}
                    </Table.Td>
                    <Table.Td className={classes.number}>
                      {entry.change === null || !Number.isFinite(entry.change)
                        ? '—'
                        : format.percent(new Dec(entry.change), 1)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          <ClippedNote ranges={ordered} text={text} testId="switching-clipped" />
          {result.skipped.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('risk.skipped', {
                drivers: result.skipped.map((entry) => text.label(entry.path)).join(', '),
              })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
