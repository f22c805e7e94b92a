import { memo } from 'react';
import type Decimal from 'decimal.js';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { decimalArithmetic, presentValue } from '../../../shared/finance';
import { Dec } from '../../../shared/finance/decimal';
import type { ResultsFigures } from '../evaluation/live-results';
import { useFormat } from '../format/use-format';
import { ChartFrame } from './ChartFrame';
import './setup';
import { useChartTheme } from './use-chart-theme';

/**
 * From the investment to the NPV: the present value of each kind of flow, discounted with the
 * model's own `presentValue` at the model's rate, one step after another; they end at the NPV.
 */
export const WaterfallChart = memo(function WaterfallChart({
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
  const rate = projection.discountRateNominal;
  const pv = (values: readonly Decimal[]) => presentValue(decimalArithmetic, rate, values);
  type StepKey =
    | 'capex'
    | 'savings'
    | 'runningCosts'
    | 'workingCapital'
    | 'inputVat'
    | 'subsidies'
    | 'residualValue'
    | 'terminalValue'
    | 'tax';
  // Every line of the project cash flow, so that the steps end at the NPV.
  const candidates: { key: StepKey; value: Decimal }[] = [
    { key: 'capex', value: pv(projection.capexTotal).neg() },
    { key: 'savings', value: pv(projection.savingsTotal) },
    { key: 'runningCosts', value: pv(projection.runningCostsTotal).neg() },
    { key: 'workingCapital', value: pv(projection.workingCapitalTotal) },
    {
      key: 'inputVat',
      value: pv(projection.inputVatRecovered).minus(pv(projection.inputVatPaid)),
    },
    { key: 'subsidies', value: pv(projection.subsidiesTotal) },
    { key: 'residualValue', value: pv(projection.residualValue) },
    { key: 'terminalValue', value: pv(projection.terminalValue) },
    { key: 'tax', value: pv(projection.taxPaid).neg() },
  ];
  const steps = candidates.filter((step) => !step.value.isZero() || step.key === 'capex');
  let level = new Dec(0);
  const bars = steps.map((step) => {
    const from = level;
    level = level.plus(step.value);
    return { ...step, from, to: level };
  });
  const all: { key: StepKey | 'npv'; value: Decimal; from: Decimal; to: Decimal }[] = [
    ...bars,
    { key: 'npv', value: metrics.npv, from: new Dec(0), to: metrics.npv },
  ];
  const label = (key: StepKey | 'npv') =>
    key === 'npv' ? t('results.kpi.npv') : t(`results.table.rows.${key}`);
  const description = t('charts.waterfall.description', {
    steps: all.map((bar) => `${label(bar.key)} ${format.amount(bar.value)}`).join('; '),
  });
  return (
    <ChartFrame
      id="chart-waterfall"
      title={t('charts.waterfall.title')}
      note={t('charts.waterfall.note')}
    >
      <Bar
        role="img"
        aria-label={description}
        data={{
          labels: all.map((bar) => label(bar.key)),
          datasets: [
            {
              label: t('charts.waterfall.series'),
              data: all.map((bar) => [bar.from.toNumber(), bar.to.toNumber()] as [number, number]),
              backgroundColor: all.map((bar) =>
                bar.key === 'npv'
                  ? theme.colors.total
                  : bar.value.isNegative()
                    ? theme.colors.negative
                    : theme.colors.positive,
              ),
            },
          ],
        }}
        options={{
          maintainAspectRatio: false,
          animation: false,
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { label: (item) => format.amount(all[item.dataIndex]!.value) } },
          },
          scales: {
            x: {
              ticks: { color: theme.text, autoSkip: false, maxRotation: 40 },
              grid: { display: false },
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
