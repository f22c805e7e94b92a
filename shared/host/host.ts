import type {
  AppInfo,
  AutosaveSnapshot,
  DocumentState,
  ExportRequest,
  ExportResult,
  FormulaExportRequest,
  HostEvent,
  OpenResult,
  PrintRequest,
  PrintResult,
  RecentFile,
  RecoverySummary,
  RestoreResult,
  SaveRequest,
  SaveResult,
  Settings,
  SettingsPatch,
} from './schemas';

export type * from './schemas';
export type { HostIssue } from './issues';

export type Unsubscribe = () => void;

/**
 * Everything the renderer may ask of the desktop (or of the browser it runs in). It is the only
 * way out of the page: Electron's preload exposes exactly these methods as `window.yardstick`,
 * and the browser host implements them with web APIs.
 *
 * Files are named by opaque ids, never by paths, so a page can only write where a person chose to
 * save. Expected outcomes (cancelled, refused, disk full) are results, not exceptions; a method
 * rejects only when it was called wrongly.
 */
export interface Host {
  appInfo(): Promise<AppInfo>;

  /** Asks for a scenario file and reads it; hostile or invalid files come back as `failed`. */
  openFile(): Promise<OpenResult>;
  openRecent(recentId: string): Promise<OpenResult>;
  recentFiles(): Promise<RecentFile[]>;
  clearRecentFiles(): Promise<void>;

  /**
   * Writes `text` to the document's file without ever losing the previous copy; asks where first
   * when the document has no file yet. Text the app could not open again is refused.
   */
  save(request: SaveRequest): Promise<SaveResult>;
  /** Always asks where; the document's handle then points at the new file. */
  saveAs(request: SaveRequest): Promise<SaveResult>;

  /** Writes tables as CSV (UTF-8 with BOM) or XLSX wherever the person chooses. */
  exportWorkbook(request: ExportRequest): Promise<ExportResult>;
  /** The scenario as a workbook whose every figure is a formula (XLSX), wherever the person chooses. */
  exportFormulaWorkbook(request: FormulaExportRequest): Promise<ExportResult>;
  /** The current page as a PDF file (desktop), or the print dialog (browser). */
  printToPdf(request: PrintRequest): Promise<PrintResult>;

  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;

  /** Tell the host what the window shows and whether it has unsaved changes (title, close prompt). */
  documentChanged(state: DocumentState): Promise<void>;
  /**
   * Unsaved work to keep if the app dies. Call it after edits (a debounce of a second is plenty),
   * after `documentChanged` said the document is dirty; the host writes at most every few seconds
   * and forgets the copy once the document is reported clean. Snapshots of clean work are ignored.
   */
  autosave(snapshot: AutosaveSnapshot): Promise<void>;
  /** Work left behind by a session that crashed or was killed, newest first. */
  listRecoveries(): Promise<RecoverySummary[]>;
  /**
   * The text exactly as it was autosaved: not validated, since unsaved work may be half-typed.
   * The page shows it as unsaved (dirty); Save writes to the file it came from, if any.
   */
  restoreRecovery(recoveryId: string): Promise<RestoreResult>;
  discardRecovery(recoveryId: string): Promise<void>;

  /** Menu commands and files the OS asks to open. Events wait until the first listener. */
  onEvent(listener: (event: HostEvent) => void): Unsubscribe;
}

export type HostMethod = keyof Host;
