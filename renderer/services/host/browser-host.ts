import { commandForKey } from '../../../shared/host/commands';
import { checkScenarioText, type DocumentValidator } from '../../../shared/host/document-check';
import {
  safeFileName,
  SCENARIO_EXTENSION,
  withExtension,
} from '../../../shared/scenario/file-names';
import type { Host, Unsubscribe } from '../../../shared/host/host';
import { hostIssue, type HostIssue } from '../../../shared/host/issues';
import { MAX_RECENT_FILES } from '../../../shared/host/limits';
import { MAX_DOCUMENT_BYTES } from '../../../shared/scenario/document-text';
import { resolveLocale } from '../../../shared/i18n/locale';
import type {
  HostEvent,
  OpenResult,
  PrintResult,
  SaveRequest,
  SaveResult,
  Settings,
} from '../../../shared/host/schemas';
import { applySettingsPatch, settingsFrom } from '../../../shared/host/settings';
import type { ReportRequest } from '../../../shared/report/request';
import { browserExports } from './browser-exports';
import { browserRecovery } from './browser-recovery';
import { bytesOf, changedSince, stampOf, type FileStamp } from './file-stamp';
import { browserFileAccess, type FileAccess } from './files';
import { reasonOf } from './reason';
import { printInFrame } from './report-frame';
import { memoryHandleStore, type HandleStore } from './handle-store';
import { liveCopies, type LiveCopies } from './live-copies';
import { readJson, readRecent, storageKeys, writeJson, type RecentEntry } from './local-records';

export interface BrowserHostOptions {
  window: Window;
  version: string;
  validate?: DocumentValidator;
  storage?: Storage;
  handles?: HandleStore;
  files?: FileAccess;
  /** Off: always `<input type=file>` and downloads, even where Chromium has the File System Access API. */
  preferFileSystemAccess?: boolean;
  autosaveIntervalMs?: number;
  /** Prints a report (default: the report page in a frame, then the print dialog). */
  printReport?: (report: ReportRequest) => Promise<PrintResult>;
  /** Which recovery copies other tabs are writing (default: Web Locks, else a BroadcastChannel). */
  liveCopies?: LiveCopies;
}

export interface BrowserHost extends Host {
  /** Removes the host's page listeners (tests create several hosts in one page). */
  dispose(): void;
}

interface OpenDocument {
  name: string;
  handle: FileSystemFileHandle | null;
  recentId: string | null;
  /** The file as last read or written here, to notice another program's change before a save. */
  stamp?: FileStamp | null;
}

const scenarioType = {
  description: 'Yardstick scenario',
  extensions: ['.json'],
  mime: 'application/json',
};
function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || typeof element.tagName !== 'string') return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/**
 * The `Host` for the renderer running as a plain web page: how the end-to-end tests drive the real
 * interface and how anyone can try Yardstick without installing it. Files are picked and saved
 * with the File System Access API where Chromium has it, and with a file input and downloads
 * elsewhere; settings, recent files and unsaved work live in localStorage (file handles in
 * IndexedDB); "print to PDF" is the report page in a frame, given to the browser's print dialog.
 */
