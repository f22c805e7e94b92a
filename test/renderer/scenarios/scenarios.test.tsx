import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openExample } from '../helpers/open-example';

vi.mock('react-chartjs-2', () => import('../helpers/chart-stub'));
vi.setConfig({ testTimeout: 60_000 });
afterEach(cleanup);

describe('the scenarios screen', () => {
  it('compares the scenarios side by side with their differences from the base', async () => {
    const { user, missing } = await openExample('SMT line 3: visual-AI inspection');
    await user.click(screen.getByRole('tab', { name: 'Scenarios' }));
    const optimistic = screen.getByTestId('compare-npv-optimistic');
    expect(optimistic.textContent).toMatch(/vs base/);
    expect(screen.getByTestId('compare-npv-base').textContent).not.toMatch(/vs base/);
    const card = screen.getByRole('region', { name: 'Pessimistic' });
    expect(within(card).getByText('Changes from the base: 5')).toBeTruthy();
    expect(within(card).getByText('Lower inspection labour cost › Ramp-up')).toBeTruthy();
    expect(missing).toEqual([]);
  });

  it('duplicates, renames, shows and removes a scenario, every step undoable', async () => {
    const { user, host } = await openExample('SMT line 3: visual-AI inspection');
    await user.click(screen.getByRole('tab', { name: 'Scenarios' }));
    const optimistic = screen.getByRole('region', { name: 'Optimistic' });
    await user.click(within(optimistic).getByRole('button', { name: 'Duplicate' }));
    const copy = await screen.findByRole('region', { name: 'Copy of Optimistic' });
    expect(within(copy).getByText('Changes from the base: 3')).toBeTruthy();
    await user.click(within(copy).getByRole('button', { name: 'Rename' }));
    const name = within(copy).getByRole('textbox', { name: 'Name of the scenario' });
    await user.clear(name);
    await user.type(name, 'Board case{Enter}');
    const renamed = await screen.findByRole('region', { name: 'Board case' });
    expect(within(renamed).getByRole('button', { name: 'Shown' })).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Scenario' }));
    expect((screen.getByLabelText('Scenario being edited') as HTMLSelectElement).value).toBe(
      'optimistic-2',
    );
    await user.click(screen.getByRole('tab', { name: 'Scenarios' }));
    await user.click(
      within(screen.getByRole('region', { name: 'Board case' })).getByRole('button', {
        name: 'Remove Board case',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Board case' })).toBeNull());
    // Outside text fields the host turns Ctrl+Z into its undo command (the browser host's key
    // handler, Electron's menu); the fake host is told to send it.
    act(() => host.emit({ type: 'command', command: 'undo' }));
    expect(await screen.findByRole('region', { name: 'Board case' })).toBeTruthy();
  });
});
