import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHostService } from '../../../main/ipc/host-service';
import { RecoveryStore } from '../../../main/recovery/recovery-store';
import { RecentFilesStore } from '../../../main/store/recent-files';
import { SettingsStore } from '../../../main/store/settings-store';
import { WindowSession, WindowSessions } from '../../../main/window/window-session';
import { checkScenarioText } from '../../../shared/host/document-check';
import { bundle } from '../support/bundle';
import { useTempFolders } from '../support/temp';

const tempFolder = useTempFolders();

describe('autosave survives a killed process', () => {
  it('the next start finds the newest complete snapshot after SIGKILL mid-edit', async () => {
    const work = await tempFolder();
    const recoveryFolder = join(work, 'recovery');
    const child = await bundle({
      entry: 'test/main/recovery/autosave-child.ts',
      outDir: join(work, 'bin'),
      fileName: 'autosave-child.mjs',
      format: 'es',
    });

    const child_ = spawn(process.execPath, [child, recoveryFolder], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let stderr = '';
      child_.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child_.on('exit', (_code, signal) => resolve(signal)),
      );

      // Let it edit long enough for several snapshot writes, then kill it without warning.
      await new Promise<void>((resolve, reject) => {
        let lastEdit = 0;
        let buffered = '';
        child_.stdout.on('data', (chunk: Buffer) => {
          buffered += chunk.toString();
          const lines = buffered.split('\n');
          buffered = lines.pop() ?? '';
          for (const line of lines) lastEdit = Number(/^edit (\d+)$/.exec(line)?.[1] ?? lastEdit);
          if (lastEdit >= 60) resolve();
        });
        child_.on('exit', () => reject(new Error(`the child exited early: ${stderr}`)));
      });
      child_.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
    } finally {
      if (child_.exitCode === null && child_.signalCode === null) child_.kill('SIGKILL');
    }

    // "Next start": a fresh store on the same folder, as the app builds it at launch.
    const store = new RecoveryStore(recoveryFolder);
    await store.sweepTemporaryFiles();
    const found = await store.list();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ recoveryId: 'killed-session', fromFile: false });

    const snapshot = await store.read('killed-session');
    expect(snapshot).not.toBeNull();
    // The snapshot is whole, never half written: its text parses and matches its title.
    const text = JSON.parse(snapshot?.text ?? '') as { edit: number; filler: string };
    expect(text.filler).toHaveLength(256 * 1024);
    expect(snapshot?.title).toBe(`Edit ${text.edit}`);
    expect(text.edit).toBeGreaterThan(1);

    expect(await readdir(recoveryFolder)).toEqual(['killed-session.recovery.json']);

    // What the person sees at the next start: the host offers the work and restores it whole (the
    // renderer then opens it as unsaved, test/renderer/app/app-frame.test.tsx).
    const sessions = new WindowSessions();
    sessions.add(new WindowSession(1, store, () => undefined));
    const service = createHostService({
      sessions,
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
      validate: checkScenarioText,
      recentFiles: new RecentFilesStore(join(work, 'recent-files.json')),
      settings: new SettingsStore(join(work, 'settings.json')),
      recovery: store,
      app: {
        name: 'Yardstick',
        version: '0.1.0',
        platform: 'linux',
        systemLanguages: () => ['en'],
        documentsFolder: work,
      },
      renderPdf: async () => new Uint8Array(),
    });
    expect(await service.listRecoveries({ windowId: 1 })).toMatchObject([
      { recoveryId: 'killed-session', title: snapshot?.title, fromFile: false },
    ]);
    expect(await service.restoreRecovery({ windowId: 1 }, 'killed-session')).toMatchObject({
      status: 'restored',
      document: { name: snapshot?.title, text: snapshot?.text },
    });
  }, 30_000);
});
