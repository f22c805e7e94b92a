import { originOf } from './origin';

/** Schemes that never leave the machine: the app's own files, inline data, devtools' own pages. */
const localSchemes = new Set(['app:', 'data:', 'blob:', 'devtools:', 'chrome-extension:']);

/**
 * Whether the app may make a network request. Yardstick works offline: nothing but its own pages
 * and, while developing, the dev server (and its hot-reload websocket) on this machine.
 */
export function isAllowedRequest(url: string, allowedOrigins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (localSchemes.has(parsed.protocol)) return true;
  const origin = originOf(url);
  if (origin === null) return false;
  if (allowedOrigins.includes(origin)) return true;
  // The dev server's websocket lives at the same host and port as its pages.
  if (parsed.protocol === 'ws:') return allowedOrigins.includes(origin.replace(/^ws:/, 'http:'));
  return false;
}
