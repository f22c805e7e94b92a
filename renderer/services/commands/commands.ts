import { accelerators } from '../../../shared/host/commands';
import type { MenuCommand } from '../../../shared/host/schemas';

/** What a person can ask for from the menus or the keyboard: the host's commands, and Close. */
export type CommandId = MenuCommand | 'close';

/**
 * A command's standard shortcut as the platform writes it (⇧⌘S on macOS, Ctrl+Shift+S
 * elsewhere), from the host's accelerator table, the one the native menu and the browser host use.
 */
export function shortcutLabel(
  command: CommandId,
  platform: 'mac' | 'windows' | 'other',
): string | null {
  const keys = acceleratorKeys(command, platform);
  if (keys === null) return null;
  if (platform === 'mac') {
    const symbols: Record<string, string> = { CmdOrCtrl: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };
    return keys.map((key) => symbols[key] ?? key).join('');
  }
  return keys.map((key) => (key === 'CmdOrCtrl' ? 'Ctrl' : key)).join('+');
}

/** The same shortcut in the notation of the `aria-keyshortcuts` attribute. */
export function ariaShortcut(
  command: CommandId,
  platform: 'mac' | 'windows' | 'other',
): string | null {
  const keys = acceleratorKeys(command, platform);
  if (keys === null) return null;
  return keys
    .map((key) =>
      key === 'CmdOrCtrl'
        ? platform === 'mac'
          ? 'Meta'
          : 'Control'
        : key === 'Ctrl'
          ? 'Control'
          : key,
    )
    .join('+');
}

/** The keys of a command's accelerator in the host's table (`CmdOrCtrl`, `Shift`, `S`), or null. */
function acceleratorKeys(
  command: CommandId,
  platform: 'mac' | 'windows' | 'other',
): string[] | null {
  if (command === 'close') return null;
  const accelerator = accelerators(
    platform === 'mac' ? 'darwin' : platform === 'windows' ? 'win32' : 'linux',
  )[command];
  return accelerator === null ? null : accelerator.split('+');
}
