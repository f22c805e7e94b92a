import type Decimal from 'decimal.js';
import { aboveNecessary, applicantName, type AssessedApplicant } from '../../../../shared/compare';
import { isNoFundingGap } from '../../../../shared/model/metric-catalogue';
import { useApplicantsT } from '../../../services/i18n/applicants';
import { roundToTotal, sum } from '../../../services/format/round-to-total';
import { ReportSection } from '../frame/ReportSection';
import { fill } from '../texts';
import type { ComparisonSectionProps } from './section-props';

/* The side-by-side figures, in ranking order: what each project returns, and what the subsidy does. */

type AmountColumn = 'capex' | 'subsidyRequested' | 'npv' | 'npvWithoutSubsidies';
const AMOUNTS: readonly AmountColumn[] = [
  'capex',
  'subsidyRequested',
  'npv',
  'npvWithoutSubsidies',
];

export function FiguresSection({ prepared, texts, f }: ComparisonSectionProps) {
  const t = useApplicantsT();
  const rows = prepared.comparison.ranking;
  const format = f.format;
  // Each amount column rounded so that the rows add up to the total printed under them.
  const rounded = new Map<AmountColumn, Decimal[]>(
    AMOUNTS.map((column) => [
      column,
      roundToTotal(
        rows.map((row) => row.applicant[column]),
        2,
      ),
    ]),
  );
  const amountAt = (column: AmountColumn, index: number) =>
    format.amountPlain(rounded.get(column)?.[index] as Decimal);
  const none = t('table.none');
  const or = (value: Decimal | null, show: (value: Decimal) => string) =>
    value === null ? none : show(value);
  const name = (row: AssessedApplicant) => applicantName(row.applicant);
  return (
    <ReportSection
      id="figures"
      title={texts.sections.figures}
      intro={fill(texts.figures.intro, { currency: format.amountUnit })}
    >
      <h3>{texts.figures.returns}</h3>
      <table className="report-table report-small" data-testid="comparison-figures">
        <thead>
          <tr>
            <th className="name">{t('columns.company')}</th>
            {AMOUNTS.slice(0, 3).map((column) => (
              <th key={column} className="number">
                {t(`columns.${column}`)}
              </th>
            ))}
            <th className="number">{t('columns.irr')}</th>
            <th className="number">{t('columns.npvWithoutSubsidies')}</th>
            <th className="number">{t('columns.irrWithoutSubsidies')}</th>
            <th className="number">{t('columns.paybackYears')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.applicant.file}>
              <td className="name">{name(row)}</td>
              <td className="number">{amountAt('capex', index)}</td>
              <td className="number">{amountAt('subsidyRequested', index)}</td>
              <td className="number">{amountAt('npv', index)}</td>
              <td className="number">{format.rate(row.applicant.irr)}</td>
              <td className="number">{amountAt('npvWithoutSubsidies', index)}</td>
              <td className="number">{format.rate(row.applicant.irrWithoutSubsidies)}</td>
              <td className={row.applicant.paybackYears === null ? 'number wrap' : 'number'}>
                {format.years(row.applicant.paybackYears)}
              </td>
            </tr>
          ))}
          <tr className="emphasis">
            <th>{texts.figures.total}</th>
            {(['capex', 'subsidyRequested', 'npv'] as const).map((column) => (
              <td key={column} className="number">
                {format.amountPlain(sum(rounded.get(column) ?? []))}
              </td>
            ))}
            <td />
            <td className="number">
              {format.amountPlain(sum(rounded.get('npvWithoutSubsidies') ?? []))}
            </td>
            <td />
            <td />
          </tr>
        </tbody>
      </table>
      {/* Heading, its explanation and the table together: the heading never ends a page alone. */}
      <div className="report-keep">
        <h3>{texts.figures.subsidy}</h3>
        <p className="report-intro">{texts.figures.subsidyIntro}</p>
        <table className="report-table report-small" data-testid="comparison-subsidy-figures">
          <thead>
            <tr>
              <th className="name">{t('columns.company')}</th>
              <th>{t('columns.state')}</th>
              <th className="number">{t('columns.necessaryAward')}</th>
              <th className="number">{t('columns.aboveNecessary')}</th>
              <th className="number">{t('columns.fundingGapRate')}</th>
              <th className="number">{t('columns.publicMoneyPerNpv')}</th>
              <th className="number">{t('columns.privateInvestmentPerSubsidy')}</th>
              <th className="number">{t('columns.savingsShare')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const a = row.applicant;
              return (
                <tr key={a.file}>
                  <td className="name">{name(row)}</td>
                  <td className="nowrap">{t(`states.${a.state}`)}</td>
                  <td className="number">{or(a.necessaryAward, (v) => format.amountPlain(v))}</td>
                  <td className="number">{or(aboveNecessary(a), (v) => format.amountPlain(v))}</td>
                  <td className="number">
                    {isNoFundingGap(a.fundingGapRate)
                      ? t('table.noFundingGap')
                      : or(a.fundingGapRate, (v) => format.percent(v))}
                  </td>
                  <td className="number">{or(a.publicMoneyPerNpv, (v) => format.number(v, 2))}</td>
                  <td className="number">
                    {or(a.privateInvestmentPerSubsidy, (v) => format.number(v, 2))}
                  </td>
                  <td className="number">{or(a.claims.savingsShare, (v) => format.percent(v))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </ReportSection>
  );
}
