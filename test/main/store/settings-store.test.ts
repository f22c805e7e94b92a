import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../main/store/settings-store';
import { defaultSettings } from '../../../shared/host/schemas';
import { useTempFolders } from '../support/temp';

const tempFolder = useTempFolders();

describe('SettingsStore', () => {
  it('starts from the defaults and keeps what is changed', async () => {
    const file = join(await tempFolder(), 'settings.json');
    const store = new SettingsStore(file);
    expect(await store.load()).toEqual(defaultSettings);
    expect(await store.update({ locale: 'zh-CN' })).toEqual({
      ...defaultSettings,
      locale: 'zh-CN',
    });
    expect(await new SettingsStore(file).load()).toEqual({ ...defaultSettings, locale: 'zh-CN' });
  });

  it('keeps every field it understands from a damaged or newer file', async () => {
    const file = join(await tempFolder(), 'settings.json');
    await writeFile(
      file,
      JSON.stringify({ locale: 'zh-CN', amountScale: 'gazillions', fromTheFuture: 1 }),
    );
    expect(await new SettingsStore(file).load()).toEqual({
      locale: 'zh-CN',
      amountScale: 'auto',
      preparer: '',
    });
    await writeFile(file, 'not json at all');
    expect(await new SettingsStore(file).load()).toEqual(defaultSettings);
  });

  it('does not lose either of two quick changes', async () => {
    const file = join(await tempFolder(), 'settings.json');
    const store = new SettingsStore(file);
    await Promise.all([
      store.update({ locale: 'en' }),
      store.update({ amountScale: 'ten-thousand' }),
    ]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      locale: 'en',
      amountScale: 'ten-thousand',
      preparer: '',
    });
  });
});
