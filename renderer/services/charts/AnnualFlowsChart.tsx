import { memo } from 'react';
import type Decimal from 'decimal.js';
import { Chart } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { ResultsFigures } from '../evaluation/live-results';
import { useFormat } from '../format/use-format';
import { ChartFrame } from './ChartFrame';
import './setup';
import { useChartTheme } from './use-chart-theme';

/** Each year's flows stacked by kind, inflows above the axis and outflows below, with the net. */
export const AnnualFlowsChart = memo(function AnnualFlowsChart({
  evaluation,
  currency,
}: {
  evaluation: ResultsFigures;
  currency: string;
}) {
  const { t } = useTranslation();
  const format = useFormat(currency);
  const theme = useChartTheme();
  const { projection } = evaluation;
  const labels = projection.years.map(String);
  const kinds = [
    { key: 'savings', values: projection.savingsTotal, sign: 1, color: theme.colors.savings },
    { key: 'subsidies', values: projection.subsidiesTotal, sign: 1, color: theme.colors.subsidies },
    {
      key: 'residualValue',
      values: projection.residualValue,
      sign: 1,
      color: theme.colors.residual,
    },
    {
      key: 'runningCosts',
      values: projection.runningCostsTotal,
      sign: -1,
      color: theme.colors.runningCosts,
    },
    { key: 'capex', values: projection.capexTotal, sign: -1, color: theme.colors.capex },
    // Signed flows: released working capital and recovered VAT above the axis, the rest below.
    {
      key: 'workingCapital',
      values: projection.workingCapitalTotal,
      sign: 1,
      color: theme.colors.workingCapital,
    },
    {
      key: 'inputVat',
      values: projection.inputVatRecovered.map((value, year) =>
        value.minus(projection.inputVatPaid[year]!),
      ),
      sign: 1,
      color: theme.colors.inputVat,
    },
    {
      key: 'terminalValue',
      values: projection.terminalValue,
      sign: 1,
      color: theme.colors.residual,
    },
    { key: 'tax', values: projection.taxPaid, sign: -1, color: theme.colors.tax },
  ] as const;
  const shown = kinds.filter((kind) => kind.values.some((value) => !value.isZero()));
  const signed = (values: readonly Decimal[], sign: 1 | -1) =>
    values.map((value) => (sign === 1 ? value : value.neg()));
  const description = t('charts.annual.description', {
    kinds: shown.map((kind) => t(`results.table.rows.${kind.key}`)).join(', '),
    net: projection.years
      .map((year) => `${year}: ${format.amount(projection.projectNetCashFlow[year]!)}`)
      .join('; '),
  });
  return (
    <ChartFrame id="chart-annual" title={t('charts.annual.title')} note={t('charts.annual.note')}>
      <Chart
        type="bar"
        role="img"
        aria-label={description}
        data={{
          labels,
          datasets: [
            {
              type: 'line' as const,
              label: t('results.table.rows.projectNetCashFlow'),
              data: projection.projectNetCashFlow.map((value) => value.toNumber()),
              borderColor: theme.colors.net,
              backgroundColor: theme.colors.net,
              borderWidth: 2,
              pointRadius: 2,
              order: 0,
            },
            ...shown.map((kind) => ({
              type: 'bar' as const,
              label: t(`results.table.rows.${kind.key}`),
              data: signed(kind.values, kind.sign).map((value) => value.toNumber()),
              backgroundColor: kind.color,
              stack: 'flows',
              order: 1,
            })),
          ],
        }}
        options={{
          maintainAspectRatio: false,
          animation: false,
          interaction: { mode: 'index', intersect: false },
          plugins: {
            legend: { labels: { color: theme.text, boxWidth: 14 } },
            tooltip: {
              callbacks: {
                title: (items) => t('charts.yearLabel', { year: items[0]?.label ?? '' }),
                label: (item) => {
                  if (item.datasetIndex === 0) {
                    return `${item.dataset.label ?? ''}: ${format.amount(projection.projectNetCashFlow[item.dataIndex]!)}`;
                  }
                  const kind = shown[item.datasetIndex - 1];
                  const value = kind ? signed(kind.values, kind.sign)[item.dataIndex] : undefined;
                  return `${item.dataset.label ?? ''}: ${value ? format.amount(value) : ''}`;
                },
              },
            },
          },
          scales: {
            x: {
              stacked: true,
              ticks: { color: theme.text },
              grid: { display: false },
              title: { display: true, text: t('charts.yearAxis'), color: theme.text },
            },
            y: {
              stacked: true,
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
