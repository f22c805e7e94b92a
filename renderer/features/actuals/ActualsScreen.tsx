import {
  Alert,
  Container,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type Decimal from 'decimal.js';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  planVsActualOf,
  type FutureBasis,
  type LineVariance,
  type PlanVsActual,
} from '../../../shared/model';
import { baseOf } from '../../../shared/scenario';
import { useView } from '../../services/fields/fields';
import { useFormat, type Formatters } from '../../services/format/use-format';
import classes from './ActualsScreen.module.css';
import { TemplateButtons } from './TemplateButtons';
import { useVerdictText } from '../../services/texts/verdict-text';

/**
 * The finance officer's plan vs actual: what the file's actuals say against its base scenario —
 * the verdict, NPV, IRR and payback re-forecast beside the plan's, the variance per line and year
 * reported, and the cash flows year by year.
 */
export function ActualsScreen() {
  const { t } = useTranslation();
  const { file } = useView();
  const format = useFormat(file.project.currency);
  const verdictText = useVerdictText(format);
  const [future, setFuture] = useState<FutureBasis>('plan');
  const actuals = file.actuals;
  const result = useMemo(
    () => (actuals === undefined ? null : planVsActualOf(baseOf(file), actuals, future)),
    [file, actuals, future],
  );
  const startYear = file.project.startYear;

  return (
    <Container size="xl" py="md">
      <Stack gap="md">
        <Title order={2}>{t('actuals.title')}</Title>
        <TemplateButtons />
        {result === null ? (
          <Text>{t('actuals.none')}</Text>
        ) : (
          <>
            <Text size="sm">
              {t('actuals.reported', {
                years: result.reported
                  .map((entry) =>
                    entry.months === null
                      ? String(startYear + entry.year)
                      : t('actuals.partialYear', {
                          year: startYear + entry.year,
                          months: entry.months,
                        }),
                  )
                  .join(t('actuals.listSeparator')),
              })}
            </Text>
            <SegmentedControl
              aria-label={t('actuals.future.label')}
              value={future}
              onChange={(value) => setFuture(value === 'delivery' ? 'delivery' : 'plan')}
              data={[
                { value: 'plan', label: t('actuals.future.plan') },
                { value: 'delivery', label: t('actuals.future.delivery') },
              ]}
            />
            <Alert
              data-testid="actuals-verdict"
              color={
                result.verdict.code === 'on-track' || result.verdict.code === 'ahead-of-plan'
                  ? 'teal'
                  : 'red'
              }
              title={t('actuals.verdictTitle')}
            >
              {verdictText(result.verdict)}
            </Alert>
            <MetricsTable result={result} format={format} />
            <VarianceTable result={result} format={format} startYear={startYear} />
            <FlowsTable result={result} format={format} startYear={startYear} />
          </>
        )}
      </Stack>
    </Container>
  );
}

