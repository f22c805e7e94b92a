import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Menu,
  NativeSelect,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import {
  ANALYSIS_METRICS,
  defaultSensitivityDrivers,
  driverLimits,
  driverSpecs,
  HORIZON_PATH,
  MAX_DRAWS,
  REPORTED_OUTSIDE_DOMAIN,
  type AnalysisMetric,
  type MonteCarloResult,
} from '../../shared/analysis';
import { Dec } from '../../shared/finance/decimal';
import {
  DISTRIBUTION_TYPES,
  type Distribution,
  type Scenario,
  type ScenarioFile,
} from '../../shared/scenario';
import { useNotices } from '../app/notices';
import { ChartFrame } from '../charts/ChartFrame';
import '../charts/setup';
import { useChartTheme } from '../charts/use-chart-theme';
import { check, setIn, type Checked } from '../document/scenario-edits';
import { CodecField, useView } from '../editor/fields';
import { useCodecs } from '../editor/use-codecs';
import { parseWholeNumber } from '../format/parse-number';
import { useFormat } from '../format/use-format';
import { useIssueText } from '../i18n/issue-text';
import { useSettings } from '../settings/settings-context';
import { AnalysisStatus } from './AnalysisStatus';
import {
  firstDistribution,
  PARAMETERS,
  reshape,
  type DistributionType,
} from './distribution-defaults';
import { DistributionPreview } from './DistributionPreview';
import { useLastMonteCarlo, type MonteCarloRun } from './last-monte-carlo';
import { useDriverText } from './driver-text';
import { useManualAnalysis } from './use-analysis';
import classes from './risk.module.css';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

const emptyRisk = { distributions: [], correlations: [], ranges: [] };

