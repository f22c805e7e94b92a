import { Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import type Decimal from 'decimal.js';
import { useDeferredValue, useMemo, useState } from 'react';
import {
  APPLICANT_STATES,
  applicantName,
  decisions,
  type AssessedApplicant,
  type Comparison,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance/decimal';
import { SCALE_DIGITS, SCALE_FACTOR } from '../../../shared/i18n/amount-scale';
import { roundToTotal } from '../../services/format/round-to-total';
import { useFormat } from '../../services/format/use-format';
import {
  amountOf,
  ComparisonGrid,
  roundColumns,
  type RoundedColumns,
  type Sort,
  type SortableColumn,
} from './ComparisonGrid';
import { useApplicantsT } from '../../services/i18n/applicants';
import { useDecisionText } from '../../services/texts/applicant-texts';

/*
 * The side-by-side table: one row per applicant, sortable by any column, filterable, with the
 * totals of the rows shown. Figures are rounded here, for reading; the exports keep every digit.
 * Typing in the filter never waits for the table: the filter shows each key at once, the rows
 * follow a deferred copy of it, and the table (ComparisonGrid) renders only when they do.
 */

const COLUMNS: readonly SortableColumn[] = [
  'rank',
  'company',
  'state',
  'subsidyRequested',
  'necessaryAward',
  'aboveNecessary',
  'npv',
  'npvWithoutSubsidies',
  'capex',
  'irr',
  'irrWithoutSubsidies',
  'paybackYears',
  'fundingGapRate',
  'publicMoneyPerNpv',
  'privateInvestmentPerSubsidy',
  'savingsShare',
  'score',
];

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
    case 'state':
      // Additional first, then deadweight, then not viable.
      return APPLICANT_STATES.indexOf(a.state);
    case 'decision':
      return decision;
    case 'irr':
    case 'irrWithoutSubsidies':
    case 'paybackYears':
    case 'fundingGapRate':
    case 'publicMoneyPerNpv':
    case 'privateInvestmentPerSubsidy':
      return a[column];
    default:
      return amountOf(column, a, award);
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

export function ApplicantsTable({
  comparison,
  currency,
  onOpen,
}: {
  comparison: Comparison;
  currency: string;
  onOpen: (file: string) => void;
}) {
  const t = useApplicantsT();
  const format = useFormat(currency);
  const decisionText = useDecisionText();
  const [sort, setSort] = useState<Sort>({ column: 'rank', descending: false });
  const [filter, setFilter] = useState('');
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [onlyAdditional, setOnlyAdditional] = useState(false);
  // The input shows each key at once; the filtering, sorting and totals follow when React has time.
  const deferredFilter = useDeferredValue(filter);
  const updating = deferredFilter !== filter;

  const decided = useMemo(() => decisions(comparison), [comparison]);
  const withAllocation = comparison.allocation !== null;
  const columns = useMemo<readonly SortableColumn[]>(
    () => (withAllocation ? [...COLUMNS, 'award', 'decision'] : COLUMNS),
    [withAllocation],
  );

  // What the filter searches and what each row is decided, once per comparison, not per key.
  const candidates = useMemo(
    () =>
      comparison.ranking.map((row) => {
        const a = row.applicant;
        const decision = decided.get(a.file);
        return {
          row,
          award: decision?.award ?? null,
          decisionLabel: decision ? decisionText(decision.decision) : '',
          searched: [a.company, a.project, a.file].map((text) =>
            text.toLocaleLowerCase(format.locale),
          ),
        };
      }),
    [comparison, decided, decisionText, format.locale],
  );

  const rows = useMemo(() => {
    const needle = deferredFilter.trim().toLocaleLowerCase(format.locale);
    const collator = new Intl.Collator(format.locale, { numeric: true });
    return candidates
      .filter(({ row, searched }) => {
        if (onlyFlagged && row.flags.length === 0) return false;
        if (onlyAdditional && row.applicant.state !== 'additional') return false;
        return needle === '' || searched.some((text) => text.includes(needle));
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
  }, [candidates, deferredFilter, onlyFlagged, onlyAdditional, sort, format.locale]);

  // Each amount column rounded so that the rows shown add up to the total shown, to the last digit.
  const rounded = useMemo(
    (): RoundedColumns =>
      roundColumns(rows, new Dec(SCALE_FACTOR[format.scale]), (values) =>
        roundToTotal(values, SCALE_DIGITS[format.scale]),
      ),
    [rows, format.scale],
  );

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
      <div style={{ opacity: updating ? 0.7 : 1 }}>
        <ComparisonGrid
          rows={rows}
          rounded={rounded}
          columns={columns}
          sort={sort}
          onSort={setSort}
          onOpen={onOpen}
          currency={currency}
        />
      </div>
    </Stack>
  );
}
