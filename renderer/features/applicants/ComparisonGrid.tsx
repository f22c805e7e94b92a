import { Badge, List, Popover, Table, Text, UnstyledButton } from '@mantine/core';
import type Decimal from 'decimal.js';
import { Fragment, memo, useRef, useState } from 'react';
import {
  aboveNecessary,
  applicantName,
  type Applicant,
  type AssessedApplicant,
  type ComparisonColumnId,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance/decimal';
import { isNoFundingGap } from '../../../shared/model/metric-catalogue';
import { useFormat, type Formatters } from '../../services/format/use-format';
import { useApplicantsT } from '../../services/i18n/applicants';
import { Spacer, useRowWindow, WINDOW_ROW } from './row-window';
import { StateBadge } from './StateBadge';
import { columnLabel, useFlagText } from '../../services/texts/applicant-texts';

/*
 * The comparison table itself, given its rows already filtered, sorted and rounded. Memoised, so
 * that a key typed in the filter re-renders the filter, not the table; and windowed (row-window):
 * a thousand applicants put a few dozen rows in the DOM, the totals covering all. The rank and
 * the applicant stay in view when the figures scroll sideways; the applicant's name opens its case.
 */

export type SortableColumn = Exclude<
  ComparisonColumnId,
  'file' | 'flags' | 'checked' | 'deadweightAward' | 'deadweightShare'
>;
export type AmountColumn =
  | 'capex'
  | 'subsidyRequested'
  | 'necessaryAward'
  | 'aboveNecessary'
  | 'eligibleCost'
  | 'npv'
  | 'npvWithoutSubsidies'
  | 'award';
export const AMOUNT_COLUMNS: readonly AmountColumn[] = [
  'capex',
  'subsidyRequested',
  'necessaryAward',
  'aboveNecessary',
  'eligibleCost',
  'npv',
  'npvWithoutSubsidies',
  'award',
];
export type Sort = { readonly column: SortableColumn; readonly descending: boolean };
export interface GridRow {
  readonly row: AssessedApplicant;
  readonly award: Decimal | null;
  readonly decisionLabel: string;
}
/** Each amount column's figures rounded to add up to its total, in the rows' order; null: none. */
export type RoundedColumns = ReadonlyMap<
  AmountColumn,
  { readonly values: readonly (Decimal | null)[]; readonly total: Decimal }
>;

/** An amount column's exact value for a row; null where there is none (no award suffices). */
export function amountOf(
  column: AmountColumn,
  applicant: Applicant,
  award: Decimal | null,
): Decimal | null {
  switch (column) {
    case 'award':
      return award;
    case 'aboveNecessary':
      return aboveNecessary(applicant);
    default:
      return applicant[column];
  }
}

/** A body row's height (two lines of text in the company cell); measured once laid out. */
const ROW_HEIGHT = 57;
/** Sticky header and totals stay in view; the rows scroll between them. */
const SCROLL_HEIGHT = 'min(70vh, 720px)';
/** The rank column's width: the applicant column sticks just right of it. */
const RANK_WIDTH = 84;
/** The applicant column is as wide as its longest name, within these bounds. */
const APPLICANT_MIN_WIDTH = 240;
const APPLICANT_MAX_WIDTH = 440;

/** The totals stay in view at the foot of the scrolled rows. */
const TOTALS_STYLE = {
  position: 'sticky',
  bottom: 0,
  zIndex: 3,
  background: 'var(--mantine-color-body)',
} as const;

/** The rank and the applicant stay at the left when the figures scroll sideways. */
function stuck(column: SortableColumn, header: boolean) {
  if (column !== 'rank' && column !== 'company') return {};
  return {
    position: 'sticky',
    left: column === 'rank' ? 0 : RANK_WIDTH,
    zIndex: header ? 4 : 2,
    background: 'var(--mantine-color-body)',
    ...(column === 'rank'
      ? { width: RANK_WIDTH, minWidth: RANK_WIDTH, maxWidth: RANK_WIDTH }
      : {
          minWidth: APPLICANT_MIN_WIDTH,
          maxWidth: APPLICANT_MAX_WIDTH,
          // The edge the figures scroll under.
          boxShadow: 'inset -1px 0 0 var(--mantine-color-default-border)',
        }),
  } as const;
}

const numeric = (column: SortableColumn) => !['company', 'decision', 'state'].includes(column);

function cell(
  column: SortableColumn,
  row: AssessedApplicant,
  format: Formatters,
  texts: { readonly none: string; readonly noFundingGap: string },
) {
  const { none } = texts;
  const a = row.applicant;
  const or = (value: Decimal | null, show: (value: Decimal) => string) =>
    value === null ? none : show(value);
  switch (column) {
    case 'rank':
      return String(row.rank);
    case 'irr':
    case 'irrWithoutSubsidies':
      return format.rate(a[column]);
    case 'paybackYears':
      return format.years(a.paybackYears);
    case 'fundingGapRate':
      if (isNoFundingGap(a.fundingGapRate)) return texts.noFundingGap;
      return or(a.fundingGapRate, (value) => format.percent(value));
    case 'publicMoneyPerNpv':
    case 'privateInvestmentPerSubsidy':
      return or(a[column], (value) => format.number(value, 2));
    case 'savingsShare':
      return or(a.claims.savingsShare, (value) => format.percent(value));
    case 'score':
      return format.number(row.score.total, 1);
    default:
      return '';
  }
}

/**
 * The flags as a count that opens every sentence in full, and whether they have been checked. The
 * popover is mounted only once opened: a thousand rows keep to a plain button each.
 */
export function FlagsCell({ row, currency }: { row: AssessedApplicant; currency: string }) {
  const t = useApplicantsT();
  const [opened, setOpened] = useState(false);
  if (row.flags.length === 0) return null;
  const name = applicantName(row.applicant);
  const count = `${t('table.flagCount', { count: row.flags.length })}${
    row.checked ? ` · ${t('flags.isChecked')}` : ''
  }`;
  const button = (
    <UnstyledButton
      // The name read out starts with what the badge shows, then says whose flags they are.
      aria-label={`${count} · ${name}`}
      aria-expanded={opened}
      data-testid="flags-button"
      onClick={() => setOpened((value) => !value)}
    >
      <Badge
        color="red"
        variant="light"
        tt="none"
        // Read in full: no ellipsis, however narrow the column.
        styles={{
          root: { cursor: 'pointer', overflow: 'visible', maxWidth: 'none' },
          label: { overflow: 'visible' },
        }}
      >
        {count}
      </Badge>
    </UnstyledButton>
  );
  if (!opened) return button;
  return (
    <Popover opened onChange={setOpened} width={420} position="left" withArrow shadow="md">
      <Popover.Target>{button}</Popover.Target>
      <Popover.Dropdown data-testid="flags-popover">
        <FlagSentences row={row} currency={currency} />
      </Popover.Dropdown>
    </Popover>
  );
}

function FlagSentences({ row, currency }: { row: AssessedApplicant; currency: string }) {
  const t = useApplicantsT();
  const flagText = useFlagText(currency);
  return (
    <>
      <Text size="sm" fw={600} mb={4}>
        {t('table.flagsOf', { name: applicantName(row.applicant) })}
      </Text>
      <List size="sm" spacing={4}>
        {row.flags.map((flag) => (
          <List.Item key={flag.code}>{flagText(flag)}</List.Item>
        ))}
      </List>
      {row.checked && (
        <Text size="sm" mt={6} fw={600}>
          {t('flags.checked')}
        </Text>
      )}
    </>
  );
}

/** The applicant's name, which opens its case, and its project beneath. */
export function ApplicantCell({
  applicant,
  onOpen,
}: {
  applicant: Applicant;
  onOpen: (file: string) => void;
}) {
  const t = useApplicantsT();
  const name = applicantName(applicant);
  return (
    <>
      <UnstyledButton
        onClick={() => onOpen(applicant.file)}
        title={t('table.open', { name })}
        data-testid="open-applicant"
        data-file={applicant.file}
        fz="sm"
        fw={600}
        c="var(--mantine-color-anchor)"
        style={{ textDecoration: 'underline', display: 'block', maxWidth: '100%' }}
      >
        {/* One line, so every row has the height the window counts on; the column fits the name. */}
        <Text span inherit truncate="end" display="block" style={{ whiteSpace: 'nowrap' }}>
          {name}
        </Text>
      </UnstyledButton>
      <Text size="xs" c="dimmed" truncate="end">
        {applicant.project}
      </Text>
    </>
  );
}

export const ComparisonGrid = memo(function ComparisonGrid({
  rows,
  rounded,
  columns,
  sort,
  onSort,
  onOpen,
  currency,
}: {
  rows: readonly GridRow[];
  rounded: RoundedColumns;
  columns: readonly SortableColumn[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  onOpen: (file: string) => void;
  currency: string;
}) {
  const t = useApplicantsT();
  const format = useFormat(currency);
  const scroller = useRef<HTMLDivElement>(null);
  const view = useRowWindow(rows.length, ROW_HEIGHT, scroller, null, rows);
  const visible = rows.slice(view.start, view.end);
  // Header row, body rows, totals row: the positions a screen reader announces.
  const rowCount = rows.length + 2;
  const none = t('table.none');
  const amountAt = (column: AmountColumn, index: number) => {
    const value = rounded.get(column)?.values[index] ?? null;
    return value === null ? none : format.amountPlain(value);
  };
  const isAmount = (column: SortableColumn): column is AmountColumn =>
    (AMOUNT_COLUMNS as readonly string[]).includes(column);

  const header = (column: SortableColumn) => {
    const active = sort.column === column;
    return (
      <Table.Th
        key={column}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
        style={{
          textAlign: numeric(column) ? 'right' : 'left',
          whiteSpace: 'nowrap',
          ...stuck(column, true),
        }}
      >
        <UnstyledButton
          onClick={() =>
            onSort({ column, descending: active ? !sort.descending : column === 'score' })
          }
          fz="sm"
          fw={600}
          data-testid={`sort-${column}`}
        >
          {columnLabel(t, column)}
          {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <div
      ref={scroller}
      onScroll={view.onScroll}
      // A scrolled region must be reachable by keyboard: arrows and Page Down scroll the rows.
      tabIndex={0}
      role="region"
      aria-label={t('tabs.table')}
      data-testid="applicants-scroller"
      style={{ maxHeight: SCROLL_HEIGHT, overflow: 'auto' }}
    >
      <Table
        // The first body row rendered is always even (row-window): stripes stay with their rows.
        striped="even"
        highlightOnHover
        withTableBorder
        stickyHeader
        data-testid="applicants-table"
        aria-rowcount={rowCount}
        fz="sm"
        // Sticky cells need their own background; separate borders keep them drawn.
        style={{ borderCollapse: 'separate', borderSpacing: 0 }}
      >
        <Table.Caption>{t('table.caption', { unit: format.amountUnit })}</Table.Caption>
        <Table.Thead style={{ zIndex: 4 }}>
          <Table.Tr aria-rowindex={1}>
            {columns.flatMap((column) =>
              column === 'state'
                ? [header(column), <Table.Th key="flags">{columnLabel(t, 'flags')}</Table.Th>]
                : [header(column)],
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Spacer height={view.above} columns={columns.length + 1} />
          {visible.map(({ row, decisionLabel }, offset) => {
            const index = view.start + offset;
            return (
              <Table.Tr
                key={row.applicant.file}
                data-testid="applicant-row"
                aria-rowindex={index + 2}
                {...WINDOW_ROW}
              >
                {columns.map((column) => {
                  if (column === 'company') {
                    // One line each, so that every row has the height the window counts on.
                    return (
                      <Table.Td key={column} style={stuck(column, false)}>
                        <ApplicantCell applicant={row.applicant} onOpen={onOpen} />
                      </Table.Td>
                    );
                  }
                  if (column === 'state') {
                    // The flags beside what the subsidy does: both are read before any figure.
                    return (
                      <Fragment key={column}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <StateBadge state={row.applicant.state} />
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <FlagsCell row={row} currency={currency} />
                        </Table.Td>
                      </Fragment>
                    );
                  }
                  const text = isAmount(column)
                    ? amountAt(column, index)
                    : column === 'decision'
                      ? decisionLabel
                      : cell(column, row, format, {
                          none,
                          noFundingGap: t('table.noFundingGap'),
                        });
                  return (
                    <Table.Td
                      key={column}
                      style={{
                        textAlign: numeric(column) ? 'right' : 'left',
                        whiteSpace: 'nowrap',
                        fontVariantNumeric: 'tabular-nums',
                        ...stuck(column, false),
                      }}
                    >
                      {text}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
          <Spacer height={view.below} columns={columns.length + 1} />
        </Table.Tbody>
        <Table.Tfoot style={TOTALS_STYLE}>
          <Table.Tr data-testid="applicants-total" aria-rowindex={rowCount}>
            {columns.map((column) => {
              const total = isAmount(column) ? rounded.get(column)?.total : undefined;
              return (
                <Fragment key={column}>
                  <Table.Th
                    style={{
                      textAlign: numeric(column) ? 'right' : 'left',
                      whiteSpace: 'nowrap',
                      fontVariantNumeric: 'tabular-nums',
                      ...stuck(column, true),
                    }}
                  >
                    {column === 'company'
                      ? t('table.total', { count: rows.length })
                      : total
                        ? format.amountPlain(total)
                        : ''}
                  </Table.Th>
                  {column === 'state' && <Table.Th />}
                </Fragment>
              );
            })}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </div>
  );
});

/** Rounds each amount column to add up to its total; an empty cell (null) counts as nothing. */
export function roundColumns(
  rows: readonly GridRow[],
  unit: Decimal,
  round: (values: readonly Decimal[]) => Decimal[],
): RoundedColumns {
  const columns = new Map<AmountColumn, { values: (Decimal | null)[]; total: Decimal }>();
  for (const column of AMOUNT_COLUMNS) {
    const exact = rows.map(({ row, award }) => amountOf(column, row.applicant, award));
    const shown = round(exact.map((value) => (value ?? new Dec(0)).div(unit))).map((value) =>
      value.times(unit),
    );
    columns.set(column, {
      values: shown.map((value, index) => (exact[index] === null ? null : value)),
      total: shown.reduce((sum, value) => sum.plus(value), new Dec(0)),
    });
  }
  return columns;
}
