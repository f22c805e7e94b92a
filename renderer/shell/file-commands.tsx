import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  displayName,
  SCENARIO_EXTENSION,
  safeFileName,
  withExtension,
} from '../../shared/scenario/file-names';
import type { OpenResult } from '../../shared/host/host';
import { parseScenarioFile, serializeScenarioFile } from '../../shared/scenario';
import { useDocument } from '../services/session/document-context';
import { newScenarioFile } from '../services/document/new-scenario';
import type { Snapshot } from '../services/document/scenario-edits';
import { useIssueText } from '../services/texts/issue-text';
import { usePublished } from '../services/document/published-store';
import type { CommandId } from '../services/commands/commands';
import { useDocumentSync } from './document-sync';
import { useExportCommands } from './export-commands';
import {
  FileCommandsContext,
  type FileCommandsApi,
} from '../services/commands/file-commands-context';
import { SaveConflictDialog, UnsavedChangesDialog, type ConflictChoice } from './file-dialogs';
import { useHost } from '../services/host/host-context';
import { useHostLists } from './host-lists';
import { useHostIssueLines } from './issue-lines';
import { useNotices } from '../services/ui/notices';

function titleOf(
  snapshot: Snapshot | null,
  fileName: string | null,
  untitled: string,
): string | null {
  if (!snapshot) return null;
  if (fileName) return displayName(fileName);
  return snapshot.file.project.name.trim() || untitled;
}

/**
 * Open, save, export and print through the host, asking first when unsaved work would be lost;
 * keeps the host told of the title and dirty state, and autosaves unsaved work for recovery.
 */
