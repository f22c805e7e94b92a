import '../helpers/dom';
import { render } from '@testing-library/react';
import type { ReportOutcome, ReportRequest } from '../../../shared/report/request';
import { ReportView } from '../../../renderer/report/report-page';

export const examples = import.meta.glob<string>('../../../assets/examples/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function exampleText(name: string): string {
  const found = Object.entries(examples).find(([path]) => path.endsWith(`/${name}.json`));
  if (!found) throw new Error(`no example ${name}`);
  return found[1];
}

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
