import { createContext, useContext } from 'react';
import type { ExportWorkbook, RecentFile, RecoverySummary } from '../../../shared/host/host';
import type { ScenarioFile } from '../../../shared/scenario';
import { useSelected, useSubscribed, type PublishedStore } from '../document/published-store';
import type { CommandId } from './commands';

/*
 * What the screens may ask of the file commands (open, save, export, print, recent files,
 * recovery) without knowing who carries them out: the shell provides them
 * (`FileCommandsProvider`), a screen reads them with `useFileCommands`.
 */

/** Something the interface can export; the results panel registers it once the model runs. */
export type WorkbookSource = (format: 'csv' | 'xlsx') => ExportWorkbook | null;
export type ReportSource = () => { readonly file: ScenarioFile; readonly scenario: string };

export interface FileCommandsApi {
  run(command: CommandId): void;
  enabled(command: CommandId): boolean;
  openText(text: string, from: { documentId: string | null; fileName: string | null }): boolean;
  openRecent(recentId: string): void;
  recover(recoveryId: string): void;
  discardRecovery(recoveryId: string): void;
  readonly recentFiles: readonly RecentFile[];
  readonly recoveries: readonly RecoverySummary[];
  /** The title of the open document: its file's name, or the project's name before a save. */
  readonly title: string | null;
  setWorkbookSource(source: WorkbookSource | null): void;
  /** The scenario the board report is printed for: the one on screen. */
  setReportSource(source: ReportSource | null): void;
  /** Whether something can be exported now (a document is open and its results are ready). */
  readonly exportable: boolean;
}

export const FileCommandsContext = createContext<PublishedStore<FileCommandsApi> | null>(null);

function useFileCommandsStore(): PublishedStore<FileCommandsApi> {
  const store = useContext(FileCommandsContext);
  if (!store) throw new Error('useFileCommands needs a FileCommandsProvider above it.');
  return store;
}

export function useFileCommands(): FileCommandsApi {
  return useSubscribed(useFileCommandsStore());
}

/** One part of the commands' state (the title, `run`): drawn again only when it changes. */
export function useFileCommandsState<S>(select: (api: FileCommandsApi) => S): S {
  return useSelected(useFileCommandsStore(), select);
}
