import { chmod, mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeAtomicFs, type AtomicFs } from '../../../main/files/atomic-write';
import { createHostService, type FileDialogs } from '../../../main/ipc/host-service';
import { RecoveryStore } from '../../../main/recovery/recovery-store';
import { RecentFilesStore } from '../../../main/store/recent-files';
import { SettingsStore } from '../../../main/store/settings-store';
import { WindowSession, WindowSessions } from '../../../main/window/window-session';
import { checkScenarioText } from '../../../shared/host/document-check';
import { hostIssueText } from '../../../shared/host/issues';
import { validScenarioText, withProjectName } from '../support/scenario';
import { useTempFolders } from '../support/temp';

/*
 * What a person keeps when saving goes wrong: the file on disk is the previous good copy, byte for
 * byte; the edits are still in the window and in the recovery folder; the message says what
 * happened to which file, in their language. And a file another program changed is never
 * overwritten without asking.
 */

const tempFolder = useTempFolders();
const w1 = { windowId: 1 };
type Step = 'open' | 'write' | 'sync' | 'close' | 'rename' | 'syncDirectory';

function injected(code: string, step: string): Error {
  return Object.assign(new Error(`injected ${code} at ${step}`), { code });
}

/** Node's file operations with `step` failing as `code` would, or never finishing ('hang'). */
function faultyDisk(step: Step, code: string | 'hang'): AtomicFs {
  const fail = async (): Promise<never> => {
    if (code === 'hang') return new Promise<never>(() => undefined);
    throw injected(code, step);
  };
  return {
    ...nodeAtomicFs,
    [step]:
      step === 'write'
        ? async (handle: Parameters<AtomicFs['write']>[0], data: Uint8Array) => {
            // A write cut short leaves a partial temporary file, as a full disk does.
            await nodeAtomicFs.write(handle, data.subarray(0, 10));
            return fail();
          }
        : step === 'close'
          ? async (handle: Parameters<AtomicFs['close']>[0]) => {
              await handle.close();
              return fail();
            }
          : fail,
  };
}

async function desktop(folder: string, atomicFs?: AtomicFs) {
  const data = join(folder, 'data');
  await mkdir(join(folder, 'Documents'), { recursive: true });
  const sessions = new WindowSessions();
  const recovery = new RecoveryStore(join(data, 'recovery'));
  const answers: string[] = [];
  const next = async () => answers.shift() ?? null;
  const dialogs: FileDialogs = { chooseOpenPath: next, chooseSavePath: next };
  const service = createHostService({
    sessions,
    dialogs,
    validate: checkScenarioText,
    recentFiles: new RecentFilesStore(join(data, 'recent-files.json')),
    settings: new SettingsStore(join(data, 'settings.json')),
    recovery,
    ...(atomicFs ? { atomicFs } : {}),
    app: {
      name: 'Yardstick',
      version: '0.1.0',
      platform: 'linux',
      systemLanguages: () => ['zh-CN'],
      documentsFolder: join(folder, 'Documents'),
    },
    renderPdf: async () => new Uint8Array(),
  });
  sessions.add(new WindowSession(1, recovery, () => undefined));
  return { service, sessions, answers, recoveryFolder: join(data, 'recovery') };
}

/** Opens the file, edits it, and lets the window autosave the edit, as the renderer does. */
async function openAndEdit(folder: string, atomicFs?: AtomicFs) {
  const host = await desktop(folder, atomicFs);
  const path = join(folder, 'Line 3.yardstick.json');
  await writeFile(path, validScenarioText);
  const opened = await host.service.openPath(1, path);
  if (opened.status !== 'opened') throw new Error('the test file did not open');
  const documentId = opened.document.documentId;
  const edited = withProjectName('Line 3, revised');
  await host.service.documentChanged(w1, { documentId, title: 'Line 3', dirty: true });
  await host.service.autosave(w1, { documentId, title: 'Line 3', text: edited });
  await host.sessions.require(1).autosaver.flush();
  const save = (force?: boolean) =>
    host.service.save(w1, {
      documentId,
      suggestedName: 'Line 3',
      text: edited,
      ...(force === undefined ? {} : { force }),
    });
  return { ...host, path, documentId, edited, save };
}

/** Whether this process writes into a folder it made read-only (it does as root). */
async function permissionsIgnored(folder: string): Promise<boolean> {
  const locked = join(folder, 'locked');
  await mkdir(locked);
  await chmod(locked, 0o555);
  const wrote = await writeFile(join(locked, 'probe'), '').then(
    () => true,
    () => false,
  );
  await chmod(locked, 0o755);
  await rm(locked, { recursive: true });
  return wrote;
}

/** The recovery folder as the next start reads it: the edits must be there. */
async function recoveredTexts(folder: string): Promise<string[]> {
  const store = new RecoveryStore(folder);
  const found = await store.list();
  return Promise.all(found.map(async (item) => (await store.read(item.recoveryId))?.text ?? ''));
}

