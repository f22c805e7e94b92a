import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { REPORTED_OUTSIDE_DOMAIN, type MonteCarloResult } from '../../../shared/analysis';
import { Dec } from '../../../shared/finance/decimal';
import type { Scenario } from '../../../shared/scenario';
import { ChartFrame } from '../../services/charts/ChartFrame';
import '../../services/charts/setup';
import type { useChartTheme } from '../../services/charts/use-chart-theme';
import { useFormat } from '../../services/format/use-format';
import { useDriverText } from '../../services/texts/driver-text';
import classes from './risk.module.css';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * What a Monte Carlo run found: the key statistics, the histogram with the P5–P95 band and the
 * median marked, each driver's share of the variance, and the chance of paying back within each
 * year of the horizon.
 */
export function MonteCarloResults({
  result,
  scenario,
  theme,
}: {
  result: MonteCarloResult;
  scenario: Scenario;
  theme: ReturnType<typeof useChartTheme>;
}) {
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  const text = useDriverText(scenario);
  const format = useFormat(scenario.project.currency);
  const value = (x: number | null) => text.metricValue(result.metric, x);
  const { p5, p50, p95 } = result.percentiles;
  const share = (x: number) => format.percent(new Dec(x), 1);
  const stats = [
    {
      key: 'probability',
      label: t('risk.monteCarlo.probabilityNpv'),
      value: share(result.probabilityNpvPositive),
    },
    { key: 'p5', label: 'P5', value: value(p5) },
    { key: 'p50', label: t('risk.monteCarlo.median'), value: value(p50) },
    { key: 'p95', label: 'P95', value: value(p95) },
    { key: 'mean', label: t('risk.monteCarlo.mean'), value: value(result.mean) },
    { key: 'stdDev', label: t('risk.monteCarlo.stdDev'), value: value(result.stdDev) },
  ];
  const inBand = (from: number, to: number) =>
    p5 !== null && p95 !== null && to >= p5 && from <= p95;
  const holdsMedian = (from: number, to: number) => p50 !== null && from <= p50 && p50 <= to;
  const description = t('risk.monteCarlo.histogramDescription', {
    metric: text.metric(result.metric),
    draws: format.number(new Dec(result.draws), 0),
    p5: value(p5),
    p50: value(p50),
    p95: value(p95),
    probability: share(result.probabilityNpvPositive),
  });
  return (
    <section aria-labelledby="monte-carlo-results">
      <Title order={3} size="h5" id="monte-carlo-results" mb="xs">
        {t('risk.monteCarlo.results', { draws: format.number(new Dec(result.draws), 0) })}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 3, xl: 6 }} spacing="xs" mb="sm">
        {stats.map((stat) => (
          <Paper key={stat.key} withBorder p="xs" data-testid={`monte-carlo-${stat.key}`}>
            <Text size="xs" c="dimmed" fw={600}>
              {stat.label}
            </Text>
            <Text fw={700} className={classes.statValue}>
              {stat.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <ChartFrame
        id="chart-histogram"
        title={t('risk.monteCarlo.histogram', { metric: text.metric(result.metric) })}
        note={t('risk.monteCarlo.histogramNote')}
      >
        <Bar
          role="img"
          aria-label={description}
          data={{
            labels: result.histogram.map((bin) => format.compact((bin.from + bin.to) / 2)),
            datasets: [
              {
                label: t('risk.monteCarlo.draws'),
                data: result.histogram.map((bin) => bin.count),
                backgroundColor: result.histogram.map((bin) =>
                  holdsMedian(bin.from, bin.to)
                    ? theme.colors.marker
                    : inBand(bin.from, bin.to)
                      ? theme.colors.total
                      : theme.grid,
                ),
                barPercentage: 1,
                categoryPercentage: 0.95,
              },
            ],
          }}
          options={{
            maintainAspectRatio: false,
            animation: false,
            plugins: {
              legend: { display: false },
              tooltip: {
                callbacks: {
                  title: (items) => {
                    const bin = result.histogram[items[0]?.dataIndex ?? 0];
                    return bin ? `${value(bin.from)} – ${value(bin.to)}` : '';
                  },
                  label: (item) =>
                    t('risk.monteCarlo.binCount', {
                      number: format.number(new Dec(Number(item.raw)), 0),
                    }),
                },
              },
            },
            scales: {
              x: {
                ticks: { color: theme.text, maxRotation: 0, autoSkipPadding: 8 },
                grid: { display: false },
                title: { display: true, text: text.metric(result.metric), color: theme.text },
              },
              y: {
                ticks: { color: theme.text },
                grid: { color: theme.grid },
                title: { display: true, text: t('risk.monteCarlo.drawsAxis'), color: theme.text },
              },
            },
          }}
        />
      </ChartFrame>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" mt="sm">
        <div
          className={classes.scroller}
          role="region"
          aria-labelledby="contributions-caption"
          tabIndex={0}
        >
          <Table verticalSpacing={4} withRowBorders>
            <Table.Caption id="contributions-caption" className={classes.caption}>
              {t('risk.monteCarlo.contributions')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('risk.driver')}</Table.Th>
                <Table.Th scope="col" className={classes.number}>
                  {t('risk.monteCarlo.share')}
                </Table.Th>
                <Table.Th scope="col" className={classes.number}>
                  {t('risk.monteCarlo.correlation')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...result.drivers]
                .sort((a, b) => b.contributionToVariance - a.contributionToVariance)
                .map((driver) => (
                  <Table.Tr key={driver.path}>
                    <Table.Th scope="row" fw={400}>
                      {text.label(driver.path)}
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({loose(`risk.distributions.${driver.distribution}`)})
                      </Text>
                    </Table.Th>
                    <Table.Td className={classes.number}>
                      {share(driver.contributionToVariance)}
                    </Table.Td>
                    <Table.Td className={classes.number}>
                      {format.number(new Dec(driver.rankCorrelation), 2)}
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
          {result.drivers
            .filter((driver) => driver.outsideDomain >= REPORTED_OUTSIDE_DOMAIN)
            .map((driver) => (
              <Text size="xs" c="dimmed" key={driver.path} data-testid="monte-carlo-outside">
                {t('risk.monteCarlo.outside', {
                  driver: text.label(driver.path),
                  share: share(driver.outsideDomain),
                })}
              </Text>
            ))}
        </div>
        <div
          className={classes.scroller}
          role="region"
          aria-labelledby="payback-caption"
          tabIndex={0}
        >
          <Table verticalSpacing={4} withRowBorders>
            <Table.Caption id="payback-caption" className={classes.caption}>
              {t('risk.monteCarlo.paybackWithin')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('risk.monteCarlo.withinYears')}</Table.Th>
                <Table.Th scope="col" className={classes.number}>
                  {t('risk.monteCarlo.probability')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.probabilityPaybackWithin.map((entry) => (
                <Table.Tr key={entry.years}>
                  <Table.Th scope="row" fw={400}>
                    {entry.years}
                  </Table.Th>
                  <Table.Td className={classes.number}>{share(entry.probability)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </SimpleGrid>
    </section>
  );
}
