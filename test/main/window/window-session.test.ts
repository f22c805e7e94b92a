import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../../main/recovery/recovery-store';
import { WindowSession, WindowSessions } from '../../../main/window/window-session';
import type { HostEvent } from '../../../shared/host/schemas';
import { useTempFolders } from '../support/temp';

const tempFolder = useTempFolders();

describe('WindowSession', () => {
  it('holds events until the page listens, and again after a reload', async () => {
    const sent: HostEvent[] = [];
    const session = new WindowSession(1, new RecoveryStore(await tempFolder()), (e) =>
      sent.push(e),
    );
    const open: HostEvent = { type: 'open-document', result: { status: 'cancelled' } };
    session.emit(open);
    expect(sent).toEqual([]);
    session.startListening();
    expect(sent).toEqual([open]);
    session.emit({ type: 'command', command: 'save' });
    expect(sent).toHaveLength(2);
    session.pageReloaded();
    session.emit({ type: 'command', command: 'undo' });
    expect(sent).toHaveLength(2);
    session.startListening();
    expect(sent).toHaveLength(3);
  });

  it('hands out document handles that name no path and differ each time', async () => {
    const session = new WindowSession(1, new RecoveryStore(await tempFolder()), () => undefined);
    const a = session.registerDocument(join('/', 'a.json'));
    const b = session.registerDocument(join('/', 'a.json'));
    expect(a).not.toBe(b);
    expect(a).not.toContain('a.json');
    expect(a).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(session.pathOf(a)).toBe('/a.json');
    expect(session.pathOf('other')).toBeUndefined();
  });

  it('knows which snapshots are live work of open windows', async () => {
    const store = new RecoveryStore(await tempFolder());
    const sessions = new WindowSessions();
    const one = sessions.add(new WindowSession(1, store, () => undefined));
    const two = sessions.add(new WindowSession(2, store, () => undefined));
    expect(sessions.liveRecoveryIds()).toEqual(
      new Set([one.autosaver.recoveryId, two.autosaver.recoveryId]),
    );
    sessions.delete(1);
    expect(sessions.liveRecoveryIds()).toEqual(new Set([two.autosaver.recoveryId]));
  });
});
