import { spawn, execFileSync } from 'node:child_process';
import {
  chmod,
  lchown,
  lstat,
  mkdir,
  open,
  readFile,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { readScenarioText } from '../../../main/cli/read-file';
import { nodeAtomicFs, writeFileAtomic } from '../../../main/files/atomic-write';
import { writeIssue } from '../../../main/files/fs-issues';
import { writeTargetOf } from '../../../main/files/write-target';
import { hostIssueText } from '../../../shared/host/issues';
import { EXAMPLES_DIR } from '../../helpers/scenarios';
import { useTempFolders } from '../support/temp';

/*
 * What `report -o`, `compare --report`, exports and saves do when the path given is not a plain
 * file: a pipe or a terminal is written into (a PDF sent to `pdftotext` through a FIFO is a
 * legitimate use), the null device is written into and stays the null device, any other device is
 * refused, and a symbolic link someone else planted in a folder everyone may write (/tmp) is never
 * followed. Device nodes are made with mknod in a temporary folder, so no test can replace the
 * machine's own /dev/null even if the code under test were wrong; that needs root.
 */

const tempFolder = useTempFolders();
const posix = process.platform !== 'win32';
const root = posix && process.getuid?.() === 0;
const PDF = new TextEncoder().encode('%PDF-1.7\n% a report\n%%EOF\n');

/** Starts `cat FIFO > OUT` and resolves with what it read once the writer closes. */
function readerOf(fifo: string, out: string): { done: Promise<string>; stop(): void } {
  const child = spawn('sh', ['-c', 'cat "$1" > "$2"', 'reader', fifo, out], { stdio: 'ignore' });
  const done = new Promise<string>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => resolve(readFile(out, 'utf8')));
  });
  return { done, stop: () => child.kill() };
}

describe.runIf(posix)('writing to a path that is not a plain file', () => {
  it('writes a PDF into a FIFO a program reads from, and the FIFO stays a FIFO', async () => {
    const folder = await tempFolder();
    const fifo = join(folder, 'report.pdf');
    execFileSync('mkfifo', [fifo]);
    const reader = readerOf(fifo, join(folder, 'received.pdf'));
    try {
      await writeFileAtomic(fifo, PDF);
      expect(await reader.done).toBe(new TextDecoder().decode(PDF));
      expect((await lstat(fifo)).isFIFO()).toBe(true);
    } finally {
      reader.stop();
    }
  });

  it('refuses a FIFO nobody reads from after a while, and leaves it a FIFO', async () => {
    const folder = await tempFolder();
    const fifo = join(folder, 'report.pdf');
    execFileSync('mkfifo', [fifo]);
    await expect(writeFileAtomic(fifo, PDF, { readerWaitMs: 200 })).rejects.toMatchObject({
      code: 'ENOREADER',
    });
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it('writes through an open descriptor (/dev/stdout redirected to a file) without replacing the file', async () => {
    const folder = await tempFolder();
    const out = join(folder, 'out.pdf');
    await writeFile(out, 'old');
    const handle = await open(out, 'r+');
    try {
      const before = (await handle.stat()).ino;
      // What /dev/stdout names when a shell ran `yardstick report … -o /dev/stdout > out.pdf`.
      await writeFileAtomic(`/proc/self/fd/${handle.fd}`, PDF);
      expect((await stat(out)).ino).toBe(before);
      expect(await readFile(out, 'utf8')).toBe(new TextDecoder().decode(PDF));
    } finally {
      await handle.close();
    }
  });

  it('refuses a folder with a clear code', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'out.pdf'));
    await expect(writeFileAtomic(join(folder, 'out.pdf'), PDF)).rejects.toMatchObject({
      code: 'EISDIR',
    });
  });
});

