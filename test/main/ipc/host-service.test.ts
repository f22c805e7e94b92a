import type { ReportRequest } from '../../../shared/report/request';
import ExcelJS from 'exceljs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  createHostService,
  type DialogOptions,
  type FileDialogs,
} from '../../../main/ipc/host-service';
import { RecoveryStore } from '../../../main/recovery/recovery-store';
import { RecentFilesStore } from '../../../main/store/recent-files';
import { SettingsStore } from '../../../main/store/settings-store';
import { WindowSession, WindowSessions } from '../../../main/window/window-session';
import { checkScenarioText } from '../../../shared/host/document-check';
import type { ExportWorkbook, HostEvent, SaveResult } from '../../../shared/host/schemas';
import { validScenarioText, withProjectName } from '../support/scenario';
import { useTempFolders } from '../support/temp';

const tempFolder = useTempFolders();

/** Dialogs that answer from a queue, as a person clicking through them would, and remember what they were asked. */
function scriptedDialogs() {
  const answers: (string | null)[] = [];
  const asked: DialogOptions[] = [];
  const next = async (_window: number, options: DialogOptions) => {
    asked.push(options);
    return answers.shift() ?? null;
  };
  const dialogs: FileDialogs = { chooseOpenPath: next, chooseSavePath: next };
  return { dialogs, answers, asked };
}

/** The desktop host as main builds it, on real folders: `data` plays the app's data folder. */
async function desktop(
  folder: string,
  options: {
    renderPdf?: (report: ReportRequest) => Promise<Uint8Array>;
    offerToOpen?: (windowId: number, path: string) => Promise<void>;
  } = {},
) {
  const data = join(folder, 'data');
  const documents = join(folder, 'Documents');
  await mkdir(documents, { recursive: true });
  const sessions = new WindowSessions();
  const events: HostEvent[] = [];
  const { dialogs, answers, asked } = scriptedDialogs();
  const recovery = new RecoveryStore(join(data, 'recovery'));
  const observed = {
    recent: vi.fn(),
    settings: vi.fn(),
    documentState: vi.fn(),
    saveFinished: vi.fn(),
  };
  const service = createHostService({
    sessions,
    dialogs,
    validate: checkScenarioText,
    recentFiles: new RecentFilesStore(join(data, 'recent-files.json')),
    settings: new SettingsStore(join(data, 'settings.json')),
    recovery,
    app: {
      name: 'Yardstick',
      version: '0.1.0',
      platform: 'linux',
      systemLanguages: () => ['zh-Hans-CN', 'en-US'],
      documentsFolder: documents,
    },
    renderPdf: options.renderPdf ?? (async () => new TextEncoder().encode('%PDF-1.7 fake')),
    ...(options.offerToOpen ? { offerToOpen: options.offerToOpen } : {}),
    recentFilesChanged: observed.recent,
    settingsChanged: observed.settings,
    documentStateChanged: observed.documentState,
    saveFinished: observed.saveFinished,
  });
  const openWindow = (id: number) =>
    sessions.add(new WindowSession(id, recovery, (event) => events.push(event)));
  openWindow(1);
  return {
    service,
    sessions,
    answers,
    asked,
    observed,
    documents,
    data,
    recovery,
    events,
    openWindow,
  };
}

const w1 = { windowId: 1 };

