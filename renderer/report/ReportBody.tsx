import type { ReportRequest } from '../../shared/report/request';
import { ComparisonReport, comparisonRunningHeader } from './comparison/ComparisonReport';
import { ReportReady } from './frame/outcome';
import { InvestmentPage } from './investment/InvestmentPage';

/** One report per kind of request; both stand in the same frame and signal the same way. */
export function ReportBody({ request }: { request: ReportRequest }) {
  if (request.kind === 'investment') return <InvestmentPage request={request} />;
  return (
    <>
      <ComparisonReport request={request} />
      <ReportReady runningHeader={comparisonRunningHeader(request)} />
    </>
  );
}
