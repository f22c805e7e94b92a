import type Decimal from 'decimal.js';
import { decimalArithmetic } from '../../../shared/finance';
import type { Metrics } from '../../../shared/model';
import { metricsWithoutSubsidies } from '../../../shared/report/subsidy-analysis';
import { ReportSection } from '../frame/ReportSection';
import { figure, ReportTable } from '../frame/ReportTable';
import { fill } from '../texts';
import { KEY_METRICS, type KeyMetric } from './key-metrics';
import type { InvestmentContext } from './investment-context';
import type { ReportFormat } from './report-format';

/** A metric formatted exactly as the results screen's cards format it. */
function shown(key: KeyMetric, metrics: Metrics<Decimal>, report: ReportFormat): string {
  const { format } = report;
  switch (key) {
    case 'npv':
      return format.amount(metrics.npv);
    case 'irr':
      return format.rate(metrics.irr);
    case 'mirr':
      return format.rate(metrics.mirr);
    case 'paybackYears':
      return format.years(metrics.paybackYears);
    case 'discountedPaybackYears':
      return format.years(metrics.discountedPaybackYears);
    case 'profitabilityIndex':
      return report.ratio(metrics.profitabilityIndex);
    case 'benefitCostRatio':
      return report.ratio(metrics.benefitCostRatio);
  }
}

export function KeyFigures({ context }: { context: InvestmentContext }) {
  const { report, evaluation } = context;
  const { texts, format } = report;
  const withSubsidies = evaluation.metrics;
  const without = metricsWithoutSubsidies(decimalArithmetic, evaluation);
  return (
    <ReportSection
      id="key-figures"
      title={texts.sections.keyFigures}
      intro={fill(texts.keyFigures.intro, {
        rate: format.percentShort(withSubsidies.discountRateNominal),
      })}
    >
      <ReportTable
        className="report-key-figures"
        columns={[
          texts.keyFigures.metric,
          figure(texts.keyFigures.withSubsidies),
          figure(texts.keyFigures.withoutSubsidies),
          texts.keyFigures.meaning,
        ]}
      >
        {KEY_METRICS.map((key) => (
          <tr key={key} data-testid={`report-figure-${key}`}>
            <th scope="row">{texts.keyFigures.labels[key]}</th>
            <td className="number" data-testid={`report-figure-${key}-with`}>
              {shown(key, withSubsidies, report)}
            </td>
            <td className="number" data-testid={`report-figure-${key}-without`}>
              {shown(key, without, report)}
            </td>
            <td className="report-small">{texts.keyFigures.explain[key]}</td>
          </tr>
        ))}
      </ReportTable>
    </ReportSection>
  );
}
