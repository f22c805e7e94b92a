import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioWarnings } from '../../../../shared/model';
import { useWarningText } from '../../../services/texts/warning-text';
import { fill } from '../texts';
import { ReportCover } from '../frame/ReportCover';
import type { InvestmentContext } from './investment-context';
import { verdictText } from './verdict';

/** Cover: what project, for which company, which scenario, when and by whom; then the verdict. */
export function InvestmentCover({ context }: { context: InvestmentContext }) {
  const { report, scenario, scenarioLabel, request, evaluation } = context;
  const { texts } = report;
  const { project } = scenario;
  const warnings = useMemo(
    () => scenarioWarnings(scenario, evaluation.metrics),
    [scenario, evaluation],
  );
  const warningText = useWarningText(project.currency);
  const { t } = useTranslation();
  return (
    <ReportCover
      kicker={texts.title}
      title={project.name}
      facts={[
        { label: texts.cover.company, value: project.company ?? texts.cover.notStated },
        { label: texts.cover.scenario, value: scenarioLabel },
        {
          label: texts.cover.horizon,
          value: fill(texts.cover.horizonValue, {
            start: project.startYear,
            end: project.startYear + project.horizonYears,
            years: project.horizonYears,
          }),
        },
        { label: texts.cover.currency, value: project.currency },
        { label: texts.cover.date, value: report.date(request.date) },
        { label: texts.cover.preparer, value: request.preparer ?? texts.cover.notStated },
      ]}
    >
      <section className="report-verdict report-keep" aria-labelledby="report-verdict-title">
        <h2 id="report-verdict-title">{texts.cover.verdict}</h2>
        <p data-testid="report-verdict">{verdictText(evaluation, report, warnings.length)}</p>
      </section>
      {warnings.length > 0 && (
        <section className="report-checks report-keep" aria-labelledby="report-checks-title">
          <h2 id="report-checks-title">{texts.cover.checks}</h2>
          <ul data-testid="report-warnings">
            {warnings.map((warning, index) => {
              const { reason, advice } = warningText(warning);
              return (
                <li key={index} data-code={warning.code}>
                  {reason} <strong>{t('warnings.plausible')}</strong> {advice}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </ReportCover>
  );
}
