import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/host/csp';
import { loadSources, parse, rules, type Source } from './checklist';

const sources = loadSources(process.cwd(), 'main');

describe('Electron security checklist (static check of main/ and the preload)', () => {
  it('has sources to check, including the window, the lifecycle and the preload', () => {
    const paths = sources.map((s) => s.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'main/index.ts',
        'main/app/window.ts',
        'main/preload/index.ts',
        'main/app/ipc.ts',
      ]),
    );
  });

  it.each(Object.keys(rules))('%s: no findings', (rule) => {
    expect(rules[rule]?.(sources)).toEqual([]);
  });

  it('uses a current Electron', () => {
    const { devDependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const major = Number(/\d+/.exec(devDependencies.electron ?? '')?.[0]);
    expect(major).toBeGreaterThanOrEqual(45);
  });

  it('has a strict CSP: nothing remote, no eval, no inline script, no plugins', () => {
    const directives = Object.fromEntries(
      contentSecurityPolicy.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|wss?:|\*/);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
  });
});

/** The checker must catch what it is meant to catch, or a green run proves nothing. */
describe('the checklist checker', () => {
  const check = (rule: string, path: string, code: string): string[] =>
    rules[rule]?.([parse(path, code)]) ?? [];
  const good: Source[] = sources;

  it.each([
    [
      'nodeIntegration on',
      'new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: true, webSecurity: true, devTools: false } })',
    ],
    [
      'isolation off',
      'new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false } })',
    ],
    [
      'sandbox missing',
      'new BrowserWindow({ webPreferences: { contextIsolation: true, nodeIntegration: false, webSecurity: true, devTools: false } })',
    ],
    ['computed preferences', 'new BrowserWindow({ webPreferences: prefs })'],
    ['insecure content', 'const p = { allowRunningInsecureContent: true }'],
    ['blink features', 'const p = { enableBlinkFeatures: "X" }'],
    ['webviews', 'const p = { webviewTag: true }'],
  ])('webPreferences catches %s', (_what, code) => {
    expect(check('webPreferences', 'main/x.ts', code)).not.toEqual([]);
  });

  it('catches a window-open handler that allows, and a missing sandbox switch', () => {
    expect(
      check(
        'navigationAndWindows',
        'main/x.ts',
        "c.setWindowOpenHandler(() => ({ action: 'allow' }))",
      ),
    ).not.toEqual([]);
    expect(check('appSandbox', 'main/x.ts', 'app.whenReady()')).not.toEqual([]);
  });

  it('catches openExternal, eval and remote', () => {
    expect(check('dangerousApis', 'main/x.ts', 'shell.openExternal(url)')).not.toEqual([]);
    expect(check('dangerousApis', 'main/x.ts', 'eval(code)')).not.toEqual([]);
    expect(check('dangerousApis', 'main/x.ts', "import { remote } from 'electron'")).not.toEqual(
      [],
    );
  });

  it('allows executeJavaScript only for the report request encoded as JSON', () => {
    expect(check('dangerousApis', 'main/x.ts', 'contents.executeJavaScript(code)')).not.toEqual([]);
    expect(
      check('dangerousApis', 'main/x.ts', 'contents.executeJavaScript(`render(${text})`)'),
    ).not.toEqual([]);
    expect(
      check('dangerousApis', 'main/x.ts', 'contents.executeJavaScript(renderCall(request), true)'),
    ).toEqual([]);
  });

  it('catches ipcRenderer exposed, ipcMain.on, unvalidated handlers and stray electron imports', () => {
    expect(
      check(
        'preloadExposure',
        'main/preload/index.ts',
        "contextBridge.exposeInMainWorld('ipc', ipcRenderer)",
      ),
    ).not.toEqual([]);
    expect(
      check('ipcRegistration', 'main/app/ipc.ts', "ipcMain.on('x', (e, a) => save(a))"),
    ).not.toEqual([]);
    expect(
      check('ipcRegistration', 'main/app/ipc.ts', "ipcMain.handle('x', (e, a) => save(a))"),
    ).not.toEqual([]);
    expect(
      check('electronImports', 'main/files/x.ts', "import { app } from 'electron'"),
    ).not.toEqual([]);
  });

  it('catches a dev server URL that is not gated on isPackaged, and file: loading', () => {
    expect(
      check('devServerGate', 'main/x.ts', 'win.loadURL(process.env.ELECTRON_RENDERER_URL)'),
    ).toHaveLength(2);
    expect(
      check(
        'devServerGate',
        'main/x.ts',
        'rendererEntry({ isPackaged: false, devServerUrl: process.env.ELECTRON_RENDERER_URL })',
      ),
    ).not.toEqual([]);
    expect(
      check(
        'customProtocol',
        'main/x.ts',
        "protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, bypassCSP: true } }]); protocol.handle('app', f); w.loadFile('index.html')",
      ),
    ).toHaveLength(2);
  });

  it('passes the real sources (sanity: the rules ran on them)', () => {
    expect(good.length).toBeGreaterThan(10);
  });
});
