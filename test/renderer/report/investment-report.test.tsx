import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleText, investmentRequest, renderReport } from './render-report';
import { Dec } from '../../../shared/finance/decimal';
import { evaluateScenario } from '../../../shared/model';
import { parseScenarioFile, selectScenario, serializeScenarioFile } from '../../../shared/scenario';
import { newScenarioFile } from '../../../renderer/services/document/new-scenario';
import { formatAmount } from '../../../renderer/services/format/format-number';
import { createI18n } from '../../../renderer/services/i18n';
import { createReportPage } from '../../../renderer/features/report/report-page';
import { CASH_FLOW_ROWS } from '../../helpers/cash-flow-rows';
import { STATEMENT_TEXTS } from '../../../shared/i18n/catalogue/statements';

vi.mock('react-chartjs-2', () => import('../helpers/chart-stub'));
vi.setConfig({ testTimeout: 60_000 });

afterEach(cleanup);

const EXAMPLE = 'smt-visual-ai-inspection';

function metricsOf(text: string) {
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) throw new Error('invalid example');
  const selected = selectScenario(parsed.file);
  if (!selected.ok) throw new Error('no base');
  return evaluateScenario(selected.scenario).metrics;
}

/** An example with its first investment item twenty times as large: a project that does not pay. */
function costlyExample(): string {
  const document = JSON.parse(exampleText(EXAMPLE)) as { capex: { amount: string }[] };
  const first = document.capex[0]!;
  first.amount = new Dec(first.amount).mul(20).toFixed();
  return JSON.stringify(document);
}

const oneDecimal = (value: Dec) => value.toDecimalPlaces(1, Dec.ROUND_HALF_UP).toFixed(1);

