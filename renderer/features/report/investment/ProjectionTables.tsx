import type Decimal from 'decimal.js';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../../../shared/finance/decimal';
import { PROJECTION_LINES_PER_GROUP } from '../../../../shared/report/budget';
import { sum } from '../../../services/format/round-to-total';
import { projectionTable, type TableRow } from '../../../services/evaluation/projection-table';
import { rowLabel } from '../../../services/evaluation/row-label';
import { ReportSection } from '../frame/ReportSection';
import { fill } from '../texts';
import type { InvestmentContext } from './investment-context';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * Year columns per table: an A4 portrait page holds the line names and seven amounts to the cent.
 * A longer horizon is split into several tables of consecutive years, the total in the last one.
 */
export const YEARS_PER_TABLE = 7;

/** The year indices of each table, consecutive, the last table possibly shorter. */
export function yearParts(years: number, perPart = YEARS_PER_TABLE): number[][] {
  const count = Math.max(1, Math.ceil(years / perPart));
  // Even parts read better than six full tables and a last one with a single year.
  const size = Math.ceil(years / count);
  return Array.from({ length: count }, (_, part) =>
    Array.from({ length: Math.min(size, years - part * size) }, (_, index) => part * size + index),
  );
}

/**
 * Each group's lines (one per investment item, effect…) cut to the `limit` largest, in their
 * order, and one line for the rest holding their sums — figures already rounded for display, so the
 * table still adds up to the cent. A thousand items would otherwise print a thousand lines in
 * every part of the table.
 */
export function summariseGroups(
  rows: readonly TableRow[],
  limit: number,
  moreLabel: (count: number) => string,
): TableRow[] {
  const members = new Map<string, TableRow[]>();
  for (const row of rows)
    if (row.group !== undefined && row.level === 1)
      members.set(row.group, [...(members.get(row.group) ?? []), row]);
  const hidden = new Set<TableRow>();
  const summaries = new Map<string, TableRow>();
  for (const [group, lines] of members) {
    if (lines.length <= limit) continue;
    const largest = new Set(
      [...lines]
        .sort((a, b) => (b.total?.abs() ?? new Dec(0)).cmp(a.total?.abs() ?? new Dec(0)))
        .slice(0, limit),
    );
    const rest = lines.filter((line) => !largest.has(line));
    for (const line of rest) hidden.add(line);
    const cells = (rest[0]?.cells ?? []).map((_, year) =>
      sum(rest.map((line) => line.cells[year] ?? new Dec(0))),
    );
    summaries.set(group, {
      key: `${group}-more`,
      label: { text: moreLabel(rest.length) },
      level: 1,
      group,
      cells,
      total: sum(rest.map((line) => line.total ?? new Dec(0))),
      kind: 'amount',
    });
  }
  const out: TableRow[] = [];
  rows.forEach((row, index) => {
    if (!hidden.has(row)) out.push(row);
    const group = row.group;
    // The summary line closes its group, after the group's last line.
    if (group !== undefined && summaries.has(group) && rows[index + 1]?.group !== group)
      out.push(summaries.get(group) as TableRow);
  });
  return out;
}

function rowClass(row: TableRow): string | undefined {
  if (row.emphasis) return 'emphasis';
  if (row.chain === 'subtotal' || row.chain === 'start' || row.chain === 'rate')
    return `step chain-${row.chain}`;
  if (row.chain === 'memo') return 'step chain-memo';
  if (row.expandable) return 'group';
  if (row.level === 1) return 'nested';
  if (row.level === 2) return 'step';
  return undefined;
}

/** The results screen's projection table, every group expanded, rounded so that it adds up. */
export function ProjectionTables({ context }: { context: InvestmentContext }) {
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  const { evaluation, report } = context;
  const { texts, format } = report;
  const full = projectionTable(evaluation.projection, format.scale);
  const table = {
    ...full,
    rows: summariseGroups(full.rows, PROJECTION_LINES_PER_GROUP, (count) =>
      fill(texts.projection.moreLines, { count }),
    ),
  };
  const parts = yearParts(table.years.length);
  const standardRate = format.percentShort(evaluation.inputs.tax.rate);
  const label = (row: TableRow) => rowLabel(row, loose, standardRate);
  const cell = (row: TableRow, value: Decimal | null | undefined) => {
    if (value === null || value === undefined) return '';
    if (row.kind === 'factor') return format.number(value, 6);
    if (row.kind === 'ratio') return format.number(value, 2);
    return format.scaledCell(value);
  };
  return (
    <ReportSection
      id="projection"
      title={texts.sections.projection}
      intro={fill(texts.projection.intro, {
        unit: format.scale === 'unit' ? report.currencyWord : format.amountUnit,
        precision:
          format.scale === 'unit'
            ? texts.projection.precisionCent
            : texts.projection.precisionShown,
      })}
    >
      {parts.map((years, index) => {
        const last = index === parts.length - 1;
        return (
          <table
            key={years[0]}
            className="report-table report-projection"
            data-testid="report-projection-table"
          >
            {parts.length > 1 && (
              <caption>
                {fill(texts.projection.part, {
                  from: years[0] ?? 0,
                  to: years.at(-1) ?? 0,
                  part: index + 1,
                  parts: parts.length,
                })}
              </caption>
            )}
            <thead>
              <tr>
                <th scope="col">{texts.projection.line}</th>
                {years.map((year) => (
                  <th scope="col" className="number" key={year}>
                    {year}
                    <br />
                    {table.calendarYears[year]}
                  </th>
                ))}
                {last && (
                  <th scope="col" className="number">
                    {texts.projection.total}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key} className={rowClass(row)} data-row={row.key}>
                  <th scope="row">{label(row)}</th>
                  {years.map((year) => {
                    const value = row.cells[year];
                    return (
                      <td
                        key={year}
                        className={value?.isNegative() ? 'number negative' : 'number'}
                        data-year={year}
                      >
                        {cell(row, value)}
                      </td>
                    );
                  })}
                  {last && (
                    <td className="number" data-total="">
                      {cell(row, row.total)}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      <p className="report-intro report-small" data-testid="report-tax-chain-note">
        {loose('results.table.chain.note')}
      </p>
    </ReportSection>
  );
}
