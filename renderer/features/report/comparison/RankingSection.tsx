import { applicantName } from '../../../../shared/compare';
import { criterionLabel } from '../../../services/texts/applicant-texts';
import { useApplicantsT } from '../../../services/i18n/applicants';
import { Dec } from '../../../../shared/finance/decimal';
import { roundToTotal } from '../../../services/format/round-to-total';
import { ReportSection } from '../frame/ReportSection';
import { fill } from '../texts';
import type { ComparisonSectionProps } from './section-props';

/**
 * The ranking, each score broken into the points every weighted criterion gives, with what the
 * subsidy does for each applicant and how many flags it carries (and whether they were checked).
 */
export function RankingSection({ prepared, texts, f }: ComparisonSectionProps) {
  const t = useApplicantsT();
  const { comparison, settings } = prepared;
  const applicants = comparison.ranking.map((row) => row.applicant);
  // A criterion weighted zero gives no points to anyone: a column of zeros says nothing.
  const criteria = settings.weights.filter((item) => !item.weight.isZero());
  const label = (criterion: (typeof criteria)[number]['criterion']) =>
    criterionLabel(t, criterion, applicants);
  const weights = criteria
    .map((item) => `${label(item.criterion)} ${f.format.number(item.weight, 0)}`)
    .join(', ');
  return (
    <ReportSection id="ranking" title={texts.sections.ranking} intro={texts.ranking.intro}>
      <p>
        {fill(texts.ranking.weights, {
          weights,
          scaling: texts.ranking.scaling[settings.scaling],
        })}
      </p>
      <table className="report-table report-small" data-testid="comparison-ranking">
        <thead>
          <tr>
            <th className="number rank">{t('columns.rank')}</th>
            <th className="name">{t('columns.company')}</th>
            {criteria.map((item) => (
              <th key={item.criterion} className="number">
                {label(item.criterion)}
              </th>
            ))}
            <th className="number">{t('columns.score')}</th>
            <th>{t('ranking.state')}</th>
            <th>{t('ranking.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.ranking.map((row) => {
            // Rounded so that the points printed add up to the score printed.
            const points = roundToTotal(
              criteria.map(
                (item) =>
                  row.score.parts.find((found) => found.criterion === item.criterion)?.points ??
                  new Dec(0),
              ),
              1,
            );
            return (
              <tr key={row.applicant.file}>
                <td className="number">{row.rank}</td>
                <td className="name">{applicantName(row.applicant)}</td>
                {points.map((value, index) => (
                  <td key={criteria[index]?.criterion ?? index} className="number">
                    {f.format.number(value, 1)}
                  </td>
                ))}
                <td className="number">
                  <strong>{f.format.number(row.score.total, 1)}</strong>
                </td>
                <td className="nowrap">{t(`states.${row.applicant.state}`)}</td>
                <td className="nowrap">
                  {row.flags.length === 0
                    ? t('ranking.noFlags')
                    : `${row.flags.length}${row.checked ? ` (${texts.ranking.checked})` : ''}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ReportSection>
  );
}
