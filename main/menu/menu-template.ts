import { accelerators } from '../../shared/host/commands';
import type { Locale, MenuCommand, RecentFile } from '../../shared/host/schemas';
import { translator, type StringKey, type Translate } from '../i18n/strings';

/** The Electron menu roles Yardstick uses; the glue passes them through unchanged. */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'window'
  | 'help';

/**
 * A menu as data, so that it can be built and tested without Electron: the glue turns `command`
 * into "send this command to the focused window", `recent` into "open this recent file".
 */
export type MenuItemSpec =
  | { kind: 'separator' }
  | { kind: 'role'; role: MenuRole; label: string; accelerator: string | null }
  | { kind: 'command'; command: MenuCommand; label: string; accelerator: string | null }
  | { kind: 'recent'; recentId: string; label: string }
  | { kind: 'clear-recent'; label: string; enabled: boolean }
  | { kind: 'placeholder'; label: string }
  | { kind: 'submenu'; label: string; role: MenuRole | null; items: MenuItemSpec[] };

export interface MenuContext {
  platform: NodeJS.Platform;
  locale: Locale;
  appName: string;
  recentFiles: readonly Pick<RecentFile, 'recentId' | 'name' | 'location'>[];
  /** Reload and developer tools only in an unpackaged (development) build. */
  developerTools: boolean;
}

const mnemonics: Partial<Record<StringKey, string>> = {
  'menu.file': 'F',
  'menu.edit': 'E',
  'menu.view': 'V',
  'menu.window': 'W',
  'menu.help': 'H',
};

/** `&` marks the Alt-key letter on Windows and Linux; Chinese menus show it as `文件(&F)`. */
function topLabel(t: Translate, key: StringKey, ctx: MenuContext): string {
  const label = t(key);
  const letter = mnemonics[key];
  if (ctx.platform === 'darwin' || letter === undefined) return label;
  const at = label.toUpperCase().indexOf(letter);
  if (ctx.locale === 'en' && at >= 0) return `${label.slice(0, at)}&${label.slice(at)}`;
  return `${label}(&${letter})`;
}

/** A file name is shown as is: a `&` in it must not become a mnemonic. */
function literal(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replaceAll('&', '&&');
}

function recentItems(t: Translate, ctx: MenuContext): MenuItemSpec[] {
  if (ctx.recentFiles.length === 0) {
    return [{ kind: 'placeholder', label: t('file.noRecent') }];
  }
  const counts = new Map<string, number>();
  for (const file of ctx.recentFiles) counts.set(file.name, (counts.get(file.name) ?? 0) + 1);
  return [
    ...ctx.recentFiles.map((file): MenuItemSpec => {
      // Two files of one name are told apart by their folder.
      const text = (counts.get(file.name) ?? 0) > 1 ? `${file.name} — ${file.location}` : file.name;
      return { kind: 'recent', recentId: file.recentId, label: literal(text, ctx.platform) };
    }),
    { kind: 'separator' },
    { kind: 'clear-recent', label: t('file.clearRecent'), enabled: true },
  ];
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemSpec[] {
  const t = translator(ctx.locale);
  const app = { app: ctx.appName };
  const mac = ctx.platform === 'darwin';
  const keys = accelerators(ctx.platform);
  const command = (name: MenuCommand, key: StringKey): MenuItemSpec => ({
    kind: 'command',
    command: name,
    label: t(key),
    accelerator: keys[name],
  });
  const role = (
    name: MenuRole,
    key: StringKey,
    accelerator: string | null = null,
  ): MenuItemSpec => ({
    kind: 'role',
    role: name,
    label: t(key, app),
    accelerator,
  });
  const separator: MenuItemSpec = { kind: 'separator' };

  const appMenu: MenuItemSpec = {
    kind: 'submenu',
    label: ctx.appName,
    role: null,
    items: [
      role('about', 'app.about'),
      separator,
      { kind: 'submenu', label: t('app.services'), role: 'services', items: [] },
      separator,
      role('hide', 'app.hide'),
      role('hideOthers', 'app.hideOthers'),
      role('unhide', 'app.showAll'),
      separator,
      role('quit', 'app.quit'),
    ],
  };

  const fileMenu: MenuItemSpec = {
    kind: 'submenu',
    label: topLabel(t, 'menu.file', ctx),
    role: null,
    items: [
      command('new', 'file.new'),
      command('open', 'file.open'),
      { kind: 'submenu', label: t('file.openRecent'), role: null, items: recentItems(t, ctx) },
      separator,
      command('save', 'file.save'),
      command('save-as', 'file.saveAs'),
      separator,
      command('export-csv', 'file.exportCsv'),
      command('export-xlsx', 'file.exportXlsx'),
      command('export-formulas', 'file.exportFormulas'),
      command('print-pdf', 'file.printPdf'),
      separator,
      role('close', 'file.close', 'CmdOrCtrl+W'),
      ...(mac
        ? []
        : [separator, role('quit', 'app.exit', ctx.platform === 'linux' ? 'Ctrl+Q' : null)]),
    ],
  };

  const editMenu: MenuItemSpec = {
    kind: 'submenu',
    label: topLabel(t, 'menu.edit', ctx),
    role: null,
    items: [
      command('undo', 'edit.undo'),
      command('redo', 'edit.redo'),
      separator,
      role('cut', 'edit.cut', 'CmdOrCtrl+X'),
      role('copy', 'edit.copy', 'CmdOrCtrl+C'),
      role('paste', 'edit.paste', 'CmdOrCtrl+V'),
      ...(mac ? [role('pasteAndMatchStyle', 'edit.pasteAndMatchStyle', 'Shift+Option+Cmd+V')] : []),
      role('delete', 'edit.delete'),
      separator,
      role('selectAll', 'edit.selectAll', 'CmdOrCtrl+A'),
    ],
  };

  const viewMenu: MenuItemSpec = {
    kind: 'submenu',
    label: topLabel(t, 'menu.view', ctx),
    role: null,
    items: [
      ...(ctx.developerTools
        ? [
            role('reload', 'view.reload', 'CmdOrCtrl+R'),
            role('toggleDevTools', 'view.devTools', mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I'),
            separator,
          ]
        : []),
      role('resetZoom', 'view.resetZoom', 'CmdOrCtrl+0'),
      role('zoomIn', 'view.zoomIn', 'CmdOrCtrl+Plus'),
      role('zoomOut', 'view.zoomOut', 'CmdOrCtrl+-'),
      separator,
      role('togglefullscreen', 'view.fullScreen', mac ? 'Ctrl+Cmd+F' : 'F11'),
    ],
  };

  const windowMenu: MenuItemSpec = {
    kind: 'submenu',
    label: topLabel(t, 'menu.window', ctx),
    role: 'window',
    items: mac
      ? [
          role('minimize', 'window.minimize', 'Cmd+M'),
          role('zoom', 'window.zoom'),
          separator,
          role('front', 'window.front'),
        ]
      : [role('minimize', 'window.minimize'), role('close', 'file.close')],
  };

  const helpMenu: MenuItemSpec = {
    kind: 'submenu',
    label: topLabel(t, 'menu.help', ctx),
    role: 'help',
    items: mac ? [] : [role('about', 'app.about')],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
