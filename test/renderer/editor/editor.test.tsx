import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dec } from '../../../shared/finance/decimal';
import { evaluateScenario } from '../../../shared/model';
import { parseScenarioFile, selectScenario } from '../../../shared/scenario';
import { exampleNpv as npvOf, exampleText } from '../helpers/examples';
import { renderApp } from '../helpers/render-app';

vi.mock('react-chartjs-2', () => import('../helpers/chart-stub'));
// The whole app in jsdom on a shared two-core machine: rendering an example takes seconds.
vi.setConfig({ testTimeout: 60_000 });

afterEach(cleanup);

/** The digits of a displayed amount, `CN¥22,334,627.52` → `22334627.52`. */
function amountOf(text: string | null): string {
  return (text ?? '').replace(/[^\d.-]/g, '');
}

async function openReferenceA(language: 'en' | 'zh-CN' = 'en') {
  const user = userEvent.setup();
  const rendered = renderApp(language);
  const name = language === 'en' ? 'Open example Reference case A' : '打开示例 参考案例 A';
  await user.click(await screen.findByRole('button', { name }));
  await screen.findByTestId('kpi-npv-value');
  return { user, ...rendered };
}

describe('the scenario editor and its results', () => {
  it('opens an example and shows the NPV the model computes', async () => {
    const { missing } = await openReferenceA();
    expect(amountOf(screen.getByTestId('kpi-npv-value').textContent)).toBe(npvOf('reference-a'));
    expect(screen.getByTestId('document-title').textContent).toBe('Reference case A');
    expect(missing).toEqual([]);
  });

  it('recomputes NPV and the charts as the production cost reduction is typed', async () => {
    const { user } = await openReferenceA();
    const before = screen.getByTestId('kpi-npv-value').textContent;
    const chart = () =>
      screen
        .getByTestId('chart-cumulative')
        .querySelector('[role="img"]')
        ?.getAttribute('aria-label');
    const chartBefore = chart();
    const field = screen.getByLabelText('Effect 1: Full effect');
    expect((field as HTMLInputElement).value).toBe('25');
    await user.clear(field);
    await user.type(field, '30');
    const expected = npvOf('reference-a', (text) =>
      text.replace('"fullEffect": "0.25"', '"fullEffect": "0.3"'),
    );
    await waitFor(() =>
      expect(amountOf(screen.getByTestId('kpi-npv-value').textContent)).toBe(expected),
    );
    expect(screen.getByTestId('kpi-npv-value').textContent).not.toBe(before);
    expect(chart()).not.toBe(chartBefore);
    expect(screen.getByTestId('dirty-marker')).toBeTruthy();
  });

  it('shows the figures before tax and of the EU funding gap beside the six headline ones', async () => {
    await openReferenceA();
    const parsed = parseScenarioFile(exampleText('reference-a'));
    if (!parsed.ok) throw new Error('example');
    const selected = selectScenario(parsed.file);
    if (!selected.ok) throw new Error('base');
    const { metrics } = evaluateScenario(selected.scenario);
    expect(amountOf(screen.getByTestId('kpi-npvBeforeTax-value').textContent)).toBe(
      metrics.npvBeforeTax.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2),
    );
    // Net revenue far above the investment: no gap, so the EU method justifies no grant.
    expect(metrics.fundingGapRate?.isNegative()).toBe(true);
    expect(screen.getByTestId('kpi-fundingGapRate-value').textContent).toBe('No funding gap');
    // The rate itself stays readable under it, to one decimal of a percent.
    expect(screen.getByTestId('kpi-fundingGapRate-note').textContent).toContain(
      metrics.fundingGapRate?.abs().times(100).toDecimalPlaces(1, Dec.ROUND_HALF_UP).toFixed(1),
    );
    expect(amountOf(screen.getByTestId('kpi-maxGrant-value').textContent)).toBe('0.00');
    // No loan: no equity card.
    expect(screen.queryByTestId('kpi-equityNpv')).toBeNull();
  });

  it('switches a grant to taxable income: both tax flags change together', async () => {
    const { user } = await openReferenceA();
    const section = document.getElementById('section-subsidies')!;
    const taxable = within(section).getByRole('checkbox', { name: /: Taxable$/ });
    expect((taxable as HTMLInputElement).checked).toBe(false);
    await user.click(taxable);
    // Taxable and full base: the grant's 1,000,000 is taxed in year 1, the item keeps its base.
    const expected = npvOf('reference-a', (file) =>
      file
        .replace('"taxable": false', '"taxable": true')
        .replace('"reducesDepreciableBase": true', '"reducesDepreciableBase": false'),
    );
    await waitFor(() =>
      expect(amountOf(screen.getByTestId('kpi-npv-value').textContent)).toBe(expected),
    );
    expect(screen.queryByText(/would count the grant twice|Caishui/)).toBeNull();
  });

  it('keeps an invalid value as typed, says why, and lets the other fields work', async () => {
    const { user } = await openReferenceA();
    const amount = screen.getByLabelText('Investment item 1: Cost (CNY)');
    await user.clear(amount);
    await user.type(amount, '6,000,00x');
    expect((amount as HTMLInputElement).value).toBe('6,000,00x');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Only digits, one decimal separator/)).toBeTruthy();
    expect(screen.getByTestId('results-drafts')).toBeTruthy();

    const rate = screen.getByLabelText('Discount rate');
    const npvBefore = screen.getByTestId('kpi-npv-value').textContent;
    await user.clear(rate);
    await user.type(rate, '10');
    await waitFor(() =>
      expect(screen.getByTestId('kpi-npv-value').textContent).not.toBe(npvBefore),
    );
    expect((amount as HTMLInputElement).value).toBe('6,000,00x');

    await user.clear(amount);
    await user.type(amount, '-5');
    expect(screen.getByText(/Enter an amount of zero or more/)).toBeTruthy();
    // Escape forgets the invalid text; the field shows the last value it took (typing 6,000 on
    // the way to 6,000,00x was valid), and undo goes back to the value before the typing.
    fireEvent.keyDown(amount, { key: 'Escape' });
    await user.tab();
    expect((amount as HTMLInputElement).value).toBe('6,000');
    expect(screen.queryByTestId('results-drafts')).toBeNull();
  });

  it('shows the schema message in Chinese', async () => {
    const { user, missing } = await openReferenceA('zh-CN');
    const rate = screen.getByLabelText('企业所得税税率');
    await user.clear(rate);
    await user.type(rate, '150');
    expect(await screen.findByText('须在 0% 与 100% 之间。')).toBeTruthy();
    expect(missing).toEqual([]);
  });

  it('undoes and redoes every edit, in the field being typed in too', async () => {
    const { user } = await openReferenceA();
    const name = screen.getByLabelText('Project name') as HTMLInputElement;
    await user.clear(name);
    await user.type(name, 'Line 4');
    expect(screen.getByTestId('document-title').textContent).toBe('Line 4');
    await user.keyboard('{Control>}z{/Control}');
    expect(name.value).toBe('Reference case A');
    expect(screen.queryByTestId('dirty-marker')).toBeNull();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(name.value).toBe('Line 4');
    await user.keyboard('{Control>}y{/Control}');
    expect(name.value).toBe('Line 4');
  });

  it('adds, reorders and removes rows from the keyboard and the buttons', async () => {
    const { user } = await openReferenceA();
    await user.click(screen.getByRole('button', { name: 'Add a running cost' }));
    const second = await screen.findByLabelText('Running cost 2: Name');
    expect((second as HTMLInputElement).value).toBe('New running cost');
    second.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() =>
      expect((screen.getByLabelText('Running cost 1: Name') as HTMLInputElement).value).toBe(
        'New running cost',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Remove New running cost' }));
    expect(screen.queryByLabelText('Running cost 2: Name')).toBeNull();
  });

  it('guides a blank scenario: investment first, then a capex grant on an eligible item', async () => {
    const user = userEvent.setup();
    renderApp('en');
    await user.click(await screen.findByRole('button', { name: 'New scenario' }));
    expect((await screen.findByTestId('results-empty')).textContent).toMatch(
      /Start with the investment/,
    );

    // A grant on no eligible item would be refused: the menu says how to make one count instead.
    await user.click(screen.getByRole('button', { name: 'Add a subsidy' }));
    expect(screen.getByRole('menuitem', { name: 'Capex grant' }).hasAttribute('disabled')).toBe(
      true,
    );
    expect(screen.getByText(/tick “Counts for capex grants”/)).toBeTruthy();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Add an investment item' }));
    expect(screen.queryByTestId('results-empty')).toBeNull();
    await user.type(screen.getByLabelText('Investment item 1: Cost (CNY)'), '1200000');
    await user.click(screen.getByRole('button', { name: 'Show details of New investment item' }));
    await user.click(screen.getByLabelText('Counts for capex grants'));
    await user.click(screen.getByRole('button', { name: 'Add a subsidy' }));
    await user.click(screen.getByRole('menuitem', { name: 'Capex grant' }));
    expect(await screen.findByLabelText('Subsidy 1: Rate or amount')).toBeTruthy();
  });

  it('explains each figure on focus', async () => {
    await openReferenceA();
    const card = screen.getByTestId('kpi-npv');
    const description = document.getElementById(card.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/^NPV = Σ NCF_t/);
    expect(within(card).getByText('NPV')).toBeTruthy();
  });
});

describe('amounts in 万元', () => {
  it('shows and takes amounts in ten thousands when a Chinese reader asks for it', async () => {
    const { FakeHost } = await import('../helpers/fake-host');
    const { openExample } = await import('../helpers/open-example');
    const host = new FakeHost();
    host.settings = { locale: 'zh-CN', amountScale: 'ten-thousand', preparer: '' };
    const { user, missing } = await openExample('参考案例 A', 'zh-CN', host);
    expect(screen.getByTestId('kpi-npv-value').textContent).toMatch(/^2,213\.50 万元$/);
    const cost = screen.getByLabelText('投资项目 1：投资额 (万元)') as HTMLInputElement;
    expect(cost.value).toBe('600');
    await user.clear(cost);
    await user.type(cost, '700');
    await user.tab();
    expect(cost.value).toBe('700');
    expect(missing).toEqual([]);
  });
});
