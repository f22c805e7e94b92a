import {
  app,
  BrowserWindow,
  nativeTheme,
  session as electronSession,
  type WebContents,
} from 'electron';
import { join } from 'node:path';
import { eventChannel } from '../shared/host/contract';
import { checkScenarioText } from '../shared/host/document-check';
import { resolveLocale } from '../shared/i18n/locale';
import { REPORT_PAGE } from '../shared/report/request';
import { registerIpc } from './app/ipc';
import { readScenarioText } from './cli/read-file';
import { runCli } from './cli/run';
import { reportPrinter } from './app/report-window';
import { installMenu } from './app/menu';
import { electronDialogs, offerToOpenFile } from './app/dialogs';
import { handleAppProtocol, registerAppScheme } from './app/protocol';
import { askToSave, createMainWindow, windowStateOf } from './app/window';
import { translator } from './i18n/strings';
import { createHostService } from './ipc/host-service';
import { createInvokeRouter } from './ipc/router';
import { newRecoveryId, RecoveryStore } from './recovery/recovery-store';
import { isAllowedNavigation } from './security/origin';
import { rendererEntry } from './security/renderer-entry';
import { isAllowedRequest } from './security/requests';
import { RecentFilesStore } from './store/recent-files';
import { SettingsStore } from './store/settings-store';
import { WindowStateStore, type WindowState } from './store/window-state';
import { commandLineArgs, documentsInArgv } from './window/open-requests';
import { WindowSession, WindowSessions } from './window/window-session';

/*
 * The app's lifecycle: one instance, secure defaults for every web contents, then the window.
 * Everything that is not Electron wiring lives in plain modules (files, stores, service, menu).
 */

const developerTools = !app.isPackaged;
// A packaged app never loads from a dev server, whatever the environment says.
const entry = rendererEntry({
  isPackaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
});

app.enableSandbox();
registerAppScheme();

/** Every web contents, including any a bug or an attack might create, gets the same guards. */
function harden(contents: WebContents): void {
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (!isAllowedNavigation(url, entry.allowedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function denyPermissionsAndNetwork(): void {
  const session = electronSession.defaultSession;
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, entry.allowedOrigins) });
  });
}

