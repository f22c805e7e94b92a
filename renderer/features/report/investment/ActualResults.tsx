import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { planVsActualOf } from '../../../../shared/model';
import { baseOf } from '../../../../shared/scenario';
import { useVerdictText } from '../../../services/texts/verdict-text';
import { ReportBlock, ReportSection } from '../frame/ReportSection';
import { figure, ReportTable } from '../frame/ReportTable';
import type { InvestmentContext } from './investment-context';

/**
 * Plan vs actual, when the file reports actual results: the verdict, NPV, IRR and payback
 * re-forecast on the plan and on the delivery achieved beside the plan's, and the variance of
 * each list of lines per year reported (shared/model/actuals.ts). The plan is the base scenario.
 */
export function ActualResults({ context }: { context: InvestmentContext }) {
  const { t } = useTranslation();
  const { file, report } = context;
  const { format } = report;
  const verdictText = useVerdictText(format);
  const actuals = file.actuals;
  const results = useMemo(
    () =>
      actuals === undefined
        ? null
        : {
            plan: planVsActualOf(baseOf(file), actuals, 'plan'),
            delivery: planVsActualOf(baseOf(file), actuals, 'delivery'),
          },
    [file, actuals],
  );
  if (results === null) return null;
  const { plan: onPlan, delivery: onDelivery } = results;
  const yearLabel = (year: number, months: number | null) =>
    months === null
      ? String(file.project.startYear + year)
      : t('actuals.partialYear', { year: file.project.startYear + year, months });
  const metricRows: [string, string, string, string][] = [
    [
      t('results.kpi.npv'),
      format.amount(onPlan.plan.npv),
      format.amount(onPlan.reforecast.npv),
      format.amount(onDelivery.reforecast.npv),
    ],
    [
      t('results.kpi.irr'),
      format.rate(onPlan.plan.irr),
      format.rate(onPlan.reforecast.irr),
      format.rate(onDelivery.reforecast.irr),
    ],
    [
      t('results.kpi.paybackYears'),
      format.years(onPlan.plan.paybackYears),
      format.years(onPlan.reforecast.paybackYears),
      format.years(onDelivery.reforecast.paybackYears),
    ],
  ];
  return (
    <ReportSection
      id="actuals"
      title={t('actuals.title')}
      intro={t('actuals.reported', {
        years: onPlan.reported
          .map((entry) => yearLabel(entry.year, entry.months))
          .join(t('actuals.listSeparator')),
      })}
    >
      <ReportBlock title={t('actuals.verdictTitle')}>
        <p data-testid="report-actuals-verdict">
          {t('actuals.futureVerdict', {
            future: t('actuals.future.plan'),
            verdict: verdictText(onPlan.verdict),
          })}
        </p>
        <p>
          {t('actuals.futureVerdict', {
            future: t('actuals.future.delivery'),
            verdict: verdictText(onDelivery.verdict),
          })}
        </p>
        <ReportTable
          testId="report-actuals-metrics"
          columns={[
            '',
            figure(t('actuals.plan')),
            figure(`${t('actuals.reforecast')} (${t('actuals.future.plan')})`),
            figure(`${t('actuals.reforecast')} (${t('actuals.future.delivery')})`),
          ]}
        >
          {metricRows.map(([label, ...values]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {values.map((value, index) => (
                <td key={index} className="number">
                  {value}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('actuals.delivery')}</th>
            <td />
            <td className="number">
              {onPlan.delivery === null ? '—' : format.percent(onPlan.delivery, 1)}
            </td>
            <td />
          </tr>
        </ReportTable>
      </ReportBlock>
      <ReportBlock title={t('actuals.varianceTitle')}>
        <ReportTable
          className="report-small"
          testId="report-actuals-variance"
          columns={[
            t('actuals.line'),
            ...onPlan.reported.flatMap((entry) => [
              figure(`${yearLabel(entry.year, entry.months)} ${t('actuals.plan')}`),
              figure(t('actuals.actual')),
            ]),
            figure(`${t('actuals.cumulative')} ${t('actuals.variance')}`),
          ]}
        >
          {onPlan.totals.map((line) => (
            <tr key={line.list}>
              <th scope="row">{t(`actuals.total.${line.list}`)}</th>
              {line.years.flatMap((year) => [
                <td key={`${year.year}p`} className="number">
                  {format.amount(year.planned)}
                </td>,
                <td key={`${year.year}a`} className="number">
                  {year.actual === null ? t('actuals.notReported') : format.amount(year.actual)}
                </td>,
              ])}
              <td className="number">{format.amount(line.variance)}</td>
            </tr>
          ))}
        </ReportTable>
      </ReportBlock>
    </ReportSection>
  );
}
