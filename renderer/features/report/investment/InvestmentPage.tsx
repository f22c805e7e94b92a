import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { loadInvestment } from '../../../../shared/report/load-investment';
import type { InvestmentReportRequest } from '../../../../shared/report/request';
import type { ValidationIssue } from '../../../../shared/scenario';
import { useIssueText } from '../../../services/texts/issue-text';
import { scenarioLabel } from '../../../services/session/scenario-label';
import { ReportFailed, ReportReady } from '../frame/outcome';
import { fill } from '../texts';
import type { InvestmentContext } from './investment-context';
import { InvestmentReport } from './InvestmentReport';
import { useReportFormat } from './report-format';

/** A file the loader refused: each issue as the app words it, naming the field. */
function RefusedFile({ issues }: { issues: readonly ValidationIssue[] }) {
  const { scenarioIssue } = useIssueText();
  const messages = useMemo(
    () =>
      issues.map((issue) => {
        const { field, message } = scenarioIssue(issue);
        return field === '' ? message : `${field}: ${message}`;
      }),
    [issues, scenarioIssue],
  );
  return <ReportFailed messages={messages} />;
}

/** The investment report of the request's file and scenario, or why it cannot be made. */
export function InvestmentPage({ request }: { request: InvestmentReportRequest }) {
  const { t } = useTranslation();
  const loaded = useMemo(() => loadInvestment(request), [request]);
  const report = useReportFormat(loaded.ok ? loaded.scenario.project.currency : 'CNY');
  const faultMessages = useMemo(
    () => ('fault' in loaded ? [fill(report.texts.failed.model, { reason: loaded.fault })] : []),
    [loaded, report.texts],
  );
  if (!loaded.ok) {
    return 'issues' in loaded ? (
      <RefusedFile issues={loaded.issues} />
    ) : (
      <ReportFailed messages={faultMessages} />
    );
  }
  const context: InvestmentContext = {
    request,
    file: loaded.file,
    scenario: loaded.scenario,
    scenarioName: loaded.scenarioName,
    scenarioLabel: scenarioLabel(loaded.file, loaded.scenarioName, t),
    evaluation: loaded.evaluation,
    report,
  };
  return (
    <>
      <InvestmentReport context={context} />
      <ReportReady runningHeader={loaded.scenario.project.name} />
    </>
  );
}
