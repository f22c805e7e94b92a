import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openExample } from '../helpers/open-example';

vi.mock('react-chartjs-2', () => import('../helpers/chart-stub'));
vi.setConfig({ testTimeout: 120_000 });
afterEach(cleanup);

/* jsdom has no Web Worker: the analyses run in the page here, in the same chunks, so progress
 * and cancel behave as in the app (the e2e suite runs them in the worker). */
describe('the risk screen', () => {
  it('shows the tornado of the NPV and the switching values', async () => {
    const { user, missing } = await openExample('SMT line 3: visual-AI inspection');
    await user.click(screen.getByRole('tab', { name: 'Risk' }));
    const chart = await screen.findByRole('img', { name: /^Tornado of NPV/ }, { timeout: 60_000 });
    expect(chart.getAttribute('aria-label')).toMatch(
      /Fewer escaped defects › Defect detection after from/,
    );
    await user.click(screen.getByRole('tab', { name: 'Switching values' }));
    expect(
      await screen.findByRole('table', { name: 'Switching values of NPV' }, { timeout: 60_000 }),
    ).toBeTruthy();
    expect(missing).toEqual([]);
  });

  it('runs a Monte Carlo, and cancels one', async () => {
    const { user, missing } = await openExample('SMT line 3: visual-AI inspection');
    await user.click(screen.getByRole('tab', { name: 'Risk' }));
    await user.click(screen.getByRole('tab', { name: 'Monte Carlo' }));
    const draws = screen.getByRole('textbox', { name: 'Draws' });
    await user.clear(draws);
    await user.type(draws, '300');
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(
      () => expect(screen.getByTestId('monte-carlo-probability').textContent).toMatch(/%/),
      {
        timeout: 60_000,
      },
    );
    expect(
      screen.getByRole('img', { name: /^Histogram of NPV over 300 draws: P5 .*P50 .*P95/ }),
    ).toBeTruthy();

    await user.clear(draws);
    await user.type(draws, '50000');
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel the run' }));
    expect(await screen.findByText('The run was cancelled.', {}, { timeout: 60_000 })).toBeTruthy();
    expect(missing).toEqual([]);
  });

  it('adds a distribution to a driver, undoably', async () => {
    const { user, host } = await openExample('Reference case A');
    await user.click(screen.getByRole('tab', { name: 'Risk' }));
    await user.click(screen.getByRole('tab', { name: 'Monte Carlo' }));
    expect(
      await screen.findByText('No driver has a distribution yet: add the uncertain ones.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add a driver' }));
    await user.click(
      await screen.findByRole('menuitem', { name: 'Lower production cost › Full effect' }),
    );
    expect(
      (
        (await screen.findByLabelText(
          'Lower production cost › Full effect: Most likely',
        )) as HTMLInputElement
      ).value,
    ).toBe('25');
    expect(
      (screen.getByLabelText('Lower production cost › Full effect: Lowest') as HTMLInputElement)
        .value,
    ).toBe('20');
    // Outside text fields the host turns Ctrl+Z into its undo command (the browser host's key
    // handler, Electron's menu); the fake host is told to send it.
    act(() => host.emit({ type: 'command', command: 'undo' }));
    expect(
      await screen.findByText('No driver has a distribution yet: add the uncertain ones.'),
    ).toBeTruthy();
  });

  it('refuses a distribution beyond what the driver can be, naming it, in both languages', async () => {
    const { user } = await openExample('Reference case A');
    await user.click(screen.getByRole('tab', { name: 'Risk' }));
    await user.click(screen.getByRole('tab', { name: 'Monte Carlo' }));
    await user.click(screen.getByRole('button', { name: 'Add a driver' }));
    await user.click(
      await screen.findByRole('menuitem', { name: 'Lower production cost › Full effect' }),
    );
    // The first distribution is 20 % either side of 25 %: 20 % to 30 %, inside [0, 100 %].
    const highest = (await screen.findByLabelText(
      'Lower production cost › Full effect: Highest',
    )) as HTMLInputElement;
    expect(highest.value).toBe('30');
    await user.clear(highest);
    await user.type(highest, '120');
    expect(
      await screen.findByText(
        /^Lower production cost › Full effect can only be from 0 ?% to 100 ?%, not 120 ?%\.$/,
      ),
    ).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Language'), 'zh-CN');
    expect(
      await screen.findByText(
        /^Lower production cost › 完全效益只能在 0 ?% 至 100 ?% 之间，不能为 120 ?%。$/,
      ),
    ).toBeTruthy();
  });
});
