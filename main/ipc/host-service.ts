import { basename, dirname, join } from 'node:path';
import { scenarioOfDocument } from '../../shared/export/formula-workbook/scenario-of-document';
import { workbookToCsv } from '../../shared/host/export/csv';
import { safeFileName, SCENARIO_EXTENSION, withExtension } from '../../shared/scenario/file-names';
import { hostIssue } from '../../shared/host/issues';
import { MAX_DOCUMENT_BYTES } from '../../shared/scenario/document-text';
import type {
  AppInfo,
  ExportRequest,
  ExportResult,
  OpenResult,
  SaveRequest,
  SaveResult,
  Settings,
} from '../../shared/host/schemas';
import { writeFileAtomic, type AtomicFs } from '../files/atomic-write';
import { changedSince, stampOf, type FileStamp } from '../files/file-stamp';
import { writeIssue } from '../files/fs-issues';
import { readDocument } from '../files/read-document';
import type { DocumentValidator } from '../../shared/host/document-check';
import { resolveLocale } from '../../shared/i18n/locale';
import { translator, type Translate } from '../i18n/strings';
import type { RecoveryStore } from '../recovery/recovery-store';
import type { RecentFilesStore } from '../store/recent-files';
import type { SettingsStore } from '../store/settings-store';
import type { SaveOutcome } from '../window/close-guard';
import type { WindowSession, WindowSessions } from '../window/window-session';
import type { ReportRequest } from '../../shared/report/request';
import type { CallContext, HostService } from './router';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DialogOptions {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
}

/** The native file dialogs, attached to a window; null when the person cancels. */
export interface FileDialogs {
  chooseOpenPath(windowId: number, options: DialogOptions): Promise<string | null>;
  chooseSavePath(windowId: number, options: DialogOptions): Promise<string | null>;
}

export interface HostServiceDeps {
  sessions: WindowSessions;
  dialogs: FileDialogs;
  validate: DocumentValidator;
  recentFiles: RecentFilesStore;
  settings: SettingsStore;
  recovery: RecoveryStore;
  app: {
    name: string;
    version: string;
    platform: NodeJS.Platform;
    systemLanguages: () => readonly string[];
    documentsFolder: string;
  };
  /** The report as PDF bytes: the report page printed by Electron's printToPDF. */
  renderPdf(report: ReportRequest): Promise<Uint8Array>;
  /** After a PDF is written: asks whether to open it now, and opens it if the person says so. */
  offerToOpen?(windowId: number, path: string): Promise<void>;
  /** The file operations of a document save; Node's by default, a failing disk in tests. */
  atomicFs?: AtomicFs;
  /** Told after the fact, so the Electron glue can update the menu, the title and the window. */
  recentFilesChanged?(paths: readonly string[]): void;
  settingsChanged?(settings: Settings): void;
  documentStateChanged?(
    windowId: number,
    state: { title: string; dirty: boolean; path: string | null },
  ): void;
  saveFinished?(windowId: number, outcome: SaveOutcome): void;
}

export type MainHostService = HostService & {
  /** Opens a file the operating system named (command line, double-click, dock). */
  openPath(windowId: number, path: string): Promise<OpenResult>;
  /** The page of a window subscribed to events. */
  eventsReady(context: CallContext): void;
};

const platformOf = (platform: NodeJS.Platform): AppInfo['platform'] =>
  platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other';

/**
 * Main's side of every `Host` method, as plain Node: file dialogs, rendering a PDF and the Electron
 * reactions are injected, so all of it runs in tests against real temporary folders.
 */
