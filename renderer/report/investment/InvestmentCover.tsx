import { fill } from '../texts';
import { ReportCover } from '../frame/ReportCover';
import type { InvestmentContext } from './investment-context';
import { verdictText } from './verdict';

/** Cover: what project, for which company, which scenario, when and by whom; then the verdict. */
export function InvestmentCover({ context }: { context: InvestmentContext }) {
  const { report, scenario, scenarioLabel, request, evaluation } = context;
  const { texts } = report;
  const { project } = scenario;
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
        <p data-testid="report-verdict">{verdictText(evaluation, report)}</p>
      </section>
    </ReportCover>
  );
}
