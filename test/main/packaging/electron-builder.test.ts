import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

type Config = Record<string, unknown> & {
  directories?: { output?: string };
  files?: ({ filter?: string[] } | string)[];
  fileAssociations?: { ext: string; name: string }[];
  electronFuses?: Record<string, boolean>;
  mac?: { target?: unknown; icon?: string };
  win?: { target?: unknown; icon?: string };
  linux?: { target?: unknown; icon?: string };
  nsis?: { perMachine?: boolean };
};

/** electron-builder's own loader and schema check (app-builder-lib), which run offline. */
const builder = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

const targets = (platform: { target?: unknown } | undefined): string[] =>
  ([] as unknown[])
    .concat(platform?.target ?? [])
    .map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));

describe('electron-builder.yml', () => {
  let config: Config;
  beforeAll(async () => {
    config = await builder.getConfig(process.cwd(), 'electron-builder.yml', null);
  });

  it('passes electron-builder’s own configuration schema', async () => {
    await expect(
      builder.validateConfiguration(config, new DebugLogger(false)),
    ).resolves.toBeUndefined();
    // The check is real: an unknown option is refused.
    await expect(
      builder.validateConfiguration({ ...config, fileAssociation: [] }, new DebugLogger(false)),
    ).rejects.toThrow();
  });

  it('names the app, packs the build into dist/, and targets every platform', async () => {
    expect(config.appId).toBe('org.yardstick.app');
    expect(config.productName).toBe('Yardstick');
    expect(config.directories?.output).toBe('dist');
    const files = (config.files ?? []).flatMap((set) =>
      typeof set === 'string' ? [set] : (set.filter ?? []),
    );
    expect(files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(targets(config.win)).toEqual(['nsis']);
    expect(targets(config.mac)).toEqual(['dmg']);
    expect(targets(config.linux)).toEqual(['AppImage', 'deb']);
    expect(config.nsis?.perMachine).toBe(true); // needed for the Windows file association
  });

  it('associates scenario files with the app', async () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'yardstick.json', name: 'Yardstick scenario' }),
    ]);
  });

  it('flips the Electron fuses an offline desktop app does not need', async () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('uses a 512x512 RGBA PNG icon for every platform', async () => {
    for (const platform of [config.mac, config.win, config.linux])
      expect(platform?.icon).toBe('assets/icons/icon.png');
    const png = readFileSync('assets/icons/icon.png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([
      512, 512, 8, 6,
    ]);
    // The image data inflates to 512 rows of a filter byte plus 512 RGBA pixels.
    const idat = png.indexOf('IDAT');
    const length = png.readUInt32BE(idat - 4);
    expect(inflateSync(png.subarray(idat + 4, idat + 4 + length)).length).toBe(512 * (1 + 512 * 4));
  });
});