function start(): void {
  const dataFolder = app.getPath('userData');
  const settings = new SettingsStore(join(dataFolder, 'settings.json'));
  const recentFiles = new RecentFilesStore(join(dataFolder, 'recent-files.json'));
  const windowStates = new WindowStateStore(join(dataFolder, 'window-state.json'));
  const recovery = new RecoveryStore(join(dataFolder, 'recovery'));
  const sessions = new WindowSessions();
  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>): void => {
    const settled = work
      .catch((error: unknown) => console.error(error))
      .finally(() => pending.delete(settled));
    pending.add(settled);
  };
  const systemLanguages = (): readonly string[] => {
    const preferred = app.getPreferredSystemLanguages();
    return preferred.length > 0 ? preferred : [app.getLocale()];
  };
  const mac = process.platform === 'darwin';
  let quitting = false;
  let lastWindowState: WindowState | null = null;
  let ready = false;
  const waitingPaths = documentsInArgv(process.argv, process.cwd());

  // The app's printer: a report page kept loaded while a window is open (main/report/warm-page.ts).
  const printer = reportPrinter(new URL(REPORT_PAGE, entry.url).href);
  const service = createHostService({
    sessions,
    dialogs: electronDialogs,
    validate: checkScenarioText,
    recentFiles,
    settings,
    recovery,
    app: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      systemLanguages,
      documentsFolder: app.getPath('documents'),
    },
    renderPdf: (report) => printer.print(report),
    offerToOpen: async (windowId, path) => offerToOpenFile(windowId, path, await translate()),
    recentFilesChanged(paths) {
      if (paths[0] === undefined) app.clearRecentDocuments();
      else app.addRecentDocument(paths[0]);
      track(refreshMenu());
    },
    settingsChanged: () => track(refreshMenu()),
    // The page titles its window (translated); main adds what only the OS shows: macOS's edited
    // dot and the file behind the title bar's proxy icon.
    documentStateChanged(windowId, state) {
      const window = BrowserWindow.fromId(windowId);
      if (!window || !mac) return;
      window.setDocumentEdited(state.dirty);
      window.setRepresentedFilename(state.path ?? '');
    },
    saveFinished(windowId, outcome) {
      if (sessions.get(windowId)?.closeGuard.saveFinished(outcome) === 'close')
        BrowserWindow.fromId(windowId)?.close();
    },
  });

  const router = createInvokeRouter({
    service,
    allowedOrigins: () => entry.allowedOrigins,
    onRefusal: (refusal) => console.warn(`Refused IPC: ${refusal.message}`),
  });

  async function translate() {
    return translator(resolveLocale((await settings.load()).locale, systemLanguages()));
  }

  async function refreshMenu(): Promise<void> {
    installMenu(
      {
        platform: process.platform,
        locale: resolveLocale((await settings.load()).locale, systemLanguages()),
        appName: app.getName(),
        recentFiles: await recentFiles.list(),
        developerTools,
      },
      {
        command: (command) =>
          toWindow(command === 'new' || command === 'open', (s) =>
            s.emit({ type: 'command', command }),
          ),
        openRecent: (recentId) => toWindow(true, (s) => s.emit({ type: 'open-recent', recentId })),
        clearRecent: () =>
          track(
            recentFiles.clear().then(() => {
              app.clearRecentDocuments();
              return refreshMenu();
            }),
          ),
      },
    );
  }

  /** Menu commands go to the focused window; New and Open (and OS opens) make one if there is none. */
  function toWindow(createIfNone: boolean, act: (session: WindowSession) => void): void {
    // The app's windows only: the report page's hidden window is not one.
    const first = sessions.all()[0];
    const focused =
      BrowserWindow.getFocusedWindow() ??
      (first === undefined ? null : BrowserWindow.fromId(first.windowId));
    const window = focused ?? (createIfNone ? openWindow() : null);
    const session = window ? sessions.get(window.id) : undefined;
    if (session) act(session);
  }

  function openWindow(): BrowserWindow {
    const window = createMainWindow({
      url: entry.url,
      savedState: lastWindowState,
      developerTools,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    });
    const { id } = window;
    const session = sessions.add(
      new WindowSession(id, recovery, (event) => {
        if (!window.isDestroyed()) window.webContents.send(eventChannel, event);
      }),
    );
    // The report page loads once the app's page has: the first print does not wait for it.
    window.webContents.once('did-finish-load', () => printer.prepare());
    window.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) session.pageReloaded();
    });
    let crashes = 0;
    window.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit') return;
      // The crashed page's unsaved work stays on disk under its old id, for the new page to offer.
      track(session.autosaver.rotate(newRecoveryId()));
      session.closeGuard.setDirty(false);
      session.pageReloaded();
      // A page that keeps crashing is left crashed rather than reloaded forever.
      crashes += 1;
      if (crashes <= 3) window.reload();
    });
    window.on('close', (event) => {
      if (session.closeGuard.requestClose() === 'allow') {
        lastWindowState = windowStateOf(window);
        track(windowStates.save(lastWindowState));
        return;
      }
      event.preventDefault();
      track(
        translate().then(async (t) => {
          const next = session.closeGuard.answer(await askToSave(window, session, t));
          if (next === 'close') {
            await session.autosaver.discard();
            window.close();
          } else if (next === 'save-first') {
            session.emit({ type: 'command', command: 'save' });
          } else {
            quitting = false;
          }
        }),
      );
    });
    window.on('closed', () => {
      sessions.delete(id);
      // With no window left nothing will print; a hidden window would keep the app running.
      if (sessions.all().length === 0) printer.release();
      if (quitting) app.quit();
    });
    return window;
  }

  function openFromOs(path: string): void {
    toWindow(true, (session) => {
      const window = BrowserWindow.fromId(session.windowId);
      if (window?.isMinimized()) window.restore();
      window?.focus();
      track(
        service
          .openPath(session.windowId, path)
          .then((result) => session.emit({ type: 'open-document', result })),
      );
    });
  }

  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (ready) openFromOs(path);
    else waitingPaths.push(path);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = documentsInArgv(argv, workingDirectory);
    if (paths.length === 0)
      toWindow(true, (session) => BrowserWindow.fromId(session.windowId)?.focus());
    for (const path of paths) openFromOs(path);
  });

  app.on('web-contents-created', (_event, contents) => harden(contents));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (!mac) app.quit();
  });
  let drained = false;
  app.on('will-quit', (event) => {
    if (drained) return;
    drained = true;
    event.preventDefault();
    const flushes = sessions.all().map((s) => s.autosaver.flush());
    void Promise.allSettled([...pending, ...flushes]).finally(() => app.quit());
  });

  void app.whenReady().then(async () => {
    if (process.platform === 'win32') app.setAppUserModelId('org.yardstick.app');
    denyPermissionsAndNetwork();
    handleAppProtocol(join(import.meta.dirname, '../renderer'));
    registerIpc(router, service);
    await recovery.sweepTemporaryFiles();
    lastWindowState = await windowStates.load();
    await refreshMenu();
    openWindow();
    ready = true;
    for (const path of waitingPaths.splice(0)) openFromOs(path);
    app.on('activate', () => {
      if (sessions.all().length === 0) openWindow();
    });
  });
}

/**
 * `Yardstick --cli report FILE -o OUT.pdf` (any command of the `yardstick` command line): the
 * command runs with Electron printing the reports, and no window opens.
 */
function runCommandLine(args: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => harden(contents));
  void app.whenReady().then(async () => {
    denyPermissionsAndNetwork();
    handleAppProtocol(join(import.meta.dirname, '../renderer'));
    const code = await runCli(args, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      readFile: readScenarioText,
      // A command prints once: its page is opened when it prints, none is kept loaded.
      printReport: (request, stages) =>
        reportPrinter(new URL(REPORT_PAGE, entry.url).href).print(request, stages),
    });
    app.exit(code);
  });
}

const cliArgs = commandLineArgs(process.argv);
if (cliArgs !== null) runCommandLine(cliArgs);
else if (app.requestSingleInstanceLock()) start();
else app.quit();
