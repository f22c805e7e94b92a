import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import { useSettledEvaluation } from '../session/evaluation-context';
import './setup';
import { useChartTheme } from './use-chart-theme';

/** The savings one effect brings each year, from the model: its ramp-up and decay at a glance. */
export function EffectChart({
  effectId,
  name,
  currency,
}: {
  effectId: string;
  name: string;
  currency: string;
}) {
  const { t } = useTranslation();
  const { results } = useSettledEvaluation();
  const format = useFormat(currency);
  const theme = useChartTheme();
  const line = results?.projection.savings.find((candidate) => candidate.id === effectId);
  if (!results || !line) return null;
  const years = results.projection.years;
  const values = line.values.map((value) => value.toNumber());
  const description = t('charts.effect.description', {
    name,
    values: years.map((year, index) => `${year}: ${format.amount(line.values[index]!)}`).join('; '),
  });
  return (
    <div style={{ height: 140 }}>
      <Bar
        role="img"
        aria-label={description}
        data={{
          labels: years.map((year) => String(year)),
          datasets: [
            {
              label: t('charts.effect.series'),
              data: values,
              backgroundColor: theme.colors.savings,
            },
          ],
        }}
        options={{
          maintainAspectRatio: false,
          animation: false,
          plugins: {
            legend: { display: false },
            tooltip: {
              callbacks: { label: (item) => format.amount(line.values[item.dataIndex]!) },
            },
          },
          scales: {
            x: {
              ticks: { color: theme.text },
              grid: { display: false },
              title: { display: true, text: t('charts.yearAxis'), color: theme.text },
            },
            y: {
              ticks: {
                color: theme.text,
                maxTicksLimit: 4,
                callback: (value) => format.compact(Number(value)),
              },
              grid: { color: theme.grid },
            },
          },
        }}
      />
    </div>
  );
}
