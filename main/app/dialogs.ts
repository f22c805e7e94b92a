import { BrowserWindow, dialog, shell } from 'electron';
import { basename } from 'node:path';
import type { Translate } from '../i18n/strings';
import type { FileDialogs } from '../ipc/host-service';

/** The native open and save dialogs, modal to the window that asked. */
export const electronDialogs: FileDialogs = {
  async chooseOpenPath(windowId, options) {
    const window = BrowserWindow.fromId(windowId);
    const settings = { ...options, properties: ['openFile' as const] };
    const answer = window
      ? await dialog.showOpenDialog(window, settings)
      : await dialog.showOpenDialog(settings);
    return answer.canceled ? null : (answer.filePaths[0] ?? null);
  },
  async chooseSavePath(windowId, options) {
    const window = BrowserWindow.fromId(windowId);
    const settings = {
      ...options,
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    };
    const answer = window
      ? await dialog.showSaveDialog(window, settings)
      : await dialog.showSaveDialog(settings);
    return answer.canceled || !answer.filePath ? null : answer.filePath;
  },
};

/** "Saved the PDF. Open it now?" — and the system's PDF viewer when the answer is yes. */
export async function offerToOpenFile(windowId: number, path: string, t: Translate): Promise<void> {
  const window = BrowserWindow.fromId(windowId);
  const options = {
    type: 'info' as const,
    message: t('pdf.saved', { file: basename(path) }),
    buttons: [t('pdf.open'), t('pdf.close')],
    defaultId: 0,
    cancelId: 1,
  };
  const { response } = window
    ? await dialog.showMessageBox(window, options)
    : await dialog.showMessageBox(options);
  if (response === 0) await shell.openPath(path);
}
