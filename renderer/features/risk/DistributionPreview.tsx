import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { marginalOf, withinDomain, type DriverLimits } from '../../../shared/analysis';
import type { Distribution } from '../../../shared/scenario';
import '../../services/charts/setup';
import { useChartTheme } from '../../services/charts/use-chart-theme';

const POINTS = 400;
const BINS = 24;

/** The shape of a distribution as it is drawn (cut at the driver's limits), from its quantiles. */
export function DistributionPreview({
  distribution,
  limits,
  label,
}: {
  distribution: Distribution;
  limits: DriverLimits;
  label: string;
}) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const { min, max, minExclusive } = limits;
  const counts = useMemo(() => {
    try {
      const marginal = withinDomain(marginalOf(distribution), { min, max, minExclusive });
      const values = Array.from({ length: POINTS }, (_, index) =>
        marginal.quantile((index + 0.5) / POINTS),
      );
      const low = Math.min(...values);
      const high = Math.max(...values);
      if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
      const width = (high - low) / BINS || 1;
      const bins = new Array<number>(BINS).fill(0);
      for (const value of values) {
        const index = Math.min(BINS - 1, Math.floor((value - low) / width));
        bins[index] = (bins[index] ?? 0) + 1;
      }
      return bins;
    } catch {
      return null;
    }
  }, [distribution, min, max, minExclusive]);
  if (!counts) return null;
  return (
    <div style={{ width: 120, height: 40 }}>
      <Bar
        role="img"
        aria-label={t('risk.monteCarlo.preview', { driver: label })}
        data={{
          labels: counts.map((_, index) => String(index)),
          datasets: [
            {
              data: counts,
              backgroundColor: theme.colors.discounted,
              barPercentage: 1,
              categoryPercentage: 1,
            },
          ],
        }}
        options={{
          maintainAspectRatio: false,
          animation: false,
          events: [],
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
          scales: { x: { display: false }, y: { display: false } },
        }}
      />
    </div>
  );
}
