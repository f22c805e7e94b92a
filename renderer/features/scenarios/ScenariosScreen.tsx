import {
  ActionIcon,
  Badge,
  Button,
  Container,
  Group,
  Menu,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import type Decimal from 'decimal.js';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { variantFromRanges } from '../../../shared/analysis';
import {
  evaluateScenario,
  METRIC_CATALOGUE,
  type CatalogueKey,
  type Metrics,
} from '../../../shared/model';
import {
  BASE_SCENARIO,
  SCENARIO_KINDS,
  selectScenario,
  type NamedScenario,
} from '../../../shared/scenario';
import { useNotices } from '../../services/ui/notices';
import { useDocument } from '../../services/session/document-context';
import { check, setIn } from '../../services/document/scenario-edits';
import { useView } from '../../services/fields/fields';
import { useFormat, type Formatters } from '../../services/format/use-format';
import { useIssueText } from '../../services/texts/issue-text';
import { overrideTexts } from './override-text';
import { useScenarioLabel } from '../../services/session/scenario-label';
import classes from './ScenariosScreen.module.css';

type Kind = (typeof SCENARIO_KINDS)[number];

interface Row {
  readonly key: CatalogueKey;
  readonly label: string;
  readonly show: (metrics: Metrics<Decimal>) => string;
  /** The difference from the base, for figures where a difference means something. */
  readonly delta?: (metrics: Metrics<Decimal>, base: Metrics<Decimal>) => Decimal | null;
  readonly deltaShow?: (value: Decimal) => string;
}

function metricRows(
  t: (key: string, options?: Record<string, unknown>) => string,
  format: Formatters,
): Row[] {
  const difference =
    (key: 'npv' | 'npvWithoutSubsidies' | 'equityNpv') =>
    (m: Metrics<Decimal>, b: Metrics<Decimal>) =>
      m[key].minus(b[key]);
  const nullable =
    (
      key:
        | 'irr'
        | 'paybackYears'
        | 'discountedPaybackYears'
        | 'profitabilityIndex'
        | 'benefitCostRatio',
    ) =>
    (m: Metrics<Decimal>, b: Metrics<Decimal>) => {
      const here = m[key];
      const there = b[key];
      return here === null || there === null ? null : here.minus(there);
    };
  const signed = (text: string, value: Decimal) =>
    value.isNegative() || value.isZero() ? text : `+${text}`;
  return [
    {
      key: 'npv',
      label: t('results.kpi.npv'),
      show: (m) => format.amount(m.npv),
      delta: difference('npv'),
      deltaShow: (v) => signed(format.amount(v), v),
    },
    {
      key: 'irr',
      label: t('results.kpi.irr'),
      show: (m) => format.rate(m.irr),
      delta: nullable('irr'),
      deltaShow: (v) => signed(t('scenarios.points', { value: format.number(v.mul(100), 2) }), v),
    },
    {
      key: 'paybackYears',
      label: t('results.kpi.paybackYears'),
      show: (m) => format.years(m.paybackYears),
      delta: nullable('paybackYears'),
      deltaShow: (v) => signed(format.years(v), v),
    },
    {
      key: 'discountedPaybackYears',
      label: t('results.kpi.discountedPaybackYears'),
      show: (m) => format.years(m.discountedPaybackYears),
      delta: nullable('discountedPaybackYears'),
      deltaShow: (v) => signed(format.years(v), v),
    },
    {
      key: 'npvWithoutSubsidies',
      label: t('results.kpi.npvWithoutSubsidies'),
      show: (m) => format.amount(m.npvWithoutSubsidies),
      delta: difference('npvWithoutSubsidies'),
      deltaShow: (v) => signed(format.amount(v), v),
    },
    {
      key: 'additionality',
      label: t('results.kpi.additionality'),
      show: (m) =>
        m.additionality
          ? t('results.kpi.additionalYes')
          : m.subsidyTotal.isZero()
            ? t('results.kpi.noSubsidy')
            : t('results.kpi.additionalNo'),
    },
    {
      key: 'profitabilityIndex',
      label: t('scenarios.metrics.profitabilityIndex'),
      show: (m) => (m.profitabilityIndex === null ? '—' : format.number(m.profitabilityIndex, 2)),
      delta: nullable('profitabilityIndex'),
      deltaShow: (v) => signed(format.number(v, 2), v),
    },
    {
      key: 'benefitCostRatio',
      label: t('scenarios.metrics.benefitCostRatio'),
      show: (m) => (m.benefitCostRatio === null ? '—' : format.number(m.benefitCostRatio, 2)),
      delta: nullable('benefitCostRatio'),
      deltaShow: (v) => signed(format.number(v, 2), v),
    },
    {
      key: 'equityNpv',
      label: t('scenarios.metrics.equityNpv'),
      show: (m) => format.amount(m.equityNpv),
      delta: difference('equityNpv'),
      deltaShow: (v) => signed(format.amount(v), v),
    },
  ];
}

/** A name for a new scenario that the file does not use yet: `custom-2`. */
function freeName(scenarios: readonly NamedScenario[], kind: string): string {
  const used = new Set(scenarios.map((scenario) => scenario.name));
  if (!used.has(kind)) return kind;
  for (let n = 2; ; n += 1) if (!used.has(`${kind}-${n}`)) return `${kind}-${n}`;
}

/**
 * The scenarios of the file: switch the one shown, add, duplicate, rename and remove, and compare
 * them side by side with their differences from the base.
 */
export function ScenariosScreen() {
  const { t, i18n } = useTranslation();
  const loose = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const view = useView();
  const { select } = useDocument();
  const { notify } = useNotices();
  const { scenarioIssue } = useIssueText();
  const label = useScenarioLabel();
  const format = useFormat(view.scenario.project.currency);
  const [renaming, setRenaming] = useState<{ name: string; text: string } | null>(null);
  const { file } = view;
  const names = [BASE_SCENARIO, ...file.scenarios.map((named) => named.name)];

  const evaluations = useMemo(
    () =>
      [BASE_SCENARIO, ...file.scenarios.map((named) => named.name)].map((name) => {
        const selected = selectScenario(file, name);
        return { name, metrics: selected.ok ? evaluateScenario(selected.scenario).metrics : null };
      }),
    [file],
  );
  const baseMetrics = evaluations[0]?.metrics ?? null;
  const rows = metricRows(loose, format);

  const changeScenarios = (change: (scenarios: readonly NamedScenario[]) => NamedScenario[]) => {
    const checked = view.changeBase((current) =>
      check(setIn(current, ['scenarios'], change(current.scenarios))),
    );
    if (!checked.ok) {
      notify(
        'error',
        t('editor.grid.refused'),
        checked.issues.map((issue) => t('files.issueAt', { ...scenarioIssue(issue) })),
      );
    }
    return checked.ok;
  };

  const add = (kind: Kind, from?: string) => {
    const source = file.scenarios.find((named) => named.name === from);
    const name = freeName(file.scenarios, kind);
    // A new optimistic or pessimistic variant starts from what the file states about uncertainty.
    const variant =
      source === undefined && kind !== 'custom' ? variantFromRanges(file, kind) : null;
    const created: NamedScenario = {
      name,
      kind,
      ...(from ? { label: t('scenarios.copyOf', { name: label(from) }) } : {}),
      ...(variant !== null && variant.overrides.length > 0
        ? { description: t(`scenarios.madeFromRanges.${kind as 'optimistic' | 'pessimistic'}`) }
        : {}),
      overrides: source
        ? source.overrides.map((override) => ({ ...override }))
        : (variant?.overrides ?? []),
    };
    if (!changeScenarios((scenarios) => [...scenarios, created])) return;
    select(name);
    if (variant !== null && variant.overrides.length === 0)
      notify('info', t('scenarios.emptyVariant', { kind: t(`options.scenarioKind.${kind}`) }));
    if (variant !== null && variant.leftOut.length > 0)
      notify('info', t('scenarios.leftOut', { paths: variant.leftOut.join(', ') }));
  };

  const rename = (name: string, text: string) => {
    const trimmed = text.trim();
    changeScenarios((scenarios) =>
      scenarios.map((named) => {
        if (named.name !== name) return named;
        const { label: _old, ...rest } = named;
        return trimmed === '' ? rest : { ...rest, label: trimmed };
      }),
    );
    setRenaming(null);
  };

  const remove = (name: string) => {
    if (
      changeScenarios((scenarios) => scenarios.filter((named) => named.name !== name)) &&
      view.scenarioName === name
    ) {
      select(BASE_SCENARIO);
    }
  };

  return (
    <Container size="xl" py="md">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} size="h3">
              {t('scenarios.title')}
            </Title>
            <Text size="sm" c="dimmed" maw="52rem">
              {t('scenarios.lead')}
            </Text>
          </div>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button>{t('scenarios.add')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              {SCENARIO_KINDS.map((kind) => (
                <Menu.Item key={kind} onClick={() => add(kind)}>
                  <Text size="sm">{t(`options.scenarioKind.${kind}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`scenarios.kindHint.${kind}`)}
                  </Text>
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>

        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" className={classes.cards}>
          {names.map((name) => {
            const named = file.scenarios.find((candidate) => candidate.name === name);
            const active = view.scenarioName === name;
            const changes = overrideTexts(file, name, format, t, (key) => i18n.exists(key));
            return (
              <Paper
                key={name}
                withBorder
                p="md"
                className={classes.card}
                data-active={active ? 'true' : undefined}
                component="section"
                aria-labelledby={`scenario-${name}`}
              >
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    {renaming?.name === name ? (
                      <TextInput
                        aria-label={t('scenarios.renameLabel')}
                        value={renaming.text}
                        autoFocus
                        onChange={(event) => setRenaming({ name, text: event.currentTarget.value })}
                        onKeyDown={(event) => {
                          if (event.key === 'Enter') rename(name, renaming.text);
                          if (event.key === 'Escape') setRenaming(null);
                        }}
                        onBlur={() => rename(name, renaming.text)}
                      />
                    ) : (
                      <Title order={3} size="h5" id={`scenario-${name}`}>
                        {label(name)}
                      </Title>
                    )}
                    {named && label(name) !== t(`options.scenarioKind.${named.kind}`) && (
                      <Badge variant="light" color="gray">
                        {t(`options.scenarioKind.${named.kind}`)}
                      </Badge>
                    )}
                  </Group>
                  {named?.description && (
                    <Text size="sm" c="dimmed" lineClamp={3}>
                      {named.description}
                    </Text>
                  )}
                  <Text size="sm" data-testid={`scenario-changes-${name}`}>
                    {named
                      ? named.overrides.length === 0
                        ? t('scenarios.noChanges')
                        : t('scenarios.changes', { count: named.overrides.length })
                      : t('scenarios.baseNote')}
                  </Text>
                  {changes.length > 0 && (
                    <Table className={classes.changes} verticalSpacing={2} horizontalSpacing={4}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('scenarios.field')}</Table.Th>
                          <Table.Th className={classes.number}>
                            {t('options.scenarioKind.base')}
                          </Table.Th>
                          <Table.Th className={classes.number}>{label(name)}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {changes.map((change, index) => (
                          <Table.Tr key={index}>
                            <Table.Td>{change.field}</Table.Td>
                            <Table.Td className={classes.number}>{change.base}</Table.Td>
                            <Table.Td className={classes.number}>{change.value}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                  <Group gap="xs" mt="auto">
                    <Button
                      size="xs"
                      variant={active ? 'filled' : 'light'}
                      onClick={() => select(name)}
                      aria-pressed={active}
                    >
                      {active ? t('scenarios.shown') : t('scenarios.show')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() =>
                        add(
                          named?.kind === 'optimistic' || named?.kind === 'pessimistic'
                            ? named.kind
                            : 'custom',
                          named ? name : undefined,
                        )
                      }
                    >
                      {t('scenarios.duplicate')}
                    </Button>
                    {named && (
                      <>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setRenaming({ name, text: named.label ?? label(name) })}
                        >
                          {t('scenarios.rename')}
                        </Button>
                        <Tooltip label={t('scenarios.remove', { name: label(name) })}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('scenarios.remove', { name: label(name) })}
                            onClick={() => remove(name)}
                          >
                            <span aria-hidden>✕</span>
                          </ActionIcon>
                        </Tooltip>
                      </>
                    )}
                  </Group>
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>

        <div>
          <Title order={3} size="h4" mb="xs">
            {t('scenarios.compare')}
          </Title>
          <div
            className={classes.scroller}
            role="region"
            aria-labelledby="scenarios-compare"
            tabIndex={0}
          >
            <Table withRowBorders verticalSpacing={6} className={classes.compare}>
              <Table.Caption id="scenarios-compare" className={classes.caption}>
                {t('scenarios.compareCaption')}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('scenarios.metric')}</Table.Th>
                  {names.map((name) => (
                    <Table.Th scope="col" key={name} className={classes.number}>
                      {label(name)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Th scope="row">{row.label}</Table.Th>
                    {evaluations.map(({ name, metrics }) => {
                      if (!metrics) return <Table.Td key={name}>—</Table.Td>;
                      const delta =
                        name !== BASE_SCENARIO && baseMetrics && row.delta
                          ? row.delta(metrics, baseMetrics)
                          : null;
                      return (
                        <Table.Td
                          key={name}
                          className={classes.number}
                          data-testid={`compare-${row.key}-${name}`}
                        >
                          <div>{row.show(metrics)}</div>
                          {delta && !delta.isZero() && row.deltaShow && (
                            <Text
                              size="xs"
                              className={classes.delta}
                              data-sign={
                                // A shorter payback is better: its difference is green when negative.
                                delta.isNegative() !==
                                (METRIC_CATALOGUE[row.key].better === 'lower')
                                  ? 'negative'
                                  : 'positive'
                              }
                            >
                              {t('scenarios.versusBase', { value: row.deltaShow(delta) })}
                            </Text>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </div>
      </Stack>
    </Container>
  );
}
