import { applySettingsPatch } from '../../../shared/host/settings';
import type {
  Host,
  HostEvent,
  OpenResult,
  RecentFile,
  RecoverySummary,
  SaveRequest,
  Settings,
} from '../../../shared/host/host';

/**
 * An in-memory host for component tests: files are a map of id → text, dialogs answer with what
 * the test queued. (The real browser host is tested by the shell's own tests and the e2e suite.)
 */
export class FakeHost implements Host {
  settings: Settings = { locale: 'en', amountScale: 'unit', preparer: '' };
  files = new Map<string, { name: string; text: string }>();
  recent: RecentFile[] = [];
  recoveries: RecoverySummary[] = [];
  recovered = new Map<string, { name: string; text: string; documentId: string }>();
  nextOpen: OpenResult = { status: 'cancelled' };
  nextSaveName = 'saved.yardstick.json';
  saves: SaveRequest[] = [];
  autosaves: { title: string; text: string }[] = [];
  documentStates: { title: string; dirty: boolean }[] = [];
  private listeners = new Set<(event: HostEvent) => void>();
  private counter = 0;

  appInfo = async () => ({
    name: 'Yardstick',
    version: '0.0.0-test',
    host: 'browser' as const,
    platform: 'web' as const,
    systemLocale: 'en-US',
    locale: this.settings.locale === 'zh-CN' ? ('zh-CN' as const) : ('en' as const),
    pdf: 'print-dialog' as const,
  });
  openFile: Host['openFile'] = async () => this.nextOpen;
  openRecent = async (recentId: string): Promise<OpenResult> => {
    const file = this.files.get(recentId);
    if (!file) return { status: 'cancelled' };
    return {
      status: 'opened',
      document: { documentId: recentId, name: file.name, text: file.text },
    };
  };
  recentFiles = async () => this.recent;
  clearRecentFiles = async () => {
    this.recent = [];
  };
  save = async (request: SaveRequest) => this.write(request, false);
  saveAs = async (request: SaveRequest) => this.write(request, true);
  exportWorkbook: Host['exportWorkbook'] = async () => ({ status: 'cancelled' });
  exportFormulaWorkbook: Host['exportFormulaWorkbook'] = async () => ({ status: 'cancelled' });
  printToPdf: Host['printToPdf'] = async () => ({ status: 'print-dialog' });
  getSettings = async () => this.settings;
  updateSettings = async (patch: Partial<Settings>) => {
    this.settings = applySettingsPatch(this.settings, patch);
    return this.settings;
  };
  documentChanged = async (state: { title: string; dirty: boolean }) => {
    this.documentStates.push({ title: state.title, dirty: state.dirty });
  };
  autosave = async (snapshot: { title: string; text: string }) => {
    this.autosaves.push({ title: snapshot.title, text: snapshot.text });
  };
  listRecoveries = async () => this.recoveries;
  restoreRecovery = async (recoveryId: string) => {
    const found = this.recovered.get(recoveryId);
    if (!found) {
      return {
        status: 'failed' as const,
        issues: [{ code: 'recovery.missing', message: 'gone', path: '', params: {} }],
      };
    }
    return { status: 'restored' as const, document: found };
  };
  discardRecovery = async (recoveryId: string) => {
    this.recoveries = this.recoveries.filter((item) => item.recoveryId !== recoveryId);
  };
  onEvent = (listener: (event: HostEvent) => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  emit(event: HostEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private async write(request: SaveRequest, ask: boolean) {
    this.saves.push(request);
    const documentId = !ask && request.documentId ? request.documentId : `doc-${++this.counter}`;
    const name =
      !ask && request.documentId
        ? (this.files.get(documentId)?.name ?? this.nextSaveName)
        : this.nextSaveName;
    this.files.set(documentId, { name, text: request.text });
    return { status: 'saved' as const, document: { documentId, name } };
  }
}
