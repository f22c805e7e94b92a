import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCompareSettings } from '../../../shared/compare';
import { renderScreen } from './render-screen';

vi.mock('react-chartjs-2', () => import('./chart-stub'));
afterEach(cleanup);
// Typing re-ranks on every keystroke; a machine shared with other work needs room.
vi.setConfig({ testTimeout: 30_000 });

/** The applicants named in a table, by the button that opens each one's case. */
const companies = (testId: string) =>
  screen
    .getAllByTestId(testId)
    .map((row) => within(row).getByTestId('open-applicant').textContent ?? '');

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

  it('says "no funding gap" where the funding-gap rate is zero or less, as the results screen does', async () => {
    await loadExamples();
    const table = screen.getAllByTestId('applicant-row')[0]?.closest('table') as HTMLElement;
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent ?? '');
    const column = headers.findIndex((text) => text.startsWith('Funding-gap rate'));
    expect(column).toBeGreaterThan(0);
    const rates = screen
      .getAllByTestId('applicant-row')
      .map((row) => within(row).getAllByRole('cell')[column]?.textContent ?? '');
    expect(rates.filter((rate) => rate.startsWith('-'))).toEqual([]);
    expect(rates).toContain('no funding gap');
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

    await user.click(
      screen.getByRole('checkbox', { name: 'Only additional (caused by the subsidy)' }),
    );
    expect(screen.getAllByTestId('applicant-row')).toHaveLength(3);
    for (const row of screen.getAllByTestId('applicant-row'))
      expect(within(row).getByTestId('state-badge').textContent).toBe('Additional');
    expect(screen.getByTestId('applicants-total').textContent).toContain('Total (3)');
    expect(screen.getByTestId('applicants-total').textContent).toContain('2,775,000.00');
  });

  it('re-ranks when a weight changes and shows each score’s breakdown', async () => {
    const { user } = await loadExamples();
    await user.click(screen.getByRole('tab', { name: 'Ranking' }));
    const before = companies('ranking-row');
    for (const criterion of [
      'NPV caused per yuan of subsidy',
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

  it('proposes the budget typed for the projects it causes, and states the deadweight of other objectives', async () => {
    const { user } = await loadExamples();
    await user.click(screen.getByRole('tab', { name: 'Budget' }));
    expect(screen.getByText('Enter the budget to allocate.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Budget (CNY)' }), '5,000,000');
    // By default: the three additional applicants, in full, and no deadweight.
    await waitFor(() =>
      expect(screen.getByTestId('allocation').textContent).toContain(
        'Proposed awards: CN¥2,775,000.00 of CN¥5,000,000.00; CN¥2,225,000.00 left.',
      ),
    );
    const funded = screen.getByTestId('funded').textContent ?? '';
    for (const name of ['Dongguan Jinhui', 'Foshan Lianyi', 'Xiamen Huamei'])
      expect(funded).toContain(name);
    expect(screen.getByTestId('deadweight').textContent).toBe(
      'Deadweight: none — no award goes to a project that pays off without it.',
    );
    const notFunded = screen.getByTestId('not-funded').textContent ?? '';
    expect(notFunded).toMatch(/Changzhou Tianli.*Claims flagged, not checked/);
    expect(notFunded).toMatch(/Suzhou Hengda.*Pays off without the subsidy/);
    expect(notFunded).toMatch(/Qingdao Haiyue.*Not viable even with the subsidy/);

    // The total NPV funds projects that pay off anyway, and says how much of the money that is.
    await user.click(screen.getByRole('radio', { name: 'Total NPV' }));
    await waitFor(() =>
      expect(screen.getByTestId('deadweight').textContent).toMatch(
        /^Deadweight: CN¥[\d,.]+ \([\d.]+%.* of the proposed awards\) to \d+ projects/,
      ),
    );
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
    const map = screen.getByRole('img', {
      name: /3 additional, 9 deadweight, 1 not viable, of 13/,
    });
    expect(map.getAttribute('data-points')).toBe('Additional: 3; Deadweight: 9; Not viable: 1');
  });

  it('opens an applicant’s whole case read-only and returns to the list as it was left', async () => {
    const { user } = await loadExamples();
    await user.click(
      screen.getByRole('checkbox', { name: 'Only additional (caused by the subsidy)' }),
    );
    const opener = within(screen.getAllByTestId('applicant-row')[0] as HTMLElement).getByTestId(
      'open-applicant',
    );
    const name = opener.textContent ?? '';
    await user.click(opener);
    const opened = screen.getByTestId('applicant-case');
    expect(within(opened).getByRole('heading', { name: `The case of ${name}` })).toBeTruthy();
    expect(within(opened).getByTestId('state-badge').textContent).toBe('Additional');
    expect(within(opened).getByTestId('case-necessary').textContent).toMatch(
      /^Necessary award: CN¥[\d,]+\.\d\d — CN¥[\d,]+\.\d\d of the request is more than it needs\.$/,
    );
    // The investment views, from its file: the key figures and the yearly projection.
    expect(within(opened).getByTestId('results-kpis')).toBeTruthy();
    expect(within(opened).getByTestId('projection-table')).toBeTruthy();
    expect(
      screen.queryByRole('textbox', { name: 'Filter by company, project or file' }),
    ).toBeNull();

    await user.click(within(opened).getByTestId('case-back'));
    expect(screen.queryByTestId('applicant-case')).toBeNull();
    // The list as it was: still filtered, and the focus back on the name that opened the case.
    expect(screen.getAllByTestId('applicant-row')).toHaveLength(3);
    await waitFor(() => expect(document.activeElement?.textContent).toBe(name));
  });

  it('lets a flagged applicant be funded once the officer ticks “Checked — include”', async () => {
    const { user } = await loadExamples();
    await user.click(screen.getByRole('tab', { name: 'Budget' }));
    await user.type(screen.getByRole('textbox', { name: 'Budget (CNY)' }), '10000000');
    await user.click(screen.getByRole('radio', { name: 'Total NPV' }));
    await waitFor(() =>
      expect(screen.getByTestId('not-funded').textContent).toMatch(
        /Taizhou Boyuan.*Claims flagged, not checked/,
      ),
    );
    await user.click(screen.getByRole('tab', { name: 'Ranking' }));
    const row = screen
      .getAllByTestId('ranking-row')
      .find((found) => found.textContent?.includes('Taizhou Boyuan')) as HTMLElement;
    expect(within(row).getByTestId('ranking-flags').textContent).toContain('Flags: 1');
    await user.click(within(row).getByRole('checkbox', { name: /^Checked — include: Taizhou/ }));
    await user.click(screen.getByRole('tab', { name: 'Budget' }));
    await waitFor(() =>
      expect(screen.getByTestId('funded').textContent).toContain('Taizhou Boyuan'),
    );
  });

  it('is in Chinese when the app is, with no text missing', async () => {
    const user = userEvent.setup();
    const { missing } = renderScreen('zh-CN');
    await user.click(screen.getByRole('button', { name: '载入示例申报' }));
    await waitFor(() =>
      expect(screen.getByTestId('applicants-summary').textContent).toBe(
        '已比较 13 家申报企业，金额单位：元',
      ),
    );
    // The Chinese interface loads the Chinese twins of the example applicants.
    expect(screen.getAllByText(/台州博远泵业有限公司/).length).toBeGreaterThan(0);
    for (const tab of ['排序', '预算', '分布图', '合理性'])
      await user.click(screen.getByRole('tab', { name: tab }));
    expect(screen.getByRole('heading', { name: '申报企业' })).toBeTruthy();
    expect(missing).toEqual([]);
  });
});
