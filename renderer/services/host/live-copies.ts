/*
 * Every tab of the browser build keeps its unsaved work in the one localStorage of the origin, so
 * each tab sees the others' recovery copies. A copy another tab is still writing is not crashed
 * work: offering it would hand one document to two tabs, and "Discard" would delete live work.
 * Each tab therefore marks the copies it writes as its own while it lives:
 *
 * - with the Web Locks API (Chromium, Firefox, Safari 15.4+): one exclusive lock per copy, held
 *   until the tab lets it go — or closes or crashes, when the browser releases it. A copy whose
 *   lock someone holds is live;
 * - without it, over a BroadcastChannel: a tab asks who holds which copies and waits briefly for
 *   the answers; a tab that crashed cannot answer, so its copies are offered.
 */

export interface LiveCopies {
  /** Marks a copy as this tab's; false when another tab holds it already. */
  claim(recoveryId: string): Promise<boolean>;
  /** This tab no longer writes the copy (restored elsewhere, saved, or the tab closes). */
  release(recoveryId: string): void;
  /** The copies other tabs hold now. */
  heldElsewhere(): Promise<ReadonlySet<string>>;
  dispose(): void;
}

const LOCK_PREFIX = 'yardstick.recovery.';
const CHANNEL = 'yardstick.recovery';
/** How long a tab waits for the others to say which copies they hold. */
const ANSWER_WAIT_MS = 150;

function webLocks(locks: LockManager): LiveCopies {
  const mine = new Map<string, () => void>();
  return {
    claim(recoveryId) {
      if (mine.has(recoveryId)) return Promise.resolve(true);
      return new Promise<boolean>((granted) => {
        void locks
          .request(`${LOCK_PREFIX}${recoveryId}`, { ifAvailable: true }, (lock) => {
            if (lock === null) {
              granted(false);
              return undefined;
            }
            granted(true);
            // Held until released here, or until the tab goes away.
            return new Promise<void>((release) => mine.set(recoveryId, release));
          })
          .catch(() => granted(false));
      });
    },
    release(recoveryId) {
      mine.get(recoveryId)?.();
      mine.delete(recoveryId);
    },
    async heldElsewhere() {
      const state = await locks.query().catch(() => ({ held: [] }) as LockManagerSnapshot);
      return new Set(
        (state.held ?? [])
          .map((lock) => lock.name ?? '')
          .filter((name) => name.startsWith(LOCK_PREFIX))
          .map((name) => name.slice(LOCK_PREFIX.length))
          .filter((id) => !mine.has(id)),
      );
    },
    dispose() {
      for (const release of mine.values()) release();
      mine.clear();
    },
  };
}

type Message =
  | { readonly type: 'who-holds'; readonly question: string }
  | { readonly type: 'holds'; readonly question: string; readonly ids: readonly string[] };

function broadcast(open: () => BroadcastChannel, wait: (ms: number) => Promise<void>): LiveCopies {
  const mine = new Set<string>();
  const channel = open();
  const answers = new Map<string, Set<string>>();
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message?.type === 'who-holds')
      channel.postMessage({ type: 'holds', question: message.question, ids: [...mine] });
    else if (message?.type === 'holds')
      for (const id of message.ids) answers.get(message.question)?.add(id);
  };
  const heldElsewhere = async (): Promise<ReadonlySet<string>> => {
    const question = `${Date.now()}-${Math.random()}`;
    const held = new Set<string>();
    answers.set(question, held);
    channel.postMessage({ type: 'who-holds', question });
    await wait(ANSWER_WAIT_MS);
    answers.delete(question);
    return held;
  };
  return {
    async claim(recoveryId) {
      if (mine.has(recoveryId)) return true;
      // Marked at once, so a tab asking meanwhile hears of it; given up if another tab holds it.
      mine.add(recoveryId);
      if (!(await heldElsewhere()).has(recoveryId)) return true;
      mine.delete(recoveryId);
      return false;
    },
    release(recoveryId) {
      mine.delete(recoveryId);
    },
    heldElsewhere,
    dispose() {
      mine.clear();
      channel.close();
    },
  };
}

/** Only one tab can exist (no locks, no channel): nothing is held elsewhere. */
const single: LiveCopies = {
  claim: async () => true,
  release: () => undefined,
  heldElsewhere: async () => new Set(),
  dispose: () => undefined,
};

export function liveCopies(win: Window): LiveCopies {
  const locks = (win.navigator as Navigator & { locks?: LockManager }).locks;
  if (locks !== undefined && typeof locks.request === 'function') return webLocks(locks);
  const Channel =
    (win as Window & { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel ??
    (globalThis as { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  if (typeof Channel === 'function')
    return broadcast(
      () => new Channel(CHANNEL),
      (ms) => new Promise((resolve) => win.setTimeout(resolve, ms)),
    );
  return single;
}
