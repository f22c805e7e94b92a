import { decimalArithmetic } from '../../../../shared/finance';
import { STATEMENT_TEXTS } from '../../../../shared/i18n/catalogue/statements';
import { fill } from '../../../../shared/i18n/texts';
import { buildStatements } from '../../../../shared/statements';
import { layOut, type LaidOutRow } from '../../../../shared/statements/layout';
import { ReportSection } from '../frame/ReportSection';
import type { InvestmentContext } from './investment-context';
import { yearParts } from './ProjectionTables';

/**
 * Year columns per table of the appendix: an A4 landscape page holds the number, the item and
 * eleven amounts to the cent in 万元. A longer horizon is split into tables of consecutive years,
 * the total in the last one; a table longer than a page repeats its header on the next.
 */
export const STATEMENT_YEARS_PER_TABLE = 11;

/** Whether a report holds the statements: as asked, else in Chinese reports (feasibility studies). */
export function reportHoldsStatements(context: InvestmentContext): boolean {
  return context.request.statements ?? context.request.language === 'zh-CN';
}

/**
 * The appendix of the board report: the feasibility study's statements (shared/statements/),
 * laid out as the command line lays them out (shared/statements/layout.ts), on A4 landscape pages.
 */
export function StatementsAppendix({ context }: { context: InvestmentContext }) {
  if (!reportHoldsStatements(context)) return null;
  const { evaluation, report } = context;
  const language = report.language;
  const texts = STATEMENT_TEXTS[language];
  const unitName = report.format.scale === 'unit' ? report.currencyWord : report.format.amountUnit;
  const all = buildStatements(decimalArithmetic, evaluation);
  const parts = yearParts(all.years.length, STATEMENT_YEARS_PER_TABLE);
  return (
    <div className="report-landscape" data-testid="report-statements">
      <ReportSection
        id="statements"
        title={texts.appendixTitle}
        intro={fill(texts.appendixIntro, { unit: unitName })}
      >
        {all.statements.map((statement) => {
          const laid = layOut(all, statement, {
            language,
            scale: report.format.scale,
            unitName,
          });
          const form = laid.rows.filter((row) => !row.memo);
          const memo = laid.rows.filter((row) => row.memo);
          return (
            <div key={statement.key} className="report-statement" data-statement={statement.key}>
              <h3>{laid.title}</h3>
              {parts.map((years, index) => {
                const last = index === parts.length - 1;
                const row = (entry: LaidOutRow) => (
                  <tr
                    key={entry.key}
                    data-row={entry.key}
                    className={entry.memo ? 'memo' : undefined}
                  >
                    <td>{entry.number}</td>
                    <th scope="row">{entry.name}</th>
                    {years.map((year) => (
                      <td key={year} className="number">
                        {entry.cells[year]}
                      </td>
                    ))}
                    {last && <td className="number">{entry.total}</td>}
                  </tr>
                );
                return (
                  <table key={years[0]} className="report-table report-statement-table">
                    <caption>
                      {laid.unit}
                      {parts.length > 1 &&
                        ` · ${fill(texts.yearsPart, {
                          from: all.calendarYears[years[0] ?? 0] ?? '',
                          to: all.calendarYears[years.at(-1) ?? 0] ?? '',
                          part: index + 1,
                          parts: parts.length,
                        })}`}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{texts.number}</th>
                        <th scope="col">{texts.item}</th>
                        {years.map((year) => (
                          <th scope="col" className="number" key={year}>
                            {all.calendarYears[year]}
                          </th>
                        ))}
                        {last && (
                          <th scope="col" className="number">
                            {texts.total}
                          </th>
                        )}
                      </tr>
                    </thead>
                    <tbody>
                      {form.map(row)}
                      {memo.length > 0 && (
                        <tr className="memo-heading">
                          <td />
                          <th scope="row" colSpan={years.length + (last ? 2 : 1)}>
                            {texts.memoHeading}
                          </th>
                        </tr>
                      )}
                      {memo.map(row)}
                    </tbody>
                  </table>
                );
              })}
              {laid.indicators.length > 0 && (
                <table className="report-table report-statement-indicators">
                  <caption>{texts.indicatorsHeading}</caption>
                  <tbody>
                    {laid.indicators.map((indicator) => (
                      <tr key={indicator.key} data-indicator={indicator.key}>
                        <th scope="row">{indicator.name}</th>
                        <td className="number">{indicator.value}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {laid.notes.map((note) => (
                <p key={note} className="report-intro report-small">
                  {note}
                </p>
              ))}
            </div>
          );
        })}
      </ReportSection>
    </div>
  );
}