describe('a save that fails keeps the previous copy and the edits', () => {
  it.each<Step>(['open', 'write', 'sync', 'close', 'rename'])(
    'with the disk full at %s: a translated "disk full" naming the file, the old copy intact',
    async (step) => {
      const folder = await tempFolder();
      const host = await openAndEdit(folder, faultyDisk(step, 'ENOSPC'));

      const result = await host.save();
      expect(result).toMatchObject({
        status: 'failed',
        issues: [{ code: 'file.diskFull', params: { file: 'Line 3.yardstick.json' } }],
      });
      const [issue] = result.status === 'failed' ? result.issues : [];
      expect(issue && hostIssueText(issue, 'zh-CN')).toBe(
        '磁盘已满："Line 3.yardstick.json" 未保存；原有文件未被改动。',
      );
      expect(await readFile(host.path, 'utf8')).toBe(validScenarioText);
      expect((await readdir(folder)).sort()).toEqual([
        'Documents',
        'Line 3.yardstick.json',
        'data',
      ]);
      expect(await recoveredTexts(host.recoveryFolder)).toEqual([host.edited]);
    },
  );

  it('counts a save whose folder flush failed as saved: the new content is complete', async () => {
    const folder = await tempFolder();
    const host = await openAndEdit(folder, faultyDisk('syncDirectory', 'EIO'));
    expect(await host.save()).toMatchObject({ status: 'saved' });
    expect(await readFile(host.path, 'utf8')).toBe(host.edited);
  });

  it.each<Step>(['open', 'write', 'sync', 'close', 'rename'])(
    'leaves the previous copy whole while the save is stuck at %s (as if the app died there)',
    async (step) => {
      const folder = await tempFolder();
      const host = await openAndEdit(folder, faultyDisk(step, 'hang'));
      void host.save();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await readFile(host.path, 'utf8')).toBe(validScenarioText);
      expect(await recoveredTexts(host.recoveryFolder)).toEqual([host.edited]);
    },
  );

  it('refuses to write into a read-only folder, saying so, and keeps the old copy', async () => {
    const folder = await tempFolder();
    // As root, permissions do not stop a write: then the refusal the OS would give is injected.
    const ignored = await permissionsIgnored(folder);
    if (ignored) console.log('save-faults: permissions do not stop root; injecting EACCES');
    const host = await openAndEdit(folder, ignored ? faultyDisk('open', 'EACCES') : undefined);
    await chmod(folder, 0o555);
    try {
      expect(await host.save()).toMatchObject({
        status: 'failed',
        issues: [{ code: 'file.noPermission', params: { file: 'Line 3.yardstick.json' } }],
      });
    } finally {
      await chmod(folder, 0o755);
    }
    expect(await readFile(host.path, 'utf8')).toBe(validScenarioText);
    expect(await recoveredTexts(host.recoveryFolder)).toEqual([host.edited]);
  });

  it('reports a read-only disk as such', async () => {
    const folder = await tempFolder();
    const host = await openAndEdit(folder, faultyDisk('open', 'EROFS'));
    const result = await host.save();
    expect(result).toMatchObject({ status: 'failed', issues: [{ code: 'file.readOnly' }] });
    expect(await readFile(host.path, 'utf8')).toBe(validScenarioText);
  });
});

describe('a file changed by another program while open', () => {
  it('is not overwritten: the save asks, and overwrites only when told to', async () => {
    const folder = await tempFolder();
    const host = await openAndEdit(folder);
    const theirs = withProjectName('Changed by a colleague');
    await writeFile(host.path, theirs);

    expect(await host.save()).toEqual({ status: 'conflict', name: 'Line 3.yardstick.json' });
    expect(await readFile(host.path, 'utf8')).toBe(theirs);
    expect(await recoveredTexts(host.recoveryFolder)).toEqual([host.edited]);

    expect(await host.save(true)).toMatchObject({ status: 'saved' });
    expect(await readFile(host.path, 'utf8')).toBe(host.edited);
  });

  it('is noticed after the app’s own save too, and not confused with it', async () => {
    const folder = await tempFolder();
    const host = await openAndEdit(folder);
    expect(await host.save()).toMatchObject({ status: 'saved' });
    expect(await host.save()).toMatchObject({ status: 'saved' });
    await writeFile(host.path, withProjectName('Changed after our save'));
    expect(await host.save()).toMatchObject({ status: 'conflict' });
  });

  it('counts a file that was only touched (same content, new time) as unchanged', async () => {
    const folder = await tempFolder();
    const host = await openAndEdit(folder);
    const later = new Date(Date.now() + 60_000);
    await utimes(host.path, later, later);
    expect(await host.save()).toMatchObject({ status: 'saved' });
  });

  it('notices a change that keeps the size, from the content', async () => {
    const folder = await tempFolder();
    const host = await openAndEdit(folder);
    const sameLength = validScenarioText.replace('Reference', 'Referencf');
    expect(sameLength).not.toBe(validScenarioText);
    await writeFile(host.path, sameLength);
    expect(await host.save()).toMatchObject({ status: 'conflict' });
  });

  it('writes a file deleted while open again, since there is nothing left to overwrite', async () => {
    const folder = await tempFolder();
    const host = await openAndEdit(folder);
    await rm(host.path);
    expect(await host.save()).toMatchObject({ status: 'saved' });
    expect(await readFile(host.path, 'utf8')).toBe(host.edited);
  });
});
