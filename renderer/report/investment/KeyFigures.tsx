import type Decimal from 'decimal.js';
import { decimalArithmetic } from '../../../shared/finance';
import type { Metrics } from '../../../shared/model';
import { metricsWithoutSubsidies } from '../../../shared/report/subsidy-analysis';
import { ReportSection } from '../frame/ReportSection';
import { figure, ReportTable } from '../frame/ReportTable';
import { fill } from '../texts';
import type { FurtherMetric } from '../texts/report-texts';
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

/** The further figures this scenario has: equity only with debt, without TV only with one. */
function furtherOf(metrics: Metrics<Decimal>, hasLoans: boolean): FurtherMetric[] {
  return [
    'npvBeforeTax',
    'irrBeforeTax',
    ...(metrics.terminalValuePresentValue.isZero() ? [] : (['npvWithoutTerminalValue'] as const)),
    ...(hasLoans ? (['equityNpv', 'equityIrr', 'minDscr', 'averageDscr'] as const) : []),
    'fundingGapRate',
    'fnpvC',
    'frrC',
    'fnpvK',
    'frrK',
    'maxGrant',
  ];
}

function shownFurther(key: FurtherMetric, metrics: Metrics<Decimal>, report: ReportFormat): string {
  const { format, texts } = report;
  switch (key) {
    case 'npvBeforeTax':
    case 'npvWithoutTerminalValue':
    case 'equityNpv':
    case 'fnpvC':
    case 'fnpvK':
      return format.amount(metrics[key]);
    case 'irrBeforeTax':
    case 'equityIrr':
    case 'frrC':
    case 'frrK':
      return format.rate(metrics[key]);
    case 'minDscr':
    case 'averageDscr':
      return report.ratio(metrics[key]);
    case 'fundingGapRate':
      return metrics.fundingGapRate === null
        ? texts.keyFigures.none
        : format.percent(metrics.fundingGapRate);
    case 'maxGrant':
      return metrics.maxGrant === null ? texts.keyFigures.none : format.amount(metrics.maxGrant);
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
            <td className="report-small">
              {texts.keyFigures.explain[key]}
              {key === 'paybackYears' && withSubsidies.paybackRelapses
                ? ` ${texts.keyFigures.relapses}`
                : ''}
            </td>
          </tr>
        ))}
      </ReportTable>
      <h3>{texts.keyFigures.further}</h3>
      <p className="report-intro report-small">
        {fill(texts.keyFigures.furtherIntro, {
          fdr: format.percent(withSubsidies.fundingGapDiscountRate),
        })}
      </p>
      <ReportTable
        className="report-key-figures"
        testId="report-further-figures"
        columns={[
          texts.keyFigures.metric,
          figure(texts.keyFigures.value),
          texts.keyFigures.meaning,
        ]}
      >
        {furtherOf(withSubsidies, context.scenario.financing.loans.length > 0).map((key) => (
          <tr key={key} data-testid={`report-further-${key}`}>
            <th scope="row">{texts.keyFigures.furtherLabels[key]}</th>
            <td className="number">{shownFurther(key, withSubsidies, report)}</td>
            <td className="report-small">{texts.keyFigures.furtherExplain[key]}</td>
          </tr>
        ))}
      </ReportTable>
    </ReportSection>
  );
}
