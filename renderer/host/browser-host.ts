import { Autosaver, type SnapshotSink } from '../../shared/host/autosaver';
import { commandForKey } from '../../shared/host/commands';
import { checkScenarioText, type DocumentValidator } from '../../shared/host/document-check';
import { exportProblem } from '../../shared/host/export/check';
import { workbookToCsv } from '../../shared/host/export/csv';
import { safeFileName, SCENARIO_EXTENSION, withExtension } from '../../shared/scenario/file-names';
import type { Host, Unsubscribe } from '../../shared/host/host';
import { hostIssue, type HostIssue } from '../../shared/host/issues';
import { MAX_RECENT_FILES } from '../../shared/host/limits';
import { MAX_DOCUMENT_BYTES } from '../../shared/scenario/document-text';
import { resolveLocale } from '../../shared/i18n/locale';
import { scenarioOfDocument } from '../../shared/export/formula-workbook/scenario-of-document';
import { FormulaExportRequestSchema } from '../../shared/host/schemas';
import type {
  ExportRequest,
  ExportResult,
  HostEvent,
  OpenResult,
  PrintResult,
  SaveRequest,
  SaveResult,
  Settings,
} from '../../shared/host/schemas';
import { applySettingsPatch, settingsFrom } from '../../shared/host/settings';
import type { ReportRequest } from '../../shared/report/request';
import { browserFileAccess, type FileAccess } from './files';
import { printInFrame } from './report-frame';
import { memoryHandleStore, type HandleStore } from './handle-store';
import { liveCopies, type LiveCopies } from './live-copies';
import {
  readJson,
  readRecent,
  readRecovery,
  recoveryIds,
  RecoveryRecordSchema,
  storageKeys,
  writeJson,
  type RecentEntry,
  type RecoveryRecord,
} from './local-records';

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

/**
 * A file as last read or written here. As on the desktop, time and size decide cheaply and the
 * content decides when they differ, so a file that was only touched is not a conflict.
 */
interface FileStamp {
  lastModified: number;
  size: number;
  text: string;
}

async function stampOf(handle: FileSystemFileHandle): Promise<FileStamp | null> {
  try {
    const file = await handle.getFile();
    return { lastModified: file.lastModified, size: file.size, text: await file.text() };
  } catch {
    return null;
  }
}

async function changedSince(handle: FileSystemFileHandle, known: FileStamp): Promise<boolean> {
  let file: File;
  try {
    file = await handle.getFile();
  } catch {
    return false; // Gone: writing it again loses nothing.
  }
  if (file.lastModified === known.lastModified && file.size === known.size) return false;
  return (await file.text()) !== known.text;
}

type PendingRecovery = Pick<RecoveryRecord, 'title' | 'text' | 'recentId'>;