export function createBrowserHost(options: BrowserHostOptions): BrowserHost {
  const win = options.window;
  const printReport = options.printReport ?? ((report) => printInFrame(win, report));
  const storage = options.storage ?? win.localStorage;
  const handles = options.handles ?? memoryHandleStore();
  const validate = options.validate ?? checkScenarioText;
  const files =
    options.files ??
    browserFileAccess(win, { preferFileSystemAccess: options.preferFileSystemAccess ?? true });
  const listeners = new Set<(event: HostEvent) => void>();
  const documents = new Map<string, OpenDocument>();
  let dirty = false;

  const newId = (): string => {
    const crypto = win.crypto as Crypto | undefined;
    if (crypto?.randomUUID) return crypto.randomUUID();
    const bytes = new Uint8Array(16);
    crypto?.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('') || String(Date.now());
  };

  const live = options.liveCopies ?? liveCopies(win);
  const recovery = browserRecovery({
    win,
    storage,
    live,
    recoveryId: newId(),
    ...(options.autosaveIntervalMs === undefined ? {} : { intervalMs: options.autosaveIntervalMs }),
  });
  const { autosaver } = recovery;
  const register = (document: OpenDocument): string => {
    const id = newId();
    documents.set(id, document);
    return id;
  };

  const failedOpen = (name: string | null, issues: HostIssue[]): OpenResult => ({
    status: 'failed',
    name,
    issues,
  });

  async function rememberRecent(name: string, handle: FileSystemFileHandle): Promise<string> {
    const entries = readRecent(storage);
    let recentId: string | null = null;
    for (const entry of entries) {
      const known = await handles.get(entry.recentId).catch(() => undefined);
      if (known && (await known.isSameEntry(handle).catch(() => false))) recentId = entry.recentId;
    }
    recentId ??= newId();
    await handles.put(recentId, handle).catch(() => undefined);
    const next: RecentEntry[] = [
      { recentId, name, openedAt: new Date().toISOString() },
      ...entries.filter((e) => e.recentId !== recentId),
    ];
    for (const dropped of next.slice(MAX_RECENT_FILES))
      await handles.delete(dropped.recentId).catch(() => undefined);
    try {
      writeJson(storage, storageKeys.recent, next.slice(0, MAX_RECENT_FILES));
    } catch {
      // A full or disabled localStorage only costs the recent list.
    }
    return recentId;
  }

  async function openPicked(file: File, handle: FileSystemFileHandle | null): Promise<OpenResult> {
    const name = file.name || 'Untitled';
    if (file.size > MAX_DOCUMENT_BYTES) {
      return failedOpen(name, [
        hostIssue('file.tooLarge', { file: name, size: file.size, limit: MAX_DOCUMENT_BYTES }),
      ]);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await bytesOf(file));
    } catch {
      return failedOpen(name, [hostIssue('file.notUtf8', { file: name })]);
    }
    const check = validate(text, name);
    if (!check.ok) return failedOpen(name, check.issues);
    const recentId = handle ? await rememberRecent(name, handle) : null;
    const stamp = handle ? { lastModified: file.lastModified, size: file.size, text } : null;
    const documentId = register({ name, handle, recentId, stamp });
    return { status: 'opened', document: { documentId, name, text } };
  }

  async function writeDocument(
    request: SaveRequest,
    target: FileSystemFileHandle | 'download',
    fallbackName: string,
  ): Promise<SaveResult> {
    const name = target === 'download' ? fallbackName : target.name;
    const size = new TextEncoder().encode(request.text).byteLength;
    if (size > MAX_DOCUMENT_BYTES) {
      return {
        status: 'failed',
        issues: [hostIssue('document.tooLarge', { size, limit: MAX_DOCUMENT_BYTES })],
      };
    }
    const check = validate(request.text, name);
    if (!check.ok) return { status: 'failed', issues: check.issues };
    const blob = new Blob([request.text], { type: 'application/json' });
    try {
      if (target === 'download') files.download(name, blob);
      else await files.writeHandle(target, blob);
    } catch (error) {
      return {
        status: 'failed',
        issues: [hostIssue('file.writeFailed', { file: name, reason: reasonOf(error) })],
      };
    }
    const handle = target === 'download' ? null : target;
    const recentId = handle ? await rememberRecent(name, handle) : null;
    const stamp = handle ? await stampOf(handle) : null;
    const known = request.documentId === null ? undefined : documents.get(request.documentId);
    let documentId = request.documentId;
    if (documentId !== null && known) documents.set(documentId, { name, handle, recentId, stamp });
    else documentId = register({ name, handle, recentId, stamp });
    return { status: 'saved', document: { documentId, name } };
  }

  async function saveAs(request: SaveRequest): Promise<SaveResult> {
    const suggestedName = withExtension(safeFileName(request.suggestedName), SCENARIO_EXTENSION);
    let target: FileSystemFileHandle | 'download' | null;
    try {
      target = await files.pickSaveTarget({ suggestedName, ...scenarioType });
    } catch (error) {
      return {
        status: 'failed',
        issues: [hostIssue('file.writeFailed', { file: suggestedName, reason: reasonOf(error) })],
      };
    }
    return target === null
      ? { status: 'cancelled' }
      : writeDocument(request, target, suggestedName);
  }

  const exports = browserExports(files);

  const loadSettings = (): Settings => settingsFrom(readJson(storage, storageKeys.settings));

  const onKey = (event: KeyboardEvent): void => {
    if (listeners.size === 0) return;
    const mac = /mac|iphone|ipad/i.test(win.navigator.platform || win.navigator.userAgent);
    const command = commandForKey(event, mac);
    if (command === null) return;
    // Inside a text field, undo and redo belong to the field.
    if ((command === 'undo' || command === 'redo') && isEditable(event.target)) return;
    event.preventDefault();
    for (const listener of listeners) listener({ type: 'command', command });
  };
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = '';
  };
  const onPageHide = (): void => {
    void autosaver.flush();
  };
  win.addEventListener('keydown', onKey);
  win.addEventListener('beforeunload', onBeforeUnload);
  win.addEventListener('pagehide', onPageHide);

  const host: BrowserHost = {
    async appInfo() {
      const systemLocale = win.navigator.language || 'en';
      return {
        name: 'Yardstick',
        version: options.version,
        host: 'browser',
        platform: 'web',
        systemLocale,
        locale: resolveLocale(loadSettings().locale, [
          ...(win.navigator.languages ?? []),
          systemLocale,
        ]),
        pdf: 'print-dialog',
      };
    },

    async openFile() {
      const picked = await files.pickFile(scenarioType).catch(() => null);
      return picked === null ? { status: 'cancelled' } : openPicked(picked.file, picked.handle);
    },

    async openRecent(recentId) {
      const entry = readRecent(storage).find((e) => e.recentId === recentId);
      const handle = entry ? await handles.get(recentId).catch(() => undefined) : undefined;
      const file = entry?.name ?? recentId;
      if (!handle)
        return failedOpen(entry?.name ?? null, [hostIssue('recent.unavailable', { file })]);
      try {
        if (
          handle.queryPermission &&
          (await handle.queryPermission({ mode: 'read' })) !== 'granted'
        ) {
          if ((await handle.requestPermission?.({ mode: 'read' })) !== 'granted') {
            return failedOpen(file, [hostIssue('file.noPermission', { file })]);
          }
        }
        return await openPicked(await handle.getFile(), handle);
      } catch (error) {
        const notFound = error instanceof DOMException && error.name === 'NotFoundError';
        return failedOpen(file, [
          notFound
            ? hostIssue('file.notFound', { file })
            : hostIssue('file.readFailed', { file, reason: reasonOf(error) }),
        ]);
      }
    },

    async recentFiles() {
      return readRecent(storage).map((entry) => ({ ...entry, location: '' }));
    },

    async clearRecentFiles() {
      storage.removeItem(storageKeys.recent);
      await handles.clear().catch(() => undefined);
    },

    async save(request) {
      if (request.documentId === null) return saveAs(request);
      const known = documents.get(request.documentId);
      if (!known) return { status: 'failed', issues: [hostIssue('document.unknown')] };
      if (!known.handle) return saveAs(request);
      // As on the desktop: a file another program changed is not overwritten unasked.
      if (request.force !== true && known.stamp && (await changedSince(known.handle, known.stamp)))
        return { status: 'conflict', name: known.name };
      return writeDocument(request, known.handle, known.name);
    },

    saveAs,

    ...exports,

    printToPdf: (request) => printReport(request.report),

    async getSettings() {
      return loadSettings();
    },

    async updateSettings(patch) {
      const next = applySettingsPatch(loadSettings(), patch);
      try {
        writeJson(storage, storageKeys.settings, next);
      } catch {
        // Storage full or disabled: the setting holds for this page only.
      }
      return next;
    },

    async documentChanged(state) {
      // The page sets its own (translated) title; the host only needs to know about unsaved work.
      dirty = state.dirty;
      if (!state.dirty) await autosaver.discard();
    },

    async autosave(snapshot) {
      if (!dirty) return;
      const known = snapshot.documentId === null ? undefined : documents.get(snapshot.documentId);
      autosaver.update({
        title: snapshot.title,
        text: snapshot.text,
        recentId: known?.recentId ?? null,
      });
    },

    listRecoveries: () => recovery.list(),

    async restoreRecovery(recoveryId) {
      const taken = await recovery.take(recoveryId);
      if (!taken.ok) return { status: 'failed', issues: [taken.issue] };
      const { record } = taken;
      const handle =
        record.recentId === null
          ? undefined
          : await handles.get(record.recentId).catch(() => undefined);
      const name = handle?.name ?? record.title;
      const documentId = register({
        name,
        handle: handle ?? null,
        recentId: handle ? record.recentId : null,
      });
      return { status: 'restored', document: { documentId, name, text: record.text } };
    },

    discardRecovery: (recoveryId) => recovery.discard(recoveryId),

    onEvent(listener): Unsubscribe {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    dispose() {
      win.removeEventListener('keydown', onKey);
      win.removeEventListener('beforeunload', onBeforeUnload);
      win.removeEventListener('pagehide', onPageHide);
      listeners.clear();
      live.dispose();
    },
  };
  return host;
}
