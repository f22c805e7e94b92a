import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { resolveConfig } from 'electron-vite';
import { build, type InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { hostMethodNames } from '../../../shared/host/contract';
import { useTempFolders } from '../support/temp';

const tempFolder = useTempFolders();

/** The preload exactly as `electron-vite build` makes it (the project's own config), into a temp folder. */
async function buildPreload(): Promise<string> {
  const outDir = await tempFolder();
  const resolved = await resolveConfig(
    { build: { outDir }, logLevel: 'silent' },
    'build',
    'production',
  );
  const preload = resolved.config?.preload as InlineConfig | undefined;
  if (!preload) throw new Error('electron.vite.config.ts has no preload build');
  await build({ ...preload, configFile: false, logLevel: 'silent' });
  return readFile(join(outDir, 'preload', 'index.cjs'), 'utf8');
}

describe('the built preload', () => {
  it('is one CommonJS file that requires nothing but electron, as a sandboxed preload must be', async () => {
    const code = await buildPreload();
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    // A sandboxed preload can require only a few Electron modules: every dependency (zod) must be
    // bundled in. electron.vite.config.ts needs `externalizeDeps: false` in preload.build for that.
    expect(required).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*import\s/m);

    // Run it the way a sandboxed renderer does: a bare context whose require knows only electron.
    const exposed: Record<string, unknown> = {};
    const electron = {
      contextBridge: {
        exposeInMainWorld: (name: string, value: unknown) => (exposed[name] = value),
      },
      ipcRenderer: {
        invoke: async () => undefined,
        on: () => undefined,
        removeListener: () => undefined,
      },
    };
    const module = { exports: {} };
    runInNewContext(code, {
      require: (name: string) => {
        if (name === 'electron') return electron;
        throw new Error(`module not found: ${name}`);
      },
      module,
      exports: module.exports,
      console,
    });
    expect(Object.keys(exposed)).toEqual(['yardstick']);
    expect(Object.keys(exposed.yardstick as object).sort()).toEqual([...hostMethodNames].sort());
  }, 60_000);
});
