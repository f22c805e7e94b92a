import { memo } from 'react';
import type Decimal from 'decimal.js';
import { Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { ResultsFigures } from '../evaluation/live-results';
import { useFormat } from '../format/use-format';
import { ChartFrame } from './ChartFrame';
import './setup';
import { useChartTheme } from './use-chart-theme';

/** Cumulative net cash flow, plain and discounted, with the payback point marked on the axis. */
export const CumulativeChart = memo(function CumulativeChart({
  evaluation,
  currency,
}: {
  evaluation: ResultsFigures;
  currency: string;
}) {
  const { t } = useTranslation();
  const format = useFormat(currency);
  const theme = useChartTheme();
  const { projection, metrics } = evaluation;
  const cumulative = projection.cumulativeProjectNetCashFlow;
  const discounted = projection.cumulativeDiscountedProjectNetCashFlow;
  const points = (values: readonly Decimal[]) =>
    values.map((value, year) => ({ x: year, y: value.toNumber() }));
  const payback = metrics.paybackYears;
  const last = projection.horizonYears;
  const description = t('charts.cumulative.description', {
    start: format.amount(cumulative[0]!),
    end: format.amount(cumulative[last]!),
    horizon: last,
    payback: format.years(payback),
  });
  const series = [
    {
      label: t('charts.cumulative.series'),
      data: points(cumulative),
      borderColor: theme.colors.net,
      backgroundColor: theme.colors.net,
      pointRadius: 2,
      borderWidth: 2,
    },
    {
      label: t('charts.cumulative.discounted'),
      data: points(discounted),
      borderColor: theme.colors.discounted,
      backgroundColor: theme.colors.discounted,
      borderDash: [6, 4],
      pointRadius: 0,
      borderWidth: 2,
    },
    ...(payback
      ? [
          {
            label: t('charts.cumulative.payback', { years: format.years(payback) }),
            data: [{ x: payback.toNumber(), y: 0 }],
            borderColor: theme.colors.marker,
            backgroundColor: theme.colors.marker,
            pointRadius: 7,
            pointHoverRadius: 9,
            pointStyle: 'rectRot' as const,
            showLine: false,
          },
        ]
      : []),
  ];
  return (
    <ChartFrame id="chart-cumulative" title={t('charts.cumulative.title')}>
      <Line
        role="img"
        aria-label={description}
        data={{ datasets: series }}
        options={{
          maintainAspectRatio: false,
          animation: false,
          parsing: false,
          interaction: { mode: 'nearest', intersect: false },
          plugins: {
            legend: { labels: { color: theme.text, boxWidth: 14 } },
            tooltip: {
              callbacks: {
                title: (items) => t('charts.yearLabel', { year: items[0]?.parsed.x ?? 0 }),
                label: (item) =>
                  item.datasetIndex === 2
                    ? t('charts.cumulative.payback', { years: format.years(payback) })
                    : `${item.dataset.label ?? ''}: ${format.amount(
                        (item.datasetIndex === 0 ? cumulative : discounted)[item.dataIndex]!,
                      )}`,
              },
            },
          },
          scales: {
            x: {
              type: 'linear',
              min: 0,
              max: last,
              ticks: { stepSize: 1, color: theme.text },
              grid: { color: theme.grid },
              title: { display: true, text: t('charts.yearAxis'), color: theme.text },
            },
            y: {
              ticks: { color: theme.text, callback: (value) => format.compact(Number(value)) },
              grid: { color: (context) => (context.tick.value === 0 ? theme.text : theme.grid) },
              title: {
                display: true,
                text: t('charts.amountAxis', { unit: format.amountUnit }),
                color: theme.text,
              },
            },
          },
        }}
      />
    </ChartFrame>
  );
});
