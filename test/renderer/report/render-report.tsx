import '../helpers/dom';
import { render } from '@testing-library/react';
import type { ReportOutcome, ReportRequest } from '../../../shared/report/request';
import { ReportView } from '../../../renderer/features/report/report-page';

export { examples, exampleText } from '../helpers/examples';

export function investmentRequest(
  documentText: string,
  changes: Partial<Extract<ReportRequest, { kind: 'investment' }>> = {},
): Extract<ReportRequest, { kind: 'investment' }> {
  return {
    kind: 'investment',
    language: 'en',
    preparer: 'Li Wei',
    date: '2026-11-25',
    documentText,
    scenarioId: null,
    monteCarlo: null,
    ...changes,
  };
}

/** The report page's view of a request, rendered, with the outcome it signals. */
export async function renderReport(
  request: ReportRequest,
): Promise<{ outcome: ReportOutcome; view: ReturnType<typeof render> }> {
  let settle: (outcome: ReportOutcome) => void = () => undefined;
  const signalled = new Promise<ReportOutcome>((resolve) => {
    settle = resolve;
  });
  const view = render(<ReportView request={request} onOutcome={settle} env="test" />);
  return { outcome: await signalled, view };
}
