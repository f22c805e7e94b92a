import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Menu,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultSensitivityDrivers,
  driverLimits,
  driverSpecs,
  HORIZON_PATH,
} from '../../../shared/analysis';
import {
  DISTRIBUTION_TYPES,
  type Distribution,
  type Scenario,
  type ScenarioFile,
} from '../../../shared/scenario';
import { useNotices } from '../../services/ui/notices';
import { check, setIn, type Checked } from '../../services/document/scenario-edits';
import { CodecField, useView } from '../../services/fields/fields';
import { useCodecs } from '../../services/fields/use-codecs';
import { useIssueText } from '../../services/texts/issue-text';
import {
  firstDistribution,
  PARAMETERS,
  reshape,
  type DistributionType,
} from './distribution-defaults';
import { DistributionPreview } from './DistributionPreview';
import { useDriverText } from '../../services/texts/driver-text';
import classes from './risk.module.css';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

const emptyRisk = { distributions: [], correlations: [], ranges: [] };

/**
 * The Monte Carlo setup: a distribution per uncertain driver, edited in the file's `risk` section
 * of the base (a named scenario shows them without editing), each with its parameters and a
 * preview of its shape; drivers are added from the sensitivity's candidates.
 */
export function DistributionsTable({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  const view = useView();
  const { notify } = useNotices();
  const { scenarioIssue } = useIssueText(scenario.project.currency, scenario);
  const text = useDriverText(scenario);
  const codecs = useCodecs(scenario.project.currency);

  const distributions = scenario.risk?.distributions ?? [];
  const used = new Set(distributions.map((entry) => entry.path));
  const candidates = useMemo(
    () => defaultSensitivityDrivers(scenario).filter((path) => path !== HORIZON_PATH),
    [scenario],
  );
  const free = candidates.filter((path) => !used.has(path));

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
  );
}