const scenarioType = {
  description: 'Yardstick scenario',
  extensions: ['.json'],
  mime: 'application/json',
};
const exportTypes = {
  csv: { description: 'CSV', extensions: ['.csv'], mime: 'text/csv' },
  xlsx: {
    description: 'Excel workbook',
    extensions: ['.xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
} as const;

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || typeof element.tagName !== 'string') return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

async function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

function reasonOf(error: unknown): string {
  return error instanceof DOMException || error instanceof Error ? error.name : 'error';
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
  const recoverySink: SnapshotSink<PendingRecovery> = {
    write: async (recoveryId, snapshot, savedAt) => {
      const record: RecoveryRecord = { recoveryId, savedAt: savedAt.toISOString(), ...snapshot };
      // A copy the reader would refuse is no copy: an error now (logged) rather than a promise of
      // recovery that cannot be kept.
      if (!RecoveryRecordSchema.safeParse(record).success)
        throw new Error(
          `The recovery copy of ${snapshot.text.length} characters would not be read back; nothing was kept.`,
        );
      writeJson(storage, storageKeys.recoveryPrefix + recoveryId, record);
    },
    discard: async (recoveryId) => storage.removeItem(storageKeys.recoveryPrefix + recoveryId),
  };
  const autosaver = new Autosaver(
    recoverySink,
    newId(),
    {
      now: () => Date.now(),
      setTimer: (run, ms) => win.setTimeout(run, ms),
      clearTimer: (timer) => win.clearTimeout(timer as number),
    },
    {
      ...(options.autosaveIntervalMs === undefined
        ? {}
        : { intervalMs: options.autosaveIntervalMs }),
      onError: (error) => console.error('Autosave failed:', error),
    },
  );

  // This tab's own copy is marked live from the start, so no other tab offers it.
  void live.claim(autosaver.recoveryId);

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

  /** Asks where (or downloads), makes the file, writes it: every export, whatever it holds. */
  async function exportFile(
    name: string,
    format: 'csv' | 'xlsx',
    problem: string | null,
    makeBlob: () => Promise<Blob>,
  ): Promise<ExportResult> {
    const type = exportTypes[format];
    const suggestedName = withExtension(safeFileName(name), type.extensions[0] ?? '');
    if (problem !== null)
      return {
        status: 'failed',
        issues: [hostIssue('export.failed', { file: suggestedName, reason: problem })],
      };
    try {
      const target = await files.pickSaveTarget({
        suggestedName,
        ...type,
        extensions: [...type.extensions],
      });
      if (target === null) return { status: 'cancelled' };
      const blob = await makeBlob();
      if (target === 'download') files.download(suggestedName, blob);
      else await files.writeHandle(target, blob);
      return { status: 'saved', name: target === 'download' ? suggestedName : target.name };
    } catch (error) {
      return {
        status: 'failed',
        issues: [hostIssue('export.failed', { file: suggestedName, reason: reasonOf(error) })],
      };
    }
  }

  async function exportBlob(request: ExportRequest): Promise<Blob> {
    if (request.format === 'csv')
      return new Blob([workbookToCsv(request.workbook)], { type: exportTypes.csv.mime });
    // ExcelJS is large: load it only when someone exports a workbook.
    const { workbookToXlsx } = await import('../../shared/host/export/xlsx');
    const bytes = await workbookToXlsx(request.workbook);
    return new Blob([bytes.slice().buffer], { type: exportTypes.xlsx.mime });
  }

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

    exportWorkbook(request) {
      return exportFile(request.suggestedName, request.format, exportProblem(request), () =>
        exportBlob(request),
      );
    },

    exportFormulaWorkbook(request) {
      // The same contract the desktop's preload and main check.
      const checked = FormulaExportRequestSchema.safeParse(request);
      const found = checked.success ? scenarioOfDocument(request) : null;
      const problem = !checked.success
        ? (checked.error.issues[0]?.message ?? 'not valid')
        : found !== null && !found.ok
          ? found.problem
          : null;
      return exportFile(request.suggestedName, 'xlsx', problem, async () => {
        // ExcelJS and the workbook's rules load only when someone exports one.
        const { formulaWorkbookOfDocument } = await import('../../shared/export/formula-workbook');
        const bytes = await formulaWorkbookOfDocument(request);
        return new Blob([bytes.slice().buffer], { type: exportTypes.xlsx.mime });
      });
    },

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

    async listRecoveries() {
      const elsewhere = await live.heldElsewhere();
      return recoveryIds(storage)
        .filter((id) => id !== autosaver.recoveryId && !elsewhere.has(id))
        .map((id) => readRecovery(storage, id))
        .filter((record): record is RecoveryRecord => record !== null)
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
        .map((r) => ({
          recoveryId: r.recoveryId,
          title: r.title,
          savedAt: r.savedAt,
          fromFile: r.recentId !== null,
        }));
    },

    async restoreRecovery(recoveryId) {
      const record = recoveryId === autosaver.recoveryId ? null : readRecovery(storage, recoveryId);
      if (!record) return { status: 'failed', issues: [hostIssue('recovery.missing')] };
      // Another tab writes this copy, or took it over a moment ago: it is that tab's work.
      if ((await live.heldElsewhere()).has(recoveryId) || !(await live.claim(recoveryId)))
        return { status: 'failed', issues: [hostIssue('recovery.openElsewhere')] };
      const previous = autosaver.recoveryId;
      await autosaver.adopt(recoveryId);
      live.release(previous);
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

    async discardRecovery(recoveryId) {
      if (recoveryId === autosaver.recoveryId) return;
      // Never delete the work of a tab that is still open.
      if ((await live.heldElsewhere()).has(recoveryId)) return;
      storage.removeItem(storageKeys.recoveryPrefix + recoveryId);
    },

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
