import { Badge, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import type Decimal from 'decimal.js';
import { memo, useRef } from 'react';
import {
  applicantName,
  type AssessedApplicant,
  type ComparisonColumnId,
} from '../../shared/compare';
import { Dec } from '../../shared/finance/decimal';
import { useFormat, type Formatters } from '../format/use-format';
import { useApplicantsT } from './i18n';
import { Spacer, useRowWindow, WINDOW_ROW } from './row-window';
import { columnLabel, useFlagText } from './texts';

/*
 * The comparison table itself, given its rows already filtered, sorted and rounded. Memoised, so
 * that a key typed in the filter re-renders the filter, not the table (issue 9); and windowed
 * (row-window): a thousand applicants put a few dozen rows in the DOM, the totals covering all.
 */

export type SortableColumn = Exclude<ComparisonColumnId, 'file' | 'flags'>;
export type AmountColumn = 'capex' | 'subsidyRequested' | 'npv' | 'npvWithoutSubsidies' | 'award';
export const AMOUNT_COLUMNS: readonly AmountColumn[] = [
  'capex',
  'subsidyRequested',
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
/** Each amount column's figures rounded to add up to its total, in the rows' order. */
export type RoundedColumns = ReadonlyMap<
  AmountColumn,
  { readonly values: readonly Decimal[]; readonly total: Decimal }
>;

/** A body row's height (two lines of text in the company cell); measured once laid out. */
const ROW_HEIGHT = 57;
/** Sticky header and totals stay in view; the rows scroll between them. */
const SCROLL_HEIGHT = 'min(70vh, 720px)';

/** The totals stay in view at the foot of the scrolled rows. */
const TOTALS_STYLE = {
  position: 'sticky',
  bottom: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
} as const;

const numeric = (column: SortableColumn) =>
  !['company', 'decision', 'additionality'].includes(column);

function cell(
  column: SortableColumn,
  row: AssessedApplicant,
  format: Formatters,
  yesNo: (value: boolean) => string,
  none: string,
): string {
  const a = row.applicant;
  const or = (value: Decimal | null, show: (value: Decimal) => string) =>
    value === null ? none : show(value);
  switch (column) {
    case 'rank':
      return String(row.rank);
    case 'company':
    case 'project':
    case 'award':
    case 'decision':
      return '';
    case 'capex':
    case 'subsidyRequested':
    case 'npv':
    case 'npvWithoutSubsidies':
      return '';
    case 'irr':
    case 'irrWithoutSubsidies':
      return format.rate(a[column]);
    case 'paybackYears':
      return format.years(a.paybackYears);
    case 'additionality':
      return yesNo(a.additionality);
    case 'fundingGapRate':
      return or(a.fundingGapRate, (value) => format.percent(value));
    case 'publicMoneyPerNpv':
    case 'privateInvestmentPerSubsidy':
      return or(a[column], (value) => format.number(value, 2));
    case 'savingsShare':
      return or(a.claims.savingsShare, (value) => format.percent(value));
    case 'score':
      return format.number(row.score.total, 1);
  }
}

export const ComparisonGrid = memo(function ComparisonGrid({
  rows,
  rounded,
  columns,
  sort,
  onSort,
  currency,
}: {
  rows: readonly GridRow[];
  rounded: RoundedColumns;
  columns: readonly SortableColumn[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  currency: string;
}) {
  const t = useApplicantsT();
  const format = useFormat(currency);
  const flagText = useFlagText(currency);
  const scroller = useRef<HTMLDivElement>(null);
  const view = useRowWindow(rows.length, ROW_HEIGHT, scroller, null, rows);
  const visible = rows.slice(view.start, view.end);
  // Header row, body rows, totals row: the positions a screen reader announces.
  const rowCount = rows.length + 2;
  const amountAt = (column: AmountColumn, index: number) =>
    rounded.get(column)?.values[index] ?? new Dec(0);
  const yesNo = (value: boolean) => (value ? t('table.yes') : t('table.no'));
  const none = t('table.none');

  const header = (column: SortableColumn) => {
    const active = sort.column === column;
    return (
      <Table.Th
        key={column}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
        style={{ textAlign: numeric(column) ? 'right' : 'left', whiteSpace: 'nowrap' }}
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
      >
        <Table.Caption>{t('table.caption', { unit: format.amountUnit })}</Table.Caption>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map(header)}
            <Table.Th>{columnLabel(t, 'flags')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Spacer height={view.above} columns={columns.length + 1} />
          {visible.map(({ row, award, decisionLabel }, offset) => {
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
                      <Table.Td key={column} style={{ minWidth: 220, whiteSpace: 'nowrap' }}>
                        <Text size="sm" fw={600}>
                          {applicantName(row.applicant)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {row.applicant.project}
                        </Text>
                      </Table.Td>
                    );
                  }
                  const amount = (AMOUNT_COLUMNS as readonly string[]).includes(column);
                  const text =
                    column === 'award' && award === null
                      ? none
                      : amount
                        ? format.amountPlain(amountAt(column as AmountColumn, index))
                        : column === 'decision'
                          ? decisionLabel
                          : cell(column, row, format, yesNo, none);
                  return (
                    <Table.Td
                      key={column}
                      style={{
                        textAlign: numeric(column) ? 'right' : 'left',
                        whiteSpace: 'nowrap',
                        fontVariantNumeric: 'tabular-nums',
                      }}
                    >
                      {text}
                    </Table.Td>
                  );
                })}
                <Table.Td>
                  {row.flags.length > 0 && (
                    <Tooltip label={row.flags.map(flagText).join('\n')} multiline w={360} withArrow>
                      <Badge color="red" variant="light" tabIndex={0}>
                        {t('table.flagCount', { count: row.flags.length })}
                      </Badge>
                    </Tooltip>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
          <Spacer height={view.below} columns={columns.length + 1} />
        </Table.Tbody>
        <Table.Tfoot style={TOTALS_STYLE}>
          <Table.Tr data-testid="applicants-total" aria-rowindex={rowCount}>
            {columns.map((column) => {
              const total = (AMOUNT_COLUMNS as readonly string[]).includes(column)
                ? rounded.get(column as AmountColumn)?.total
                : undefined;
              return (
                <Table.Th
                  key={column}
                  style={{
                    textAlign: numeric(column) ? 'right' : 'left',
                    whiteSpace: 'nowrap',
                    fontVariantNumeric: 'tabular-nums',
                  }}
                >
                  {column === 'company'
                    ? t('table.total', { count: rows.length })
                    : total
                      ? format.amountPlain(total)
                      : ''}
                </Table.Th>
              );
            })}
            <Table.Th />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </div>
  );
});
