import { appEntryUrl, appOrigin, originOf } from './origin';

export interface RendererEntry {
  /** What the window loads. */
  url: string;
  /** Origins whose pages may navigate the window and call the host. */
  allowedOrigins: string[];
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The page a window loads: the built app from `app://`, or, only while developing an unpackaged
 * app, electron-vite's dev server on this machine. A packaged build ignores ELECTRON_RENDERER_URL,
 * so no environment variable can point an installed app at a remote page.
 */
export function rendererEntry(options: {
  isPackaged: boolean;
  devServerUrl: string | undefined;
}): RendererEntry {
  const production = { url: appEntryUrl, allowedOrigins: [appOrigin] };
  if (options.isPackaged || !options.devServerUrl) return production;
  let dev: URL;
  try {
    dev = new URL(options.devServerUrl);
  } catch {
    return production;
  }
  if (dev.protocol !== 'http:' || !loopbackHosts.has(dev.hostname)) return production;
  const origin = originOf(dev.href);
  return origin === null ? production : { url: dev.href, allowedOrigins: [origin] };
}
