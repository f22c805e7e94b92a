import type Decimal from 'decimal.js';
import { useMemo } from 'react';
import { applicantName, assessApplicantText, collectApplicants } from '../../../../shared/compare';
import { Dec } from '../../../../shared/finance/decimal';
import { monitorProgramme } from '../../../../shared/monitor';
import type { MonitoringReportRequest } from '../../../../shared/report/request';
import { flagText, reportedYearsText } from '../../../services/texts/applicant-texts';
import { useApplicantsT } from '../../../services/i18n/applicants';
import { ReportReady } from '../frame/outcome';
import { ReportCover } from '../frame/ReportCover';
import { ReportBlock, ReportSection } from '../frame/ReportSection';
import { figure, ReportTable } from '../frame/ReportTable';
import '../comparison/comparison.css';
import { useReportFormat } from '../investment/report-format';

/*
 * The monitoring report of a programme: the funded applicants' files assessed again from the
 * request with shared/monitor at the officer's settings — the programme's totals, each applicant's
 * savings claimed and achieved, NPV and caused NPV re-forecast, the flags, the files left out and
 * how it is all computed. The paper says what the Monitoring tab and `yardstick monitor` say.
 */

export function MonitoringReport({ request }: { request: MonitoringReportRequest }) {
  const t = useApplicantsT();
  const prepared = useMemo(() => {
    const collected = collectApplicants(
      request.files.map((file) => assessApplicantText(file.name, file.text)),
    );
    const settings = {
      threshold: new Dec(request.threshold),
      reportingYear: request.reportingYear,
      future: request.future,
    };
    return { collected, programme: monitorProgramme(collected.applicants, settings) };
  }, [request]);
  const { collected, programme } = prepared;
  const { format, date } = useReportFormat(collected.currency);
  const percent = (value: Decimal) => format.percent(value, 1);
  const totals = programme.totals;
  const title = request.title ?? t('monitor.report.untitled');
  return (
    <div className="comparison-report">
      <ReportCover
        kicker={t('monitor.report.kicker')}
        title={title}
        facts={[
          { label: t('monitor.report.date'), value: date(request.date) },
          {
            label: t('monitor.report.preparer'),
            value: request.preparer ?? t('monitor.report.notStated'),
          },
          { label: t('monitor.reportingYear'), value: String(request.reportingYear) },
          { label: t('monitor.threshold'), value: percent(new Dec(request.threshold)) },
          { label: t('monitor.future.label'), value: t(`monitor.future.${request.future}`) },
        ]}
      >
        <p data-testid="report-monitoring-summary">
          {t('monitor.report.summary', {
            count: totals.applicants,
            reporting: totals.reporting,
            delivery: totals.delivery === null ? '—' : percent(totals.delivery),
            underDelivering: totals.underDelivering,
            missing: totals.missingReports,
          })}
        </p>
      </ReportCover>
      <ReportSection id="monitoring-totals" title={t('monitor.report.totalsTitle')}>
        <ReportTable testId="report-monitoring-totals">
          {(
            [
              [
                t('monitor.totals.applicants'),
                t('monitor.totals.applicantsValue', {
                  count: totals.applicants,
                  reporting: totals.reporting,
                }),
              ],
              [t('monitor.report.subsidy'), format.amount(totals.subsidy)],
              [t('monitor.columns.claimed'), format.amount(totals.claimedSavings)],
              [t('monitor.columns.achieved'), format.amount(totals.achievedSavings)],
              [
                t('monitor.totals.delivery'),
                totals.delivery === null ? '—' : percent(totals.delivery),
              ],
              [t('monitor.columns.planNpv'), format.amount(totals.planNpv)],
              [t('monitor.columns.reforecastNpv'), format.amount(totals.reforecastNpv)],
              [t('monitor.report.plannedCausedNpv'), format.amount(totals.plannedCausedNpv)],
              [t('monitor.columns.reforecastCausedNpv'), format.amount(totals.reforecastCausedNpv)],
            ] as const
          ).map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="number">{value}</td>
            </tr>
          ))}
        </ReportTable>
      </ReportSection>
      <ReportSection id="monitoring-applicants" title={t('monitor.report.applicantsTitle')}>
        <ReportTable
          className="report-small"
          testId="report-monitoring-table"
          columns={[
            t('monitor.columns.applicant'),
            t('monitor.columns.reported'),
            figure(t('monitor.columns.claimed')),
            figure(t('monitor.columns.achieved')),
            figure(t('monitor.columns.delivery')),
            figure(t('monitor.columns.reforecastNpv')),
            figure(t('monitor.columns.reforecastCausedNpv')),
            t('monitor.columns.verdict'),
          ]}
        >
          {programme.applicants.map((row) => (
            <tr key={row.applicant.file}>
              <th scope="row">
                {applicantName(row.applicant)}
                <br />
                <span className="report-small">{t(`states.${row.applicant.state}`)}</span>
              </th>
              <td>{reportedYearsText(t, row.reported)}</td>
              <td className="number">{format.amount(row.claimedSavings)}</td>
              <td className="number">{format.amount(row.achievedSavings)}</td>
              <td className="number">{row.delivery === null ? '—' : percent(row.delivery)}</td>
              <td className="number">{format.amount(row.reforecastNpv)}</td>
              <td className="number">{format.amount(row.reforecastCausedNpv)}</td>
              <td>
                {row.verdict === null ? t('monitor.noReport') : t(`monitor.verdict.${row.verdict}`)}
              </td>
            </tr>
          ))}
        </ReportTable>
      </ReportSection>
      <ReportSection
        id="monitoring-flags"
        title={t('monitor.flagsTitle', {
          underDelivering: totals.underDelivering,
          missing: totals.missingReports,
        })}
      >
        <ul data-testid="report-monitoring-flags">
          {programme.applicants.flatMap((row) =>
            row.flags.map((flag) => (
              <li key={`${row.applicant.file}:${flag.code}`}>
                <b>{applicantName(row.applicant)}</b>
                {t('monitor.nameSeparator')}
                {flagText(t, flag, percent)}
              </li>
            )),
          )}
        </ul>
        {collected.invalid.length > 0 && (
          <ReportBlock title={t('invalid.title', { count: collected.invalid.length })}>
            <ul>
              {collected.invalid.map((item) => (
                <li key={item.file}>{item.file}</li>
              ))}
            </ul>
          </ReportBlock>
        )}
      </ReportSection>
      <ReportSection id="monitoring-method" title={t('monitor.report.methodTitle')}>
        <p className="report-intro">{t('monitor.report.method')}</p>
      </ReportSection>
      <ReportReady runningHeader={title} />
    </div>
  );
}