export function FileCommandsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const host = useHost();
  const documentApi = useDocument();
  const { notify } = useNotices();
  const { scenarioIssue } = useIssueText();
  const issueLines = useHostIssueLines();
  const { recentFiles, recoveries, refreshLists } = useHostLists(host);
  const exports = useExportCommands({ host, documentApi, issueLines });
  const {
    setWorkbookSource,
    setReportSource,
    exportable,
    exportWorkbook,
    exportFormulas,
    askToPrint,
  } = exports;
  const [pending, setPending] = useState<(() => void) | null>(null);
  /** A save that found the file changed by another program, waiting for the person's choice. */
  const [conflict, setConflict] = useState<{
    file: string;
    decide: (choice: ConflictChoice) => void;
  } | null>(null);

  const { document, snapshot, dirty } = documentApi;
  const title = titleOf(snapshot, document?.fileName ?? null, t('app.untitled'));

  const openText = useCallback(
    (
      text: string,
      from: { documentId: string | null; fileName: string | null; dirty?: boolean },
    ) => {
      const parsed = parseScenarioFile(text);
      if (!parsed.ok) {
        notify(
          'error',
          from.fileName
            ? t('files.openFailed', { file: from.fileName })
            : t('files.openFailedNoName'),
          parsed.issues.map((issue) => t('files.issueAt', { ...scenarioIssue(issue) })),
        );
        return false;
      }
      documentApi.open(parsed.file, from);
      if (parsed.migratedFrom !== undefined) {
        notify('info', t('files.migrated', { version: parsed.migratedFrom }));
      }
      return true;
    },
    [documentApi, notify, scenarioIssue, t],
  );

  const handleOpened = useCallback(
    (result: OpenResult) => {
      if (result.status === 'cancelled') return;
      if (result.status === 'failed') {
        notify(
          'error',
          result.name ? t('files.openFailed', { file: result.name }) : t('files.openFailedNoName'),
          issueLines(result.issues),
        );
        return;
      }
      const { documentId, name, text } = result.document;
      openText(text, { documentId, fileName: name });
      refreshLists();
    },
    [issueLines, notify, openText, refreshLists, t],
  );

  const save = useCallback(
    async (as: boolean, force = false): Promise<boolean> => {
      const state = documentApi.current().document;
      if (!state) return false;
      if (!host) {
        notify('error', t('files.saveFailed'), [t('files.noHost')]);
        return false;
      }
      const written = state.history.present;
      const suggested = withExtension(
        safeFileName(written.file.project.name, t('app.untitled')),
        SCENARIO_EXTENSION,
      );
      const request = {
        documentId: state.documentId,
        suggestedName: state.fileName ?? suggested,
        text: serializeScenarioFile(written.file),
        ...(force ? { force: true } : {}),
      };
      const result = await (as || !state.documentId ? host.saveAs(request) : host.save(request));
      if (result.status === 'cancelled') return false;
      if (result.status === 'conflict') {
        // Nothing was written; the edits stay here (and in recovery) until the person decides.
        const choice = await new Promise<ConflictChoice>((decide) =>
          setConflict({ file: result.name, decide }),
        );
        if (choice === 'cancel') return false;
        return saveAgain.current(choice === 'save-as', choice === 'overwrite');
      }
      if (result.status === 'failed') {
        notify('error', t('files.saveFailed'), issueLines(result.issues));
        return false;
      }
      documentApi.saved(written, {
        documentId: result.document.documentId,
        fileName: result.document.name,
      });
      if (Object.keys(written.drafts).length > 0) notify('info', t('files.draftsNotSaved'));
      refreshLists();
      return true;
    },
    [documentApi, host, issueLines, notify, refreshLists, t],
  );
  // A save that hit a conflict saves again with the person's choice: through a ref, since a
  // callback cannot name itself in its own definition.
  const saveAgain = useRef(save);
  saveAgain.current = save;

  /** Runs `action` now, or after the person chose to save or drop unsaved work. */
  const guarded = useCallback(
    (action: () => void) => {
      if (documentApi.current().document && documentApi.dirty) setPending(() => action);
      else action();
    },
    [documentApi],
  );

  const openRecent = useCallback(
    (recentId: string) => {
      if (!host) return;
      guarded(() => void host.openRecent(recentId).then(handleOpened));
    },
    [guarded, handleOpened, host],
  );

  const recover = useCallback(
    (recoveryId: string) => {
      if (!host) return;
      guarded(() => {
        void host.restoreRecovery(recoveryId).then((result) => {
          if (result.status === 'failed') {
            notify('error', t('files.recoverFailed'), issueLines(result.issues));
          } else {
            const { documentId, name, text } = result.document;
            const fromFile = recoveries.find((item) => item.recoveryId === recoveryId)?.fromFile;
            openText(text, {
              documentId: fromFile ? documentId : null,
              fileName: fromFile ? name : null,
              dirty: true,
            });
            void host.discardRecovery(recoveryId).finally(refreshLists);
          }
        });
      });
    },
    [guarded, host, issueLines, notify, openText, recoveries, refreshLists, t],
  );

  const discardRecovery = useCallback(
    (recoveryId: string) => {
      void host?.discardRecovery(recoveryId).finally(refreshLists);
    },
    [host, refreshLists],
  );

  const run = useCallback(
    (command: CommandId) => {
      switch (command) {
        case 'new':
          guarded(() =>
            documentApi.open(newScenarioFile(t('app.untitled'), new Date().getFullYear()), {
              documentId: null,
              fileName: null,
            }),
          );
          return;
        case 'open':
          if (!host) notify('error', t('files.openFailedNoName'), [t('files.noHost')]);
          else guarded(() => void host.openFile().then(handleOpened));
          return;
        case 'save':
        case 'save-as':
          void save(command === 'save-as');
          return;
        case 'export-csv':
        case 'export-xlsx':
          void exportWorkbook(command === 'export-csv' ? 'csv' : 'xlsx');
          return;
        case 'export-formulas':
          void exportFormulas();
          return;
        case 'print-pdf':
          askToPrint();
          return;
        case 'close':
          guarded(() => documentApi.close());
          return;
        case 'undo':
          documentApi.undo();
          return;
        case 'redo':
          documentApi.redo();
          return;
      }
    },
    [
      askToPrint,
      documentApi,
      exportFormulas,
      exportWorkbook,
      guarded,
      handleOpened,
      host,
      notify,
      save,
      t,
    ],
  );

  const enabled = useCallback(
    (command: CommandId) => {
      const open = document !== null;
      switch (command) {
        case 'new':
        case 'open':
          return true;
        case 'undo':
          return documentApi.canUndo;
        case 'redo':
          return documentApi.canRedo;
        case 'export-csv':
        case 'export-xlsx':
          return open && host !== null && exportable;
        default:
          return open && host !== null;
      }
    },
    [document, documentApi.canRedo, documentApi.canUndo, host, exportable],
  );

  // The native menu and the operating system speak through host events.
  const latestRun = useRef(run);
  latestRun.current = run;
  // One function for the life of the window, so that what holds it (shortcuts, the frame) is not
  // drawn again at every edit; it runs the command with the latest state.
  const runLatest = useCallback((command: CommandId) => latestRun.current(command), []);
  const latestOpened = useRef(handleOpened);
  latestOpened.current = handleOpened;
  const latestRecent = useRef(openRecent);
  latestRecent.current = openRecent;
  useEffect(() => {
    if (!host) return;
    return host.onEvent((event) => {
      if (event.type === 'command') latestRun.current(event.command);
      else if (event.type === 'open-recent') latestRecent.current(event.recentId);
      else latestOpened.current(event.result);
    });
  }, [host]);

  useDocumentSync({ host, documentId: document?.documentId ?? null, title, dirty, snapshot });

  const api = useMemo<FileCommandsApi>(
    () => ({
      run: runLatest,
      enabled,
      openText,
      openRecent,
      recover,
      discardRecovery,
      recentFiles,
      recoveries,
      title,
      setWorkbookSource,
      setReportSource,
      exportable,
    }),
    [
      runLatest,
      enabled,
      openText,
      openRecent,
      recover,
      discardRecovery,
      recentFiles,
      recoveries,
      title,
      setWorkbookSource,
      setReportSource,
      exportable,
    ],
  );

  const closeModal = () => setPending(null);
  const decideConflict = (choice: ConflictChoice) => {
    conflict?.decide(choice);
    setConflict(null);
  };
  const store = usePublished(api);
  return (
    <FileCommandsContext.Provider value={store}>
      {children}
      <UnsavedChangesDialog
        opened={pending !== null}
        title={title ?? t('app.untitled')}
        onCancel={closeModal}
        onDiscard={() => {
          const action = pending;
          closeModal();
          action?.();
        }}
        onSave={() => {
          const action = pending;
          closeModal();
          void save(false).then((saved) => {
            if (saved) action?.();
          });
        }}
      />
      {exports.printDialog}
      <SaveConflictDialog file={conflict?.file ?? null} onDecide={decideConflict} />
    </FileCommandsContext.Provider>
  );
}
