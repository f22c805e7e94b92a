import { applicantName } from '../../../shared/compare';
import { useApplicantsT } from '../../applicants/i18n';
import { useDecisionText } from '../../applicants/texts';
import { ReportSection } from '../frame/ReportSection';
import { fill } from '../texts';
import type { ComparisonSectionProps } from './section-props';

/* The funding list: who is funded, who is not and why, the marginal applicant, and how sure it is. */

export function AllocationSection({ prepared, texts, f }: ComparisonSectionProps) {
  const t = useApplicantsT();
  const decisionText = useDecisionText();
  const a = texts.allocation;
  const { comparison } = prepared;
  const allocation = comparison.allocation;
  const settings = prepared.allocation;
  const objective = settings.objective;
  if (allocation === null) {
    return (
      <ReportSection id="allocation" title={texts.sections.allocation}>
        <p>{a.noBudget}</p>
      </ReportSection>
    );
  }
  const byFile = new Map(comparison.ranking.map((row) => [row.applicant.file, row.applicant]));
  const name = (file: string) => {
    const found = byFile.get(file);
    return found ? applicantName(found) : file;
  };
  const amount = f.format.amount;
  const value = (v: Parameters<typeof f.objective>[0]) => f.objective(v, objective);
  const marginal = allocation.marginal;
  return (
    <ReportSection
      id="allocation"
      title={texts.sections.allocation}
      intro={fill(a.intro, { objective: a.objectives[objective] })}
    >
      <div className="report-verdict report-keep" data-testid="comparison-allocation-summary">
        <p>
          <strong>
            {fill(a.totalAwarded, {
              awarded: amount(allocation.totalAward),
              budget: amount(allocation.budget),
              left: amount(allocation.remaining),
            })}
          </strong>
        </p>
        <p>{fill(a.objectiveTotal[objective], { value: value(allocation.totalValue) })}</p>
        <p>
          {fill(a.method, { method: t(`budget.methods.${allocation.method}`) })}{' '}
          {allocation.optimal ? a.proven : fill(a.notProven, { gap: value(allocation.gap) })}
        </p>
        {allocation.optimal && !allocation.gap.isZero() && (
          <p>{t('budget.partialGap', { gap: value(allocation.gap) })}</p>
        )}
        <p>
          {fill(a.greedy, { value: value(allocation.greedyValue) })}{' '}
          {fill(a.granularity, { step: amount(allocation.granularity) })}
        </p>
        <p>
          {settings.partialMinShare === null
            ? a.whole
            : fill(a.partial, { share: f.format.percentShort(settings.partialMinShare) })}{' '}
          {settings.excludeFlagged ? a.flaggedOut : a.flaggedIn}
          {settings.excluded.length > 0 &&
            ` ${fill(a.excluded, { names: settings.excluded.map(name).join(', ') })}`}
        </p>
        <p data-testid="comparison-marginal">
          {fill(a.marginal, {
            sentence:
              marginal === null
                ? a.noMarginal
                : marginal.kind === 'partial'
                  ? t('budget.marginalPartial', { name: name(marginal.id) })
                  : t('budget.marginalNext', { name: name(marginal.id) }),
          })}
        </p>
      </div>
      <h3>{`${a.funded} (${allocation.selected.length})`}</h3>
      {allocation.selected.length === 0 ? (
        <p>{a.noneFunded}</p>
      ) : (
        <table className="report-table report-small list" data-testid="comparison-funded">
          <thead>
            <tr>
              <th className="name">{t('columns.company')}</th>
              <th className="number">{a.request}</th>
              <th className="number">{a.award}</th>
            </tr>
          </thead>
          <tbody>
            {allocation.selected.map((award) => (
              <tr key={award.id}>
                <td className="name">{name(award.id)}</td>
                <td className="number">{amount(award.request)}</td>
                <td className="number">{amount(award.award)}</td>
              </tr>
            ))}
            <tr className="emphasis">
              <th>{texts.figures.total}</th>
              <td />
              <td className="number">{amount(allocation.totalAward)}</td>
            </tr>
          </tbody>
        </table>
      )}
      {allocation.rejected.length > 0 && (
        <>
          <h3>{`${a.notFunded} (${allocation.rejected.length})`}</h3>
          <table className="report-table report-small list" data-testid="comparison-not-funded">
            <thead>
              <tr>
                <th className="name">{t('columns.company')}</th>
                <th className="number">{a.request}</th>
                <th>{a.reason}</th>
              </tr>
            </thead>
            <tbody>
              {allocation.rejected.map((rejection) => (
                <tr key={rejection.id}>
                  <td className="name">{name(rejection.id)}</td>
                  <td className="number">{amount(rejection.request)}</td>
                  <td>{decisionText(rejection.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ReportSection>
  );
}