/** Monte Carlo: a distribution per uncertain driver, then thousands of draws in the worker. */
export function MonteCarloPanel({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  const { language } = useSettings();
  const view = useView();
  const { notify } = useNotices();
  const { scenarioIssue } = useIssueText(scenario.project.currency, scenario);
  const text = useDriverText(scenario);
  const codecs = useCodecs(scenario.project.currency);
  const format = useFormat(scenario.project.currency);
  const theme = useChartTheme();
  const { state, start, cancel } = useManualAnalysis<MonteCarloResult>();
  const [drawsText, setDrawsText] = useState('10000');
  const [seedText, setSeedText] = useState('1');
  const [latin, setLatin] = useState(false);
  const [metric, setMetric] = useState<AnalysisMetric>('npv');

  const distributions = scenario.risk?.distributions ?? [];
  const used = new Set(distributions.map((entry) => entry.path));
  const candidates = useMemo(
    () => defaultSensitivityDrivers(scenario).filter((path) => path !== HORIZON_PATH),
    [scenario],
  );
  const free = candidates.filter((path) => !used.has(path));

  const draws = parseWholeNumber(drawsText, language);
  const drawCount = draws.ok ? Number(draws.value) : NaN;
  const drawsValid = Number.isInteger(drawCount) && drawCount >= 100 && drawCount <= MAX_DRAWS;
  const seed = parseWholeNumber(seedText, language);
  const seedValid = seed.ok && Number(seed.value) >= 0;

  const changeRisk = (
    change: (risk: NonNullable<ScenarioFile['risk']>) => NonNullable<ScenarioFile['risk']>,
  ) => {
    const checked: Checked = view.changeBase((file) =>
      check(setIn(file, ['risk'], change(file.risk ?? emptyRisk))),
    );
    if (!checked.ok) {
      notify(
        'error',
        t('editor.grid.refused'),
        checked.issues.map((issue) => t('files.issueAt', { ...scenarioIssue(issue) })),
      );
    }
  };

  const addDriver = (path: string) => {
    const spec = driverSpecs(scenario, [path])[0];
    if (!spec) return;
    const distribution = firstDistribution(spec.base, text.kind(path), spec.limits);
    changeRisk((risk) => ({
      ...risk,
      distributions: [...risk.distributions, { path, distribution }],
    }));
  };

  const setType = (index: number, type: DistributionType) =>
    changeRisk((risk) => ({
      ...risk,
      distributions: risk.distributions.map((entry, position) =>
        position === index
          ? {
              ...entry,
              distribution: reshape(
                entry.distribution,
                type,
                text.kind(entry.path),
                driverLimits(scenario, entry.path),
              ),
            }
          : entry,
      ),
    }));

  const removeDriver = (index: number) =>
    changeRisk((risk) => {
      const removed = risk.distributions[index]?.path;
      return {
        ...risk,
        distributions: risk.distributions.filter((_, position) => position !== index),
        correlations: risk.correlations.filter(
          (entry) => !entry.paths.some((path) => path === removed),
        ),
      };
    });

  const started = useRef<MonteCarloRun | null>(null);
  const run = () => {
    started.current = {
      draws: drawCount,
      seed: Number(seed.ok ? seed.value : 1),
      latinHypercube: latin,
    };
    start({
      kind: 'monte-carlo',
      scenario,
      options: { ...started.current, metric, bins: 30 },
    });
  };

  const result = state.status === 'done' ? state.result : null;
  const { remember } = useLastMonteCarlo();
  useEffect(() => {
    if (result !== null) remember(started.current);
  }, [result, remember]);
  const running = state.status === 'running';

  const codecOf = (path: string) =>
    text.kind(path) === 'amount'
      ? codecs.amount
      : text.kind(path) === 'percent'
        ? codecs.percent
        : codecs.decimal;
  const unitOf = (path: string) =>
    text.kind(path) === 'amount'
      ? codecs.amountUnit
      : text.kind(path) === 'percent'
        ? '%'
        : undefined;

  return (
    <Stack gap="md">
      <section aria-labelledby="monte-carlo-setup">
        <Title order={3} size="h5" id="monte-carlo-setup" mb="xs">
          {t('risk.monteCarlo.setup')}
        </Title>
        {!view.isBase && (
          <Alert color="blue" variant="light" mb="xs">
            {t('risk.monteCarlo.baseOnly')}
          </Alert>
        )}
        {distributions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('risk.monteCarlo.none')}
          </Text>
        ) : (
          <div className={classes.scroller}>
            <Table verticalSpacing={4} withRowBorders>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('risk.driver')}</Table.Th>
                  <Table.Th>{t('risk.monteCarlo.distribution')}</Table.Th>
                  <Table.Th>{t('risk.monteCarlo.parameters')}</Table.Th>
                  <Table.Th>{t('risk.monteCarlo.shape')}</Table.Th>
                  <Table.Th>
                    <Text span size="sm" fw={700}>
                      {t('common.actions')}
                    </Text>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {distributions.map((entry, index) => {
                  const name = text.label(entry.path);
                  const distribution: Distribution = entry.distribution;
                  const base = ['risk', 'distributions', index, 'distribution'] as const;
                  return (
                    <Table.Tr key={entry.path}>
                      <Table.Td className={classes.driverCell}>
                        <Text size="sm">{name}</Text>
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect
                          aria-label={t('editor.grid.cell', {
                            item: name,
                            column: t('risk.monteCarlo.distribution'),
                          })}
                          value={distribution.type}
                          disabled={!view.isBase}
                          onChange={(event) =>
                            setType(index, event.currentTarget.value as DistributionType)
                          }
                          data={DISTRIBUTION_TYPES.map((type) => ({
                            value: type,
                            label: loose(`risk.distributions.${type}`),
                          }))}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap" align="flex-start">
                          {distribution.type === 'discrete'
                            ? distribution.outcomes.map((_, outcome) => (
                                <Stack key={outcome} gap={2}>
                                  <CodecField
                                    path={[...base, 'outcomes', outcome, 'value']}
                                    label={t('risk.monteCarlo.outcomeValue', {
                                      driver: name,
                                      n: outcome + 1,
                                    })}
                                    hideLabel
                                    description={t('risk.parameters.value', { n: outcome + 1 })}
                                    codec={codecOf(entry.path)}
                                    unit={unitOf(entry.path)}
                                    disabled={!view.isBase}
                                    className={classes.parameter}
                                  />
                                  <CodecField
                                    path={[...base, 'outcomes', outcome, 'probability']}
                                    label={t('risk.monteCarlo.outcomeProbability', {
                                      driver: name,
                                      n: outcome + 1,
                                    })}
                                    hideLabel
                                    description={t('risk.parameters.probability')}
                                    codec={codecs.percent}
                                    unit="%"
                                    disabled={!view.isBase}
                                    className={classes.parameter}
                                  />
                                </Stack>
                              ))
                            : PARAMETERS[distribution.type].map((parameter) => (
                                <CodecField
                                  key={parameter}
                                  path={[...base, parameter]}
                                  label={t('editor.grid.cell', {
                                    item: name,
                                    column: loose(`risk.parameters.${parameter}`),
                                  })}
                                  hideLabel
                                  description={loose(`risk.parameters.${parameter}`)}
                                  codec={codecOf(entry.path)}
                                  unit={unitOf(entry.path)}
                                  disabled={!view.isBase}
                                  className={classes.parameter}
                                />
                              ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <DistributionPreview
                          distribution={distribution}
                          limits={driverLimits(scenario, entry.path)}
                          label={name}
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          disabled={!view.isBase}
                          aria-label={t('editor.grid.remove', { name })}
                          onClick={() => removeDriver(index)}
                        >
                          <span aria-hidden>✕</span>
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        )}
        <Menu position="bottom-start" width={360}>
          <Menu.Target>
            <Button size="xs" variant="light" mt="xs" disabled={!view.isBase || free.length === 0}>
              {t('risk.monteCarlo.add')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown className={classes.menu}>
            {free.map((path) => (
              <Menu.Item key={path} onClick={() => addDriver(path)}>
                {text.label(path)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </section>

      <Paper withBorder p="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('risk.monteCarlo.draws')}
            value={drawsText}
            onChange={(event) => setDrawsText(event.currentTarget.value)}
            error={
              drawsValid
                ? null
                : t('risk.monteCarlo.drawsInvalid', { max: format.number(new Dec(MAX_DRAWS), 0) })
            }
            inputMode="numeric"
            w={160}
          />
          <TextInput
            label={t('risk.monteCarlo.seed')}
            value={seedText}
            onChange={(event) => setSeedText(event.currentTarget.value)}
            error={seedValid ? null : t('parse.notWholeNumber')}
            inputMode="numeric"
            w={120}
          />
          <NativeSelect
            label={t('risk.metric')}
            value={metric}
            onChange={(event) => setMetric(event.currentTarget.value as AnalysisMetric)}
            data={ANALYSIS_METRICS.map((value) => ({ value, label: text.metric(value) }))}
            w={200}
          />
          <Checkbox
            label={t('risk.monteCarlo.latin')}
            checked={latin}
            onChange={(event) => setLatin(event.currentTarget.checked)}
            mb={8}
          />
          {running ? (
            <Button color="red" variant="light" onClick={cancel}>
              {t('risk.monteCarlo.cancel')}
            </Button>
          ) : (
            <Button
              onClick={run}
              disabled={!drawsValid || !seedValid || distributions.length === 0}
            >
              {t('risk.monteCarlo.run')}
            </Button>
          )}
        </Group>
        {state.status === 'running' && (
          <Stack gap={4} mt="sm">
            <Progress
              value={state.total > 0 ? (100 * state.done) / state.total : 0}
              aria-label={t('risk.monteCarlo.progressLabel')}
              transitionDuration={0}
            />
            <Text size="xs" c="dimmed" role="status" data-testid="monte-carlo-progress">
              {t('risk.monteCarlo.progress', {
                done: format.number(new Dec(state.done), 0),
                total: format.number(new Dec(state.total || drawCount), 0),
              })}
            </Text>
          </Stack>
        )}
        <AnalysisStatus state={state} />
      </Paper>

      {result && <MonteCarloResults result={result} scenario={scenario} theme={theme} />}
    </Stack>
  );
}

function MonteCarloResults({
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
