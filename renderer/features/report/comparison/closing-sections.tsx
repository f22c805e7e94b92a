import { BudgetCurveChart, ApplicantsMap } from '../../../services/charts/applicant-charts';
import { useReasonText } from '../../../services/texts/applicant-texts';
import { ReportSection } from '../frame/ReportSection';
import type { PreparedComparison } from './prepare';
import type { ComparisonTexts } from './texts';

/* The charts, the files left out with their reasons, and the method. */

export function ChartsSection({
  prepared,
  texts,
}: {
  prepared: PreparedComparison;
  texts: ComparisonTexts;
}) {
  const currency = prepared.collected.currency;
  return (
    <ReportSection id="charts" title={texts.sections.charts} intro={texts.charts.intro}>
      <div className="report-chart">
        <ApplicantsMap rows={prepared.comparison.ranking} currency={currency} />
      </div>
      <div className="report-chart">
        <BudgetCurveChart
          curve={[...prepared.curve]}
          objective={prepared.allocation.objective}
          budget={prepared.comparison.budget?.budget ?? null}
          currency={currency}
        />
      </div>
    </ReportSection>
  );
}

/** The files that could not be compared, each reason naming its field. */
export function InvalidFiles({
  prepared,
  texts,
}: {
  prepared: PreparedComparison;
  texts: ComparisonTexts;
}) {
  const reasonText = useReasonText();
  const invalid = prepared.collected.invalid;
  return (
    <>
      <h3>{texts.sections.invalid}</h3>
      <p className="report-intro">
        {invalid.length === 0 ? texts.invalid.none : texts.invalid.intro}
      </p>
      {invalid.length > 0 && (
        <ul className="report-small report-invalid" data-testid="comparison-invalid">
          {invalid.map((item) => (
            <li key={item.file}>
              <strong>{item.file}</strong>
              <ul>
                {item.reasons.map((reason, index) => (
                  <li key={index}>{reasonText(reason)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function MethodologySection({ texts }: { texts: ComparisonTexts }) {
  return (
    <ReportSection id="methodology" title={texts.sections.methodology}>
      <ol className="report-methodology">
        {texts.methodology.map((paragraph) => (
          <li key={paragraph}>{paragraph}</li>
        ))}
      </ol>
    </ReportSection>
  );
}
