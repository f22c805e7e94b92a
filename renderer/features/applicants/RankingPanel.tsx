import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { Fragment, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  applicantName,
  availableFields,
  betterOf,
  DEFAULT_WEIGHTS,
  FIELD_PREFIX,
  type Applicant,
  type CompareSettings,
  type Comparison,
  type CriterionId,
  type Scaling,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance/decimal';
import { useFormat } from '../../services/format/use-format';
import { useApplicantsT } from '../../services/i18n/applicants';
import { ChoiceField } from './ChoiceField';
import { ApplicantCell, FlagsCell } from './ComparisonGrid';
import { NumberField } from './NumberField';
import { Spacer, useRowWindow, WINDOW_ROW } from './row-window';
import { StateBadge } from './StateBadge';
import { criterionLabel } from '../../services/texts/applicant-texts';

/*
 * The weights of the criteria, editable, and the ranking with each score's breakdown, what the
 * subsidy does for each applicant and its flags — with the officer's "checked — include" beside
 * them, so a flagged applicant is never ranked out of sight of its flags.
 */

/** A ranking row's height (the applicant's two lines); measured once laid out. */
const ROW_HEIGHT = 57;
/** Rank, applicant, state, score, breakdown, flags. */
const COLUMNS = 6;
/** The header stays in view; a thousand applicants scroll beneath it, a few dozen rendered. */
const SCROLL_HEIGHT = 'min(70vh, 720px)';

export function WeightsEditor({
  settings,
  onChange,
  applicants,
}: {
  settings: CompareSettings;
  onChange: (settings: CompareSettings) => void;
  applicants: readonly Applicant[];
}) {
  const t = useApplicantsT();
  // Remounting the fields after a reset shows the defaults instead of what was typed.
  const [revision, setRevision] = useState(0);
  const used = new Set(settings.weights.map((item) => item.criterion));
  const addable = availableFields(applicants).filter(
    (field) => !used.has(`${FIELD_PREFIX}${field.key}`),
  );
  const zero = new Dec(0);

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('ranking.weights')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ranking.weightsHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} key={revision}>
          {settings.weights.map((item, index) => {
            const label = criterionLabel(t, item.criterion, applicants);
            return (
              <Group key={item.criterion} gap="xs" align="flex-end" wrap="nowrap">
                <NumberField
                  label={t('ranking.weightOf', { criterion: label })}
                  kind="decimal"
                  value={item.weight}
                  min={{ value: zero, message: t('notNegative') }}
                  onChange={(weight) =>
                    onChange({
                      ...settings,
                      weights: settings.weights.map((other, at) =>
                        at === index ? { ...other, weight: weight ?? zero } : other,
                      ),
                    })
                  }
                  width="100%"
                />
                {item.criterion.startsWith(FIELD_PREFIX) && (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mb={4}
                    aria-label={t('ranking.remove', { criterion: label })}
                    onClick={() =>
                      onChange({
                        ...settings,
                        weights: settings.weights.filter((_, at) => at !== index),
                      })
                    }
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
            );
          })}
        </SimpleGrid>
        <Group gap="md" align="flex-end">
          {addable.length > 0 && (
            <NativeSelect
              label={t('ranking.addField')}
              value=""
              data={[
                { value: '', label: '' },
                ...addable.map((field) => ({ value: field.key, label: field.label })),
              ]}
              onChange={(event) => {
                const key = event.currentTarget.value;
                if (key === '') return;
                const criterion: CriterionId = `${FIELD_PREFIX}${key}`;
                onChange({
                  ...settings,
                  weights: [
                    ...settings.weights,
                    { criterion, weight: new Dec(10), better: betterOf(criterion) },
                  ],
                });
              }}
            />
          )}
          <ChoiceField
            label={t('ranking.scaling')}
            value={settings.scaling}
            options={[
              { value: 'rank' as Scaling, label: t('ranking.scalingRank') },
              { value: 'min-max' as Scaling, label: t('ranking.scalingMinMax') },
            ]}
            onChange={(scaling) => onChange({ ...settings, scaling })}
          />
          <Button
            variant="default"
            onClick={() => {
              onChange({ ...settings, weights: DEFAULT_WEIGHTS });
              setRevision((value) => value + 1);
            }}
          >
            {t('ranking.reset')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function RankingTable({
  comparison,
  currency,
  onOpen,
  onCheck,
  checked,
}: {
  comparison: Comparison;
  currency: string;
  onOpen: (file: string) => void;
  /** Marks a flagged applicant's claims checked (it may be funded), or not. */
  onCheck: (file: string, checked: boolean) => void;
  /** The files checked, as ticked: the comparison follows a moment later. */
  checked: ReadonlySet<string>;
}) {
  const t = useApplicantsT();
  const format = useFormat(currency);
  const [open, setOpen] = useState<string | null>(null);
  const ranking = comparison.ranking;
  const applicants = useMemo(() => ranking.map((row) => row.applicant), [ranking]);
  const scroller = useRef<HTMLDivElement>(null);
  const detail = useRef<HTMLTableRowElement>(null);
  const [detailHeight, setDetailHeight] = useState(0);
  const opened = open === null ? -1 : ranking.findIndex((row) => row.applicant.file === open);
  // The open breakdown's height keeps the rows below it where the scroll position expects them.
  useLayoutEffect(() => {
    const height = detail.current?.offsetHeight;
    if (height && height !== detailHeight) setDetailHeight(height);
  });
  const view = useRowWindow(
    ranking.length,
    ROW_HEIGHT,
    scroller,
    opened < 0 ? null : { after: opened, height: detailHeight },
  );
  // Header, ranking rows and the open breakdown: the positions a screen reader announces.
  const rowIndex = (index: number) => index + 2 + (opened >= 0 && index > opened ? 1 : 0);
  return (
    <div
      ref={scroller}
      onScroll={view.onScroll}
      // A scrolled region must be reachable by keyboard: arrows and Page Down scroll the rows.
      tabIndex={0}
      role="region"
      aria-label={t('tabs.ranking')}
      style={{ maxHeight: SCROLL_HEIGHT, overflow: 'auto' }}
    >
      <Table
        withTableBorder
        highlightOnHover
        stickyHeader
        fz="sm"
        data-testid="ranking-table"
        aria-rowcount={ranking.length + 1 + (opened >= 0 ? 1 : 0)}
      >
        <Table.Caption>{t('ranking.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th style={{ textAlign: 'right' }}>{t('columns.rank')}</Table.Th>
            <Table.Th>{t('columns.company')}</Table.Th>
            <Table.Th>{t('ranking.state')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('columns.score')}</Table.Th>
            <Table.Th>{t('ranking.breakdown')}</Table.Th>
            <Table.Th>{t('ranking.flags')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Spacer height={view.above} columns={COLUMNS} />
          {ranking.slice(view.start, view.end).map((row, offset) => {
            const index = view.start + offset;
            const name = applicantName(row.applicant);
            const expanded = open === row.applicant.file;
            return (
              <Fragment key={row.applicant.file}>
                <Table.Tr data-testid="ranking-row" aria-rowindex={rowIndex(index)} {...WINDOW_ROW}>
                  <Table.Td style={{ textAlign: 'right' }}>{row.rank}</Table.Td>
                  <Table.Td style={{ maxWidth: 400 }}>
                    <ApplicantCell applicant={row.applicant} onOpen={onOpen} />
                  </Table.Td>
                  <Table.Td>
                    <StateBadge state={row.applicant.state} />
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                    {format.number(row.score.total, 1)}
                  </Table.Td>
                  <Table.Td>
                    <UnstyledButton
                      aria-expanded={expanded}
                      aria-label={t('ranking.breakdownOf', { name })}
                      onClick={() => setOpen(expanded ? null : row.applicant.file)}
                      style={{ display: 'flex', width: 240, height: 14 }}
                    >
                      {row.score.parts.map((part, index) => (
                        <span
                          key={part.criterion}
                          title={`${criterionLabel(t, part.criterion, applicants)}: ${format.number(part.points, 1)}`}
                          style={{
                            width: `${part.points.toNumber() * 2.4}px`,
                            background: `var(--mantine-color-${['blue', 'teal', 'grape', 'orange', 'indigo', 'lime', 'pink', 'cyan'][index % 8]}-6)`,
                          }}
                        />
                      ))}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td data-testid="ranking-flags">
                    {row.flags.length === 0 ? (
                      <Text size="xs" c="dimmed">
                        {t('ranking.noFlags')}
                      </Text>
                    ) : (
                      <Stack gap={4} align="flex-start">
                        <FlagsCell row={row} currency={currency} />
                        <Checkbox
                          size="xs"
                          label={t('flags.checked')}
                          aria-label={t('flags.checkedOf', { name })}
                          checked={checked.has(row.applicant.file)}
                          onChange={(event) =>
                            onCheck(row.applicant.file, event.currentTarget.checked)
                          }
                          styles={{ label: { whiteSpace: 'nowrap' } }}
                        />
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr ref={detail} aria-rowindex={rowIndex(index) + 1}>
                    <Table.Td colSpan={COLUMNS}>
                      <Table
                        fz="xs"
                        withRowBorders={false}
                        aria-label={t('ranking.breakdownOf', { name })}
                      >
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t('ranking.criterion')}</Table.Th>
                            <Table.Th style={{ textAlign: 'right' }}>{t('ranking.value')}</Table.Th>
                            <Table.Th style={{ textAlign: 'right' }}>
                              {t('ranking.scaled')}
                            </Table.Th>
                            <Table.Th style={{ textAlign: 'right' }}>
                              {t('ranking.weight')}
                            </Table.Th>
                            <Table.Th style={{ textAlign: 'right' }}>
                              {t('ranking.points')}
                            </Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {row.score.parts.map((part) => (
                            <Table.Tr key={part.criterion}>
                              <Table.Td>{criterionLabel(t, part.criterion, applicants)}</Table.Td>
                              <Table.Td style={{ textAlign: 'right' }}>
                                {part.value === null
                                  ? t('ranking.missing')
                                  : part.criterion === 'additionality'
                                    ? part.value.isZero()
                                      ? t('table.no')
                                      : t('table.yes')
                                    : part.criterion === 'irr' || part.criterion === 'fundingGap'
                                      ? format.percent(part.value)
                                      : format.number(part.value, 2)}
                              </Table.Td>
                              <Table.Td style={{ textAlign: 'right' }}>
                                {format.number(part.scaled, 3)}
                              </Table.Td>
                              <Table.Td style={{ textAlign: 'right' }}>
                                {format.number(part.weight, 2)}
                              </Table.Td>
                              <Table.Td style={{ textAlign: 'right' }}>
                                {format.number(part.points, 2)}
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
          <Spacer height={view.below} columns={COLUMNS} />
        </Table.Tbody>
      </Table>
    </div>
  );
}
