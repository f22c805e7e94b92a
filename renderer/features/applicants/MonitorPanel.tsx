import {
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type Decimal from 'decimal.js';
import { useMemo } from 'react';
import { applicantName, type Applicant } from '../../../shared/compare';
import { Dec } from '../../../shared/finance/decimal';
import {
  defaultMonitorSettings,
  monitorProgramme,
  type MonitorSettings,
  type Programme,
} from '../../../shared/monitor';
import { useFormat } from '../../services/format/use-format';
import { useApplicantsT, type ApplicantsT } from '../../services/i18n/applicants';
import { flagText, reportedYearsText } from '../../services/texts/applicant-texts';
import { NumberField } from './NumberField';
import { StateBadge } from './StateBadge';

/*
 * Programme monitoring: the funded applicants' files with their actual results — per applicant
 * the savings claimed and achieved over the years reported, NPV and caused NPV re-forecast beside
 * the plan's, the flags for under-delivery and missing reports, and the programme's totals
 * (shared/monitor). The threshold, the reporting year and how the future is re-forecast are the
 * officer's; the default reporting year is the last calendar year.
 */

export function initialMonitorSettings(today: Date = new Date()): MonitorSettings {
  return defaultMonitorSettings(today.getFullYear() - 1);
}

export function MonitorPanel({
  applicants,
  currency,
  settings,
  onChange,
}: {
  readonly applicants: readonly Applicant[];
  readonly currency: string;
  readonly settings: MonitorSettings;
  readonly onChange: (settings: MonitorSettings) => void;
}) {
  const t = useApplicantsT();
  const format = useFormat(currency);
  const programme = useMemo(() => monitorProgramme(applicants, settings), [applicants, settings]);
  const percent = (value: Decimal) => format.percent(value, 1);
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md">
        <NumberField
          label={t('monitor.threshold')}
          kind="percent"
          value={settings.threshold}
          min={{ value: new Dec(0), message: t('notNegative') }}
          onChange={(value) => value !== null && onChange({ ...settings, threshold: value })}
          width={200}
        />
        <NumberField
          label={t('monitor.reportingYear')}
          kind="whole"
          value={new Dec(settings.reportingYear)}
          min={{ value: new Dec(1900), message: t('monitor.yearRange') }}
          max={{ value: new Dec(2200), message: t('monitor.yearRange') }}
          onChange={(value) =>
            value !== null && onChange({ ...settings, reportingYear: value.toNumber() })
          }
          width={160}
        />
        <div>
          <Text size="sm" fw={500} id="monitor-future">
            {t('monitor.future.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="monitor-future"
            value={settings.future}
            onChange={(value) =>
              onChange({ ...settings, future: value === 'delivery' ? 'delivery' : 'plan' })
            }
            data={[
              { value: 'plan', label: t('monitor.future.plan') },
              { value: 'delivery', label: t('monitor.future.delivery') },
            ]}
          />
        </div>
      </Group>
      <Totals programme={programme} format={format} t={t} />
      <Paper withBorder p="sm">
        <div
          style={{ overflowX: 'auto' }}
          role="region"
          aria-label={t('monitor.tableLabel')}
          tabIndex={0}
        >
          <Table data-testid="monitor-table" striped miw={1000}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('monitor.columns.applicant')}</Table.Th>
                <Table.Th>{t('monitor.columns.state')}</Table.Th>
                <Table.Th>{t('monitor.columns.reported')}</Table.Th>
                <Table.Th ta="right">{t('monitor.columns.claimed')}</Table.Th>
                <Table.Th ta="right">{t('monitor.columns.achieved')}</Table.Th>
                <Table.Th ta="right">{t('monitor.columns.delivery')}</Table.Th>
                <Table.Th ta="right">{t('monitor.columns.planNpv')}</Table.Th>
                <Table.Th ta="right">{t('monitor.columns.reforecastNpv')}</Table.Th>
                <Table.Th ta="right">{t('monitor.columns.reforecastCausedNpv')}</Table.Th>
                <Table.Th>{t('monitor.columns.verdict')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programme.applicants.map((row) => (
                <Table.Tr key={row.applicant.file} data-flagged={row.flags.length > 0}>
                  <Table.Th scope="row">{applicantName(row.applicant)}</Table.Th>
                  <Table.Td>
                    <StateBadge state={row.applicant.state} />
                  </Table.Td>
                  <Table.Td>{reportedYearsText(t, row.reported)}</Table.Td>
                  <Table.Td ta="right">{format.amount(row.claimedSavings)}</Table.Td>
                  <Table.Td ta="right">{format.amount(row.achievedSavings)}</Table.Td>
                  <Table.Td ta="right">
                    {row.delivery === null ? '—' : percent(row.delivery)}
                  </Table.Td>
                  <Table.Td ta="right">{format.amount(row.planNpv)}</Table.Td>
                  <Table.Td ta="right">{format.amount(row.reforecastNpv)}</Table.Td>
                  <Table.Td ta="right">{format.amount(row.reforecastCausedNpv)}</Table.Td>
                  <Table.Td>
                    {row.verdict === null
                      ? t('monitor.noReport')
                      : t(`monitor.verdict.${row.verdict}`)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </Paper>
      <Paper withBorder p="sm" data-testid="monitor-flags">
        <Title order={3} size="h5" mb="xs">
          {t('monitor.flagsTitle', {
            underDelivering: programme.totals.underDelivering,
            missing: programme.totals.missingReports,
          })}
        </Title>
        <Stack gap={4}>
          {programme.applicants.flatMap((row) =>
            row.flags.map((flag) => (
              <Text size="sm" key={`${row.applicant.file}:${flag.code}`}>
                <b>{applicantName(row.applicant)}</b>
                {t('monitor.nameSeparator')}
                {flagText(t, flag, percent)}
              </Text>
            )),
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function Totals({
  programme,
  format,
  t,
}: {
  programme: Programme;
  format: ReturnType<typeof useFormat>;
  t: ApplicantsT;
}) {
  const totals = programme.totals;
  const cards: [string, string][] = [
    [
      t('monitor.totals.applicants'),
      t('monitor.totals.applicantsValue', {
        count: totals.applicants,
        reporting: totals.reporting,
      }),
    ],
    [
      t('monitor.totals.delivery'),
      totals.delivery === null ? '—' : format.percent(totals.delivery, 1),
    ],
    [
      t('monitor.totals.savings'),
      `${format.amount(totals.achievedSavings)} / ${format.amount(totals.claimedSavings)}`,
    ],
    [
      t('monitor.totals.causedNpv'),
      `${format.amount(totals.reforecastCausedNpv)} / ${format.amount(totals.plannedCausedNpv)}`,
    ],
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} data-testid="monitor-totals">
      {cards.map(([label, value]) => (
        <Paper withBorder p="sm" key={label}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={600}>{value}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
