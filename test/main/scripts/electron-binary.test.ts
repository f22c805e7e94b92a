import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBinary } from '../../../scripts/electron-binary.mjs';

/*
 * `npm start` and the Electron smoke test decide from this probe whether the desktop app can run;
 * without a binary they serve the browser build or skip, each saying why.
 */
describe('electronBinary', () => {
  const folders: string[] = [];
  const packageFolder = (): string => {
    const folder = mkdtempSync(join(tmpdir(), 'yardstick-electron-'));
    folders.push(folder);
    return folder;
  };
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('says the binary was never downloaded when path.txt is missing', () => {
    const result = electronBinary({ folder: packageFolder(), env: {} });
    expect(result).toEqual({
      reason: 'the Electron binary was never downloaded: node_modules/electron/path.txt is missing',
    });
  });

  it('names the missing file when path.txt points at nothing', () => {
    const folder = packageFolder();
    writeFileSync(join(folder, 'path.txt'), 'electron');
    const result = electronBinary({ folder, env: {} });
    expect(result).toEqual({
      reason: `the Electron binary ${join(folder, 'dist', 'electron')} does not exist`,
    });
  });

  it('finds the binary in dist/, or under ELECTRON_OVERRIDE_DIST_PATH', () => {
    const folder = packageFolder();
    writeFileSync(join(folder, 'path.txt'), 'electron\n');
    mkdirSync(join(folder, 'dist'));
    writeFileSync(join(folder, 'dist', 'electron'), '');
    expect(electronBinary({ folder, env: {} })).toEqual({ path: join(folder, 'dist', 'electron') });

    const elsewhere = packageFolder();
    writeFileSync(join(elsewhere, 'electron'), '');
    expect(electronBinary({ folder, env: { ELECTRON_OVERRIDE_DIST_PATH: elsewhere } })).toEqual({
      path: join(elsewhere, 'electron'),
    });
  });
});
