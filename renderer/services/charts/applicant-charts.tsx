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
import { Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { Bubble, Line } from 'react-chartjs-2';
import {
  APPLICANT_STATES,
  applicantName,
  type ApplicantState,
  type AssessedApplicant,
  type CurvePoint,
  type Objective,
} from '../../../shared/compare';
import type { Dec } from '../../../shared/finance/decimal';
import { ChartFrame } from './ChartFrame';
import { useChartTheme } from './use-chart-theme';
import { useFormat } from '../format/use-format';
import { useApplicantsT } from '../i18n/applicants';
import { clamp, clippedRange, type AxisRange } from './map-range';

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
 * The range with 6 % of its span added at each end (±1 for a single value), as suggested bounds:
 * the axis rounds them out to its next ticks.
 */
function padded(range: AxisRange): { suggestedMin: number; suggestedMax: number } {
  const margin = (range.max - range.min) * 0.06 || 1;
  return { suggestedMin: range.min - margin, suggestedMax: range.max + margin };
}

interface MapPoint {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly row: AssessedApplicant;
  /** Beyond the axis range: drawn at its edge, as a triangle. */
  readonly clipped: boolean;
}

/**
 * The applicants map: NPV without subsidies across (left of zero: does not pay off alone),
 * subsidy requested up, bubble area ∝ investment, colour and legend = what the subsidy does. One
 * applicant far from the rest would squash the others into a corner: the axes stop at Tukey's
 * far-out fences and such an applicant is drawn at the edge as a triangle, named in the note.
 * Hovering a bubble names it; so does focusing the map and stepping through the bubbles with the
 * arrow keys, in ranking order, each announced and shown. Positions are floats: a chart places,
 * the table states the figures.
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
  const chart = useRef<Chart<'bubble', MapPoint[]> | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const largest = Math.max(1, ...rows.map((row) => row.applicant.capex.toNumber()));
  const radius = (capex: Dec) =>
    MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.max(0, capex.toNumber()) / largest);
  const xRange = clippedRange(rows.map((row) => row.applicant.npvWithoutSubsidies.toNumber()));
  const yRange = clippedRange(rows.map((row) => row.applicant.subsidyRequested.toNumber()));
  const pointOf = (row: AssessedApplicant): MapPoint => {
    const x = row.applicant.npvWithoutSubsidies.toNumber();
    const y = row.applicant.subsidyRequested.toNumber();
    return {
      x: clamp(x, xRange),
      y: clamp(y, yRange),
      r: radius(row.applicant.capex),
      row,
      clipped: clamp(x, xRange) !== x || clamp(y, yRange) !== y,
    };
  };
  const datasets = APPLICANT_STATES.map((state) => ({
    state,
    points: rows.filter((row) => row.applicant.state === state).map(pointOf),
  }));
  // Keyboard order: the ranking; each entry where its bubble is drawn.
  const order = rows.map((row) => {
    const datasetIndex = APPLICANT_STATES.indexOf(row.applicant.state);
    const index = (datasets[datasetIndex]?.points ?? []).findIndex((point) => point.row === row);
    return { row, datasetIndex, index };
  });
  const count = (state: ApplicantState) =>
    rows.filter((row) => row.applicant.state === state).length;
  const clipped = datasets.flatMap((set) => set.points.filter((point) => point.clipped));
  const description = t('charts.mapDescription', {
    additional: count('additional'),
    deadweight: count('deadweight'),
    notViable: count('not-viable'),
    count: rows.length,
  });
  const label = (row: AssessedApplicant) =>
    t('charts.mapPoint', {
      name: applicantName(row.applicant),
      state: t(`states.${row.applicant.state}`),
      npv: format.amount(row.applicant.npvWithoutSubsidies),
      subsidy: format.amount(row.applicant.subsidyRequested),
      capex: format.amount(row.applicant.capex),
    });
  const colours: Readonly<Record<ApplicantState, string>> = {
    additional: theme.colors.savings,
    deadweight: theme.colors.tax,
    'not-viable': theme.colors.capex,
  };

  const show = (position: number | null) => {
    setFocused(position);
    const instance = chart.current;
    if (!instance) return;
    const entry = position === null ? undefined : order[position];
    const active =
      entry === undefined || entry.index < 0
        ? []
        : [{ datasetIndex: entry.datasetIndex, index: entry.index }];
    instance.setActiveElements(active);
    instance.tooltip?.setActiveElements(active, { x: 0, y: 0 });
    instance.update();
  };
  const step = (key: string) => {
    const last = order.length - 1;
    if (last < 0) return false;
    const current = focused ?? 0;
    const next =
      key === 'ArrowRight' || key === 'ArrowDown'
        ? Math.min(last, current + 1)
        : key === 'ArrowLeft' || key === 'ArrowUp'
          ? Math.max(0, current - 1)
          : key === 'Home'
            ? 0
            : key === 'End'
              ? last
              : null;
    if (next === null) return false;
    show(next);
    return true;
  };
  const focusedRow = focused === null ? undefined : order[focused]?.row;

  return (
    <>
      <ChartFrame
        id="chart-applicants-map"
        title={t('charts.mapTitle')}
        note={
          clipped.length === 0
            ? description
            : `${description} ${t('charts.mapClipped', {
                count: clipped.length,
                names: clipped.map((point) => applicantName(point.row.applicant)).join(', '),
              })}`
        }
        height={380}
      >
        <div
          tabIndex={0}
          role="group"
          aria-label={`${t('charts.mapTitle')}. ${t('charts.mapKeys')}`}
          data-testid="applicants-map-keys"
          onFocus={() => show(focused ?? 0)}
          onBlur={() => show(null)}
          onKeyDown={(event) => {
            if (step(event.key)) event.preventDefault();
          }}
          style={{ position: 'absolute', inset: 0 }}
        >
          <Bubble
            ref={chart}
            role="img"
            aria-label={description}
            data={{
              datasets: datasets.map(({ state, points }) => ({
                label: t(`states.${state}`),
                data: points,
                backgroundColor: `${colours[state]}88`,
                borderColor: colours[state],
                pointStyle: (context: { raw: unknown }) =>
                  (context.raw as MapPoint | undefined)?.clipped ? 'triangle' : 'circle',
              })),
            }}
            options={{
              maintainAspectRatio: false,
              animation: false,
              plugins: {
                legend: { labels: { color: theme.text } },
                tooltip: {
                  callbacks: {
                    label: (item) => {
                      const point = datasets[item.datasetIndex]?.points[item.dataIndex];
                      return point ? label(point.row) : '';
                    },
                  },
                },
              },
              scales: {
                x: {
                  type: 'linear',
                  // A margin beyond the outermost centres: no bubble at an edge is cut in half.
                  ...padded(xRange),
                  ticks: { color: theme.text, callback: (value) => format.compact(Number(value)) },
                  grid: {
                    color: (context) => (context.tick.value === 0 ? theme.text : theme.grid),
                  },
                  title: {
                    display: true,
                    text: t('charts.mapX', { currency: format.amountUnit }),
                    color: theme.text,
                  },
                },
                y: {
                  type: 'linear',
                  beginAtZero: true,
                  suggestedMax: padded(yRange).suggestedMax,
                  ticks: { color: theme.text, callback: (value) => format.compact(Number(value)) },
                  grid: { color: theme.grid },
                  title: {
                    display: true,
                    text: t('charts.mapY', { currency: format.amountUnit }),
                    color: theme.text,
                  },
                },
              },
            }}
          />
        </div>
      </ChartFrame>
      {/* What the keyboard has reached, said and shown (the tooltip alone is only drawn). */}
      <Text size="sm" aria-live="polite" data-testid="applicants-map-focused" mih="1.5em">
        {focusedRow === undefined || focused === null
          ? ''
          : t('charts.mapFocused', {
              position: focused + 1,
              count: order.length,
              text: label(focusedRow),
            })}
      </Text>
    </>
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
  const objectiveText = t(`budget.objectives.${objective}`);
  const total = curve.at(-1)?.budget;
  const description = t('charts.curveDescription', {
    objective: objectiveText,
    total: total === undefined ? '' : format.amount(total),
  });
  const valueText = (value: Dec) =>
    objective === 'score' ? format.number(value, 1) : format.amount(value);
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
              title: {
                display: true,
                text: t('charts.curveX', { currency: format.amountUnit }),
                color: theme.text,
              },
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
