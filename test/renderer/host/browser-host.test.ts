import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHost, type BrowserHost } from '../../../renderer/services/host/browser-host';
import { memoryHandleStore } from '../../../renderer/services/host/handle-store';
import { MAX_DOCUMENT_CHARS } from '../../../shared/scenario/document-text';
import type { HostEvent } from '../../../shared/host/schemas';
import { asHandle, FakeHandle, MemoryStorage, scriptedFiles } from './fakes';
import validText from '../../../assets/examples/reference-a.json?raw';

const edited = (name: string) => {
  const document = JSON.parse(validText) as { project: { name: string } };
  document.project.name = name;
  return `${JSON.stringify(document, null, 2)}\n`;
};

const hosts: BrowserHost[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.dispose();
});

function browser(
  options: {
    inPlace?: boolean;
    storage?: MemoryStorage;
    handles?: ReturnType<typeof memoryHandleStore>;
  } = {},
) {
  const files = scriptedFiles(options.inPlace ?? true);
  const storage = options.storage ?? new MemoryStorage();
  const handles = options.handles ?? memoryHandleStore();
  const host = createBrowserHost({
    window,
    version: '0.1.0',
    storage,
    handles,
    files: files.access,
    autosaveIntervalMs: 1000,
  });
  hosts.push(host);
  return { host, storage, handles, ...files };
}

