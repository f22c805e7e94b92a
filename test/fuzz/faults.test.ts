import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeAtomicFs, type AtomicFs } from '../../main/files/atomic-write';
import { createHostService } from '../../main/ipc/host-service';
import { RecoveryStore } from '../../main/recovery/recovery-store';
import { RecentFilesStore } from '../../main/store/recent-files';
import { SettingsStore } from '../../main/store/settings-store';
import { WindowSession, WindowSessions } from '../../main/window/window-session';
import { checkScenarioText } from '../../shared/host/document-check';
import { hostIssueText } from '../../shared/host/issues';
import { pick, seededRandom } from './corpus/random';
import { FULL } from './support/mode';
import { Tally } from './support/tally';

/*
 * Long runs of saves on a disk that fails at random steps with random errors, and of other
 * programs changing the file in between. After every save the file on disk is either the last good
 * copy, byte for byte, or the new one; a failure says, in Chinese too, what happened to which
 * file; the edits are in the recovery folder; no temporary file is left behind.
 */

const tally = new Tally('faults', 'saved', 'failed with a translated message');
afterAll(() => console.log(tally.line()));

const STEPS = ['open', 'write', 'sync', 'close', 'rename', 'syncDirectory'] as const;
const CODES = ['ENOSPC', 'EDQUOT', 'EIO', 'EACCES', 'EPERM', 'EROFS', 'EBUSY', 'EMFILE'];
const example = await readFile('assets/examples/reference-a.json', 'utf8');

function withName(name: string): string {
  const document = JSON.parse(example) as { project: { name: string } };
  document.project.name = name;
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A disk that fails `step` with `code` once, then works. */
function failingOnce(step: (typeof STEPS)[number], code: string): AtomicFs {
  let failed = false;
  const real = nodeAtomicFs[step] as (...args: unknown[]) => Promise<unknown>;
  const once = async (...args: unknown[]): Promise<unknown> => {
    if (failed) return real(...args);
    failed = true;
    // A failed close still releases the descriptor, as the system's does.
    if (step === 'close') await real(...args);
    throw Object.assign(new Error(`injected ${code}`), { code });
  };
  return { ...nodeAtomicFs, [step]: once } as AtomicFs;
}

describe('saving on a failing disk, again and again', () => {
  it(
    'always keeps the last good copy or writes the new one whole, and says what failed',
    async () => {
      const folder = await mkdtemp(join(tmpdir(), 'yardstick-fuzz-faults-'));
      try {
        let disk: AtomicFs = nodeAtomicFs;
        const atomicFs = new Proxy(nodeAtomicFs, {
          get: (_target, key: keyof AtomicFs) => disk[key],
        });
        const data = join(folder, 'data');
        const sessions = new WindowSessions();
        const recovery = new RecoveryStore(join(data, 'recovery'));
        await mkdir(join(folder, 'docs'), { recursive: true });
        const service = createHostService({
          sessions,
          dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
          validate: checkScenarioText,
          recentFiles: new RecentFilesStore(join(data, 'recent-files.json')),
          settings: new SettingsStore(join(data, 'settings.json')),
          recovery,
          atomicFs,
          app: {
            name: 'Yardstick',
            version: '0.1.0',
            platform: 'linux',
            systemLanguages: () => ['zh-CN'],
            documentsFolder: folder,
          },
          renderPdf: async () => new Uint8Array(),
        });
        sessions.add(new WindowSession(1, recovery, () => undefined));
        const w1 = { windowId: 1 };
        const path = join(folder, 'docs', 'Plan.yardstick.json');
        await writeFile(path, example);
        const opened = await service.openPath(1, path);
        if (opened.status !== 'opened') throw new Error('the test file did not open');
        const { documentId } = opened.document;

        const random = seededRandom(20261125);
        let onDisk = example;
        const rounds = FULL ? 2_000 : 150;
        for (let round = 0; round < rounds; round += 1) {
          const what = `round ${round}`;
          const text = withName(`Plan, edit ${round}`);
          await service.documentChanged(w1, { documentId, title: 'Plan', dirty: true });
          await service.autosave(w1, { documentId, title: 'Plan', text });
          await sessions.require(1).autosaver.flush();
          // Now and then another program rewrites the file: the save must ask, not overwrite.
          const theirs = random() < 0.1;
          if (theirs) {
            onDisk = withName(`Their edit ${round}`);
            await writeFile(path, onDisk);
          }
          const step = pick(random, STEPS);
          const code = pick(random, CODES);
          disk = random() < 0.6 ? failingOnce(step, code) : nodeAtomicFs;
          tally.cases += 1;
          let result;
          try {
            result = await service.save(w1, { documentId, suggestedName: 'Plan', text });
            if (result.status === 'conflict')
              result = await service.save(w1, {
                documentId,
                suggestedName: 'Plan',
                text,
                force: true,
              });
          } catch (error) {
            tally.crash(what, `save threw ${String(error)}`);
            continue;
          }
          const now = await readFile(path, 'utf8');
          const stray = (await readdir(join(folder, 'docs'))).filter((name) =>
            name.endsWith('.tmp'),
          );
          if (stray.length > 0) tally.crash(what, `left ${stray.join(', ')}`);
          if (result.status === 'saved') {
            if (now !== text) tally.crash(what, 'reported saved, but the file is not the new text');
            onDisk = text;
            tally.loaded += 1;
          } else if (result.status === 'failed') {
            const [issue] = result.issues;
            const chinese = issue ? hostIssueText(issue, 'zh-CN') : '';
            if (now !== onDisk) tally.crash(what, 'a failed save changed the file');
            else if (!chinese.includes('Plan.yardstick.json') || chinese === issue?.message)
              tally.crash(what, `unclear message ${chinese}`);
            else tally.refused += 1;
          } else {
            tally.crash(what, `unexpected ${result.status}`);
          }
          // The edits are recoverable whatever happened to the save.
          const [summary] = await new RecoveryStore(join(data, 'recovery')).list();
          const snapshot = summary ? await recovery.read(summary.recoveryId) : null;
          if (result.status !== 'saved' && snapshot?.text !== text)
            tally.crash(what, 'the edits are not in the recovery folder');
        }
        expect(tally.crashes.slice(0, 20)).toEqual([]);
        expect(tally.loaded).toBeGreaterThan(0);
        expect(tally.refused).toBeGreaterThan(0);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
    FULL ? 600_000 : 120_000,
  );
});
