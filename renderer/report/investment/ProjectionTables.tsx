import type Decimal from 'decimal.js';
import { useTranslation } from 'react-i18next';
import { projectionTable, type TableRow } from '../../results/projection-table';
import { rowLabel } from '../../results/row-label';
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
  const table = projectionTable(evaluation.projection, format.scale);
  const parts = yearParts(table.years.length);
  const standardRate = format.percentShort(evaluation.inputs.tax.rate);
  const label = (row: TableRow) => rowLabel(row, loose, standardRate);
  const cell = (row: TableRow, value: Decimal | null | undefined) => {
    if (value === null || value === undefined) return '';
    if (row.kind === 'factor') return format.number(value, 6);
    if (row.kind === 'ratio') return format.number(value, 2);
    return format.amountPlain(value);
  };
  return (
    <ReportSection
      id="projection"
      title={texts.sections.projection}
      intro={fill(texts.projection.intro, {
        unit: format.scale === 'unit' ? report.currencyWord : format.amountUnit,
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