describe('the browser host', () => {
  it('describes itself as the browser, following the browser’s language', async () => {
    const { host } = browser();
    expect(await host.appInfo()).toMatchObject({
      host: 'browser',
      platform: 'web',
      version: '0.1.0',
      pdf: 'print-dialog',
    });
  });

  it('opens a picked file, saves back to its handle and lists it as recent', async () => {
    const { host, picks } = browser();
    const handle = new FakeHandle('Line 3.yardstick.json', validText);
    picks.push({ file: await handle.getFile(), handle: asHandle(handle) });
    const opened = await host.openFile();
    expect(opened).toMatchObject({
      status: 'opened',
      document: { name: 'Line 3.yardstick.json', text: validText },
    });
    if (opened.status !== 'opened') return;

    const text = edited('Revised');
    expect(
      await host.save({ documentId: opened.document.documentId, suggestedName: 'x', text }),
    ).toEqual({
      status: 'saved',
      document: { documentId: opened.document.documentId, name: 'Line 3.yardstick.json' },
    });
    expect(handle.content).toBe(text);

    const recent = await host.recentFiles();
    expect(recent).toEqual([
      expect.objectContaining({ name: 'Line 3.yardstick.json', location: '' }),
    ]);
    handle.content = edited('Changed on disk');
    expect(await host.openRecent(recent[0]?.recentId ?? '')).toMatchObject({
      status: 'opened',
      document: { text: edited('Changed on disk') },
    });
    expect(await host.recentFiles()).toHaveLength(1); // the same file is listed once
    await host.clearRecentFiles();
    expect(await host.recentFiles()).toEqual([]);
    expect(await host.openRecent(recent[0]?.recentId ?? '')).toMatchObject({
      status: 'failed',
      issues: [{ code: 'recent.unavailable' }],
    });
  });

  it('refuses oversized, non-UTF-8 and hostile files, naming them', async () => {
    const { host, picks } = browser({ inPlace: false });
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.yardstick.json');
    const latin1 = new File([new Uint8Array([0x7b, 0xe9, 0x7d])], 'latin1.json');
    const evil = new File(['{"__proto__":{"admin":true}}'], 'evil.yardstick.json');
    for (const file of [big, latin1, evil]) picks.push({ file, handle: null });
    const codes = [];
    for (let i = 0; i < 3; i += 1) {
      const result = await host.openFile();
      expect(result.status).toBe('failed');
      if (result.status === 'failed') {
        codes.push(result.issues[0]?.code);
        expect(result.issues[0]?.message).toContain(result.name ?? '?');
      }
    }
    expect(codes.slice(0, 2)).toEqual(['file.tooLarge', 'file.notUtf8']);
    expect(await host.openFile()).toEqual({ status: 'cancelled' });
  });

  it('downloads where it cannot write in place, and never saves what it could not reopen', async () => {
    const { host, downloads } = browser({ inPlace: false });
    const saved = await host.save({ documentId: null, suggestedName: 'Line 3', text: validText });
    expect(saved).toMatchObject({ status: 'saved', document: { name: 'Line 3.yardstick.json' } });
    expect(downloads[0]?.name).toBe('Line 3.yardstick.json');
    expect(await downloads[0]?.text).toBe(validText);

    const refused = await host.save({
      documentId: null,
      suggestedName: 'x',
      text: '{"format":"yardstick.scenario"}',
    });
    expect(refused.status).toBe('failed');
    expect(downloads).toHaveLength(1);
    expect(
      await host.save({ documentId: 'never-given', suggestedName: 'x', text: validText }),
    ).toMatchObject({ issues: [{ code: 'document.unknown' }] });
  });

  it('exports CSV and XLSX through the same picker or download', async () => {
    const { host, downloads } = browser({ inPlace: false });
    const workbook = {
      sheets: [
        {
          name: 'Metrics',
          columns: [{ header: 'NPV', kind: 'amount' as const }],
          rows: [['123.45']],
        },
      ],
    };
    expect(await host.exportWorkbook({ format: 'csv', suggestedName: 'Line 3', workbook })).toEqual(
      { status: 'saved', name: 'Line 3.csv' },
    );
    // Blob.text() drops a byte-order mark, so look at the bytes: Excel needs EF BB BF first.
    const csv = new Uint8Array((await downloads[0]?.bytes) ?? new ArrayBuffer(0));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await downloads[0]?.text).toBe('"NPV"\r\n123.45\r\n');
    expect(
      await host.exportWorkbook({ format: 'xlsx', suggestedName: 'Line 3', workbook }),
    ).toEqual({ status: 'saved', name: 'Line 3.xlsx' });
    expect(downloads[1]?.type).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('writes the workbook with formulas from the document it is given', async () => {
    const { host, downloads } = browser({ inPlace: false });
    const request = {
      suggestedName: 'Line 3',
      language: 'en',
      documentText: validText,
      scenarioId: null,
    } as const;
    expect(await host.exportFormulaWorkbook(request)).toEqual({
      status: 'saved',
      name: 'Line 3.xlsx',
    });
    expect(downloads[0]?.type).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    // An XLSX is a zip: it starts with PK.
    const bytes = new Uint8Array((await downloads[0]?.bytes) ?? new ArrayBuffer(0));
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const refused = await host.exportFormulaWorkbook({ ...request, scenarioId: 'no-such' });
    expect(refused.status).toBe('failed');
    if (refused.status === 'failed') expect(refused.issues[0]?.message).toMatch(/no-such/);
    expect(downloads).toHaveLength(1);
  });

  it('refuses to export a number no spreadsheet holds, naming the cell, instead of writing Infinity', async () => {
    const { host, downloads } = browser({ inPlace: false });
    const workbook = {
      sheets: [
        {
          name: 'Applicants',
          columns: [
            { header: 'Company', kind: 'text' as const },
            { header: 'Jobs created', kind: 'number' as const },
          ],
          rows: [['Acme', `1${'0'.repeat(400)}`]],
        },
      ],
    };
    for (const format of ['xlsx', 'csv'] as const) {
      const result = await host.exportWorkbook({ format, suggestedName: 'Comparison', workbook });
      expect(result.status).toBe('failed');
      if (result.status !== 'failed') continue;
      expect(result.issues[0]?.message).toMatch(/Applicants, row 1, column "Jobs created"/);
    }
    expect(downloads).toHaveLength(0);
  });

  it('prints the report it is given, not the page on screen', async () => {
    const reports: unknown[] = [];
    const host = createBrowserHost({
      window,
      version: '1.0.0',
      storage: new MemoryStorage(),
      printReport: async (report) => {
        reports.push(report);
        return { status: 'print-dialog' };
      },
    });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const report = {
      kind: 'investment',
      language: 'en',
      preparer: 'Li Wei',
      date: '2026-11-25',
      documentText: '{}',
      scenarioId: null,
      monteCarlo: null,
    } as const;
    expect(await host.printToPdf({ suggestedName: 'x', report })).toEqual({
      status: 'print-dialog',
    });
    expect(reports).toEqual([report]);
    expect(print).not.toHaveBeenCalled();
    host.dispose();
  });

  it('keeps settings in localStorage, survives damaged or full storage', async () => {
    const storage = new MemoryStorage();
    const { host } = browser({ storage });
    expect(await host.updateSettings({ locale: 'zh-CN' })).toEqual({
      locale: 'zh-CN',
      amountScale: 'auto',
      preparer: '',
    });
    expect(await browser({ storage }).host.getSettings()).toEqual({
      locale: 'zh-CN',
      amountScale: 'auto',
      preparer: '',
    });
    expect((await host.appInfo()).locale).toBe('zh-CN');
    storage.setItem('yardstick.settings', '{not json');
    expect(await host.getSettings()).toEqual({
      locale: 'system',
      amountScale: 'auto',
      preparer: '',
    });
    storage.full = true;
    expect(await host.updateSettings({ amountScale: 'ten-thousand' })).toEqual({
      locale: 'system',
      amountScale: 'ten-thousand',
      preparer: '',
    });
  });

  it('keeps unsaved work for the next page: listed, restored, and saved back to its file', async () => {
    const storage = new MemoryStorage();
    const handles = memoryHandleStore();
    const first = browser({ storage, handles });
    const handle = new FakeHandle('plan.yardstick.json', validText);
    first.picks.push({ file: await handle.getFile(), handle: asHandle(handle) });
    const opened = await first.host.openFile();
    if (opened.status !== 'opened') throw new Error('setup');
    await first.host.documentChanged({
      documentId: opened.document.documentId,
      title: 'plan',
      dirty: true,
    });
    const unsaved = edited('Unsaved');
    await first.host.autosave({
      documentId: opened.document.documentId,
      title: 'plan',
      text: unsaved,
    });
    window.dispatchEvent(new Event('pagehide')); // the tab closes: pending work is written now
    await vi.waitFor(() => expect(storage.length).toBeGreaterThan(1));
    expect(await first.host.listRecoveries()).toEqual([]); // its own work is live, not "recovered"
    first.host.dispose(); // the tab is gone

    const next = browser({ storage, handles });
    const [found] = await next.host.listRecoveries();
    expect(found).toMatchObject({ title: 'plan', fromFile: true });
    const restored = await next.host.restoreRecovery(found?.recoveryId ?? '');
    expect(restored).toMatchObject({
      status: 'restored',
      document: { name: 'plan.yardstick.json', text: unsaved },
    });
    if (restored.status !== 'restored') return;
    await next.host.save({
      documentId: restored.document.documentId,
      suggestedName: 'x',
      text: unsaved,
    });
    expect(handle.content).toBe(unsaved);
    await next.host.documentChanged({
      documentId: restored.document.documentId,
      title: 'plan',
      dirty: false,
    });
    expect(await next.host.listRecoveries()).toEqual([]);
    expect(
      [...Array(storage.length).keys()]
        .map((i) => storage.key(i))
        .filter((k) => k?.includes('recovery')),
    ).toEqual([]);
  });

  it('never offers or deletes a copy another open tab is still writing, and offers it once that tab is gone', async () => {
    const storage = new MemoryStorage();
    const handles = memoryHandleStore();
    const tabA = browser({ storage, handles });
    const tabB = browser({ storage, handles });
    await tabA.host.documentChanged({ documentId: null, title: 'Live work', dirty: true });
    await tabA.host.autosave({ documentId: null, title: 'Live work', text: edited('Live') });
    window.dispatchEvent(new Event('pagehide'));
    const copyOfA = () =>
      [...Array(storage.length).keys()]
        .map((i) => storage.key(i))
        .filter((key) => key?.startsWith('yardstick.recovery.'));
    await vi.waitFor(() => expect(copyOfA()).toHaveLength(1));

    // Tab B sees no crashed work: the copy is tab A's, and tab A is open.
    expect(await tabB.host.listRecoveries()).toEqual([]);
    const id = copyOfA()[0]?.slice('yardstick.recovery.'.length) ?? '';
    await tabB.host.discardRecovery(id);
    expect(copyOfA()).toHaveLength(1);
    expect(await tabB.host.restoreRecovery(id)).toMatchObject({ status: 'failed' });

    // Tab A goes away without saving (its page is gone): now its work is offered to tab B.
    tabA.host.dispose();
    await vi.waitFor(async () =>
      expect(await tabB.host.listRecoveries()).toMatchObject([{ title: 'Live work' }]),
    );
  });

  it('never writes a recovered copy larger than it would read back', async () => {
    const storage = new MemoryStorage();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { host } = browser({ storage });
    await host.documentChanged({ documentId: null, title: 'Huge', dirty: true });
    await host.autosave({
      documentId: null,
      title: 'Huge',
      text: 'x'.repeat(MAX_DOCUMENT_CHARS + 1),
    });
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(errors).toHaveBeenCalled());
    errors.mockRestore();
    expect(
      [...Array(storage.length).keys()].filter((i) =>
        storage.key(i)?.startsWith('yardstick.recovery.'),
      ),
    ).toEqual([]);
  });

  it('asks before the tab closes only while there are unsaved changes', async () => {
    const { host } = browser();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    await host.documentChanged({ documentId: null, title: 'Untitled', dirty: true });
    expect(leave()).toBe(true);
    await host.documentChanged({ documentId: null, title: 'Untitled', dirty: false });
    expect(leave()).toBe(false);
  });

  it('turns the standard shortcuts into commands, leaving undo in text fields to the field', async () => {
    const { host } = browser();
    const seen: HostEvent[] = [];
    const press = (key: string, target: EventTarget = window, init: KeyboardEventInit = {}) => {
      const event = new KeyboardEvent('keydown', {
        key,
        ctrlKey: true,
        metaKey: true,
        bubbles: true,
        cancelable: true,
        ...init,
      });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const isMac = /mac/i.test(navigator.platform);
    const modifier = isMac ? { ctrlKey: false } : { metaKey: false };
    expect(press('s', window, modifier)).toBe(false); // nobody listens yet: the browser keeps the key
    const unsubscribe = host.onEvent((event) => seen.push(event));
    expect(press('s', window, modifier)).toBe(true);
    const input = document.createElement('input');
    document.body.append(input);
    expect(press('z', input, modifier)).toBe(false);
    expect(press('z', window, modifier)).toBe(true);
    input.remove();
    unsubscribe();
    expect(seen).toEqual([
      { type: 'command', command: 'save' },
      { type: 'command', command: 'undo' },
    ]);
  });
});