describe('the desktop host service, on real files', () => {
  it('opens a file chosen in the dialog, remembers it, and saves back to it without asking', async () => {
    const folder = await tempFolder();
    const { service, answers, asked, observed } = await desktop(folder);
    const path = join(folder, 'Line 3.yardstick.json');
    await writeFile(path, validScenarioText);

    answers.push(path);
    const opened = await service.openFile(w1);
    expect(opened).toMatchObject({
      status: 'opened',
      document: { name: 'Line 3.yardstick.json', text: validScenarioText },
    });
    expect(asked[0]?.filters).toEqual([{ name: 'Yardstick 方案', extensions: ['json'] }]); // system language zh
    expect(observed.recent).toHaveBeenCalledWith([path]);
    if (opened.status !== 'opened') return;

    const edited = withProjectName('Line 3, revised');
    const saved = await service.save(w1, {
      documentId: opened.document.documentId,
      suggestedName: 'ignored',
      text: edited,
    });
    expect(saved).toEqual({
      status: 'saved',
      document: { documentId: opened.document.documentId, name: 'Line 3.yardstick.json' },
    });
    expect(asked).toHaveLength(1);
    expect(await readFile(path, 'utf8')).toBe(edited);
    expect(await readdir(folder)).toEqual(['Documents', 'Line 3.yardstick.json', 'data']);
    expect(observed.saveFinished).toHaveBeenCalledWith(1, 'saved');
  });

  it('asks where to save a new document, offering a safe name in the documents folder', async () => {
    const folder = await tempFolder();
    const { service, answers, asked, documents } = await desktop(folder);
    const target = join(documents, 'chosen.yardstick.json');
    answers.push(target);
    const saved = await service.save(w1, {
      documentId: null,
      suggestedName: '../../etc/passwd',
      text: validScenarioText,
    });
    expect(saved.status).toBe('saved');
    expect(asked[0]?.defaultPath).toBe(join(documents, '_.._etc_passwd.yardstick.json'));
    expect(await readFile(target, 'utf8')).toBe(validScenarioText);
  });

  it('Save As moves the handle to the new file and leaves the old one as it was', async () => {
    const folder = await tempFolder();
    const { service, answers } = await desktop(folder);
    const first = join(folder, 'first.yardstick.json');
    const second = join(folder, 'second.yardstick.json');
    answers.push(first);
    const saved = (await service.save(w1, {
      documentId: null,
      suggestedName: 'x',
      text: validScenarioText,
    })) as Extract<SaveResult, { status: 'saved' }>;
    answers.push(second);
    const text = withProjectName('Elsewhere');
    await service.saveAs(w1, { documentId: saved.document.documentId, suggestedName: 'x', text });
    await service.save(w1, {
      documentId: saved.document.documentId,
      suggestedName: 'x',
      text: withProjectName('Again'),
    });
    expect(await readFile(first, 'utf8')).toBe(validScenarioText);
    expect(await readFile(second, 'utf8')).toBe(withProjectName('Again'));
  });

  it('never writes a document the app could not open again', async () => {
    const folder = await tempFolder();
    const { service, answers, observed } = await desktop(folder);
    const path = join(folder, 'plan.yardstick.json');
    await writeFile(path, validScenarioText);
    answers.push(path);
    const opened = await service.openFile(w1);
    if (opened.status !== 'opened') throw new Error('setup');
    const broken = JSON.stringify({
      format: 'yardstick.scenario',
      version: 1,
      project: { name: '' },
    });
    const result = await service.save(w1, {
      documentId: opened.document.documentId,
      suggestedName: 'x',
      text: broken,
    });
    expect(result.status).toBe('failed');
    if (result.status === 'failed')
      expect(result.issues[0]?.message).toContain('plan.yardstick.json');
    expect(await readFile(path, 'utf8')).toBe(validScenarioText);
    expect(observed.saveFinished).toHaveBeenLastCalledWith(1, 'failed');
  });

  it('reports a failed write by the file’s name, with the previous copy intact', async () => {
    const folder = await tempFolder();
    const { service, answers } = await desktop(folder);
    answers.push(join(folder, 'no-such-folder', 'plan.yardstick.json'));
    const result = await service.save(w1, {
      documentId: null,
      suggestedName: 'plan',
      text: validScenarioText,
    });
    expect(result).toMatchObject({
      status: 'failed',
      issues: [{ code: 'file.writeFailed', params: { file: 'plan.yardstick.json' } }],
    });
  });

  it('refuses a handle it never gave out, or gave to another window', async () => {
    const folder = await tempFolder();
    const { service, answers, openWindow } = await desktop(folder);
    openWindow(2);
    answers.push(join(folder, 'a.yardstick.json'));
    const saved = (await service.save(w1, {
      documentId: null,
      suggestedName: 'a',
      text: validScenarioText,
    })) as Extract<SaveResult, { status: 'saved' }>;
    for (const [context, documentId] of [
      [{ windowId: 2 }, saved.document.documentId],
      [w1, 'made-up'],
    ] as const) {
      expect(
        await service.save(context, { documentId, suggestedName: 'a', text: validScenarioText }),
      ).toMatchObject({
        status: 'failed',
        issues: [{ code: 'document.unknown' }],
      });
    }
  });

  it('refuses hostile files with the file named and keeps them off the recent list', async () => {
    const folder = await tempFolder();
    const { service, answers } = await desktop(folder);
    const path = join(folder, 'evil.yardstick.json');
    await writeFile(path, '{"__proto__": {"admin": true}}');
    answers.push(path);
    const result = await service.openFile(w1);
    expect(result).toMatchObject({ status: 'failed', name: 'evil.yardstick.json' });
    expect(await service.recentFiles(w1)).toEqual([]);
    answers.push(null);
    expect(await service.openFile(w1)).toEqual({ status: 'cancelled' });
  });

  it('reopens recent files by id, and drops one that has gone', async () => {
    const folder = await tempFolder();
    const { service, answers } = await desktop(folder);
    const path = join(folder, 'plan.yardstick.json');
    await writeFile(path, validScenarioText);
    answers.push(path);
    await service.openFile(w1);
    const [recent] = await service.recentFiles(w1);
    expect(recent).toMatchObject({ name: 'plan.yardstick.json', location: folder });
    expect(await service.openRecent(w1, recent?.recentId ?? '')).toMatchObject({
      status: 'opened',
    });

    await writeFile(path, ''); // still there, now invalid: stays listed
    expect((await service.openRecent(w1, recent?.recentId ?? '')).status).toBe('failed');
    expect(await service.recentFiles(w1)).toHaveLength(1);

    const { rm } = await import('node:fs/promises');
    await rm(path);
    expect(await service.openRecent(w1, recent?.recentId ?? '')).toMatchObject({
      status: 'failed',
      issues: [{ code: 'file.notFound' }],
    });
    expect(await service.recentFiles(w1)).toEqual([]);
    expect(await service.openRecent(w1, 'unknown')).toMatchObject({
      issues: [{ code: 'recent.unavailable' }],
    });
  });

  it('exports CSV with a byte-order mark and XLSX with numbers as numbers, one sheet each', async () => {
    const folder = await tempFolder();
    const { service, answers, asked } = await desktop(folder);
    const workbook: ExportWorkbook = {
      sheets: [
        {
          name: '输入',
          columns: [
            { header: '项目', kind: 'text' },
            { header: '金额', kind: 'amount' },
          ],
          rows: [['视觉检测', '6000000']],
        },
        {
          name: 'Projection',
          columns: [
            { header: 'Year', kind: 'year' },
            { header: 'Net cash flow', kind: 'amount' },
          ],
          rows: [
            ['0', '-6000000'],
            ['1', '1234567.89'],
          ],
        },
        {
          name: 'Metrics',
          columns: [
            { header: 'Metric', kind: 'text' },
            { header: 'Value', kind: 'rate' },
          ],
          rows: [['IRR', '0.1834']],
        },
      ],
    };
    answers.push(join(folder, 'out.csv'));
    expect(
      await service.exportWorkbook(w1, { format: 'csv', suggestedName: 'Line 3', workbook }),
    ).toEqual({ status: 'saved', name: 'out.csv' });
    expect(asked[0]?.defaultPath).toMatch(/Line 3\.csv$/);
    const csv = await readFile(join(folder, 'out.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('"视觉检测",6000000');

    answers.push(join(folder, 'out.xlsx'));
    await service.exportWorkbook(w1, { format: 'xlsx', suggestedName: 'Line 3', workbook });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(join(folder, 'out.xlsx'))) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['输入', 'Projection', 'Metrics']);
    const cell = book.getWorksheet('Projection')?.getCell('B3');
    expect(cell?.value).toBe(1234567.89);
    expect(cell?.numFmt).toContain('#,##0.00');
    expect(book.getWorksheet('Metrics')?.getCell('B2').numFmt).toBe('0.00%');

    answers.push(null);
    expect(
      await service.exportWorkbook(w1, { format: 'csv', suggestedName: 'x', workbook }),
    ).toEqual({ status: 'cancelled' });
  });

  it('writes the report as a PDF where the person chooses, and says so when rendering fails', async () => {
    const folder = await tempFolder();
    const printed: unknown[] = [];
    const offered: string[] = [];
    const { service, answers } = await desktop(folder, {
      renderPdf: async (report) => {
        printed.push(report);
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
      offerToOpen: async (_windowId, path) => {
        offered.push(path);
      },
    });
    answers.push(join(folder, 'board.pdf'));
    const report = {
      kind: 'investment',
      language: 'zh-CN',
      preparer: null,
      date: '2026-11-25',
      documentText: validScenarioText,
      scenarioId: null,
      monteCarlo: null,
    } as const;
    expect(await service.printToPdf(w1, { suggestedName: 'Board summary', report })).toEqual({
      status: 'saved',
      name: 'board.pdf',
    });
    expect((await readFile(join(folder, 'board.pdf'), 'utf8')).startsWith('%PDF')).toBe(true);
    expect(printed).toEqual([report]);
    // Then the person is offered to open it (a native question in the app).
    expect(offered).toEqual([join(folder, 'board.pdf')]);

    const failing = await desktop(await tempFolder(), {
      renderPdf: async () => Promise.reject(new Error('GPU lost')),
    });
    failing.answers.push(join(folder, 'never.pdf'));
    expect(await failing.service.printToPdf(w1, { suggestedName: 'x', report })).toMatchObject({
      status: 'failed',
      issues: [{ code: 'print.failed' }],
    });
  });

  it('keeps unsaved work across a crash: the next start lists it, restores it, and Save writes the original file', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'plan.yardstick.json');
    await writeFile(path, validScenarioText);

    const before = await desktop(folder);
    before.answers.push(path);
    const opened = await before.service.openFile(w1);
    if (opened.status !== 'opened') throw new Error('setup');
    const unsaved = withProjectName('Unsaved edit');
    await before.service.documentChanged(w1, {
      documentId: opened.document.documentId,
      title: 'plan',
      dirty: true,
    });
    await before.service.autosave(w1, {
      documentId: opened.document.documentId,
      title: 'plan',
      text: unsaved,
    });
    await before.sessions.require(1).autosaver.flush();
    expect(await before.service.listRecoveries(w1)).toEqual([]); // its own live work is not "recovered"
    // The process dies here: no clean shutdown, nothing else runs.

    const after = await desktop(folder);
    const [found] = await after.service.listRecoveries(w1);
    expect(found).toMatchObject({ title: 'plan', fromFile: true });
    const restored = await after.service.restoreRecovery(w1, found?.recoveryId ?? '');
    expect(restored).toMatchObject({
      status: 'restored',
      document: { name: 'plan.yardstick.json', text: unsaved },
    });
    if (restored.status !== 'restored') return;
    expect(await after.service.listRecoveries(w1)).toEqual([]); // adopted by this window now

    await after.service.save(w1, {
      documentId: restored.document.documentId,
      suggestedName: 'x',
      text: unsaved,
    });
    expect(after.asked).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(unsaved);
    await after.service.documentChanged(w1, {
      documentId: restored.document.documentId,
      title: 'plan',
      dirty: false,
    });
    expect(await readdir(join(after.data, 'recovery'))).toEqual([]);
  });

  it('ignores autosaves of clean work and lets other sessions’ work be discarded', async () => {
    const folder = await tempFolder();
    const { service, sessions, recovery } = await desktop(folder);
    await service.autosave(w1, { documentId: null, title: 'Untitled', text: '{}' });
    await sessions.require(1).autosaver.settled();
    expect(await recovery.list()).toEqual([]);

    await recovery.write({
      recoveryId: 'old',
      title: 'Old',
      savedAt: new Date().toISOString(),
      documentPath: null,
      text: 'x',
    });
    await service.discardRecovery(w1, 'old');
    expect(await service.listRecoveries(w1)).toEqual([]);
    expect(await service.restoreRecovery(w1, 'old')).toMatchObject({
      status: 'failed',
      issues: [{ code: 'recovery.missing' }],
    });
  });

  it('tells main how to title the window and whether it has unsaved changes', async () => {
    const folder = await tempFolder();
    const { service, observed, sessions } = await desktop(folder);
    await service.documentChanged(w1, { documentId: null, title: 'Untitled', dirty: true });
    expect(observed.documentState).toHaveBeenCalledWith(1, {
      title: 'Untitled',
      dirty: true,
      path: null,
    });
    expect(sessions.require(1).closeGuard.requestClose()).toBe('ask');
  });

  it('keeps settings and follows the system language until one is chosen', async () => {
    const folder = await tempFolder();
    const { service, observed } = await desktop(folder);
    expect(await service.appInfo(w1)).toMatchObject({
      host: 'desktop',
      platform: 'linux',
      systemLocale: 'zh-Hans-CN',
      locale: 'zh-CN',
      pdf: 'file',
    });
    expect(await service.updateSettings(w1, { locale: 'en' })).toEqual({
      locale: 'en',
      amountScale: 'unit',
      preparer: '',
    });
    expect(observed.settings).toHaveBeenCalledWith({
      locale: 'en',
      amountScale: 'unit',
      preparer: '',
    });
    expect((await service.appInfo(w1)).locale).toBe('en');
  });
});
