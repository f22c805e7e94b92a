import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dec } from '../../../shared/finance/decimal';
import { maximalScenarioText } from '../../helpers/maximal-scenario';
import { exampleText, investmentRequest, renderReport } from './render-report';

vi.mock('react-chartjs-2', () => import('../helpers/chart-stub'));
vi.setConfig({ testTimeout: 300_000 });
afterEach(cleanup);

/*
 * The board report of the largest file the format accepts (1,000 investment items each paid in
 * 40 instalments, 100 effects, 20 scenarios, 40 years) once ran to 1,172 pages. A board reads what
 * it can take in: the report lists 25 items of a list and sums up the rest, shows the largest
 * lines of each group of the projection and sums the rest in one line, writes a long schedule on
 * one line, and searches switching values for the inputs that move the NPV most.
 */

describe('the report of a very large case', () => {
  it('sums up what a reader cannot take in, and says so', async () => {
    const { outcome } = await renderReport(investmentRequest(maximalScenarioText()));
    expect(outcome.status).toBe('ready');

    const investment = document.querySelector('[data-section="investment"]');
    const items = investment?.querySelectorAll('.report-assumption-group h4') ?? [];
    expect(items).toHaveLength(25);
    // Items 25 to 999 cost 10,000 + 137 i each: 975 × 10,000 + 137 × (25 + 999) × 975 / 2
    // = 9,750,000 + 137 × 499,200 = 9,750,000 + 68,390,400 = 78,140,400.
    expect(investment?.textContent).toContain(
      '975 more items of this section are not listed one by one; their amounts add up to CN¥78,140,400.00.',
    );
    const effects = document.querySelector('[data-section="effects"]');
    expect(effects?.textContent).toContain(
      '75 more items of this section are not listed one by one.',
    );
    // Forty instalments of 2.5 % in years 0 to 39: one line, not eighty rows.
    const payments = screen
      .getAllByTestId('report-assumption')
      .filter((entry) => entry.getAttribute('data-path') === 'capex.0.payments');
    expect(payments).toHaveLength(1);
    expect(payments[0]?.textContent).toMatch(
      /^Payments: year 0: 2\.5%; year 1: 2\.5%;.*year 39: 2\.5%$/,
    );

    // Each part of the projection: the 12 largest investment lines and one line for the others.
    for (const table of screen.getAllByTestId('report-projection-table')) {
      const lines = [...table.querySelectorAll('tbody tr')].filter((row) =>
        (row.getAttribute('data-row') ?? '').startsWith('capex:'),
      );
      expect(lines).toHaveLength(12);
      const more = table.querySelector('tbody tr[data-row="capex-more"]');
      expect(more?.textContent).toMatch(/^988 more lines, together/);
      // Still adds up to the cent: the group's line is the sum of the lines shown and the rest.
      const cents = (row: Element | null | undefined) =>
        [...(row?.querySelectorAll('td') ?? [])].map(
          (cell) => new Dec((cell.textContent ?? '').replace(/[,\s]/g, '') || '0'),
        );
      const group = cents(table.querySelector('tbody tr[data-row="capex"]'));
      const shown = [...lines, more].map(cents);
      group.forEach((value, column) =>
        expect(
          shown.reduce((total, row) => total.plus(row[column] ?? 0), new Dec(0)).toFixed(2),
        ).toBe(value.toFixed(2)),
      );
    }

    expect(document.body.textContent).toContain(
      'none of the inputs searched turns the net present value to zero.',
    );
    expect(screen.getByTestId('report-switching-searched').textContent).toMatch(
      /^Searched for the 20 inputs that move the net present value most \(the tornado above\); the other \d+ move it less and were not searched\.$/,
    );
  });
});

describe('a report longer than a report may be', () => {
  it('is refused before it is printed, saying how long it would be', async () => {
    // The page as Chromium would lay out some 2,000 pages of A4.
    const height = vi
      .spyOn(document.documentElement, 'scrollHeight', 'get')
      .mockReturnValue(2_000 * 1_000);
    try {
      const { outcome } = await renderReport(
        investmentRequest(exampleText('reference-a'), { language: 'zh-CN' }),
      );
      expect(outcome.status).toBe('failed');
      expect(outcome.status === 'failed' && outcome.messages[0]).toMatch(
        /^报告预计约 \d+ 页；可打印的报告最多 400 页。$/,
      );
    } finally {
      height.mockRestore();
    }
  });
});
