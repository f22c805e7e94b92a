import { readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../../main/recovery/recovery-store';
import { MAX_DOCUMENT_BYTES } from '../../../shared/scenario/document-text';
import { useTempFolders } from '../support/temp';

const tempFolder = useTempFolders();

describe('RecoveryStore', () => {
  it('lists readable snapshots newest first, without the windows open now', async () => {
    const store = new RecoveryStore(join(await tempFolder(), 'recovery'));
    await store.write({
      recoveryId: 'old',
      title: 'Old',
      savedAt: '2025-01-01T00:00:00.000Z',
      documentPath: null,
      text: 'a',
    });
    await store.write({
      recoveryId: 'new',
      title: 'New',
      savedAt: '2025-02-01T00:00:00.000Z',
      documentPath: '/x/plan.yardstick.json',
      text: 'b',
    });
    await store.write({
      recoveryId: 'live',
      title: 'Live',
      savedAt: '2025-03-01T00:00:00.000Z',
      documentPath: null,
      text: 'c',
    });
    expect(await store.list(new Set(['live']))).toEqual([
      { recoveryId: 'new', title: 'New', savedAt: '2025-02-01T00:00:00.000Z', fromFile: true },
      { recoveryId: 'old', title: 'Old', savedAt: '2025-01-01T00:00:00.000Z', fromFile: false },
    ]);
  });

  it('skips damaged, foreign and oddly named files instead of failing', async () => {
    const folder = join(await tempFolder(), 'recovery');
    await mkdir(folder);
    const store = new RecoveryStore(folder);
    await writeFile(join(folder, 'broken.recovery.json'), '{"format":');
    await writeFile(
      join(folder, 'other.recovery.json'),
      JSON.stringify({ format: 'something else' }),
    );
    await writeFile(join(folder, 'evil..recovery.json'), '{}');
    // A snapshot copied under another id is not that id's snapshot.
    await store.write({
      recoveryId: 'a',
      title: 'A',
      savedAt: '2025-01-01T00:00:00.000Z',
      documentPath: null,
      text: 'x',
    });
    await writeFile(
      join(folder, 'b.recovery.json'),
      JSON.stringify({ ...(await store.read('a')) }),
    );
    expect((await store.list()).map((s) => s.recoveryId)).toEqual(['a']);
    expect(await store.read('broken')).toBeNull();
  });

  it('never writes a snapshot larger than it would read back', async () => {
    const store = new RecoveryStore(join(await tempFolder(), 'recovery'));
    // Within the document's length in characters, but three bytes each in UTF-8.
    const wide = '中'.repeat(4_000_000);
    const writing = store.write({
      recoveryId: 'wide',
      title: 'Wide',
      savedAt: '2025-01-01T00:00:00.000Z',
      documentPath: null,
      text: wide,
    });
    await expect(writing).rejects.toThrow(/recovery copy .* bytes/);
    expect(await readdir(store.folder)).toEqual([]);

    // The largest document the app saves is recovered whole.
    const largest = `"${'\\'.repeat((MAX_DOCUMENT_BYTES - 2) / 2)}"`;
    await store.write({
      recoveryId: 'largest',
      title: 'Largest',
      savedAt: '2025-01-01T00:00:00.000Z',
      documentPath: null,
      text: largest,
    });
    expect((await store.read('largest'))?.text).toBe(largest);
  });

  it('refuses ids that could name a path', async () => {
    const store = new RecoveryStore(await tempFolder());
    await expect(store.discard('../settings')).rejects.toThrow();
    await expect(store.read('../../etc/passwd')).resolves.toBeNull();
  });

  it('sweeps the temporary files a killed writer left behind, and nothing else', async () => {
    const folder = await tempFolder();
    const store = new RecoveryStore(folder);
    await store.write({
      recoveryId: 'a',
      title: 'A',
      savedAt: '2025-01-01T00:00:00.000Z',
      documentPath: null,
      text: 'x',
    });
    await writeFile(join(folder, '.a.recovery.json.0123456789ab.tmp'), 'half a snap');
    await store.sweepTemporaryFiles();
    expect(await readdir(folder)).toEqual(['a.recovery.json']);
  });
});
