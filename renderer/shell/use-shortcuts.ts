import { useEffect, useRef } from 'react';
import { commandForKey } from '../../shared/host/commands';
import type { CommandId } from '../services/commands/commands';

function isTextField(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || typeof element.tagName !== 'string') return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/**
 * Keyboard shortcuts the host does not deliver. Both hosts turn shortcuts into command events
 * (Electron through its native menu), but the browser host leaves undo and redo inside text fields
 * to the field; here they undo the document instead, since every keystroke in a field is already a
 * document edit that the field then shows. `all` is for a page without any host.
 */
export function useShortcuts(
  scope: 'all' | 'text-fields' | 'none',
  run: (command: CommandId) => void,
): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    if (scope === 'none') return;
    const mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event, mac);
      if (command === null) return;
      if (scope === 'text-fields') {
        if (command !== 'undo' && command !== 'redo') return;
        if (!isTextField(event.target)) return;
      }
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [scope]);
}
