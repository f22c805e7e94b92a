import { BrowserWindow, dialog } from 'electron';
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