describe.runIf(root)('device nodes (made with mknod, so this needs root)', () => {
  it('writes into a null device and it stays that character device', async () => {
    const folder = await tempFolder();
    const device = join(folder, 'null');
    // Major 1, minor 3: the null device on Linux, as /dev/null is.
    execFileSync('mknod', ['-m', '666', device, 'c', '1', '3']);
    const before = await lstat(device);
    await writeFileAtomic(device, PDF);
    const after = await lstat(device);
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe(before.rdev);
    expect(after.ino).toBe(before.ino);
  });

  it('refuses any other character device (here /dev/zero’s numbers) and leaves it in place', async () => {
    const folder = await tempFolder();
    const device = join(folder, 'zero');
    execFileSync('mknod', ['-m', '666', device, 'c', '1', '5']);
    await expect(writeFileAtomic(device, PDF)).rejects.toMatchObject({ code: 'EDEVICE' });
    expect((await lstat(device)).isCharacterDevice()).toBe(true);
  });

  it('refuses a block device and leaves it in place', async () => {
    const folder = await tempFolder();
    const device = join(folder, 'disk');
    execFileSync('mknod', ['-m', '600', device, 'b', '7', '200']);
    await expect(writeFileAtomic(device, PDF)).rejects.toMatchObject({ code: 'EDEVICE' });
    expect((await lstat(device)).isBlockDevice()).toBe(true);
  });

  it('never follows a link another user planted in a sticky folder everyone may write', async () => {
    const shared = await tempFolder();
    await chmod(shared, 0o1777);
    const elsewhere = await tempFolder();
    const victim = join(elsewhere, 'precious.txt');
    await writeFile(victim, 'precious');
    const link = join(shared, 'report.pdf');
    await symlink(victim, link);
    await lchown(link, 12345, 12345);
    await expect(writeFileAtomic(link, PDF)).rejects.toMatchObject({ code: 'EUNSAFELINK' });
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });

  it('follows a link of its own in such a folder, as the system itself would', async () => {
    const shared = await tempFolder();
    await chmod(shared, 0o1777);
    const elsewhere = await tempFolder();
    const real = join(elsewhere, 'real.pdf');
    await writeFile(real, 'old');
    const link = join(shared, 'report.pdf');
    await symlink(real, link);
    await writeFileAtomic(link, PDF);
    expect(await readFile(real, 'utf8')).toBe(new TextDecoder().decode(PDF));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });
});

describe.runIf(posix)('the machine’s own /dev/null', () => {
  it('is recognised as the null device before anything is written to it', async () => {
    // Checked first, so a wrong classification fails here rather than replacing /dev/null.
    const target = await writeTargetOf(nodeAtomicFs, '/dev/null');
    expect(target).toMatchObject({ kind: 'device', isNull: true });
  });

  it('`report -o /dev/null` discards the PDF and /dev/null stays the character device it was', async () => {
    const target = await writeTargetOf(nodeAtomicFs, '/dev/null');
    expect(target).toMatchObject({ kind: 'device', isNull: true });
    const before = await lstat('/dev/null');
    let stderr = '';
    const code = await runCli(
      ['report', join(EXAMPLES_DIR, 'reference-a.json'), '-o', '/dev/null'],
      {
        stdout: () => undefined,
        stderr: (text) => (stderr += text),
        readFile: readScenarioText,
        printReport: async () => PDF,
      },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const after = await lstat('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.ino).toBe(before.ino);
    expect(after.rdev).toBe(before.rdev);
  });
});

describe.runIf(root)('what a person is told about a refused target', () => {
  it('names the file and says why, in English and Chinese', async () => {
    const folder = await tempFolder();
    const device = join(folder, 'zero');
    execFileSync('mknod', ['-m', '666', device, 'c', '1', '5']);
    const error = await writeFileAtomic(device, PDF).catch((caught: unknown) => caught);
    const issue = writeIssue(device, error);
    expect(issue.code).toBe('file.device');
    expect(issue.message).toContain('"zero" is a device');
    expect(hostIssueText(issue, 'zh-CN')).toContain('"zero" 是设备文件');
  });
});

describe.runIf(posix)('a link to nothing', () => {
  it('makes the file where the link points, and the link stays a link', async () => {
    const folder = await tempFolder();
    const link = join(folder, 'report.pdf');
    await symlink(join(folder, 'made.pdf'), link);
    await writeFileAtomic(link, PDF);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(join(folder, 'made.pdf'), 'utf8')).toBe(new TextDecoder().decode(PDF));
  });
});
