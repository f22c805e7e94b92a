import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseScenarioFile, serializeScenarioFile } from '../../../shared/scenario';
import type { PrintRequest } from '../../../shared/host/schemas';
import { FakeHost } from '../helpers/fake-host';
import { openExample } from '../helpers/open-example';

vi.mock('react-chartjs-2', () => import('../helpers/chart-stub'));
// Opening an example renders the whole app in jsdom: seconds on a shared machine.
vi.setConfig({ testTimeout: 60_000 });

/* File ▸ Export PDF report: the dialog asks who prepared it, then the host prints the report page. */

class PrintingHost extends FakeHost {
  printed: PrintRequest[] = [];
  override printToPdf = async (request: PrintRequest) => {
    this.printed.push(request);
    return { status: 'saved' as const, name: 'Reference case A.pdf' };
  };
}

describe('exporting the board report', () => {
  it('asks for the preparer, remembers it, and prints the scenario on screen in the language shown', async () => {
    const host = new PrintingHost();
    const { user, missing } = await openExample('Reference case A', 'en', host);
    await user.click(screen.getByRole('menuitem', { name: 'File' }));
    await user.click(await screen.findByRole('menuitem', { name: /Export PDF report/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Board report (PDF)' });
    expect(within(dialog).getByText(/To include a Monte Carlo summary/)).toBeTruthy();
    const preparer = within(dialog).getByLabelText(/Prepared by/);
    await user.clear(preparer);
    await user.type(preparer, 'Li Wei, finance');
    await user.click(within(dialog).getByRole('button', { name: 'Export PDF' }));

    expect(host.printed).toHaveLength(1);
    const { report, suggestedName } = host.printed[0] as PrintRequest;
    expect(suggestedName).toMatch(/\.pdf$/);
    expect(report.kind).toBe('investment');
    if (report.kind !== 'investment') return;
    expect(report).toMatchObject({
      language: 'en',
      preparer: 'Li Wei, finance',
      scenarioId: null,
      monteCarlo: null,
    });
    expect(report.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The report is made from the document as it is on screen, not from the file on disk.
    const parsed = parseScenarioFile(report.documentText);
    expect(parsed.ok && serializeScenarioFile(parsed.file)).toBe(report.documentText);
    expect(parsed.ok && parsed.file.project.name).toBe('Reference case A');
    expect(host.settings.preparer).toBe('Li Wei, finance');
    expect(await screen.findByText(/Saved the PDF “Reference case A\.pdf”/)).toBeTruthy();
    expect(missing).toEqual([]);
  });
});
