import { describe, expect, it, vi, beforeAll } from 'vitest';
import {
  eventChannel,
  eventsReadyChannel,
  hostMethodNames,
  invokeContract,
} from '../../../shared/host/contract';

/**
 * The preload is the only bridge from the page to the desktop. These tests load it with a fake
 * `electron` module that records what `contextBridge.exposeInMainWorld` receives.
 */
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  return {
    exposed: [] as [string, unknown][],
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
    listeners,
    emit(channel: string, payload: unknown) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'main' }, payload);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, value: unknown) => electron.exposed.push([name, value]),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    send: () => {
      throw new Error('the preload must not use send');
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      electron.listeners.get(channel)?.delete(listener);
    },
  },
}));

type Exposed = Record<string, (...args: unknown[]) => unknown>;
let host: Exposed;

beforeAll(async () => {
  await import('../../../main/preload/index');
  host = electron.exposed[0]?.[1] as Exposed;
});

describe('the preload', () => {
  it('exposes one object, `yardstick`, whose keys are exactly the Host’s methods', () => {
    expect(electron.exposed.map(([name]) => name)).toEqual(['yardstick']);
    expect(Object.keys(host).sort()).toEqual([...hostMethodNames].sort());
    for (const value of Object.values(host)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(host)).toBe(true);
  });

  it('exposes nothing that could send an arbitrary IPC message', async () => {
    const names = Object.keys(host).map((k) => k.toLowerCase());
    for (const forbidden of [
      'ipcrenderer',
      'invoke',
      'send',
      'sendsync',
      'on',
      'postmessage',
      'require',
      'process',
    ]) {
      expect(names).not.toContain(forbidden);
    }
    const { ipcRenderer } = await import('electron');
    for (const value of Object.values(host)) {
      expect(value).not.toBe(ipcRenderer);
      expect(Object.values(ipcRenderer)).not.toContain(value);
    }
  });

  it('sends a valid call on its own channel and returns main’s checked answer', async () => {
    electron.invoke.mockResolvedValueOnce({ status: 'cancelled' });
    const request = { documentId: null, suggestedName: 'Plan', text: '{}' };
    await expect(host.save?.(request)).resolves.toEqual({ status: 'cancelled' });
    expect(electron.invoke).toHaveBeenLastCalledWith(invokeContract.save.channel, request);
  });

  it('refuses malformed arguments before they leave the page', async () => {
    electron.invoke.mockClear();
    await expect(host.save?.({ documentId: '../x', suggestedName: 'a', text: '' })).rejects.toThrow(
      TypeError,
    );
    await expect(host.openRecent?.(42)).rejects.toThrow(TypeError);
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('refuses an answer from main that breaks the contract', async () => {
    electron.invoke.mockResolvedValueOnce({ status: 'opened', path: '/etc/passwd' });
    await expect(host.openFile?.()).rejects.toThrow(/invalid result/);
  });

  it('delivers only well-formed events, tells main once that the page listens, and unsubscribes', async () => {
    electron.invoke.mockClear();
    const seen: unknown[] = [];
    const unsubscribe = host.onEvent?.((event: unknown) => seen.push(event)) as () => void;
    host.onEvent?.(() => undefined);
    expect(
      electron.invoke.mock.calls.filter(([channel]) => channel === eventsReadyChannel),
    ).toHaveLength(1);

    electron.emit(eventChannel, { type: 'command', command: 'save' });
    electron.emit(eventChannel, { type: 'command', command: 'rm -rf' });
    electron.emit(eventChannel, {
      type: 'open-document',
      result: { status: 'opened', document: { documentId: 'a', name: 'x', text: '{}' }, extra: 1 },
    });
    expect(seen).toEqual([{ type: 'command', command: 'save' }]);

    unsubscribe();
    electron.emit(eventChannel, { type: 'command', command: 'open' });
    expect(seen).toHaveLength(1);
  });
});
