import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkScenarioText } from '../../../shared/host/document-check';
import { readDocument } from '../../../main/files/read-document';
import { validScenarioText } from '../support/scenario';
import { useTempFolders } from '../support/temp';

const tempFolder = useTempFolders();
const accept = () => ({ ok: true as const });

describe('readDocument', () => {
  it('reads a valid scenario file', async () => {
    const path = join(await tempFolder(), 'Line 3.yardstick.json');
    await writeFile(path, validScenarioText);
    const read = await readDocument(path, { validate: checkScenarioText });
    expect(read).toEqual({ ok: true, text: validScenarioText, name: 'Line 3.yardstick.json' });
  });

  it('drops a UTF-8 byte-order mark', async () => {
    const path = join(await tempFolder(), 'bom.json');
    await writeFile(path, `\uFEFF${validScenarioText}`);
    const read = await readDocument(path, { validate: checkScenarioText });
    expect(read.ok && read.text).toBe(validScenarioText);
  });

  it('refuses an oversized file from its size, without reading or validating it', async () => {
    const path = join(await tempFolder(), 'huge.yardstick.json');
    await writeFile(path, '');
    await truncate(path, 6 * 1024 * 1024); // sparse: costs no disk
    const validate = vi.fn(accept);
    const read = await readDocument(path, { validate });
    expect(read).toMatchObject({ ok: false, name: 'huge.yardstick.json' });
    expect(!read.ok && read.issues[0]).toMatchObject({
      code: 'file.tooLarge',
      params: { file: 'huge.yardstick.json', size: 6 * 1024 * 1024, limit: 5 * 1024 * 1024 },
    });
    expect(!read.ok && read.issues[0]?.message).toContain('huge.yardstick.json');
    expect(validate).not.toHaveBeenCalled();
  });

  it('refuses a folder, a missing file and bytes that are not UTF-8, naming the file', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'folder.yardstick.json'));
    await writeFile(join(folder, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    const code = async (name: string) => {
      const read = await readDocument(join(folder, name), { validate: accept });
      return read.ok ? 'ok' : `${read.issues[0]?.code} ${read.issues[0]?.params.file}`;
    };
    expect(await code('folder.yardstick.json')).toBe('file.notAFile folder.yardstick.json');
    expect(await code('gone.json')).toBe('file.notFound gone.json');
    expect(await code('latin1.json')).toBe('file.notUtf8 latin1.json');
  });

  it.each([
    [
      'a __proto__ key',
      '{"format":"yardstick.scenario","version":1,"__proto__":{"polluted":true}}',
    ],
    ['deep nesting', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['a newer version', '{"format":"yardstick.scenario","version":999}'],
    ['not a scenario', '{"hello":"world"}'],
    ['broken JSON', '{"format": "yardstick.scenario",'],
    ['a huge number', '{"format":"yardstick.scenario","version":1e308}'],
  ])('refuses %s with the scenario loader’s message, never crashing', async (_what, text) => {
    const path = join(await tempFolder(), 'hostile.yardstick.json');
    await writeFile(path, text);
    const read = await readDocument(path, { validate: checkScenarioText });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.length).toBeGreaterThan(0);
    for (const found of read.issues) {
      expect(found.message).toContain('hostile.yardstick.json');
      expect(found.code).not.toBe('');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
