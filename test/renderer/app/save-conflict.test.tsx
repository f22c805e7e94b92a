import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../../../shared/host/host';
import type { SaveRequest, SaveResult } from '../../../shared/host/schemas';
import { newScenarioFile } from '../../../renderer/services/document/new-scenario';
import { serializeScenarioFile } from '../../../shared/scenario';
import { createBrowserHost } from '../../../renderer/services/host/browser-host';
import { memoryHandleStore } from '../../../renderer/services/host/handle-store';
import { FakeHost } from '../helpers/fake-host';
import { asHandle, FakeHandle, MemoryStorage, scriptedFiles } from '../host/fakes';
import { renderApp } from '../helpers/render-app';

vi.mock('react-chartjs-2', () => import('../helpers/chart-stub'));
vi.setConfig({ testTimeout: 60_000 });
afterEach(cleanup);

/** A host whose file was changed by another program: Save says so until told to overwrite. */
function changedOnDiskHost() {
  const host = new FakeHost();
  const calls: { method: 'save' | 'saveAs'; request: SaveRequest }[] = [];
  const written = new FakeHost();
  const asHost: Host = host;
  asHost.save = async (request): Promise<SaveResult> => {
    calls.push({ method: 'save', request });
    if (request.force !== true) return { status: 'conflict', name: 'Line 3.yardstick.json' };
    return written.save(request);
  };
  asHost.saveAs = async (request): Promise<SaveResult> => {
    calls.push({ method: 'saveAs', request });
    return written.saveAs(request);
  };
  return Object.assign(host, { calls });
}

async function openEditAndSave(language: 'en' | 'zh-CN') {
  const host = changedOnDiskHost();
  host.files.set('f1', {
    name: 'Line 3.yardstick.json',
    text: serializeScenarioFile(newScenarioFile('Line 3', 2026)),
  });
  const user = userEvent.setup();
  const { missing } = renderApp(language, host);
  await act(async () => host.emit({ type: 'open-recent', recentId: 'f1' }));
  await screen.findByTestId('document-title');
  if (language === 'en') {
    await user.type(await screen.findByLabelText('Project name'), ' revised');
    expect(screen.getByTestId('dirty-marker')).toBeTruthy();
  }
  await act(async () => host.emit({ type: 'command', command: 'save' }));
  const dialog = await screen.findByRole('dialog');
  return { host, user, dialog, missing };
}

describe('saving over a file another program changed', () => {
  it('asks, and on Cancel writes nothing and keeps the edits unsaved', async () => {
    const { host, user, dialog, missing } = await openEditAndSave('en');
    expect(
      within(dialog).getByText('“Line 3.yardstick.json” was changed by another program'),
    ).toBeTruthy();
    expect(within(dialog).getByText(/changed by another program since you opened it/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(host.calls.map((call) => call.method)).toEqual(['save']);
    expect(screen.getByTestId('dirty-marker')).toBeTruthy();
    expect(missing).toEqual([]);
  });

  it('overwrites when the person chooses Overwrite', async () => {
    const { host, user, dialog } = await openEditAndSave('en');
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite' }));
    await waitFor(() => expect(host.calls).toHaveLength(2));
    expect(host.calls[1]).toMatchObject({ method: 'save', request: { force: true } });
    expect(host.calls[1]?.request.text).toContain('Line 3 revised');
    await waitFor(() => expect(screen.queryByTestId('dirty-marker')).toBeNull());
  });

  it('saves a new file instead when the person chooses Save as', async () => {
    const { host, user, dialog } = await openEditAndSave('en');
    await user.click(within(dialog).getByRole('button', { name: 'Save as new file…' }));
    await waitFor(() => expect(host.calls).toHaveLength(2));
    expect(host.calls[1]?.method).toBe('saveAs');
    expect(host.calls[1]?.request.force).toBeUndefined();
    await waitFor(() => expect(screen.queryByTestId('dirty-marker')).toBeNull());
  });

  it('asks in Chinese for a Chinese interface', async () => {
    const { dialog, missing } = await openEditAndSave('zh-CN');
    expect(within(dialog).getByText('“Line 3.yardstick.json”已被其他程序修改')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '覆盖' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '另存为新文件…' })).toBeTruthy();
    expect(missing).toEqual([]);
  });
});

describe('the browser host, with a file handle another program changed', () => {
  async function openInBrowser() {
    const files = scriptedFiles(true);
    const host = createBrowserHost({
      window,
      version: '0.1.0',
      storage: new MemoryStorage(),
      handles: memoryHandleStore(),
      files: files.access,
      autosaveIntervalMs: 1000,
    });
    const text = serializeScenarioFile(newScenarioFile('Line 3', 2026));
    const handle = new FakeHandle('Line 3.yardstick.json', text);
    files.picks.push({ file: await handle.getFile(), handle: asHandle(handle) });
    const opened = await host.openFile();
    if (opened.status !== 'opened') throw new Error('the test file did not open');
    const mine = serializeScenarioFile(newScenarioFile('Line 3 revised', 2026));
    const save = (force?: boolean) =>
      host.save({
        documentId: opened.document.documentId,
        suggestedName: 'Line 3',
        text: mine,
        ...(force === undefined ? {} : { force }),
      });
    return { host, handle, mine, save };
  }

  it('answers conflict instead of overwriting, and overwrites when told to', async () => {
    const { host, handle, mine, save } = await openInBrowser();
    const theirs = serializeScenarioFile(newScenarioFile('Their version', 2026));
    handle.content = theirs;
    expect(await save()).toEqual({ status: 'conflict', name: 'Line 3.yardstick.json' });
    expect(handle.content).toBe(theirs);
    expect(await save(true)).toMatchObject({ status: 'saved' });
    expect(handle.content).toBe(mine);
    host.dispose();
  });

  it('saves over its own earlier save without asking', async () => {
    const { host, save } = await openInBrowser();
    expect(await save()).toMatchObject({ status: 'saved' });
    expect(await save()).toMatchObject({ status: 'saved' });
    host.dispose();
  });
});
