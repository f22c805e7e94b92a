import { randomBytes } from 'node:crypto';
import type { HostEvent } from '../../shared/host/schemas';
import { Autosaver, type AutosaveClock, type AutosaverOptions } from '../../shared/host/autosaver';
import { nodeClock, recoverySink, type PendingSnapshot } from '../recovery/recovery-sink';
import { newRecoveryId, type RecoveryStore } from '../recovery/recovery-store';
import { CloseGuard } from './close-guard';

function newDocumentId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * What main keeps for one window: the files its page may write (by opaque id), its unsaved-work
 * autosaver, its close guard, and the events waiting for its page to listen.
 */
export class WindowSession {
  readonly closeGuard = new CloseGuard();
  readonly autosaver: Autosaver<PendingSnapshot>;
  title = 'Untitled';
  currentDocumentId: string | null = null;
  private readonly documents = new Map<string, string | null>();
  private listening = false;
  private readonly queued: HostEvent[] = [];

  constructor(
    readonly windowId: number,
    recovery: RecoveryStore,
    private readonly send: (event: HostEvent) => void,
    autosave: { clock?: AutosaveClock; options?: AutosaverOptions } = {},
  ) {
    this.autosaver = new Autosaver(
      recoverySink(recovery),
      newRecoveryId(),
      autosave.clock ?? nodeClock,
      {
        onError: (error) => console.error('Autosave failed:', error),
        ...autosave.options,
      },
    );
  }

  /** A handle for a file (or for work with no file yet) that only this window's page can use. */
  registerDocument(path: string | null): string {
    const id = newDocumentId();
    this.documents.set(id, path);
    return id;
  }

  /** The file behind a handle: a path, null for "no file yet", undefined for an unknown handle. */
  pathOf(documentId: string): string | null | undefined {
    return this.documents.get(documentId);
  }

  /** After Save As, the same handle points at the new file. */
  rebind(documentId: string, path: string): void {
    if (this.documents.has(documentId)) this.documents.set(documentId, path);
  }

  /** The file of the document the page shows now, if it has one. */
  currentPath(): string | null {
    return this.currentDocumentId === null ? null : (this.pathOf(this.currentDocumentId) ?? null);
  }

  emit(event: HostEvent): void {
    if (this.listening) this.send(event);
    else this.queued.push(event);
  }

  /** The page subscribed: deliver what waited for it (a file the OS asked to open at start). */
  startListening(): void {
    this.listening = true;
    for (const event of this.queued.splice(0)) this.send(event);
  }

  /** A reload starts a new page, which must subscribe again before it gets events. */
  pageReloaded(): void {
    this.listening = false;
  }
}

export class WindowSessions {
  private readonly sessions = new Map<number, WindowSession>();

  add(session: WindowSession): WindowSession {
    this.sessions.set(session.windowId, session);
    return session;
  }

  get(windowId: number): WindowSession | undefined {
    return this.sessions.get(windowId);
  }

  require(windowId: number): WindowSession {
    const session = this.sessions.get(windowId);
    if (!session) throw new Error(`Window ${windowId} has no session.`);
    return session;
  }

  delete(windowId: number): void {
    this.sessions.delete(windowId);
  }

  all(): WindowSession[] {
    return [...this.sessions.values()];
  }

  /** Snapshots of open windows are live work, not something to offer for recovery. */
  liveRecoveryIds(): Set<string> {
    return new Set(this.all().map((s) => s.autosaver.recoveryId));
  }
}
