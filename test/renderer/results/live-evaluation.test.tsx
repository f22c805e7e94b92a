import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleNpv } from '../helpers/examples';
import { heldWorkers } from '../helpers/held-workers';
import { renderApp } from '../helpers/render-app';

vi.mock('react-chartjs-2', () => import('../helpers/chart-stub'));
vi.setConfig({ testTimeout: 60_000 });

afterEach(cleanup);

/*
 * The editor with its workers slow: every answer (a check of what is typed, the model's results)
 * is held until the test lets it go. Typing must show in the field at once, the figures follow
 * when the worker answers, and a result of an older state never replaces a newer one.
 */

/** The NPV of reference-a with its first effect's full effect at `fullEffect`, as the card shows it. */
const npvWith = (fullEffect: string) =>
  exampleNpv('reference-a', (text) =>
    text.replace('"fullEffect": "0.25"', `"fullEffect": "${fullEffect}"`),
  );

const amountOf = (text: string | null | undefined) => (text ?? '').replace(/[^\d.-]/g, '');

/** Reference case A opened with slow workers, its first results (table included) let through. */
async function openWithHeldWorkers() {
  const workers = heldWorkers();
  const user = userEvent.setup();
  renderApp('en', undefined, workers.launch);
  await user.click(await screen.findByRole('button', { name: 'Open example Reference case A' }));
  await waitFor(() => {
    workers.releaseInOrder();
    expect(screen.getByTestId('kpi-npv-value')).toBeTruthy();
    expect(screen.getByTestId('projection-table')).toBeTruthy();
  });
  return { workers, user };
}

describe('the results with a slow worker', () => {
  it('keep the typing in its field at once and show the newest figures last', async () => {
    const { workers, user } = await openWithHeldWorkers();
    const card = screen.getByTestId('kpi-npv-value');
    expect(amountOf(card.textContent)).toBe(npvWith('0.25'));

    // Every NPV the card shows from now on, in order.
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const now = amountOf(screen.queryByTestId('kpi-npv-value')?.textContent);
      if (now !== shown.at(-1)) shown.push(now);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });

    const field = screen.getByLabelText('Effect 1: Full effect') as HTMLInputElement;
    await user.clear(field);
    await user.type(field, '30');
    // Nothing answered yet: the field has what was typed, the card the figure before.
    expect(field.value).toBe('30');
    expect(amountOf(card.textContent)).toBe(npvWith('0.25'));

    // The answers, newest first, until none is left.
    await waitFor(() => {
      workers.releaseNewestFirst();
      expect(amountOf(screen.getByTestId('kpi-npv-value').textContent)).toBe(npvWith('0.3'));
    });
    for (let round = 0; round < 5; round += 1) {
      workers.releaseNewestFirst();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    observer.disconnect();
    expect(field.value).toBe('30');
    expect(amountOf(screen.getByTestId('kpi-npv-value').textContent)).toBe(npvWith('0.3'));
    // The newest figure came last and stayed: nothing older was shown after it.
    expect(shown.at(-1)).toBe(npvWith('0.3'));
    expect(shown.indexOf(npvWith('0.3'))).toBe(shown.length - 1);
  });

  it('show the key figures with the answer to the typing, the yearly table marked as behind them until its own comes', async () => {
    const { workers, user } = await openWithHeldWorkers();
    const savingsTotal = () =>
      screen.getByTestId('projection-table').querySelector('tr[data-row="savings"] td:last-child')
        ?.textContent;
    const behind = () =>
      screen.getByTestId('projection-table').parentElement?.getAttribute('aria-busy');
    const before = savingsTotal();
    expect(behind()).toBe('false');

    const field = screen.getByLabelText('Effect 1: Full effect') as HTMLInputElement;
    await user.clear(field);
    await user.type(field, '30');
    // Only the checks of the typing answered: they bring the key figures, made by the worker that
    // checked the edit, so the new NPV shows without the model asked anywhere else; the table of
    // the figures before stays, marked as behind them.
    await waitFor(() => {
      workers.releaseInOrder('check-edit');
      expect(amountOf(screen.getByTestId('kpi-npv-value').textContent)).toBe(npvWith('0.3'));
    });
    expect(workers.held.filter((answer) => answer.kind === 'evaluate-scenario')).toHaveLength(0);
    await waitFor(() => expect(behind()).toBe('true'));
    expect(savingsTotal()).toBe(before);

    // Typing paused: the table of the figures shown is asked of the same worker, and replaces it.
    await waitFor(() => {
      workers.releaseInOrder('results-table');
      expect(behind()).toBe('false');
    });
    for (let round = 0; round < 5; round += 1) {
      workers.releaseNewestFirst();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // A fuller effect saves more: the savings' total moved up with the figures.
    const after = savingsTotal();
    expect(Number(amountOf(after))).toBeGreaterThan(Number(amountOf(before)));
    expect(behind()).toBe('false');
    expect(amountOf(screen.getByTestId('kpi-npv-value').textContent)).toBe(npvWith('0.3'));
  });
});