export function createHostService(deps: HostServiceDeps): MainHostService {
  const { sessions, dialogs, recentFiles, recovery } = deps;
  let lastFolder: string | null = null;
  /** What each open document's file held when this app last read or wrote it. */
  const stamps = new Map<string, FileStamp>();
  const stampKey = (session: WindowSession, documentId: string) =>
    `${session.windowId}/${documentId}`;
  const rememberStamp = async (session: WindowSession, documentId: string, path: string) => {
    const stamp = await stampOf(path);
    if (stamp) stamps.set(stampKey(session, documentId), stamp);
  };

  const t = async (): Promise<Translate> =>
    translator(resolveLocale((await deps.settings.load()).locale, deps.app.systemLanguages()));

  const folderFor = (session: WindowSession): string => {
    const current = session.currentPath();
    return current !== null ? dirname(current) : (lastFolder ?? deps.app.documentsFolder);
  };

  const remember = async (path: string): Promise<void> => {
    lastFolder = dirname(path);
    await recentFiles.add(path);
    deps.recentFilesChanged?.(await recentFiles.paths());
  };

  const scenarioFilters = (tr: Translate): FileFilter[] => [
    { name: tr('filter.scenario'), extensions: ['json'] },
  ];

  async function openPath(windowId: number, path: string): Promise<OpenResult> {
    const session = sessions.require(windowId);
    const read = await readDocument(path, { validate: deps.validate });
    if (!read.ok) {
      if (read.issues.some((issue) => issue.code === 'file.notFound')) {
        await recentFiles.remove(path);
        deps.recentFilesChanged?.(await recentFiles.paths());
      }
      return { status: 'failed', name: read.name, issues: read.issues };
    }
    const documentId = session.registerDocument(path);
    await rememberStamp(session, documentId, path);
    await remember(path);
    return { status: 'opened', document: { documentId, name: read.name, text: read.text } };
  }

  /**
   * `overFile`: Save onto the document's own file, which another program may have changed since
   * (Save As chose its target in a dialog that already asked about replacing it). A changed file
   * is not overwritten unless the person said so (`force`); a deleted one is written again, since
   * there is nothing left to lose and the person asked to save there.
   */
  async function writeDocument(
    session: WindowSession,
    request: SaveRequest,
    path: string,
    overFile = false,
  ): Promise<SaveResult> {
    const name = basename(path);
    const size = new TextEncoder().encode(request.text).byteLength;
    if (size > MAX_DOCUMENT_BYTES) {
      return {
        status: 'failed',
        issues: [hostIssue('document.tooLarge', { size, limit: MAX_DOCUMENT_BYTES })],
      };
    }
    // Never write a file the app would refuse to open again.
    const check = deps.validate(request.text, name);
    if (!check.ok) return { status: 'failed', issues: check.issues };
    const known =
      request.documentId === null ? undefined : stamps.get(stampKey(session, request.documentId));
    if (overFile && request.force !== true && known && (await changedSince(path, known)))
      return { status: 'conflict', name };
    try {
      await writeFileAtomic(path, request.text, deps.atomicFs ? { fs: deps.atomicFs } : {});
    } catch (error) {
      return { status: 'failed', issues: [writeIssue(path, error)] };
    }
    let documentId = request.documentId;
    if (documentId !== null && session.pathOf(documentId) !== undefined)
      session.rebind(documentId, path);
    else documentId = session.registerDocument(path);
    await rememberStamp(session, documentId, path);
    await remember(path);
    return { status: 'saved', document: { documentId, name } };
  }

  async function saveWithDialog(session: WindowSession, request: SaveRequest): Promise<SaveResult> {
    const tr = await t();
    const path = await dialogs.chooseSavePath(session.windowId, {
      title: tr('dialog.save'),
      defaultPath: join(
        folderFor(session),
        withExtension(safeFileName(request.suggestedName), SCENARIO_EXTENSION),
      ),
      filters: scenarioFilters(tr),
    });
    return path === null ? { status: 'cancelled' } : writeDocument(session, request, path);
  }

  /** Every save reports its outcome, so a close that waits for it can go ahead or stop. */
  const reported = async (windowId: number, saving: Promise<SaveResult>): Promise<SaveResult> => {
    const result = await saving;
    // A conflict wrote nothing and waits for the person: to a close that waits, it is a cancel.
    deps.saveFinished?.(windowId, result.status === 'conflict' ? 'cancelled' : result.status);
    return result;
  };

  /** Asks where, makes the bytes, writes them atomically: every export, whatever it holds. */
  async function exportFile(
    windowId: number,
    suggestedName: string,
    format: 'csv' | 'xlsx',
    makeBytes: () => Promise<Uint8Array | string>,
  ): Promise<ExportResult> {
    const session = sessions.require(windowId);
    const tr = await t();
    const path = await dialogs.chooseSavePath(windowId, {
      title: tr('dialog.export'),
      defaultPath: join(
        folderFor(session),
        withExtension(safeFileName(suggestedName), `.${format}`),
      ),
      filters: [
        { name: tr(format === 'csv' ? 'filter.csv' : 'filter.xlsx'), extensions: [format] },
      ],
    });
    if (path === null) return { status: 'cancelled' };
    let bytes: Uint8Array | string;
    try {
      bytes = await makeBytes();
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'error';
      return {
        status: 'failed',
        issues: [hostIssue('export.failed', { file: basename(path), reason })],
      };
    }
    try {
      await writeFileAtomic(path, bytes);
    } catch (error) {
      return { status: 'failed', issues: [writeIssue(path, error)] };
    }
    lastFolder = dirname(path);
    return { status: 'saved', name: basename(path) };
  }

  async function exportBytes(request: ExportRequest): Promise<Uint8Array | string> {
    if (request.format === 'csv') return workbookToCsv(request.workbook);
    // ExcelJS takes a while to load: only when someone exports a workbook, not at every start.
    const { workbookToXlsx } = await import('../../shared/host/export/xlsx');
    return workbookToXlsx(request.workbook);
  }

  return {
    openPath,

    eventsReady({ windowId }) {
      sessions.get(windowId)?.startListening();
    },

    async appInfo() {
      return {
        name: deps.app.name,
        version: deps.app.version,
        host: 'desktop',
        platform: platformOf(deps.app.platform),
        systemLocale: deps.app.systemLanguages()[0] ?? 'en',
        locale: resolveLocale((await deps.settings.load()).locale, deps.app.systemLanguages()),
        pdf: 'file',
      };
    },

    async openFile({ windowId }) {
      const session = sessions.require(windowId);
      const tr = await t();
      const path = await dialogs.chooseOpenPath(windowId, {
        title: tr('dialog.open'),
        defaultPath: folderFor(session),
        filters: scenarioFilters(tr),
      });
      return path === null ? { status: 'cancelled' } : openPath(windowId, path);
    },

    async openRecent({ windowId }, recentId) {
      const path = await recentFiles.resolve(recentId);
      if (path === null) {
        return {
          status: 'failed',
          name: null,
          issues: [hostIssue('recent.unavailable', { file: recentId })],
        };
      }
      return openPath(windowId, path);
    },

    recentFiles: () => recentFiles.list(),

    async clearRecentFiles() {
      await recentFiles.clear();
      deps.recentFilesChanged?.([]);
    },

    save({ windowId }, request) {
      const session = sessions.require(windowId);
      const path = request.documentId === null ? null : session.pathOf(request.documentId);
      if (path === undefined) {
        deps.saveFinished?.(windowId, 'failed');
        return Promise.resolve({ status: 'failed', issues: [hostIssue('document.unknown')] });
      }
      return reported(
        windowId,
        path === null
          ? saveWithDialog(session, request)
          : writeDocument(session, request, path, true),
      );
    },

    saveAs({ windowId }, request) {
      return reported(windowId, saveWithDialog(sessions.require(windowId), request));
    },

    exportWorkbook({ windowId }, request) {
      return exportFile(windowId, request.suggestedName, request.format, () =>
        exportBytes(request),
      );
    },

    async exportFormulaWorkbook({ windowId }, request) {
      // A document with no scenario to export is refused before asking where to save it.
      const found = scenarioOfDocument(request);
      if (!found.ok)
        return {
          status: 'failed',
          issues: [
            hostIssue('export.failed', { file: request.suggestedName, reason: found.problem }),
          ],
        };
      return exportFile(windowId, request.suggestedName, 'xlsx', async () => {
        // ExcelJS and the workbook's rules load only when someone exports one.
        const { formulaWorkbookOfDocument } = await import('../../shared/export/formula-workbook');
        return formulaWorkbookOfDocument(request);
      });
    },

    async printToPdf({ windowId }, request) {
      const session = sessions.require(windowId);
      const tr = await t();
      const path = await dialogs.chooseSavePath(windowId, {
        title: tr('dialog.pdf'),
        defaultPath: join(
          folderFor(session),
          withExtension(safeFileName(request.suggestedName), '.pdf'),
        ),
        filters: [{ name: tr('filter.pdf'), extensions: ['pdf'] }],
      });
      if (path === null) return { status: 'cancelled' };
      let pdf: Uint8Array;
      try {
        pdf = await deps.renderPdf(request.report);
      } catch (error) {
        return {
          status: 'failed',
          issues: [
            hostIssue('print.failed', { reason: error instanceof Error ? error.message : 'error' }),
          ],
        };
      }
      try {
        await writeFileAtomic(path, pdf);
      } catch (error) {
        return { status: 'failed', issues: [writeIssue(path, error)] };
      }
      lastFolder = dirname(path);
      // Not awaited: the page hears "saved" at once, whatever the person answers.
      void deps.offerToOpen?.(windowId, path).catch(() => undefined);
      return { status: 'saved', name: basename(path) };
    },

    getSettings: () => deps.settings.load(),

    async updateSettings(_context, patch) {
      const settings = await deps.settings.update(patch);
      deps.settingsChanged?.(settings);
      return settings;
    },

    async documentChanged({ windowId }, state) {
      const session = sessions.require(windowId);
      const known = state.documentId !== null && session.pathOf(state.documentId) !== undefined;
      session.currentDocumentId = known ? state.documentId : null;
      session.title = state.title;
      session.closeGuard.setDirty(state.dirty);
      // Clean work needs no recovery copy: a snapshot must never outlive the save it preceded.
      if (!state.dirty) await session.autosaver.discard();
      deps.documentStateChanged?.(windowId, {
        title: state.title,
        dirty: state.dirty,
        path: session.currentPath(),
      });
    },

    async autosave({ windowId }, snapshot) {
      const session = sessions.require(windowId);
      // A snapshot that arrives after the document was reported clean is of saved work: writing it
      // would offer to "recover" what is already in the file.
      if (!session.closeGuard.isDirty) return;
      const path =
        snapshot.documentId === null ? null : (session.pathOf(snapshot.documentId) ?? null);
      session.autosaver.update({ title: snapshot.title, documentPath: path, text: snapshot.text });
    },

    listRecoveries: () => recovery.list(sessions.liveRecoveryIds()),

    async restoreRecovery({ windowId }, recoveryId) {
      const session = sessions.require(windowId);
      const snapshot = sessions.liveRecoveryIds().has(recoveryId)
        ? null
        : await recovery.read(recoveryId);
      if (snapshot === null) return { status: 'failed', issues: [hostIssue('recovery.missing')] };
      await session.autosaver.adopt(recoveryId);
      const documentId = session.registerDocument(snapshot.documentPath);
      const name =
        snapshot.documentPath === null ? snapshot.title : basename(snapshot.documentPath);
      return { status: 'restored', document: { documentId, name, text: snapshot.text } };
    },

    async discardRecovery(_context, recoveryId) {
      if (!sessions.liveRecoveryIds().has(recoveryId)) await recovery.discard(recoveryId);
    },
  };
}
