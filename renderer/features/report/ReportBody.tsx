import type { ReportRequest } from '../../../shared/report/request';
import { ComparisonReport, comparisonRunningHeader } from './comparison/ComparisonReport';
import { ReportReady } from './frame/outcome';
import { InvestmentPage } from './investment/InvestmentPage';
import { MonitoringReport } from './monitoring/MonitoringReport';

/** One report per kind of request; all stand in the same frame and signal the same way. */
export function ReportBody({ request }: { request: ReportRequest }) {
  if (request.kind === 'investment') return <InvestmentPage request={request} />;
  if (request.kind === 'monitoring') return <MonitoringReport request={request} />;
  return (
    <>
      <ComparisonReport request={request} />
      <ReportReady runningHeader={comparisonRunningHeader(request)} />
    </>
  );
}
