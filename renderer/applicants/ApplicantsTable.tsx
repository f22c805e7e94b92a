import {
  Badge,
  Button,
  Checkbox,
  Group,
  ScrollArea,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import type Decimal from 'decimal.js';
import { useMemo, useState } from 'react';
import {
  applicantName,
  decisions,
  type AssessedApplicant,
  type Comparison,
  type ComparisonColumnId,
} from '../../shared/compare';
import { Dec } from '../../shared/finance/decimal';
import { roundToTotal, sum } from '../format/round-to-total';
import { useFormat, type Formatters } from '../format/use-format';
import { useApplicantsT } from './i18n';
import { columnLabel, useDecisionText, useFlagText } from './texts';

/*
 * The side-by-side table: one row per applicant, sortable by any column, filterable, with the
 * totals of the rows shown. Figures are rounded here, for reading; the exports keep every digit.
 */

type SortableColumn = Exclude<ComparisonColumnId, 'file' | 'flags'>;
type AmountColumn = 'capex' | 'subsidyRequested' | 'npv' | 'npvWithoutSubsidies' | 'award';
const AMOUNT_COLUMNS: readonly AmountColumn[] = [
  'capex',
  'subsidyRequested',
  'npv',
  'npvWithoutSubsidies',
  'award',
];
type Sort = { readonly column: SortableColumn; readonly descending: boolean };

const COLUMNS: readonly SortableColumn[] = [
  'rank',
  'company',
  'capex',
  'subsidyRequested',
  'npv',
  'irr',
  'npvWithoutSubsidies',
  'irrWithoutSubsidies',
  'paybackYears',
  'additionality',
  'fundingGapRate',
  'publicMoneyPerNpv',
  'privateInvestmentPerSubsidy',
  'savingsShare',
  'score',
];

const PAGE = 200;

type Key = Decimal | string | number | boolean | null;

function sortKey(
  row: AssessedApplicant,
  column: SortableColumn,
  award: Decimal | null,
  decision: string,
): Key {
  const a = row.applicant;
  switch (column) {
    case 'rank':
      return row.rank;
    case 'company':
      return applicantName(a);
    case 'project':
      return a.project;
    case 'savingsShare':
      return a.claims.savingsShare;
    case 'score':
      return row.score.total;
    case 'award':
      return award;
    case 'decision':
      return decision;
    default:
      return a[column];
  }
}

/** Missing values last in either direction; texts by the locale's collation. */
function compareKeys(a: Key, b: Key, descending: boolean, collator: Intl.Collator): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  let order: number;
  if (typeof a === 'string' && typeof b === 'string') order = collator.compare(a, b);
  else if (typeof a === 'number' && typeof b === 'number') order = a - b;
  else if (typeof a === 'boolean' && typeof b === 'boolean') order = Number(a) - Number(b);
  else order = (a as Decimal).cmp(b as Decimal);
  return descending ? -order : order;
}

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

export function ApplicantsTable({
  comparison,
  currency,
}: {
  comparison: Comparison;
  currency: string;
}) {
  const t = useApplicantsT();
  const format = useFormat(currency);
  const flagText = useFlagText(currency);
  const decisionText = useDecisionText();
  const [sort, setSort] = useState<Sort>({ column: 'rank', descending: false });
  const [filter, setFilter] = useState('');
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [onlyAdditional, setOnlyAdditional] = useState(false);
  const [showAll, setShowAll] = useState(false);

  const decided = useMemo(() => decisions(comparison), [comparison]);
  const withAllocation = comparison.allocation !== null;
  const columns: readonly SortableColumn[] = withAllocation
    ? [...COLUMNS, 'award', 'decision']
    : COLUMNS;

  const rows = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase(format.locale);
    const collator = new Intl.Collator(format.locale, { numeric: true });
    return comparison.ranking
      .filter((row) => {
        const a = row.applicant;
        if (onlyFlagged && row.flags.length === 0) return false;
        if (onlyAdditional && !a.additionality) return false;
        if (needle === '') return true;
        return [a.company, a.project, a.file].some((text) =>
          text.toLocaleLowerCase(format.locale).includes(needle),
        );
      })
      .map((row) => {
        const decision = decided.get(row.applicant.file);
        const decisionLabel = decision ? decisionText(decision.decision) : '';
        return { row, award: decision?.award ?? null, decisionLabel };
      })
      .sort(
        (x, y) =>
          compareKeys(
            sortKey(x.row, sort.column, x.award, x.decisionLabel),
            sortKey(y.row, sort.column, y.award, y.decisionLabel),
            sort.descending,
            collator,
          ) || x.row.rank - y.row.rank,
      );
  }, [comparison, decided, decisionText, filter, onlyFlagged, onlyAdditional, sort, format.locale]);

  // Each amount column rounded so that the rows shown add up to the total shown, to the last digit.
  const rounded = useMemo(() => {
    const unit = format.scale === 'ten-thousand' ? new Dec(10_000) : new Dec(1);
    const columnsRounded = new Map<AmountColumn, { values: Decimal[]; total: Decimal }>();
    for (const column of AMOUNT_COLUMNS) {
      const values = rows.map(({ row, award }) =>
        (column === 'award' ? (award ?? new Dec(0)) : row.applicant[column]).div(unit),
      );
      const shown = roundToTotal(values, 2).map((value) => value.times(unit));
      columnsRounded.set(column, { values: shown, total: sum(shown) });
    }
    return columnsRounded;
  }, [rows, format.scale]);
  const amountAt = (column: AmountColumn, index: number) =>
    rounded.get(column)?.values[index] ?? new Dec(0);
  const visible = showAll ? rows : rows.slice(0, PAGE);
  const yesNo = (value: boolean) => (value ? t('table.yes') : t('table.no'));
  const none = t('table.none');
  const numeric = (column: SortableColumn) =>
    !['company', 'decision', 'additionality'].includes(column);

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
            setSort({ column, descending: active ? !sort.descending : column === 'score' })
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
    <Stack gap="sm">
      <Group gap="md" align="flex-end">
        <TextInput
          label={t('table.filter')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          w={300}
        />
        <Checkbox
          label={t('table.onlyFlagged')}
          checked={onlyFlagged}
          onChange={(event) => setOnlyFlagged(event.currentTarget.checked)}
        />
        <Checkbox
          label={t('table.onlyAdditional')}
          checked={onlyAdditional}
          onChange={(event) => setOnlyAdditional(event.currentTarget.checked)}
        />
        <Text size="sm" c="dimmed" role="status">
          {t('table.shown', { shown: rows.length, count: comparison.ranking.length })}
        </Text>
      </Group>
      <ScrollArea type="auto">
        <Table
          striped
          highlightOnHover
          withTableBorder
          stickyHeader
          data-testid="applicants-table"
          fz="sm"
        >
          <Table.Caption>{t('table.caption', { unit: format.amountUnit })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map(header)}
              <Table.Th>{columnLabel(t, 'flags')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map(({ row, award, decisionLabel }, index) => (
              <Table.Tr key={row.applicant.file} data-testid="applicant-row">
                {columns.map((column) => {
                  if (column === 'company') {
                    return (
                      <Table.Td key={column} style={{ minWidth: 220 }}>
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
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-testid="applicants-total">
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
      </ScrollArea>
      {!showAll && rows.length > PAGE && (
        <Button variant="subtle" onClick={() => setShowAll(true)}>
          {t('table.showAll', { count: rows.length })}
        </Button>
      )}
    </Stack>
  );
}
