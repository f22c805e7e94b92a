import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where the Electron binary is, found the way `require('electron')` finds it but without calling
 * it: electron's index.js starts a download when the binary is missing, and neither `npm start`
 * nor a test may do that on a machine without internet (installs there use
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1).
 *
 * @param {{ folder?: string, env?: Record<string, string | undefined> }} [where]
 *   `folder` is the electron package's folder (found from this file when omitted).
 * @returns {{ path: string } | { reason: string }}
 */
export function electronBinary(where = {}) {
  const env = where.env ?? process.env;
  let folder = where.folder;
  if (folder === undefined) {
    try {
      folder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    } catch {
      return { reason: 'the electron package is not installed; run npm install' };
    }
  }
  const pathFile = join(folder, 'path.txt');
  if (!existsSync(pathFile))
    return {
      reason: 'the Electron binary was never downloaded: node_modules/electron/path.txt is missing',
    };
  const name = readFileSync(pathFile, 'utf8').trim();
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const path = override ? join(override, name) : join(folder, 'dist', name);
  return existsSync(path) ? { path } : { reason: `the Electron binary ${path} does not exist` };
}
