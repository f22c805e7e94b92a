import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../helpers/render-app';

vi.mock('react-chartjs-2', () => import('../helpers/chart-stub'));
vi.setConfig({ testTimeout: 60_000 });
afterEach(cleanup);

describe('the application frame', () => {
  it('starts on the welcome screen with the name, the version and the menus', async () => {
    const { missing } = renderApp('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Yardstick' })).toBeTruthy();
    expect(screen.getByTestId('app-version').textContent).toContain('Version');
    expect(screen.getByRole('menubar', { name: 'Application menu' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New scenario' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(missing).toEqual([]);
  });

  it('starts a new scenario that shows the editor, results and screens', async () => {
    const user = userEvent.setup();
    const { missing } = renderApp('en');
    await user.click(screen.getByRole('button', { name: 'New scenario' }));
    expect(screen.getByRole('tab', { name: 'Scenario' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Scenarios' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Risk' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Results' })).toBeTruthy();
    expect(screen.getByTestId('document-title').textContent).toBe('Untitled scenario');
    expect(document.title).toBe('Untitled scenario — Yardstick');
    expect(missing).toEqual([]);
  });

  it('switches to Chinese and remembers the choice in the host', async () => {
    const user = userEvent.setup();
    const { host, missing } = renderApp('en');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');
    expect(await screen.findByRole('button', { name: '新建方案' })).toBeTruthy();
    expect(host.settings.locale).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(missing).toEqual([]);
  });

  it('opens in the language the host remembered', async () => {
    const { missing } = renderApp('zh-CN');
    expect(await screen.findByRole('heading', { name: '欢迎使用 Yardstick' })).toBeTruthy();
    expect(screen.getByTestId('app-version').textContent).toContain('版本');
    expect(missing).toEqual([]);
  });
});

describe('files through the host', () => {
  it('offers unsaved work for recovery and opens it dirty', async () => {
    const { FakeHost } = await import('../helpers/fake-host');
    const { newScenarioFile } = await import('../../../renderer/services/document/new-scenario');
    const { serializeScenarioFile } = await import('../../../shared/scenario');
    const host = new FakeHost();
    const text = serializeScenarioFile(newScenarioFile('Line 5 retrofit', 2026));
    host.recoveries = [
      {
        recoveryId: 'r1',
        title: 'Line 5 retrofit',
        savedAt: '2026-03-01T10:00:00.000Z',
        fromFile: false,
      },
    ];
    host.recovered.set('r1', { documentId: 'd1', name: 'Line 5 retrofit', text });
    const user = userEvent.setup();
    renderApp('en', host);
    const region = await screen.findByRole('region', { name: 'Recover unsaved work' });
    expect(within(region).getByText('Line 5 retrofit')).toBeTruthy();
    await user.click(within(region).getByRole('button', { name: 'Recover' }));
    expect(await screen.findByTestId('dirty-marker')).toBeTruthy();
    expect(screen.getByTestId('document-title').textContent).toBe('Line 5 retrofit');
    await waitFor(() => expect(host.recoveries).toEqual([]));
  });

  it('saves through the host and asks before unsaved work would be lost', async () => {
    const user = userEvent.setup();
    const { host } = renderApp('en');
    await user.click(await screen.findByRole('button', { name: 'New scenario' }));
    const name = await screen.findByLabelText('Project name');
    await user.clear(name);
    await user.type(name, 'Plan B');
    expect(screen.getByTestId('dirty-marker')).toBeTruthy();
    await act(async () => host.emit({ type: 'command', command: 'new' }));
    expect(await screen.findByText('Save changes to “Plan B”?')).toBeTruthy();
    host.nextSaveName = 'Plan B.yardstick.json';
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(host.saves).toHaveLength(1));
    expect(host.saves[0]?.text).toContain('"name": "Plan B"');
    expect(await screen.findByLabelText('Project name')).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByLabelText('Project name') as HTMLInputElement).value).toBe(
        'Untitled scenario',
      ),
    );
    expect(host.recent).toEqual([]);
  });
});
