import { BrowserWindow, dialog, screen, type BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';
import { type Translate } from '../i18n/strings';
import { placeWindow, type WindowState } from '../store/window-state';
import type { CloseAnswer } from '../window/close-guard';
import type { WindowSession } from '../window/window-session';

export interface MainWindowOptions {
  url: string;
  savedState: WindowState | null;
  developerTools: boolean;
  backgroundColor: string;
}

/**
 * The app window. Its web preferences are the Electron security checklist written out in full (a
 * test reads them from this file): the page is sandboxed and isolated from the preload, has no
 * Node, keeps web security, runs no insecure content or experimental features, and embeds no
 * webviews. Navigation, new windows and permissions are refused for every web contents in
 * index.ts, which also sets the app-wide sandbox.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = placeWindow(
    options.savedState,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = newSecureWindow(
    {
      ...(placement.x !== null && placement.y !== null ? { x: placement.x, y: placement.y } : {}),
      width: placement.width,
      height: placement.height,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: 'Yardstick',
      backgroundColor: options.backgroundColor,
    },
    {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      devTools: options.developerTools,
    },
  );
  if (placement.maximized) window.maximize();
  if (placement.fullScreen) window.setFullScreen(true);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}

/**
 * Every window of the app, shown or hidden, with the checklist's web preferences: only the
 * preload (the host bridge, or none) and whether developer tools open differ.
 */
export function newSecureWindow(
  frame: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  page: { preload: string | null; devTools: boolean },
): BrowserWindow {
  return new BrowserWindow({
    ...frame,
    webPreferences: {
      ...(page.preload === null ? {} : { preload: page.preload }),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: page.devTools,
    },
  });
}

export function windowStateOf(window: BrowserWindow): WindowState {
  return {
    bounds: window.getNormalBounds(),
    maximized: window.isMaximized(),
    fullScreen: window.isFullScreen(),
  };
}

/** The platform's unsaved-changes prompt: Save, Don't Save, Cancel. */
export async function askToSave(
  window: BrowserWindow,
  session: WindowSession,
  t: Translate,
): Promise<CloseAnswer> {
  const answers: CloseAnswer[] = ['save', 'discard', 'cancel'];
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    message: t('unsaved.message', { title: session.title }),
    detail: t('unsaved.detail'),
    buttons: [t('unsaved.save'), t('unsaved.discard'), t('unsaved.cancel')],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return answers[response] ?? 'cancel';
}