describe('the investment report cover', () => {
  it('states payback, NPV at the discount rate and the subsidy in English', async () => {
    const text = exampleText(EXAMPLE);
    const metrics = metricsOf(text);
    const { outcome } = await renderReport(investmentRequest(text));
    expect(outcome).toEqual({ status: 'ready', runningHeader: 'SMT line 3: visual-AI inspection' });
    const verdict = screen.getByTestId('report-verdict').textContent ?? '';
    expect(verdict).toContain(`pays back in ${oneDecimal(metrics.paybackYears!)} years`);
    expect(verdict).toContain(`${oneDecimal(metrics.npv.div(1_000_000))} million yuan`);
    const rate = metrics.discountRateNominal.mul(100).toFixed();
    expect(verdict).toContain(`Discounted at ${rate}%`);
    expect(verdict).toContain(
      `${oneDecimal(metrics.npvWithoutSubsidies.div(1_000_000))} million yuan`,
    );
    expect(metrics.npvWithoutSubsidies.isNegative()).toBe(false);
    expect(verdict).toContain('pays off without them');
    const cover = screen.getByTestId('report-cover');
    expect(within(cover).getByText('Li Wei')).toBeTruthy();
    expect(within(cover).getByText('November 25, 2026')).toBeTruthy();
  });

  it('writes the NPV in 万元 in Chinese', async () => {
    const text = exampleText(EXAMPLE);
    const metrics = metricsOf(text);
    await renderReport(investmentRequest(text, { language: 'zh-CN' }));
    const verdict = screen.getByTestId('report-verdict').textContent ?? '';
    const wan = new Intl.NumberFormat('zh-CN', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(Number(oneDecimal(metrics.npv.div(10_000))));
    expect(verdict).toContain(`${wan} 万元`);
    expect(verdict).toContain(`项目 ${oneDecimal(metrics.paybackYears!)} 年收回投资`);
    expect(verdict).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('says plainly when the project does not pay', async () => {
    const text = costlyExample();
    const metrics = metricsOf(text);
    expect(metrics.npv.isNegative()).toBe(true);
    await renderReport(investmentRequest(text));
    const verdict = screen.getByTestId('report-verdict').textContent ?? '';
    expect(verdict).toContain('does not recover its cost');
    expect(verdict).toContain(`-${oneDecimal(metrics.npv.neg().div(1_000_000))} million yuan`);
    if (metrics.paybackYears === null) expect(verdict).toContain('does not pay back within');
  });
});

describe('the key figures', () => {
  it('show the NPV exactly as the results screen formats it, with and without subsidies', async () => {
    const text = exampleText(EXAMPLE);
    const metrics = metricsOf(text);
    await renderReport(investmentRequest(text));
    const format = { locale: 'en', currency: 'CNY', scale: 'unit' } as const;
    expect(screen.getByTestId('report-figure-npv-with').textContent).toBe(
      formatAmount(metrics.npv, format),
    );
    expect(screen.getByTestId('report-figure-npv-without').textContent).toBe(
      formatAmount(metrics.npvWithoutSubsidies, format),
    );
  });
});

describe('the funding-gap rate', () => {
  // EU CBA guide 2014: R = (DIC − DNR) / DIC; R ≤ 0 means the discounted net revenue covers the
  // investment — no funding gap, however negative R is. The report says so and keeps R beside it.
  const rateCell = () =>
    within(screen.getByTestId('report-further-fundingGapRate')).getAllByRole('cell')[0]!
      .textContent;

  it('reads "no funding gap" where R ≤ 0, with R beside it, in English and Chinese', async () => {
    const text = exampleText(EXAMPLE);
    expect(metricsOf(text).fundingGapRate!.lte(0)).toBe(true);
    await renderReport(investmentRequest(text));
    expect(rateCell()).toMatch(/^No funding gap \(−?-?\d[\d,.]*%\)$/);
    expect(
      within(screen.getByTestId('report-subsidy-summary')).getByText(/^No funding gap \(/),
    ).toBeTruthy();
    cleanup();
    await renderReport(investmentRequest(text, { language: 'zh-CN' }));
    expect(rateCell()).toMatch(/^无资金缺口（−?-?\d[\d,.]*%）$/);
  });

  it('shows a positive R as the rate alone', async () => {
    const text = exampleText('small-enterprise-subsidy');
    expect(metricsOf(text).fundingGapRate!.gt(0)).toBe(true);
    await renderReport(investmentRequest(text));
    expect(rateCell()).toMatch(/^\d[\d.]*%$/);
  });
});

describe('the report sections', () => {
  const headings = () =>
    screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent ?? '');

  it('are all there in English', async () => {
    await renderReport(investmentRequest(exampleText(EXAMPLE)));
    expect(headings()).toEqual([
      'In short',
      'Key figures',
      'Assumptions',
      'Cash flows in pictures',
      'Yearly projection',
      'Scenarios and sensitivity',
      'Subsidy analysis',
      'How the figures are computed',
    ]);
  });

  it('are all there in Chinese, with no English heading, the statements appended', async () => {
    await renderReport(investmentRequest(exampleText(EXAMPLE), { language: 'zh-CN' }));
    const found = headings();
    expect(found).toHaveLength(9);
    for (const heading of found) expect(heading).toMatch(/^[\p{Script=Han}：]+$/u);
    expect(found).toContain('补贴分析');
    // A Chinese report ends with the feasibility study's statements unless they are not asked for.
    expect(found.at(-1)).toBe(STATEMENT_TEXTS['zh-CN'].appendixTitle);
    for (const title of Object.values(STATEMENT_TEXTS['zh-CN'].titles))
      expect(screen.getByRole('heading', { level: 3, name: title })).toBeTruthy();
  });

  it('leave the statements out of a Chinese report when asked, and add them to an English one', async () => {
    await renderReport(
      investmentRequest(exampleText(EXAMPLE), { language: 'zh-CN', statements: false }),
    );
    expect(headings()).not.toContain(STATEMENT_TEXTS['zh-CN'].appendixTitle);
    cleanup();
    await renderReport(investmentRequest(exampleText(EXAMPLE), { statements: true }));
    expect(headings().at(-1)).toBe(STATEMENT_TEXTS.en.appendixTitle);
  });
});

describe('the assumptions', () => {
  it('list exactly the inputs changed from a blank scenario, formatted as the editor does', async () => {
    const blank = newScenarioFile('Plain project', 2026);
    const changed = {
      ...blank,
      project: { ...blank.project, horizonYears: 12 },
      parameters: { ...blank.parameters, discountRate: { rate: '0.1', basis: 'nominal' as const } },
    };
    await renderReport(investmentRequest(serializeScenarioFile(changed)));
    const rows = screen.getAllByTestId('report-assumption');
    expect(rows.map((row) => row.getAttribute('data-path'))).toEqual([
      'project.horizonYears',
      'parameters.discountRate.rate',
    ]);
    expect(rows[0]!.textContent).toContain('12');
    expect(rows[1]!.textContent).toContain('10%');
  });
});

describe('the projection table', () => {
  const amount = (text: string) => new Dec(text.replace(/,/g, '') || '0');

  it('adds up: each row to its total, and the flows of each year to the net cash flow', async () => {
    // A long horizon, so the table is split into parts.
    const document = JSON.parse(exampleText(EXAMPLE)) as { project: { horizonYears: number } };
    document.project.horizonYears = 15;
    await renderReport(investmentRequest(JSON.stringify(document)));
    const tables = screen.getAllByTestId('report-projection-table');
    expect(tables.length).toBeGreaterThan(1);
    const rows = new Map<string, Map<string, string>>();
    for (const table of tables) {
      for (const row of table.querySelectorAll('tbody tr')) {
        const key = row.getAttribute('data-row') ?? '';
        const cells = rows.get(key) ?? new Map<string, string>();
        for (const cell of row.querySelectorAll('td')) {
          const year = cell.getAttribute('data-year');
          cells.set(year ?? 'total', cell.textContent ?? '');
        }
        rows.set(key, cells);
      }
    }
    const years = [...(rows.get('projectNetCashFlow')?.keys() ?? [])].filter(
      (key) => key !== 'total',
    );
    expect(years).toHaveLength(16);
    for (const [key, cells] of rows) {
      const total = cells.get('total') ?? '';
      if (total === '' || key.startsWith('tax:') || key.startsWith('financing')) continue;
      const sum = years.reduce((acc, year) => acc.plus(amount(cells.get(year) ?? '')), new Dec(0));
      expect(sum.toFixed(2), key).toBe(amount(total).toFixed(2));
    }
    for (const year of [...years, 'total']) {
      const flows = CASH_FLOW_ROWS.reduce(
        (acc, key) => acc.plus(amount(rows.get(key)?.get(year) ?? '')),
        new Dec(0),
      );
      expect(flows.toFixed(2), year).toBe(
        amount(rows.get('projectNetCashFlow')?.get(year) ?? '').toFixed(2),
      );
    }
  });
});

describe('a file that cannot be reported', () => {
  const invalid = () => {
    const document = JSON.parse(exampleText(EXAMPLE)) as { project: { horizonYears: number } };
    document.project.horizonYears = 99;
    return JSON.stringify(document);
  };

  it.each(['en', 'zh-CN'] as const)(
    'fails in %s with a translated message naming the field',
    async (language) => {
      const { outcome } = await renderReport(investmentRequest(invalid(), { language }));
      expect(outcome.status).toBe('failed');
      const messages = outcome.status === 'failed' ? outcome.messages : [];
      const field = createI18n(language).t('fields.project.horizonYears');
      expect(messages.some((message) => message.includes(field))).toBe(true);
      if (language === 'zh-CN') expect(messages.join(' ')).toMatch(/\p{Script=Han}/u);
    },
  );

  it('fails an invalid request naming the field, without rendering anything', async () => {
    const page = createReportPage(document.createElement('div'));
    const outcome = await page.render({ kind: 'investment', language: 'zh-CN' });
    expect(outcome.status).toBe('failed');
    const messages = outcome.status === 'failed' ? outcome.messages.join(' ') : '';
    expect(messages).toContain('documentText');
    expect(messages).toContain('报告请求无效');
  });
});
