import type { MenuCommand } from './schemas';

/**
 * The standard shortcut of each command, in Electron's accelerator syntax. Redo follows each
 * platform: Shift+Cmd+Z on macOS and most Linux desktops, Ctrl+Y on Windows.
 */
export function accelerators(platform: string): Record<MenuCommand, string | null> {
  return {
    new: 'CmdOrCtrl+N',
    open: 'CmdOrCtrl+O',
    save: 'CmdOrCtrl+S',
    'save-as': 'CmdOrCtrl+Shift+S',
    'export-csv': 'CmdOrCtrl+E',
    'export-xlsx': 'CmdOrCtrl+Shift+E',
    // Exported now and then, for a bank or an auditor: from the menu, no shortcut of its own.
    'export-formulas': null,
    'print-pdf': 'CmdOrCtrl+P',
    undo: 'CmdOrCtrl+Z',
    redo: platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z',
  };
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The command a key press means, for hosts without a native menu (the browser), so the same
 * shortcuts work there. `mac` decides whether Cmd or Ctrl is the command key.
 */
export function commandForKey(press: KeyPress, mac: boolean): MenuCommand | null {
  const command = mac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  if (!command || press.altKey) return null;
  const key = press.key.toLowerCase();
  const shift = press.shiftKey;
  if (key === 'z') return shift ? 'redo' : 'undo';
  if (key === 'y' && !mac && !shift) return 'redo';
  if (key === 's') return shift ? 'save-as' : 'save';
  if (key === 'e') return shift ? 'export-xlsx' : 'export-csv';
  if (shift) return null;
  if (key === 'n') return 'new';
  if (key === 'o') return 'open';
  if (key === 'p') return 'print-pdf';
  return null;
}