function MetricsTable({ result, format }: { result: PlanVsActual<Decimal>; format: Formatters }) {
  const { t } = useTranslation();
  const rows = [
    [t('results.kpi.npv'), format.amount(result.plan.npv), format.amount(result.reforecast.npv)],
    [t('results.kpi.irr'), format.rate(result.plan.irr), format.rate(result.reforecast.irr)],
    [
      t('results.kpi.paybackYears'),
      format.years(result.plan.paybackYears),
      format.years(result.reforecast.paybackYears),
    ],
    [
      t('actuals.delivery'),
      '',
      result.delivery === null ? '—' : format.percent(result.delivery, 1),
    ],
  ];
  return (
    <Paper withBorder p="sm">
      <Table data-testid="actuals-metrics" className={classes.narrow}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th className={classes.number}>{t('actuals.plan')}</Table.Th>
            <Table.Th className={classes.number}>{t('actuals.reforecast')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, plan, reforecast]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td className={classes.number}>{plan}</Table.Td>
              <Table.Td className={classes.number}>{reforecast}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

interface TableProps {
  readonly result: PlanVsActual<Decimal>;
  readonly format: Formatters;
  readonly startYear: number;
}

function VarianceTable({ result, format, startYear }: TableProps) {
  const { t } = useTranslation();
  const lineLabel = (line: LineVariance<Decimal>, total: boolean) =>
    total
      ? t(`actuals.total.${line.list}`)
      : line.list === 'taxPaid'
        ? t('actuals.total.taxPaid')
        : line.name;
  const rows = [
    ...result.lines.map((line) => ({ line, total: false })),
    ...result.totals.slice(0, -1).map((line) => ({ line, total: true })),
  ];
  return (
    <TableBlock id="actuals-variance-title" title={t('actuals.varianceTitle')}>
      <Table data-testid="actuals-variance" className={classes.wide}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('actuals.line')}</Table.Th>
            {result.reported.map((entry) => (
              <Table.Th key={entry.year} colSpan={3} className={classes.year}>
                {entry.months === null
                  ? startYear + entry.year
                  : t('actuals.partialYear', {
                      year: startYear + entry.year,
                      months: entry.months,
                    })}
              </Table.Th>
            ))}
            <Table.Th className={classes.number}>{t('actuals.cumulative')}</Table.Th>
          </Table.Tr>
          <Table.Tr>
            <Table.Th />
            {result.reported.flatMap((entry) => [
              <Table.Th key={`${entry.year}p`} className={classes.number}>
                {t('actuals.plan')}
              </Table.Th>,
              <Table.Th key={`${entry.year}a`} className={classes.number}>
                {t('actuals.actual')}
              </Table.Th>,
              <Table.Th key={`${entry.year}v`} className={classes.number}>
                {t('actuals.variance')}
              </Table.Th>,
            ])}
            <Table.Th className={classes.number}>{t('actuals.variance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ line, total }, index) => [
            // Each list of lines under its own heading, so a cost is never read as a saving.
            !total && line.list !== 'taxPaid' && rows[index - 1]?.line.list !== line.list ? (
              <Table.Tr key={`${line.list}:heading`} data-group>
                <Table.Th colSpan={result.reported.length * 3 + 2} scope="rowgroup">
                  {t(`actuals.group.${line.list}`)}
                </Table.Th>
              </Table.Tr>
            ) : null,
            <Table.Tr key={`${line.list}:${line.id}:${total}`} data-total={total}>
              <Table.Th scope="row" className={classes.label}>
                {lineLabel(line, total)}
              </Table.Th>
              {line.years.flatMap((year) => [
                <Table.Td key={`${year.year}p`} className={classes.number}>
                  {format.amount(year.planned)}
                </Table.Td>,
                <Table.Td key={`${year.year}a`} className={classes.number}>
                  {year.actual === null ? t('actuals.notReported') : format.amount(year.actual)}
                </Table.Td>,
                <Table.Td
                  key={`${year.year}v`}
                  className={classes.number}
                  data-sign={sign(year.variance, line.list)}
                >
                  {year.variance === null ? '' : format.amount(year.variance)}
                </Table.Td>,
              ])}
              <Table.Td className={classes.number} data-sign={sign(line.variance, line.list)}>
                {format.amount(line.variance)}
              </Table.Td>
            </Table.Tr>,
          ])}
        </Table.Tbody>
      </Table>
    </TableBlock>
  );
}

/** More savings or subsidies is good, more cost, investment or tax is not. */
function sign(value: Decimal | null, list: LineVariance<Decimal>['list']): string | undefined {
  if (value === null || value.isZero()) return undefined;
  const good = list === 'savings' || list === 'subsidies' ? value.gt(0) : value.lt(0);
  return good ? 'good' : 'bad';
}

function FlowsTable({ result, format, startYear }: TableProps) {
  const { t } = useTranslation();
  return (
    <TableBlock id="actuals-flows-title" title={t('actuals.flowsTitle')}>
      <Table data-testid="actuals-flows" className={classes.wide}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('actuals.year')}</Table.Th>
            <Table.Th>{t('actuals.status.label')}</Table.Th>
            <Table.Th className={classes.number}>{t('actuals.flows.planned')}</Table.Th>
            <Table.Th className={classes.number}>{t('actuals.flows.reforecast')}</Table.Th>
            <Table.Th className={classes.number}>{t('actuals.flows.plannedCumulative')}</Table.Th>
            <Table.Th className={classes.number}>
              {t('actuals.flows.reforecastCumulative')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.years.map((year) => (
            <Table.Tr key={year.year}>
              <Table.Th scope="row">{startYear + year.year}</Table.Th>
              <Table.Td>
                {year.status === 'partial'
                  ? t('actuals.status.partial', { months: year.months ?? 12 })
                  : t(`actuals.status.${year.status}`)}
              </Table.Td>
              <Table.Td className={classes.number}>{format.amount(year.plannedFlow)}</Table.Td>
              <Table.Td className={classes.number}>{format.amount(year.reforecastFlow)}</Table.Td>
              <Table.Td className={classes.number}>
                {format.amount(year.plannedCumulative)}
              </Table.Td>
              <Table.Td className={classes.number}>
                {format.amount(year.reforecastCumulative)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableBlock>
  );
}

/** A titled table that scrolls sideways when the window is narrow, reachable by keyboard. */
function TableBlock({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Title order={3} size="h4" mb="xs" id={id}>
        {title}
      </Title>
      <div className={classes.scroller} role="region" aria-labelledby={id} tabIndex={0}>
        {children}
      </div>
    </Paper>
  );
}
