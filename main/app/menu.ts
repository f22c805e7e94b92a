import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/host/schemas';
import { buildMenuTemplate, type MenuContext, type MenuItemSpec } from '../menu/menu-template';

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(recentId: string): void;
  clearRecent(): void;
}

function toElectron(spec: MenuItemSpec, actions: MenuActions): MenuItemConstructorOptions {
  switch (spec.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return spec.accelerator === null
        ? { role: spec.role, label: spec.label }
        : { role: spec.role, label: spec.label, accelerator: spec.accelerator };
    case 'command':
      return {
        label: spec.label,
        ...(spec.accelerator === null ? {} : { accelerator: spec.accelerator }),
        click: () => actions.command(spec.command),
      };
    case 'recent':
      return { label: spec.label, click: () => actions.openRecent(spec.recentId) };
    case 'clear-recent':
      return { label: spec.label, enabled: spec.enabled, click: () => actions.clearRecent() };
    case 'placeholder':
      return { label: spec.label, enabled: false };
    case 'submenu': {
      const submenu = spec.items.map((item) => toElectron(item, actions));
      return spec.role === null
        ? { label: spec.label, submenu }
        : { label: spec.label, role: spec.role, submenu };
    }
  }
}

/** Builds the application menu from the translated template; called again when it changes. */
export function installMenu(context: MenuContext, actions: MenuActions): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate(context).map((item) => toElectron(item, actions))),
  );
}
