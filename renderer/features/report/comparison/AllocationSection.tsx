import { applicantName } from '../../../../shared/compare';
import { Dec } from '../../../../shared/finance/decimal';
import { useApplicantsT } from '../../../services/i18n/applicants';
import { useDecisionText } from '../../../services/texts/applicant-texts';
import { ReportSection } from '../frame/ReportSection';
import { fill } from '../texts';
import type { ComparisonSectionProps } from './section-props';

/*
 * The proposal: who is proposed for funding and with what, who is not and why, what the awards
 * cause and how much of them is deadweight, the marginal applicant, and how sure the search is.
 */

export function AllocationSection({ prepared, texts, f }: ComparisonSectionProps) {
  const t = useApplicantsT();
  const decisionText = useDecisionText();
  const a = texts.allocation;
  const { comparison } = prepared;
  const allocation = comparison.allocation;
  const settings = prepared.allocation;
  const objective = settings.objective;
  const amount = f.format.amount;
  if (allocation === null) {
    return (
      <ReportSection id="allocation" title={texts.sections.allocation}>
        <p>{a.noBudget}</p>
      </ReportSection>
    );
  }
  const outcome = comparison.outcome;
  const byFile = new Map(comparison.ranking.map((row) => [row.applicant.file, row.applicant]));
  const stateText = (file: string) => {
    const found = byFile.get(file);
    return found ? t(`states.${found.state}`) : '';
  };
  const necessary = (file: string) => {
    const found = byFile.get(file)?.necessaryAward;
    return found === null || found === undefined ? t('table.none') : amount(found);
  };
  const name = (file: string) => {
    const found = byFile.get(file);
    return found ? applicantName(found) : file;
  };
  const value = (v: Parameters<typeof f.objective>[0]) => f.objective(v, objective);
  const marginal = allocation.marginal;
  const checked = comparison.ranking
    .filter((row) => row.checked)
    .map((row) => applicantName(row.applicant));
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
        {outcome && (
          <>
            <p>
              {fill(a.causedNpv, {
                value: amount(outcome.causedNpv),
                count: outcome.causedCount,
              })}
            </p>
            <p data-testid="comparison-deadweight">
              <strong>
                {outcome.deadweightSubsidy.isZero()
                  ? a.noDeadweight
                  : fill(a.deadweight, {
                      amount: amount(outcome.deadweightSubsidy),
                      share: f.format.percent(outcome.deadweightShare ?? new Dec(0)),
                      count: outcome.deadweightCount,
                    })}
              </strong>
            </p>
            {outcome.aboveNecessary.gt(0) && (
              <p>{fill(a.aboveNecessary, { amount: amount(outcome.aboveNecessary) })}</p>
            )}
          </>
        )}
        {objective !== 'caused' && (
          <p>{fill(a.objectiveTotal[objective], { value: value(allocation.totalValue) })}</p>
        )}
        <p>
          {fill(a.method, { method: t(`budget.methods.${allocation.method}`) })}{' '}
          {allocation.optimal ? a.proven : fill(a.notProven, { gap: value(allocation.gap) })}
        </p>
        {allocation.optimal && !allocation.gap.isZero() && (
          <p>{t('budget.partialGap', { gap: value(allocation.gap) })}</p>
        )}
        <p>
          {allocation.method !== 'all-fit' &&
            `${fill(a.greedy, { value: value(allocation.greedyValue) })} `}
          {fill(a.granularity, { step: amount(allocation.granularity) })}
        </p>
        <p>
          {a.caps[settings.cap]}{' '}
          {settings.partialMinShare === null
            ? a.whole
            : fill(a.partial, { share: f.format.percentShort(settings.partialMinShare) })}{' '}
          {settings.excludeFlagged ? a.flaggedOut : a.flaggedIn}
          {checked.length > 0 && ` ${fill(a.checked, { names: checked.join(', ') })}`}
          {settings.excluded.length > 0 &&
            ` ${fill(a.excluded, { names: settings.excluded.map(name).join(', ') })}`}
        </p>
        <p>{a.proposal}</p>
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
              <th>{a.state}</th>
              <th className="number">{a.request}</th>
              <th className="number">{a.necessary}</th>
              <th className="number">{a.award}</th>
            </tr>
          </thead>
          <tbody>
            {allocation.selected.map((award) => (
              <tr key={award.id}>
                <td className="name">{name(award.id)}</td>
                <td className="nowrap">{stateText(award.id)}</td>
                <td className="number">{amount(award.request)}</td>
                <td className="number">{necessary(award.id)}</td>
                <td className="number">{amount(award.award)}</td>
              </tr>
            ))}
            <tr className="emphasis">
              <th>{texts.figures.total}</th>
              <td />
              <td />
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
                <th>{a.state}</th>
                <th className="number">{a.request}</th>
                <th>{a.reason}</th>
              </tr>
            </thead>
            <tbody>
              {allocation.rejected.map((rejection) => (
                <tr key={rejection.id}>
                  <td className="name">{name(rejection.id)}</td>
                  <td className="nowrap">{stateText(rejection.id)}</td>
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
