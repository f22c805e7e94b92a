import { readdir, readFile, stat, symlink, writeFile, chmod, lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AtomicWriteError,
  nodeAtomicFs,
  writeFileAtomic,
  type AtomicFs,
  type AtomicStep,
} from '../../../main/files/atomic-write';
import { useTempFolders } from '../support/temp';

const tempFolder = useTempFolders();

/** Node's file operations, except that `step` fails with `code` (as a full disk would). */
function failingAt(step: AtomicStep, code = 'ENOSPC'): AtomicFs {
  const fail = async (): Promise<never> => {
    throw Object.assign(new Error(`injected ${code} at ${step}`), { code });
  };
  return {
    ...nodeAtomicFs,
    open: step === 'open' ? fail : nodeAtomicFs.open,
    // A failed write still leaves a partly written temporary file behind, as a real one would.
    write:
      step === 'write'
        ? async (handle, data) => {
            await nodeAtomicFs.write(handle, data.subarray(0, 3));
            return fail();
          }
        : nodeAtomicFs.write,
    sync: step === 'sync' ? fail : nodeAtomicFs.sync,
    // A failed close still releases the descriptor, so nothing leaks from the test.
    close:
      step === 'close'
        ? async (handle) => {
            await handle.close();
            return fail();
          }
        : nodeAtomicFs.close,
    rename: step === 'rename' ? fail : nodeAtomicFs.rename,
  };
}

const steps: AtomicStep[] = ['open', 'write', 'sync', 'close', 'rename'];

describe('writeFileAtomic', () => {
  it('replaces the content of a file and leaves nothing else in the folder', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'plan.yardstick.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, '{"new":true}');
    expect(await readFile(target, 'utf8')).toBe('{"new":true}');
    expect(await readdir(folder)).toEqual(['plan.yardstick.json']);
  });

  it('creates a file that did not exist', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'new.yardstick.json');
    await writeFileAtomic(target, new Uint8Array([0x7b, 0x7d]));
    expect(await readFile(target, 'utf8')).toBe('{}');
  });

  it.each(steps)(
    'keeps the previous copy intact and no temporary file when %s fails',
    async (step) => {
      const folder = await tempFolder();
      const target = join(folder, 'plan.yardstick.json');
      await writeFile(target, 'the previous good copy');

      const attempt = writeFileAtomic(target, 'x'.repeat(100_000), { fs: failingAt(step) });
      await expect(attempt).rejects.toBeInstanceOf(AtomicWriteError);
      await expect(attempt).rejects.toMatchObject({ step, code: 'ENOSPC' });

      expect(await readFile(target, 'utf8')).toBe('the previous good copy');
      expect(await readdir(folder)).toEqual(['plan.yardstick.json']);
    },
  );

  it.each(steps)('leaves no file at all when %s fails on a new file', async (step) => {
    const folder = await tempFolder();
    await expect(
      writeFileAtomic(join(folder, 'new.json'), 'text', { fs: failingAt(step) }),
    ).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });

  it('never touches a file that already sits at the temporary name', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'plan.json');
    await writeFile(target, 'old');
    // 'wx' refuses an existing temporary path; that refusal must not delete someone else's file.
    const squatter = join(folder, 'squatter');
    await writeFile(squatter, 'not ours');
    const fs: AtomicFs = {
      ...nodeAtomicFs,
      open: (_p, flags, mode) => nodeAtomicFs.open(squatter, flags, mode),
    };
    await expect(writeFileAtomic(target, 'new', { fs })).rejects.toMatchObject({
      step: 'open',
      code: 'EEXIST',
    });
    expect(await readFile(squatter, 'utf8')).toBe('not ours');
    expect(await readFile(target, 'utf8')).toBe('old');
  });

  it('flushes the data before renaming it over the target', async () => {
    const folder = await tempFolder();
    const order: string[] = [];
    const fs: AtomicFs = {
      ...nodeAtomicFs,
      write: async (h, d) => {
        order.push('write');
        await nodeAtomicFs.write(h, d);
      },
      sync: async (h) => {
        order.push('sync');
        await nodeAtomicFs.sync(h);
      },
      close: async (h) => {
        order.push('close');
        await nodeAtomicFs.close(h);
      },
      rename: async (a, b) => {
        order.push('rename');
        await nodeAtomicFs.rename(a, b);
      },
      syncDirectory: async (p) => {
        order.push('sync folder');
        await nodeAtomicFs.syncDirectory(p);
      },
    };
    await writeFileAtomic(join(folder, 'a.json'), 'text', { fs });
    expect(order).toEqual(['write', 'sync', 'close', 'rename', 'sync folder']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    if (process.platform === 'win32') return;
    const folder = await tempFolder();
    const target = join(folder, 'private.json');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('writes through a symbolic link instead of replacing the link', async () => {
    if (process.platform === 'win32') return;
    const folder = await tempFolder();
    const real = join(folder, 'real.json');
    const link = join(folder, 'link.json');
    await writeFile(real, 'old');
    await symlink(real, link);
    await writeFileAtomic(link, 'new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('new');
  });

  it('retries a rename that a virus scanner briefly blocks, then gives up', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'plan.json');
    await writeFile(target, 'old');
    let refusals = 2;
    const fs: AtomicFs = {
      ...nodeAtomicFs,
      rename: async (a, b) => {
        if (refusals-- > 0) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
        await nodeAtomicFs.rename(a, b);
      },
    };
    await writeFileAtomic(target, 'new', { fs, renameRetries: 3, sleep: async () => undefined });
    expect(await readFile(target, 'utf8')).toBe('new');

    refusals = 10;
    await expect(
      writeFileAtomic(target, 'newer', { fs, renameRetries: 3, sleep: async () => undefined }),
    ).rejects.toMatchObject({ step: 'rename', code: 'EBUSY' });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['plan.json']);
  });
});
