import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderReport } from '../render-report';
import type { ComparisonReportRequest } from '../../../../shared/report/request';
import { Dec } from '../../../../shared/finance/decimal';
import { comparisonTexts } from '../../../../renderer/features/report/comparison/texts';
import { applicantsTexts } from '../../../../shared/i18n/catalogue';

vi.mock('react-chartjs-2', () => import('../../applicants/chart-stub'));
vi.setConfig({ testTimeout: 60_000 });
afterEach(cleanup);

const examples = import.meta.glob<string>('../../../../assets/examples/applicants/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const files = Object.entries(examples)
  .map(([path, text]) => ({ name: path.split('/').pop() ?? path, text }))
  .sort((a, b) => (a.name < b.name ? -1 : 1));

function request(changes: Partial<ComparisonReportRequest> = {}): ComparisonReportRequest {
  return {
    kind: 'comparison',
    language: 'en',
    preparer: 'Li Wei',
    date: '2026-11-25',
    title: 'Smart manufacturing call 2026',
    files,
    settingsText: null,
    budget: '3000000',
    ...changes,
  };
}

/** The cells of a printed table's body rows, as text. */
function rowsOf(testId: string): string[][] {
  return within(screen.getByTestId(testId))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

/** A printed amount or number back to a decimal: `CN¥1,200,000.00` → 1200000.00. */
const figure = (text: string) => new Dec(text.replace(/[^\d.-]/g, '') || '0');

describe('the comparison report', () => {
  it('says "no funding gap" where the funding-gap rate is zero or less, as the results screen does', async () => {
    await renderReport(request());
    // Column 4: the EU funding-gap rate R. R ≤ 0 means the net revenue covers the investment.
    const rates = rowsOf('comparison-subsidy-figures').map((cells) => cells[4] ?? '');
    expect(rates.filter((rate) => rate.startsWith('-'))).toEqual([]);
    expect(rates).toContain('no funding gap');
    expect(rates.some((rate) => /^\d+\.\d+%$/.test(rate))).toBe(true);
  });

  it('gives the bureau the summary, a ranking whose points add up, a funding list within the budget and the files left out', async () => {
    const { outcome } = await renderReport(request());
    expect(outcome).toEqual({
      status: 'ready',
      runningHeader: 'Smart manufacturing call 2026: 14 applications compared',
    });
    const summary = screen.getByTestId('comparison-summary').textContent ?? '';
    expect(summary).toContain('14 files received: 13 compared, 1 left out as invalid.');

    const ranking = rowsOf('comparison-ranking');
    expect(ranking).toHaveLength(13);
    // Rank, applicant, the points of each criterion, the score, what the subsidy does, the flags.
    const scores = ranking.map((cells) => figure(cells.at(-3) ?? ''));
    for (const [index, cells] of ranking.entries()) {
      const points = cells.slice(2, -3).reduce((sum, cell) => sum.plus(figure(cell)), new Dec(0));
      expect(points.toFixed(1), cells[1]).toBe(scores[index]?.toFixed(1));
      if (index > 0) expect(scores[index]?.lte(scores[index - 1] as Dec)).toBe(true);
    }

    // The figures' columns add up to the totals printed under them.
    const figures = rowsOf('comparison-figures');
    const total = figures.at(-1) ?? [];
    const requested = figures
      .slice(0, -1)
      .reduce((sum, cells) => sum.plus(figure(cells[2] ?? '')), new Dec(0));
    expect(requested.toFixed(2)).toBe(figure(total[1] ?? '').toFixed(2));

    // Applicant, what the subsidy does, requested, necessary award, proposed award.
    const funded = rowsOf('comparison-funded');
    const awarded = funded
      .slice(0, -1)
      .reduce((sum, cells) => sum.plus(figure(cells[4] ?? '')), new Dec(0));
    expect(awarded.lte(3_000_000)).toBe(true);
    expect(awarded.toFixed(2)).toBe(figure(funded.at(-1)?.at(-1) ?? '').toFixed(2));
    // By default only the projects the subsidy causes are proposed, and the paper says so.
    expect(funded.slice(0, -1).map((cells) => cells[1])).toEqual([
      'Additional',
      'Additional',
      'Additional',
    ]);
    const proposed = Number(awarded).toLocaleString('en', { minimumFractionDigits: 2 });
    expect(screen.getByTestId('comparison-allocation-summary').textContent).toContain(
      `Proposed awards: CN¥${proposed} of CN¥3,000,000.00`,
    );
    expect(screen.getByTestId('comparison-deadweight').textContent).toBe(
      'Deadweight: none — no award goes to a project that pays off without it.',
    );
    const cover = screen.getByTestId('report-cover').textContent ?? '';
    expect(cover).toContain('Deadweight in the proposal');
    expect(cover).toContain('CN¥0.00 (0.00% of the awards)');
    expect(summary).toContain('This is a proposal for the programme’s decision, not a payment.');
    // Applicants with flagged claims wait for a check: none is funded.
    const flagged = rowsOf('comparison-flags').map((cells) => cells[0]);
    expect(flagged.length).toBeGreaterThan(0);
    const notFunded = new Map(rowsOf('comparison-not-funded').map((cells) => [cells[0], cells[3]]));
    for (const name of flagged) expect(notFunded.get(name)).toBe('Claims flagged, not checked');
    expect(screen.getByTestId('comparison-marginal').textContent).toMatch(/^Marginal applicant: /);

    const invalid = screen.getByTestId('comparison-invalid').textContent ?? '';
    expect(invalid).toContain('14-zhuhai-guangyao-invalid.json');
    expect(invalid).toContain('Investment item 1 › Cost');
  });

  it('ranks and allocates with the settings the request carries', async () => {
    const settingsText = JSON.stringify({
      weights: { npvPerSubsidy: 40, additionality: 100, fundingGap: 15, payback: 10 },
      allocation: {
        objective: 'score',
        excludeFlagged: true,
        excluded: ['11-chengdu-rongxin-smart-warehouse.json'],
      },
    });
    await renderReport(request({ settingsText }));
    // Needing the subsidy now outweighs everything else: those applicants lead the ranking.
    const needsSubsidy = rowsOf('comparison-subsidy-figures').map(
      (cells) => cells[1] === 'Additional',
    );
    const count = needsSubsidy.filter(Boolean).length;
    expect(count).toBeGreaterThan(0);
    expect(needsSubsidy.slice(0, count).every(Boolean)).toBe(true);
    expect(screen.getByTestId('report-cover').textContent).toContain(
      'total score of the applicants funded',
    );
    const excluded = rowsOf('comparison-not-funded').find((cells) =>
      cells[0]?.startsWith('Chengdu Rongxin'),
    );
    expect(excluded?.[3]).toBe('Left out by you');
  });

  it('ranks without allocating when no budget is given', async () => {
    const { outcome } = await renderReport(request({ budget: null }));
    expect(outcome.status).toBe('ready');
    expect(screen.getByTestId('report-allocation').textContent).toContain(
      'No budget was given: the applicants are ranked but not allocated.',
    );
    expect(screen.queryByTestId('comparison-funded')).toBeNull();
  });

  it('refuses settings it cannot read, naming the field in the request’s language', async () => {
    const english = await renderReport(request({ settingsText: '{"weights": {"luck": 1}}' }));
    expect(english.outcome).toEqual({
      status: 'failed',
      messages: [
        'The ranking settings: weights.luck: “luck” is not a criterion: use npvPerSubsidy, additionality, fundingGap, irr, payback or field:NAME.',
      ],
    });
    cleanup();
    const chinese = await renderReport(
      request({ language: 'zh-CN', settingsText: '{"weights": {"luck": 1}}', budget: '-1' }),
    );
    expect(chinese.outcome.status).toBe('failed');
    const messages = chinese.outcome.status === 'failed' ? chinese.outcome.messages : [];
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^排序设置：weights\.luck：“luck”不是排序标准/);
    expect(messages[1]).toBe('预算须为零或正数，而不是 -1。');
  });

  it('prints in Chinese with no English interface text', async () => {
    await renderReport(request({ language: 'zh-CN' }));
    const shown = document.querySelector('main')?.textContent ?? '';
    expect(shown).toContain('共收到 14 个文件：比较 13 个，1 个无效未纳入。');
    // Every English sentence the report or the workspace could print, cut at its placeholders.
    const leaves = (tree: unknown): string[] =>
      typeof tree === 'string'
        ? [tree]
        : tree !== null && typeof tree === 'object'
          ? Object.values(tree).flatMap(leaves)
          : [];
    const fragments = [...leaves(comparisonTexts.en), ...leaves(applicantsTexts.en)]
      .flatMap((text) => text.split(/\{\{?\w+\}?\}/))
      .map((part) => part.trim())
      .filter((part) => part.length >= 6 && /[a-z]{3}/.test(part));
    expect(fragments.filter((part) => shown.includes(part))).toEqual([]);
  });
});
