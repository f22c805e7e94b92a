import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCompareSettings } from '../../../shared/compare';
import { renderScreen } from './render-screen';

vi.mock('react-chartjs-2', () => import('./chart-stub'));
afterEach(cleanup);
// Typing re-ranks on every keystroke; a machine shared with other work needs room.
vi.setConfig({ testTimeout: 30_000 });

const companies = (testId: string) =>
  screen
    .getAllByTestId(testId)
    .map((row) => within(row).getAllByRole('cell')[1]?.textContent ?? '');

async function loadExamples() {
  const user = userEvent.setup();
  const rendered = renderScreen('en');
  await user.click(screen.getByRole('button', { name: 'Load the example applicants' }));
  await waitFor(() =>
    expect(screen.getByTestId('applicants-summary').textContent).toBe(
      '13 applicants compared, amounts in CNY',
    ),
  );
  return { user, ...rendered };
}

describe('the applicant workspace', () => {
  it('loads the example folder: every applicant in the table, the invalid file left out with its reasons', async () => {
    const { missing } = await loadExamples();
    expect(screen.getAllByTestId('applicant-row')).toHaveLength(13);
    const invalid = screen.getByTestId('invalid-files');
    expect(invalid.textContent).toContain('Files left out of the comparison: 1');
    expect(invalid.textContent).toContain('14-zhuhai-guangyao-invalid.json');
    expect(invalid.textContent).toMatch(
      /Investment item 1 › Cost: Enter an amount of zero or more/,
    );
    const total = screen.getByTestId('applicants-total');
    expect(total.textContent).toContain('Total (13)');
    expect(total.textContent).toContain('10,665,000.00');
    expect(missing).toEqual([]);
  });

  it('sorts by a column and filters the rows, the total following the rows shown', async () => {
    const { user } = await loadExamples();
    const firstCompany = () => screen.getAllByTestId('applicant-row')[0]?.textContent ?? '';
    await user.click(screen.getByTestId('sort-npv'));
    expect(firstCompany()).toContain('Qingdao Haiyue');
    expect(screen.getByTestId('sort-npv').closest('th')?.getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await user.click(screen.getByTestId('sort-npv'));
    expect(firstCompany()).toContain('Changzhou Tianli');

    await user.click(screen.getByRole('checkbox', { name: 'Only those needing the subsidy' }));
    expect(screen.getAllByTestId('applicant-row')).toHaveLength(3);
    expect(screen.getByTestId('applicants-total').textContent).toContain('Total (3)');
    expect(screen.getByTestId('applicants-total').textContent).toContain('2,775,000.00');
  });

  it('re-ranks when a weight changes and shows each score’s breakdown', async () => {
    const { user } = await loadExamples();
    await user.click(screen.getByRole('tab', { name: 'Ranking' }));
    const before = companies('ranking-row');
    for (const criterion of [
      'NPV per yuan of subsidy',
      'Funding-gap rate',
      'Payback (shorter is better)',
      'From the notes: Jobs created',
    ]) {
      const field = screen.getByRole('textbox', { name: `Weight of “${criterion}”` });
      await user.clear(field);
      await user.type(field, '0');
    }
    await waitFor(() => expect(companies('ranking-row')).not.toEqual(before));
    expect(companies('ranking-row').slice(0, 3).sort()).toEqual([
      'Dongguan Jinhui Mould & Plastics Co., Ltd. (180 staff)',
      'Foshan Lianyi Ceramics Co., Ltd. (260 staff)',
      'Xiamen Huamei Garments Co., Ltd. (150 staff)',
    ]);
    await user.click(screen.getByRole('button', { name: /^Score breakdown of Dongguan Jinhui/ }));
    const breakdown = screen.getByRole('table', { name: /^Score breakdown of Dongguan Jinhui/ });
    expect(
      within(breakdown).getByText('Pays off only with the subsidy').closest('tr')?.textContent,
    ).toContain('100.00');
  });

  it('allocates the budget typed, leaving flagged claims out, and names the marginal applicant', async () => {
    const { user } = await loadExamples();
    await user.click(screen.getByRole('tab', { name: 'Budget' }));
    expect(screen.getByText('Enter the budget to allocate.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Budget (CNY)' }), '5,000,000');
    await waitFor(() =>
      expect(screen.getByTestId('allocation').textContent).toContain(
        'Awarded CN¥4,770,000.00 of CN¥5,000,000.00; CN¥230,000.00 left.',
      ),
    );
    expect(screen.getByTestId('allocation').textContent).toContain(
      'This is the best selection for the budget (dynamic programming).',
    );
    const notFunded = screen.getByTestId('not-funded').textContent ?? '';
    expect(notFunded).toMatch(/Changzhou Tianli.*Claims flagged/);
    expect(screen.getByTestId('marginal').textContent).toMatch(
      /is next in line if the budget grows/,
    );

    await user.click(
      screen.getByRole('checkbox', { name: 'Leave out applicants whose claims are flagged' }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('funded').textContent).toContain('Changzhou Tianli'),
    );
  });

  it('prints the PDF report of what is on screen: the files loaded, the weights, the budget and its settings', async () => {
    const { user, host } = await loadExamples();
    await user.click(screen.getByRole('tab', { name: 'Budget' }));
    await user.type(screen.getByRole('textbox', { name: 'Budget (CNY)' }), '2500000');
    await user.click(screen.getByRole('radio', { name: 'Total score' }));
    await waitFor(() => expect(screen.getByTestId('allocation')).toBeTruthy());
    await user.type(
      screen.getByRole('textbox', { name: 'Programme or call, for the report' }),
      ' Smart manufacturing 2026 ',
    );
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Print PDF report' }));
    await waitFor(() => expect(host.prints).toHaveLength(1));
    const report = host.prints[0]?.report;
    if (report?.kind !== 'comparison') throw new Error('expected a comparison report');
    expect(report.budget).toBe('2500000');
    expect(report.title).toBe('Smart manufacturing 2026');
    expect(report.language).toBe('en');
    expect(report.files.map((file) => file.name)).toContain('14-zhuhai-guangyao-invalid.json');
    expect(report.files).toHaveLength(14);
    const settings = parseCompareSettings(report.settingsText ?? '');
    if (!settings.ok) throw new Error('the settings sent do not read back');
    expect(settings.allocation.objective).toBe('score');
    expect(settings.allocation.excludeFlagged).toBe(true);
    expect(screen.getByText(`Exported “${host.prints[0]?.suggestedName ?? ''}”.`)).toBeTruthy();
  });

  it('exports the comparison as CSV through the host, one row per applicant and a total row', async () => {
    const { user, host } = await loadExamples();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Export CSV' }));
    await waitFor(() => expect(host.exports).toHaveLength(1));
    const [request] = host.exports;
    expect(request?.format).toBe('csv');
    expect(request?.suggestedName).toBe('Applicant comparison.csv');
    const sheet = request?.workbook.sheets[0];
    expect(sheet?.columns.slice(0, 4).map((c) => c.header)).toEqual([
      'Rank',
      'File',
      'Company',
      'Project',
    ]);
    expect(sheet?.rows).toHaveLength(14);
    expect(sheet?.rows[13]?.[1]).toBe('Total (13)');
    await waitFor(() =>
      expect(screen.getByText('Exported “Applicant comparison.csv”.')).toBeTruthy(),
    );

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Export Excel workbook' }));
    await waitFor(() => expect(host.exports).toHaveLength(2));
    expect(host.exports[1]?.workbook.sheets.map((s) => s.name)).toEqual([
      'Applicants',
      'Score breakdown',
    ]);
  });

  it('says so when the host refuses an export or a print, instead of failing in silence', async () => {
    const { user, host } = await loadExamples();
    host.exportWorkbook = async () => {
      throw new TypeError('Host.exportWorkbook: invalid arguments (a number cell is not a number)');
    };
    host.printToPdf = async () => {
      throw new TypeError('Host.printToPdf: the host did not answer');
    };
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Export Excel workbook' }));
    expect(
      await screen.findByText(/The export was not written: .*a number cell is not a number/),
    ).toBeTruthy();
  });

  it('flags implausible claims with translated reasons, and a threshold edit changes the flags', async () => {
    const { user } = await loadExamples();
    await user.click(screen.getByRole('tab', { name: 'Plausibility' }));
    const flagged = () => screen.getByTestId('flagged-applicants').textContent ?? '';
    expect(flagged()).toContain(
      'Claims 38% lower production cost; the industry context supports at most 30%.',
    );
    const irr = screen.getByRole('textbox', { name: 'IRR above (%)' });
    await user.clear(irr);
    await user.type(irr, '40');
    await waitFor(() =>
      expect(flagged()).toContain('Has an IRR of 42.3%, above the plausible 40%.'),
    );
    await user.clear(irr);
    await waitFor(() => expect(flagged()).not.toContain('Has an IRR'));
  });

  it('shows the applicants map with a description a screen reader can read', async () => {
    const { user } = await loadExamples();
    await user.click(screen.getByRole('tab', { name: 'Map' }));
    const map = screen.getByRole('img', { name: /3 of 13 need the subsidy/ });
    expect(map.getAttribute('data-points')).toBe('Needs the subsidy: 3; Pays off without it: 10');
  });

  it('is in Chinese when the app is, with no text missing', async () => {
    const user = userEvent.setup();
    const { missing } = renderScreen('zh-CN');
    await user.click(screen.getByRole('button', { name: '载入示例申报' }));
    await waitFor(() =>
      expect(screen.getByTestId('applicants-summary').textContent).toBe(
        '已比较 13 家申报企业，金额单位 CNY',
      ),
    );
    for (const tab of ['排序', '预算', '分布图', '合理性'])
      await user.click(screen.getByRole('tab', { name: tab }));
    expect(screen.getByRole('heading', { name: '申报企业' })).toBeTruthy();
    expect(missing).toEqual([]);
  });
});
