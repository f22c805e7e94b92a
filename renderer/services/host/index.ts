import './zod-without-eval';
import type { Host } from '../../../shared/host/host';
import { createBrowserHost } from './browser-host';
import { indexedDbHandleStore, memoryHandleStore } from './handle-store';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser. */
    readonly yardstick?: Host;
  }
}

/**
 * The Host the interface talks to: Electron's (exposed by the preload as `window.yardstick`) when
 * the page runs in the desktop app, the browser host otherwise.
 */
export function resolveHost(win: Window = window, version = __APP_VERSION__): Host {
  if (win.yardstick) return win.yardstick;
  return createBrowserHost({
    window: win,
    version,
    handles: win.indexedDB ? indexedDbHandleStore(win.indexedDB) : memoryHandleStore(),
  });
}

export type { Host };
