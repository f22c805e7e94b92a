import { promises as fsp } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from '../../shared/host/csp';
import { APP_HOST, APP_SCHEME } from './origin';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that an `app://yardstick/…` URL names, or null for anything else: another
 * host, a path that climbs out of the root (also when percent-encoded), a NUL byte.
 */
export function resolveAppAsset(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative =
    pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = resolve(root);
  const file = resolve(base, relative);
  return file.startsWith(base + sep) ? file : null;
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

/** Every response carries the CSP as a header too: it holds even for a page without the meta tag. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Answers one request of the app protocol from the built renderer folder, in plain Node. Symlinks
 * are resolved and must stay inside the root, so a link in the build output cannot expose the disk.
 */
export async function serveAppRequest(
  root: string,
  requestUrl: string,
  method = 'GET',
): Promise<AppResponse> {
  const refuse = (status: number): AppResponse => ({
    status,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
    body: null,
  });
  if (method !== 'GET' && method !== 'HEAD') return refuse(405);
  const file = resolveAppAsset(root, requestUrl);
  if (file === null) return refuse(404);
  try {
    const [realRoot, realFile] = await Promise.all([fsp.realpath(root), fsp.realpath(file)]);
    if (!realFile.startsWith(realRoot + sep)) return refuse(404);
    const info = await fsp.stat(realFile);
    if (!info.isFile()) return refuse(404);
    const body = method === 'HEAD' ? null : new Uint8Array(await fsp.readFile(realFile));
    return {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': contentTypeOf(file) },
      body,
    };
  } catch {
    return refuse(404);
  }
}
