import { describe, expect, it } from 'vitest';
import { Autosaver, type AutosaveClock, type SnapshotSink } from '../../../shared/host/autosaver';

/** A clock the test moves by hand, and a sink that records what reached "the disk". */
function harness(intervalMs = 3000) {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextTimer = 1;
  const clock: AutosaveClock = {
    now: () => now,
    setTimer: (run, ms) => {
      timers.set(nextTimer, { at: now + ms, run });
      return nextTimer++;
    },
    clearTimer: (id) => timers.delete(id as number),
  };
  const disk = new Map<string, string>();
  const log: string[] = [];
  const sink: SnapshotSink<string> = {
    write: async (id, text) => {
      log.push(`write ${id} ${text}`);
      disk.set(id, text);
    },
    discard: async (id) => {
      log.push(`discard ${id}`);
      disk.delete(id);
    },
  };
  const saver = new Autosaver(sink, 'session', clock, { intervalMs });
  const advance = async (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at <= now) {
        timers.delete(id);
        timer.run();
      }
    }
    await saver.settled();
  };
  return { saver, disk, log, advance, pendingTimers: () => timers.size };
}

describe('Autosaver', () => {
  it('writes the first change at once and then at most once per interval, always the newest text', async () => {
    const { saver, log, advance } = harness();
    saver.update('a');
    await advance(0);
    expect(log).toEqual(['write session a']);

    saver.update('b');
    saver.update('c');
    await advance(2999);
    expect(log).toHaveLength(1);
    await advance(1);
    expect(log).toEqual(['write session a', 'write session c']);
  });

  it('flush writes pending work immediately; discard forgets it and removes the snapshot', async () => {
    const { saver, disk, advance, pendingTimers } = harness();
    saver.update('a');
    await saver.flush();
    expect(disk.get('session')).toBe('a');
    saver.update('b');
    await saver.discard();
    expect(pendingTimers()).toBe(0);
    await advance(10_000);
    expect(disk.has('session')).toBe(false);
  });

  it('adopt continues a restored snapshot and drops its own', async () => {
    const { saver, disk, advance } = harness();
    saver.update('mine');
    await advance(0);
    disk.set('restored', 'old work');
    await saver.adopt('restored');
    expect(saver.recoveryId).toBe('restored');
    expect(disk.has('session')).toBe(false);
    saver.update('newer work');
    await advance(0);
    expect(disk.get('restored')).toBe('newer work');
  });

  it('rotate leaves the crashed page’s snapshot for recovery and starts a new one', async () => {
    const { saver, disk, advance } = harness();
    saver.update('before the crash');
    await saver.rotate('next');
    expect(disk.get('session')).toBe('before the crash');
    saver.update('after');
    await advance(0);
    expect(disk.get('next')).toBe('after');
    expect(disk.get('session')).toBe('before the crash');
  });

  it('never lets a failed write escape into the edit that caused it', async () => {
    const errors: unknown[] = [];
    const saver = new Autosaver<string>(
      { write: async () => Promise.reject(new Error('disk full')), discard: async () => undefined },
      'id',
      { now: () => 0, setTimer: (run) => (run(), 0), clearTimer: () => undefined },
      { onError: (e) => errors.push(e) },
    );
    expect(() => saver.update('x')).not.toThrow();
    await saver.flush();
    expect(errors).toHaveLength(1);
  });
});
