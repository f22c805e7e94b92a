import {
  BubbleController,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bubble, Line } from 'react-chartjs-2';
import {
  applicantName,
  type AssessedApplicant,
  type CurvePoint,
  type Objective,
} from '../../shared/compare';
import type { Dec } from '../../shared/finance/decimal';
import { ChartFrame } from '../charts/ChartFrame';
import { useChartTheme } from '../charts/use-chart-theme';
import { useFormat } from '../format/use-format';
import { useApplicantsT } from './i18n';

/* Chart.js registers per kind of chart; these are the workspace's own (the app registers its others). */
Chart.register(
  BubbleController,
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  Tooltip,
  Legend,
);

const MIN_RADIUS = 4;
const MAX_RADIUS = 28;

/**
 * The applicants map: NPV without subsidies across (left of zero: does not pay off alone),
 * subsidy requested up, bubble area ∝ investment, colour = needs the subsidy. Positions are floats:
 * a chart places, the table states the figures.
 */
export function ApplicantsMap({
  rows,
  currency,
}: {
  rows: readonly AssessedApplicant[];
  currency: string;
}) {
  const t = useApplicantsT();
  const format = useFormat(currency);
  const theme = useChartTheme();
  const largest = Math.max(1, ...rows.map((row) => row.applicant.capex.toNumber()));
  const radius = (capex: Dec) =>
    MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.max(0, capex.toNumber()) / largest);
  const points = (additional: boolean) =>
    rows
      .filter((row) => row.applicant.additionality === additional)
      .map((row) => ({
        x: row.applicant.npvWithoutSubsidies.toNumber(),
        y: row.applicant.subsidyRequested.toNumber(),
        r: radius(row.applicant.capex),
        row,
      }));
  const additional = points(true);
  const others = points(false);
  const description = t('charts.mapDescription', {
    additional: additional.length,
    count: rows.length,
  });
  const label = (row: AssessedApplicant) =>
    t('charts.mapPoint', {
      name: applicantName(row.applicant),
      npv: format.amount(row.applicant.npvWithoutSubsidies),
      subsidy: format.amount(row.applicant.subsidyRequested),
      capex: format.amount(row.applicant.capex),
    });
  return (
    <ChartFrame
      id="chart-applicants-map"
      title={t('charts.mapTitle')}
      note={description}
      height={360}
    >
      <Bubble
        role="img"
        aria-label={description}
        data={{
          datasets: [
            {
              label: t('charts.additional'),
              data: additional,
              backgroundColor: `${theme.colors.subsidies}99`,
              borderColor: theme.colors.subsidies,
            },
            {
              label: t('charts.notAdditional'),
              data: others,
              backgroundColor: `${theme.colors.residual}66`,
              borderColor: theme.colors.residual,
            },
          ],
        }}
        options={{
          maintainAspectRatio: false,
          animation: false,
          plugins: {
            legend: { labels: { color: theme.text } },
            tooltip: {
              callbacks: {
                label: (item) => {
                  const point = (item.datasetIndex === 0 ? additional : others)[item.dataIndex];
                  return point ? label(point.row) : '';
                },
              },
            },
          },
          scales: {
            x: {
              type: 'linear',
              ticks: { color: theme.text, callback: (value) => format.compact(Number(value)) },
              grid: { color: (context) => (context.tick.value === 0 ? theme.text : theme.grid) },
              title: { display: true, text: t('charts.mapX', { currency }), color: theme.text },
            },
            y: {
              type: 'linear',
              beginAtZero: true,
              ticks: { color: theme.text, callback: (value) => format.compact(Number(value)) },
              grid: { color: theme.grid },
              title: { display: true, text: t('charts.mapY', { currency }), color: theme.text },
            },
          },
        }}
      />
    </ChartFrame>
  );
}

/** The best objective against the budget, with the officer's budget marked. */
export function BudgetCurveChart({
  curve,
  objective,
  budget,
  currency,
}: {
  curve: readonly CurvePoint[];
  objective: Objective;
  budget: Dec | null;
  currency: string;
}) {
  const t = useApplicantsT();
  const format = useFormat(currency);
  const theme = useChartTheme();
  const objectiveText = objective === 'npv' ? t('budget.objectiveNpv') : t('budget.objectiveScore');
  const total = curve.at(-1)?.budget;
  const description = t('charts.curveDescription', {
    objective: objectiveText,
    total: total === undefined ? '' : format.amount(total),
  });
  const valueText = (value: Dec) =>
    objective === 'npv' ? format.amount(value) : format.number(value, 1);
  const best = curve.at(-1)?.value.toNumber() ?? 0;
  return (
    <ChartFrame
      id="chart-budget-curve"
      title={t('charts.curveTitle')}
      note={description}
      height={280}
    >
      <Line
        role="img"
        aria-label={description}
        data={{
          datasets: [
            {
              label: t('charts.curveY', { objective: objectiveText }),
              data: curve.map((point) => ({
                x: point.budget.toNumber(),
                y: point.value.toNumber(),
              })),
              borderColor: theme.colors.net,
              backgroundColor: theme.colors.net,
              stepped: 'before' as const,
              pointRadius: 3,
            },
            ...(budget === null
              ? []
              : [
                  {
                    label: t('charts.curveBudget'),
                    data: [
                      { x: budget.toNumber(), y: 0 },
                      { x: budget.toNumber(), y: best },
                    ],
                    borderColor: theme.colors.marker,
                    backgroundColor: theme.colors.marker,
                    borderDash: [6, 4],
                    pointRadius: 0,
                  },
                ]),
          ],
        }}
        options={{
          maintainAspectRatio: false,
          animation: false,
          parsing: false,
          plugins: {
            legend: { labels: { color: theme.text } },
            tooltip: {
              callbacks: {
                title: (items) =>
                  format.amount(curve[items[0]?.dataIndex ?? 0]?.budget ?? (budget as Dec)),
                label: (item) => {
                  const point = curve[item.dataIndex];
                  return item.datasetIndex === 0 && point
                    ? valueText(point.value)
                    : t('charts.curveBudget');
                },
              },
            },
          },
          scales: {
            x: {
              type: 'linear',
              min: 0,
              ticks: { color: theme.text, callback: (value) => format.compact(Number(value)) },
              grid: { color: theme.grid },
              title: { display: true, text: t('charts.curveX', { currency }), color: theme.text },
            },
            y: {
              ticks: { color: theme.text, callback: (value) => format.compact(Number(value)) },
              grid: { color: theme.grid },
              title: {
                display: true,
                text: t('charts.curveY', { objective: objectiveText }),
                color: theme.text,
              },
            },
          },
        }}
      />
    </ChartFrame>
  );
}
