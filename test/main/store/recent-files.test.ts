import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recentIdOf, RecentFilesStore } from '../../../main/store/recent-files';
import { useTempFolders } from '../support/temp';

const tempFolder = useTempFolders();
const day = (n: number) => new Date(Date.UTC(2025, 0, n));

describe('RecentFilesStore', () => {
  it('lists files newest first with an opaque id, a name and a folder', async () => {
    const store = new RecentFilesStore(join(await tempFolder(), 'recent.json'), 'linux');
    await store.add('/work/a.yardstick.json', day(1));
    await store.add('/work/b.yardstick.json', day(2));
    const list = await store.list();
    expect(list.map((f) => f.name)).toEqual(['b.yardstick.json', 'a.yardstick.json']);
    expect(list[0]).toEqual({
      recentId: recentIdOf('/work/b.yardstick.json'),
      name: 'b.yardstick.json',
      location: '/work',
      openedAt: day(2).toISOString(),
    });
    expect(list[0]?.recentId).not.toContain('/');
    expect(await store.resolve(list[1]?.recentId ?? '')).toBe('/work/a.yardstick.json');
    expect(await store.resolve('unknown')).toBeNull();
  });

  it('moves a reopened file to the top, keeps ten, and ignores case where the OS does', async () => {
    const store = new RecentFilesStore(join(await tempFolder(), 'recent.json'), 'win32');
    for (let i = 0; i < 12; i += 1) await store.add(`C:\\plans\\p${i}.yardstick.json`, day(i + 1));
    await store.add('C:\\PLANS\\P5.yardstick.json', day(20));
    const names = (await store.list()).map((f) => f.name);
    expect(names).toHaveLength(10);
    expect(names[0]).toBe('P5.yardstick.json');
    expect(names.filter((n) => n.toLowerCase() === 'p5.yardstick.json')).toHaveLength(1);
  });

  it('removes and clears, and survives a damaged file', async () => {
    const file = join(await tempFolder(), 'recent.json');
    const store = new RecentFilesStore(file, 'linux');
    await store.add('/a.json');
    await store.add('/b.json');
    await store.remove('/a.json');
    expect(await store.paths()).toEqual(['/b.json']);
    await store.clear();
    expect(await store.paths()).toEqual([]);
    await writeFile(
      file,
      JSON.stringify([{ path: '/ok.json', openedAt: day(1).toISOString() }, { path: 42 }, 'junk']),
    );
    expect(await store.paths()).toEqual(['/ok.json']);
  });
});
