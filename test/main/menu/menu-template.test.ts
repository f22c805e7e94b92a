import { describe, expect, it } from 'vitest';
import {
  buildMenuTemplate,
  type MenuContext,
  type MenuItemSpec,
} from '../../../main/menu/menu-template';

const context = (overrides: Partial<MenuContext> = {}): MenuContext => ({
  platform: 'win32',
  locale: 'en',
  appName: 'Yardstick',
  recentFiles: [],
  developerTools: false,
  ...overrides,
});

function flatten(items: MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) =>
    item.kind === 'submenu' ? [item, ...flatten(item.items)] : [item],
  );
}

function labels(items: MenuItemSpec[]): string[] {
  return flatten(items).flatMap((item) => ('label' in item ? [item.label] : []));
}

const commandKeys = (items: MenuItemSpec[]) =>
  Object.fromEntries(
    flatten(items).flatMap((i) => (i.kind === 'command' ? [[i.command, i.accelerator]] : [])),
  );

describe('the application menu', () => {
  it('puts the app menu first on macOS only, with Quit there instead of in File', () => {
    const mac = buildMenuTemplate(context({ platform: 'darwin' }));
    expect(mac.map((m) => (m.kind === 'submenu' ? m.label : '')).slice(0, 2)).toEqual([
      'Yardstick',
      'File',
    ]);
    const appMenu = mac[0];
    expect(
      appMenu?.kind === 'submenu' &&
        appMenu.items.some((i) => i.kind === 'role' && i.role === 'quit'),
    ).toBe(true);
    const file = mac[1];
    expect(
      file?.kind === 'submenu' && file.items.some((i) => i.kind === 'role' && i.role === 'quit'),
    ).toBe(false);

    const windows = buildMenuTemplate(context({ platform: 'win32' }));
    expect(windows.map((m) => (m.kind === 'submenu' ? m.label : ''))).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
    expect(labels(windows)).toContain('Exit');
  });

  it('offers every standard command with its standard shortcut', () => {
    expect(commandKeys(buildMenuTemplate(context({ platform: 'darwin' })))).toEqual({
      new: 'CmdOrCtrl+N',
      open: 'CmdOrCtrl+O',
      save: 'CmdOrCtrl+S',
      'save-as': 'CmdOrCtrl+Shift+S',
      'export-csv': 'CmdOrCtrl+E',
      'export-xlsx': 'CmdOrCtrl+Shift+E',
      // Rarely used: in the File menu without a shortcut of its own.
      'export-formulas': null,
      'print-pdf': 'CmdOrCtrl+P',
      undo: 'CmdOrCtrl+Z',
      redo: 'Shift+CmdOrCtrl+Z',
    });
    expect(commandKeys(buildMenuTemplate(context({ platform: 'win32' }))).redo).toBe('Ctrl+Y');
    const close = flatten(buildMenuTemplate(context())).find(
      (i) => i.kind === 'role' && i.role === 'close',
    );
    expect(close).toMatchObject({ accelerator: 'CmdOrCtrl+W' });
    // Clipboard shortcuts only work in Electron when the Edit menu carries their roles.
    const roles = flatten(buildMenuTemplate(context({ platform: 'darwin' }))).flatMap((i) =>
      i.kind === 'role' ? [i.role] : [],
    );
    expect(roles).toEqual(
      expect.arrayContaining([
        'cut',
        'copy',
        'paste',
        'selectAll',
        'hide',
        'about',
        'minimize',
        'front',
      ]),
    );
  });

  it('lists recent files, tells same-named ones apart and escapes & in names', () => {
    const items = flatten(
      buildMenuTemplate(
        context({
          platform: 'linux',
          recentFiles: [
            { recentId: 'a', name: 'R&D.yardstick.json', location: '/plans' },
            { recentId: 'b', name: 'plan.yardstick.json', location: '/x' },
            { recentId: 'c', name: 'plan.yardstick.json', location: '/y' },
          ],
        }),
      ),
    );
    expect(items.filter((i) => i.kind === 'recent').map((i) => i.label)).toEqual([
      'R&&D.yardstick.json',
      'plan.yardstick.json — /x',
      'plan.yardstick.json — /y',
    ]);
    expect(items.some((i) => i.kind === 'clear-recent')).toBe(true);
    expect(flatten(buildMenuTemplate(context())).find((i) => i.kind === 'placeholder')?.label).toBe(
      'No Recent Files',
    );
  });

  it('is fully translated into Simplified Chinese', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const en = labels(buildMenuTemplate(context({ platform, locale: 'en' })));
      const zh = labels(buildMenuTemplate(context({ platform, locale: 'zh-CN' })));
      expect(zh).toHaveLength(en.length);
      // Only the product's own name stays the same in both languages.
      const same = zh.filter((label, i) => label === en[i]);
      expect(same.every((label) => label === 'Yardstick')).toBe(true);
    }
    expect(buildMenuTemplate(context({ locale: 'zh-CN' }))[0]).toMatchObject({ label: '文件(&F)' });
  });

  it('shows reload and developer tools only in development', () => {
    expect(labels(buildMenuTemplate(context()))).not.toContain('Toggle Developer Tools');
    expect(labels(buildMenuTemplate(context({ developerTools: true })))).toContain(
      'Toggle Developer Tools',
    );
  });
});
