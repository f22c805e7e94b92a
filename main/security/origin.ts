/** The app's pages are served from `app://yardstick/…` (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'yardstick';
export const appOrigin = `${APP_SCHEME}://${APP_HOST}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null. Node's `URL.origin` is the string "null" for schemes
 * it does not know (such as `app:`), which would make every custom-scheme URL look alike.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

export function hasAllowedOrigin(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

/** What main knows about the frame that sent an IPC message. */
export interface SenderFrame {
  /** The frame's URL; null when the frame is gone (navigated away or destroyed). */
  url: string | null;
  /** Only the top frame of a window is the app; an embedded frame never is. */
  isMainFrame: boolean;
}

/** IPC is answered only for the top frame of one of the app's own pages. */
export function isTrustedSender(sender: SenderFrame, allowedOrigins: readonly string[]): boolean {
  return sender.isMainFrame && sender.url !== null && hasAllowedOrigin(sender.url, allowedOrigins);
}

/** A window may only ever show the app's own pages: everything else is refused, not opened. */
export function isAllowedNavigation(url: string, allowedOrigins: readonly string[]): boolean {
  return hasAllowedOrigin(url, allowedOrigins);
}
