import { describe, expect, it, vi } from 'vitest';
import {
  createInvokeRouter,
  IpcRefusal,
  type HostService,
  type Sender,
} from '../../../main/ipc/router';
import { defaultSettings } from '../../../shared/host/schemas';

const app: Sender = { url: 'app://yardstick/index.html', isMainFrame: true, windowId: 1 };
const saveRequest = { documentId: null, suggestedName: 'Plan', text: '{}' };

/** A service whose every method records that it ran: a refused call must never get this far. */
function fakeService(overrides: Partial<HostService> = {}) {
  const ran = vi.fn();
  const handler =
    (result: unknown) =>
    async (...args: unknown[]) => {
      ran(...args);
      return result;
    };
  const service = {
    appInfo: handler({
      name: 'Yardstick',
      version: '1',
      host: 'desktop',
      platform: 'linux',
      systemLocale: 'en',
      locale: 'en',
      pdf: 'file',
    }),
    openFile: handler({ status: 'cancelled' }),
    openRecent: handler({ status: 'cancelled' }),
    recentFiles: handler([]),
    clearRecentFiles: handler(undefined),
    save: handler({ status: 'cancelled' }),
    saveAs: handler({ status: 'cancelled' }),
    exportWorkbook: handler({ status: 'cancelled' }),
    printToPdf: handler({ status: 'cancelled' }),
    getSettings: handler(defaultSettings),
    updateSettings: handler(defaultSettings),
    documentChanged: handler(undefined),
    autosave: handler(undefined),
    listRecoveries: handler([]),
    restoreRecovery: handler({
      status: 'failed',
      issues: [{ code: 'x', message: 'x', path: '', params: {} }],
    }),
    discardRecovery: handler(undefined),
    ...overrides,
  } as HostService;
  const refusals: IpcRefusal[] = [];
  const router = createInvokeRouter({
    service,
    allowedOrigins: () => ['app://yardstick'],
    onRefusal: (refusal) => refusals.push(refusal),
  });
  return { router, ran, refusals };
}

describe('the IPC router', () => {
  it('runs the service for the app’s own top frame with valid arguments, passing the window', async () => {
    const { router, ran } = fakeService();
    await expect(router.route('save', app, [saveRequest])).resolves.toEqual({
      status: 'cancelled',
    });
    expect(ran).toHaveBeenCalledWith({ windowId: 1 }, saveRequest);
  });

  it.each<[string, Sender]>([
    ['a remote page', { url: 'https://evil.example/', isMainFrame: true, windowId: 1 }],
    ['a sub-frame', { url: 'app://yardstick/index.html', isMainFrame: false, windowId: 1 }],
    ['a file: page', { url: 'file:///home/me/index.html', isMainFrame: true, windowId: 1 }],
    ['a destroyed frame', { url: null, isMainFrame: true, windowId: 1 }],
    [
      'contents outside any window',
      { url: 'app://yardstick/index.html', isMainFrame: true, windowId: null },
    ],
  ])('refuses %s before looking at the payload', async (_what, sender) => {
    const { router, ran, refusals } = fakeService();
    await expect(router.route('save', sender, [saveRequest])).rejects.toMatchObject({
      code: 'ipc.untrustedSender',
    });
    expect(() => router.contextOf(sender, 'yardstick:events-ready')).toThrow(IpcRefusal);
    expect(ran).not.toHaveBeenCalled();
    expect(refusals[0]?.channel).toBe('yardstick:save');
  });

  it.each<[string, unknown[]]>([
    ['no argument', []],
    ['an extra argument', [saveRequest, 'more']],
    ['a string instead of a request', ['{}']],
    ['an unknown key', [{ ...saveRequest, path: '/etc/passwd' }]],
    ['a path-like document id', [{ ...saveRequest, documentId: '../../etc/passwd' }]],
    ['a number as text', [{ ...saveRequest, text: 42 }]],
    ['an oversized document', [{ ...saveRequest, text: 'x'.repeat(5 * 1024 * 1024 + 1) }]],
    [
      'a prototype-polluting object',
      [JSON.parse('{"documentId":null,"suggestedName":"a","text":"","__proto__":{"admin":true}}')],
    ],
  ])('refuses %s', async (_what, args) => {
    const { router, ran } = fakeService();
    const attempt = router.route('save', app, args);
    await expect(attempt).rejects.toMatchObject({ code: 'ipc.invalidPayload' });
    await expect(attempt).rejects.not.toThrow(/x{100}/); // the message never echoes the payload
    expect(ran).not.toHaveBeenCalled();
  });

  it('refuses an export whose numeric cells are not numbers', async () => {
    const { router } = fakeService();
    const workbook = {
      sheets: [
        { name: 'Metrics', columns: [{ header: 'NPV', kind: 'amount' }], rows: [['=cmd|calc']] },
      ],
    };
    await expect(
      router.route('exportWorkbook', app, [{ format: 'csv', suggestedName: 'x', workbook }]),
    ).rejects.toMatchObject({ code: 'ipc.invalidPayload' });
  });

  it('refuses to answer with a result that breaks the contract', async () => {
    const { router } = fakeService({
      openFile: async () => ({ status: 'opened', path: '/secret' }) as never,
    });
    await expect(router.route('openFile', app, [])).rejects.toMatchObject({
      code: 'ipc.invalidResult',
    });
  });
});
