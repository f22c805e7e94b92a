import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  applicantName,
  assessApplicantText,
  collectApplicants,
  compareApplicants,
  DEFAULT_SETTINGS,
  type Comparison,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance/decimal';
import { ApplicantsTable } from '../../../renderer/features/applicants/ApplicantsTable';
import { RankingTable } from '../../../renderer/features/applicants/RankingPanel';
import { exampleApplicantsIn } from '../../../renderer/features/applicants/examples';
import { renderInApp } from './render-screen';

const exampleApplicants = exampleApplicantsIn('en');

/*
 * A large call for applications: the table renders the rows in view, yet says how many
 * there are, totals all of them, and shows others as the officer scrolls or filters.
 */

const COUNT = 240;
let comparison: Comparison;

/** The valid examples over and over, each copy a company and project of its own. */
function manyApplicants(count: number) {
  const valid = exampleApplicants.filter((file) => !file.name.includes('invalid'));
  return Array.from({ length: count }, (_, index) => {
    const example = valid[index % valid.length]!;
    const json = JSON.parse(example.text) as { project: { name: string; company?: string } };
    const number = String(index + 1).padStart(4, '0');
    json.project.name = `${json.project.name} #${number}`;
    json.project.company = `${json.project.company ?? 'Applicant'} #${number}`;
    return assessApplicantText(`${number}-${example.name}`, JSON.stringify(json));
  });
}

beforeAll(() => {
  const collected = collectApplicants(manyApplicants(COUNT));
  comparison = compareApplicants(collected.applicants, DEFAULT_SETTINGS);
}, 60_000);
afterEach(cleanup);

const rows = () => screen.getAllByTestId('applicant-row');
const rowIndexes = () => rows().map((row) => Number(row.getAttribute('aria-rowindex')));
const totals = () => screen.getByTestId('applicants-total').textContent ?? '';
/** The subsidy requested by the applicants whose company matches, as the totals row shows it. */
const requestedBy = (matches: (company: string) => boolean) =>
  comparison.ranking
    .filter((row) => matches(row.applicant.company))
    .reduce((total, row) => total.plus(row.applicant.subsidyRequested), new Dec(0))
    .toNumber()
    .toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('the comparison table with many applicants', () => {
  it('renders the rows in view but counts and totals every applicant', () => {
    renderInApp(<ApplicantsTable comparison={comparison} currency="CNY" onOpen={() => {}} />);
    expect(comparison.ranking).toHaveLength(COUNT);
    expect(rows().length).toBeGreaterThan(0);
    expect(rows().length).toBeLessThan(COUNT);
    expect(screen.getByTestId('applicants-table').getAttribute('aria-rowcount')).toBe(
      String(COUNT + 2),
    );
    expect(rowIndexes()[0]).toBe(2);
    expect(totals()).toContain(`Total (${COUNT})`);
    expect(totals()).toContain(requestedBy(() => true));
  });

  it('shows the rows further down when the table is scrolled, the totals unchanged', () => {
    renderInApp(<ApplicantsTable comparison={comparison} currency="CNY" onOpen={() => {}} />);
    const first = rows()[0]?.textContent;
    const scroller = screen.getByRole('region', { name: 'Comparison' });
    scroller.scrollTop = 150 * 57;
    fireEvent.scroll(scroller);
    expect(rows()[0]?.textContent).not.toBe(first);
    // Rank 150 (row 151 of the table, after its header) is now in the DOM, the first rows not.
    expect(rowIndexes()).toContain(151);
    expect(rowIndexes()).not.toContain(2);
    const row151 = rows().find((row) => row.getAttribute('aria-rowindex') === '151');
    expect(row151?.textContent).toContain(applicantName(comparison.ranking[149]!.applicant));
    expect(totals()).toContain(`Total (${COUNT})`);
  });

  it('filters all the applicants, not only those in view, and totals the ones found', async () => {
    const user = userEvent.setup();
    renderInApp(<ApplicantsTable comparison={comparison} currency="CNY" onOpen={() => {}} />);
    const needle = 'Hefei';
    const found = comparison.ranking.filter((row) => row.applicant.company.includes(needle));
    expect(found.length).toBeGreaterThan(1);
    // Scrolled far down first: the applicants found are shown from the first, not off view.
    const scroller = screen.getByRole('region', { name: 'Comparison' });
    scroller.scrollTop = 200 * 57;
    fireEvent.scroll(scroller);
    await user.type(
      screen.getByRole('textbox', { name: 'Filter by company, project or file' }),
      needle,
    );
    await waitFor(() => expect(totals()).toContain(`Total (${found.length})`));
    expect(totals()).toContain(requestedBy((company) => company.includes(needle)));
    expect(rows()).toHaveLength(found.length);
    expect(rowIndexes()[0]).toBe(2);
    for (const row of rows()) expect(row.textContent).toContain(needle);
  });

  it('sorts all the applicants by a column header, not only those in view', async () => {
    const user = userEvent.setup();
    renderInApp(<ApplicantsTable comparison={comparison} currency="CNY" onOpen={() => {}} />);
    await user.click(screen.getByTestId('sort-npv'));
    const lowest = [...comparison.ranking].sort((a, b) => a.applicant.npv.cmp(b.applicant.npv))[0];
    expect(rows()[0]?.textContent).toContain(lowest && applicantName(lowest.applicant));
  });

  it('ranks every applicant, the ranking showing the ranks further down when scrolled', () => {
    renderInApp(
      <RankingTable
        comparison={comparison}
        currency="CNY"
        onOpen={() => {}}
        onCheck={() => {}}
        checked={new Set()}
      />,
    );
    const ranks = () =>
      screen.getAllByTestId('ranking-row').map((row) => row.querySelector('td')?.textContent);
    expect(screen.getByTestId('ranking-table').getAttribute('aria-rowcount')).toBe(
      String(COUNT + 1),
    );
    expect(ranks()[0]).toBe('1');
    expect(ranks().length).toBeLessThan(COUNT);
    const scroller = screen.getByRole('region', { name: 'Ranking' });
    scroller.scrollTop = (COUNT - 20) * 57;
    fireEvent.scroll(scroller);
    expect(ranks()).toContain(String(COUNT));
    expect(ranks()).not.toContain('1');
  });
});
