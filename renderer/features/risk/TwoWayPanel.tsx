import { Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useComputedColorScheme } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANALYSIS_METRICS,
  defaultSensitivityDrivers,
  type AnalysisMetric,
  type AnalysisRequest,
  type TwoWayTable,
} from '../../../shared/analysis';
import type { Scenario } from '../../../shared/scenario';
import { AnalysisProgress, AnalysisStatus } from './AnalysisStatus';
import { ClippedNote } from './ClippedNote';
import { useDriverText } from '../../services/texts/driver-text';
import { useAutoAnalysis } from './use-analysis';
import classes from './risk.module.css';

/**
 * The background of a cell: red below the break-even, green above, stronger further away; with
 * the figure in pure white (dark) or black (light) it keeps a contrast of at least 4.5:1.
 */
function heat(
  value: number | null,
  limit: number,
  zero: number,
  dark: boolean,
): string | undefined {
  if (value === null || limit === 0) return undefined;
  const strength = Math.min(1, Math.abs(value - zero) / limit);
  const alpha = (dark ? 0.45 : 0.35) * strength;
  return value < zero ? `rgba(224, 49, 49, ${alpha})` : `rgba(18, 184, 134, ${alpha})`;
}

/** The metric over a grid of two drivers' values, as a heat map. */
export function TwoWayPanel({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const text = useDriverText(scenario);
  const dark = useComputedColorScheme('light') === 'dark';
  const drivers = useMemo(() => defaultSensitivityDrivers(scenario), [scenario]);
  const [metric, setMetric] = useState<AnalysisMetric>('npv');
  const [rows, setRows] = useState<string | null>(null);
  const [columns, setColumns] = useState<string | null>(null);
  const first = rows && drivers.includes(rows) ? rows : (drivers[0] ?? null);
  const second =
    columns && drivers.includes(columns) && columns !== first
      ? columns
      : (drivers.find((path) => path !== first) ?? null);
  const request = useMemo<AnalysisRequest | null>(
    () =>
      first && second
        ? { kind: 'two-way', scenario, options: { metric, drivers: [first, second], steps: 7 } }
        : null,
    [scenario, metric, first, second],
  );
  const { state, cancel, restart } = useAutoAnalysis<TwoWayTable>(request);
  const last = useRef<TwoWayTable | null>(null);
  if (state.status === 'done') last.current = state.result;
  const table = last.current;
  const options = drivers.map((path) => ({ value: path, label: text.label(path) }));
  const values = table ? table.cells.flat().filter((value): value is number => value !== null) : [];
  const zero = metric.startsWith('npv') || metric === 'equityNpv' ? 0 : (table?.base ?? 0);
  const limit = values.reduce((most, value) => Math.max(most, Math.abs(value - zero)), 0);

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('risk.metric')}
          value={metric}
          onChange={(event) => setMetric(event.currentTarget.value as AnalysisMetric)}
          data={ANALYSIS_METRICS.map((value) => ({ value, label: text.metric(value) }))}
          w={200}
        />
        <NativeSelect
          label={t('risk.twoWay.rows')}
          value={first ?? ''}
          onChange={(event) => setRows(event.currentTarget.value)}
          data={options}
          w={280}
        />
        <NativeSelect
          label={t('risk.twoWay.columns')}
          value={second ?? ''}
          onChange={(event) => setColumns(event.currentTarget.value)}
          data={options.filter((option) => option.value !== first)}
          w={280}
        />
      </Group>
      <AnalysisProgress state={state} onCancel={cancel} />
      <AnalysisStatus state={state} onRestart={restart} />
      {table && (
        <div
          className={classes.scroller}
          role="region"
          aria-labelledby="two-way-caption"
          tabIndex={0}
        >
          <Table
            className={classes.heatmap}
            withTableBorder
            withColumnBorders
            verticalSpacing={4}
            horizontalSpacing={6}
          >
            <Table.Caption id="two-way-caption" className={classes.caption}>
              {t('risk.twoWay.caption', {
                metric: text.metric(table.metric),
                rows: text.label(table.rows.path),
                columns: text.label(table.columns.path),
              })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" className={classes.corner}>
                  <Text size="xs">{text.label(table.rows.path)}</Text>
                  <Text size="xs" c="dimmed">
                    ↓ / {text.label(table.columns.path)} →
                  </Text>
                </Table.Th>
                {table.columns.values.map((value, index) => (
                  <Table.Th
                    scope="col"
                    key={index}
                    className={classes.number}
                    data-base={value === table.columns.base ? 'true' : undefined}
                  >
                    {text.value(table.columns.path, value)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.values.map((rowValue, row) => (
                <Table.Tr key={row}>
                  <Table.Th
                    scope="row"
                    className={classes.number}
                    data-base={rowValue === table.rows.base ? 'true' : undefined}
                  >
                    {text.value(table.rows.path, rowValue)}
                  </Table.Th>
                  {table.columns.values.map((_, column) => {
                    const value = table.cells[row]?.[column] ?? null;
                    return (
                      <Table.Td
                        key={column}
                        className={classes.number}
                        style={{
                          backgroundColor: heat(value, limit, zero, dark),
                          color: dark ? '#fff' : '#000',
                        }}
                        data-testid={`two-way-${row}-${column}`}
                      >
                        {text.metricValue(table.metric, value)}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {table && (
        <Text size="xs" c="dimmed">
          {t('risk.twoWay.note')}
        </Text>
      )}
      {table && (
        <ClippedNote
          ranges={[table.rows, table.columns].map((axis) => ({
            path: axis.path,
            low: axis.values[0] ?? axis.base,
            high: axis.values.at(-1) ?? axis.base,
            clipped: axis.clipped,
          }))}
          text={text}
          testId="two-way-clipped"
        />
      )}
    </Stack>
  );
}
