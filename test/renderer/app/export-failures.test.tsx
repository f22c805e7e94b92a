import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeHost } from '../helpers/fake-host';
import { openExample } from '../helpers/open-example';

vi.mock('react-chartjs-2', () => import('../helpers/chart-stub'));
vi.setConfig({ testTimeout: 60_000 });

/*
 * Every export tells the person how it ended. The desktop host refuses a request it cannot accept
 * by throwing (the preload checks it against the contract), and a failed write answers "failed":
 * neither may pass in silence.
 */

class RefusingHost extends FakeHost {
  override exportWorkbook = async (): Promise<never> => {
    throw new TypeError('Host.exportWorkbook: invalid arguments (a number cell is not a number)');
  };
  override printToPdf = async (): Promise<never> => {
    throw new TypeError('Host.printToPdf: the host answered with an invalid result');
  };
}

describe('an export the host refuses', () => {
  it('File ▸ Export CSV says it was not written, and why', async () => {
    const { user } = await openExample('Reference case A', 'en', new RefusingHost());
    await user.click(screen.getByRole('menuitem', { name: 'File' }));
    await user.click(await screen.findByRole('menuitem', { name: /Export CSV/ }));
    expect(await screen.findByText('The export was not written')).toBeTruthy();
    expect(await screen.findByText(/a number cell is not a number/)).toBeTruthy();
  });
});
