import type Decimal from 'decimal.js';
import { decimalArithmetic } from '../../../../shared/finance';
import type { Metrics } from '../../../../shared/model';
import { isNoFundingGap } from '../../../../shared/model';
import { metricText } from '../../../services/format/metric-text';
import { metricsWithoutSubsidies } from '../../../../shared/report/subsidy-analysis';
import { ReportSection } from '../frame/ReportSection';
import { figure, ReportTable } from '../frame/ReportTable';
import { fill } from '../texts';
import { KEY_METRICS, type FurtherMetric, type KeyMetric } from './key-metrics';
import type { InvestmentContext } from './investment-context';
import type { ReportFormat } from './report-format';

/**
 * A figure formatted as its kind says (shared/model/metric-catalogue.ts), exactly as the results
 * screen's cards format it; "none" where the model has none; "no funding gap" for R ≤ 0.
 */
function shown(
  key: KeyMetric | FurtherMetric,
  metrics: Metrics<Decimal>,
  report: ReportFormat,
): string {
  const text = metricText(key, metrics[key], report.format, {
    none: report.texts.keyFigures.none,
  });
  // R ≤ 0 is no gap at all, whatever its size; the rate stays beside the words.
  return key === 'fundingGapRate' && isNoFundingGap(metrics.fundingGapRate)
    ? fill(report.texts.subsidies.noFundingGap, { rate: text })
    : text;
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
            <td className="number">{shown(key, withSubsidies, report)}</td>
            <td className="report-small">{texts.keyFigures.furtherExplain[key]}</td>
          </tr>
        ))}
      </ReportTable>
    </ReportSection>
  );
}
