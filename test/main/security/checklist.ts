import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/*
 * A static check of Electron's security checklist over the main-process and preload sources,
 * parsed with the TypeScript compiler. Each rule returns findings ("file: what is wrong"); the test
 * fails on any. It is small and specific to how this app is written, which is what lets it be
 * strict: a rule that cannot see a value (because it is computed) reports that as a finding.
 */

export interface Source {
  path: string;
  file: ts.SourceFile;
}

export function parse(path: string, text: string): Source {
  return {
    path,
    file: ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS),
  };
}

export function loadSources(root: string, folder: string): Source[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
    });
  return walk(join(root, folder)).map((full) =>
    parse(relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8')),
  );
}

function nodes(source: Source): ts.Node[] {
  const all: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    all.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source.file);
  return all;
}

const where = (source: Source, node: ts.Node): string => {
  const { line } = source.file.getLineAndCharacterOfPosition(node.getStart());
  return `${source.path}:${line + 1}`;
};

const nameOf = (name: ts.PropertyName): string | null =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const member of object.properties) {
    if (ts.isPropertyAssignment(member) && nameOf(member.name) === name) return member.initializer;
    if (ts.isShorthandPropertyAssignment(member) && member.name.text === name) return member.name;
  }
  return undefined;
}

const isTrue = (e: ts.Expression | undefined) => e?.kind === ts.SyntaxKind.TrueKeyword;
const isFalse = (e: ts.Expression | undefined) => e?.kind === ts.SyntaxKind.FalseKeyword;

/** `a.b.c(...)` → 'a.b.c'; also matches calls on any receiver by method name via `methodOf`. */
function calleeText(call: ts.CallExpression): string {
  return call.expression.getText();
}
function methodOf(call: ts.CallExpression): string | null {
  return ts.isPropertyAccessExpression(call.expression)
    ? call.expression.name.text
    : ts.isIdentifier(call.expression)
      ? call.expression.text
      : null;
}
/** `something.name(...)`: a method of an object (a window, a session), not a local function. */
const isMethodCall = (call: ts.CallExpression, name: string): boolean =>
  ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === name;
const calls = (sources: Source[]) =>
  sources.flatMap((source) =>
    nodes(source)
      .filter(ts.isCallExpression)
      .map((call) => ({ source, call })),
  );

/** Values a web page's preferences must have, and settings that must never be turned on. */
const required: Record<string, 'true' | 'false'> = {
  contextIsolation: 'true',
  sandbox: 'true',
  nodeIntegration: 'false',
  webSecurity: 'true',
};
const forbiddenOn = [
  'nodeIntegrationInWorker',
  'nodeIntegrationInSubFrames',
  'allowRunningInsecureContent',
  'experimentalFeatures',
  'webviewTag',
  'enableRemoteModule',
];
const forbiddenAny = ['enableBlinkFeatures', 'disableBlinkFeatures'];

export const rules: Record<string, (sources: Source[]) => string[]> = {
  /** Checklist 2-4, 6, 8, 9: context isolation, sandbox, no Node, web security, no insecure content, no experimental or Blink features, no webviews. */
  webPreferences(sources) {
    const findings: string[] = [];
    for (const source of sources) {
      for (const node of nodes(source)) {
        if (
          ts.isNewExpression(node) &&
          ['BrowserWindow', 'BrowserView', 'WebContentsView'].includes(node.expression.getText())
        ) {
          const options = node.arguments?.[0];
          const prefs =
            options && ts.isObjectLiteralExpression(options)
              ? property(options, 'webPreferences')
              : undefined;
          if (!prefs || !ts.isObjectLiteralExpression(prefs)) {
            findings.push(
              `${where(source, node)}: new ${node.expression.getText()} without literal webPreferences to check`,
            );
            continue;
          }
          for (const [name, value] of Object.entries(required)) {
            const set = property(prefs, name);
            if (!(value === 'true' ? isTrue(set) : isFalse(set)))
              findings.push(
                `${where(source, node)}: webPreferences.${name} must be literally ${value}`,
              );
          }
          const devTools = property(prefs, 'devTools');
          if (devTools === undefined || isTrue(devTools))
            findings.push(
              `${where(source, node)}: webPreferences.devTools must be off in a packaged app`,
            );
        }
        if (ts.isPropertyAssignment(node)) {
          const name = nameOf(node.name);
          if (name === null) continue;
          if (forbiddenOn.includes(name) && !isFalse(node.initializer))
            findings.push(`${where(source, node)}: ${name} must be false`);
          if (forbiddenAny.includes(name))
            findings.push(`${where(source, node)}: ${name} must not be set`);
          if (
            name in required &&
            !(required[name] === 'true' ? isTrue(node.initializer) : isFalse(node.initializer))
          ) {
            findings.push(`${where(source, node)}: ${name} must be literally ${required[name]}`);
          }
        }
      }
    }
    return findings;
  },

  /** Checklist 4: every renderer sandboxed, app-wide. */
  appSandbox(sources) {
    return calls(sources).some(({ call }) => calleeText(call) === 'app.enableSandbox')
      ? []
      : ['app.enableSandbox() is never called'];
  },

  /** Checklist 13-14: no navigation away from the app, no new windows, no webview attach. */
  navigationAndWindows(sources) {
    const findings: string[] = [];
    const events = new Set(
      calls(sources)
        .filter(
          ({ call }) =>
            methodOf(call) === 'on' && call.arguments[0] && ts.isStringLiteral(call.arguments[0]),
        )
        .map(({ call }) => (call.arguments[0] as ts.StringLiteral).text),
    );
    for (const event of [
      'will-navigate',
      'will-frame-navigate',
      'will-redirect',
      'will-attach-webview',
      'web-contents-created',
    ]) {
      if (!events.has(event)) findings.push(`no '${event}' handler`);
    }
    const openHandlers = calls(sources).filter(
      ({ call }) => methodOf(call) === 'setWindowOpenHandler',
    );
    if (openHandlers.length === 0) findings.push('setWindowOpenHandler is never registered');
    for (const source of sources) {
      for (const node of nodes(source)) {
        if (
          ts.isPropertyAssignment(node) &&
          nameOf(node.name) === 'action' &&
          !(ts.isStringLiteral(node.initializer) && node.initializer.text === 'deny')
        ) {
          findings.push(
            `${where(source, node)}: a window-open handler may only answer { action: 'deny' }`,
          );
        }
      }
    }
    return findings;
  },

  /** Checklist 5: permission requests (camera, geolocation, notifications…) are refused. */
  permissions(sources) {
    const names = new Set(calls(sources).map(({ call }) => methodOf(call)));
    return [
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'setDevicePermissionHandler',
    ]
      .filter((name) => !names.has(name))
      .map((name) => `${name} is never set`);
  },

  /** Checklist 14-15, 'no remote': nothing opens external content or runs strings as code. */
  dangerousApis(sources) {
    const findings: string[] = [];
    for (const source of sources) {
      for (const node of nodes(source)) {
        if (
          ts.isImportDeclaration(node) &&
          ts.isStringLiteral(node.moduleSpecifier) &&
          node.moduleSpecifier.text.includes('remote')
        ) {
          findings.push(`${where(source, node)}: imports ${node.moduleSpecifier.text}`);
        }
        if (ts.isCallExpression(node)) {
          const method = methodOf(node);
          if (
            method &&
            [
              'openExternal',
              'executeJavaScript',
              'executeJavaScriptInIsolatedWorld',
              'eval',
              'insertCSS',
            ].includes(method)
          ) {
            // The one audited exception: the report printer hands the page a schema-checked
            // request encoded as JSON by renderCall (main/report/report-page-run.ts), not code.
            const argument = node.arguments[0];
            const jsonCall =
              method === 'executeJavaScript' &&
              argument !== undefined &&
              ts.isCallExpression(argument) &&
              argument.expression.getText() === 'renderCall';
            if (!jsonCall) findings.push(`${where(source, node)}: calls ${method}`);
          }
        }
        if (ts.isNewExpression(node) && node.expression.getText() === 'Function')
          findings.push(`${where(source, node)}: new Function`);
        if (ts.isIdentifier(node) && node.text === 'remote' && ts.isImportSpecifier(node.parent))
          findings.push(`${where(source, node)}: imports remote`);
      }
    }
    return findings;
  },

  /** Checklist 17-18: a privileged custom protocol (standard, secure) instead of file:, never bypassing CSP. */
  customProtocol(sources) {
    const findings: string[] = [];
    const registrations = calls(sources).filter(
      ({ call }) => methodOf(call) === 'registerSchemesAsPrivileged',
    );
    if (registrations.length === 0) findings.push('no custom protocol is registered');
    for (const { source, call } of registrations) {
      const text = call.getText();
      if (!/standard:\s*true/.test(text) || !/secure:\s*true/.test(text))
        findings.push(`${where(source, call)}: the app scheme must be standard and secure`);
      if (/bypassCSP:\s*true/.test(text))
        findings.push(`${where(source, call)}: the app scheme must not bypass the CSP`);
    }
    if (!calls(sources).some(({ call }) => calleeText(call) === 'protocol.handle'))
      findings.push('the app protocol is never handled');
    for (const { source, call } of calls(sources)) {
      if (isMethodCall(call, 'loadFile'))
        findings.push(`${where(source, call)}: pages load from app://, not file:`);
    }
    return findings;
  },

  /** Never from a dev server in a packaged build: the dev URL only reaches rendererEntry with isPackaged. */
  devServerGate(sources) {
    const findings: string[] = [];
    for (const source of sources) {
      for (const node of nodes(source)) {
        if (ts.isPropertyAccessExpression(node) && node.name.text === 'ELECTRON_RENDERER_URL') {
          let up: ts.Node | undefined = node.parent;
          while (up && !(ts.isCallExpression(up) && up.expression.getText() === 'rendererEntry'))
            up = up.parent;
          const options = up && ts.isCallExpression(up) ? up.arguments[0] : undefined;
          const gated =
            options &&
            ts.isObjectLiteralExpression(options) &&
            property(options, 'isPackaged')?.getText() === 'app.isPackaged';
          if (!gated)
            findings.push(
              `${where(source, node)}: ELECTRON_RENDERER_URL used outside rendererEntry({ isPackaged: app.isPackaged, … })`,
            );
        }
      }
    }
    for (const { source, call } of calls(sources)) {
      if (isMethodCall(call, 'loadURL') && call.arguments[0]?.getText() !== 'options.url') {
        findings.push(
          `${where(source, call)}: loadURL of something other than the checked renderer entry`,
        );
      }
    }
    return findings;
  },

  /** Checklist 16-17 for IPC: one registration module, only invoke handlers, each through the validating router. */
  ipcRegistration(sources) {
    const findings: string[] = [];
    for (const { source, call } of calls(sources)) {
      const callee = calleeText(call);
      if (!callee.startsWith('ipcMain.')) continue;
      if (source.path !== 'main/app/ipc.ts')
        findings.push(`${where(source, call)}: ipcMain used outside main/app/ipc.ts`);
      if (callee !== 'ipcMain.handle')
        findings.push(
          `${where(source, call)}: ${callee}: only ipcMain.handle, routed through the validator`,
        );
      const handler = call.arguments[1];
      if (!handler || !/\b(route|contextOf)\(/.test(handler.getText()))
        findings.push(`${where(source, call)}: handler does not go through router.route/contextOf`);
    }
    return findings;
  },

  /** The preload exposes one object, built by createHostBridge, and never ipcRenderer itself. */
  preloadExposure(sources) {
    const findings: string[] = [];
    const exposures = calls(sources).filter(({ call }) => methodOf(call) === 'exposeInMainWorld');
    if (exposures.length !== 1)
      findings.push(`exposeInMainWorld is called ${exposures.length} times; expected once`);
    for (const { source, call } of exposures) {
      if (source.path !== 'main/preload/index.ts')
        findings.push(`${where(source, call)}: exposeInMainWorld outside the preload entry`);
      const value = call.arguments[1];
      if (
        !value ||
        !ts.isCallExpression(value) ||
        value.expression.getText() !== 'createHostBridge'
      ) {
        findings.push(`${where(source, call)}: must expose createHostBridge(…), nothing else`);
      }
    }
    for (const { source, call } of calls(sources)) {
      if (/^ipcRenderer\.(send|sendSync|sendTo|sendToHost|postMessage)$/.test(calleeText(call)))
        findings.push(`${where(source, call)}: ${calleeText(call)}`);
    }
    return findings;
  },

  /** Only the Electron shell imports electron; everything else is plain, testable Node. */
  electronImports(sources) {
    const allowed = /^main\/(index\.ts|app\/[^/]+\.ts|preload\/index\.ts)$/;
    const findings: string[] = [];
    for (const source of sources) {
      for (const node of nodes(source)) {
        if (
          ts.isImportDeclaration(node) &&
          ts.isStringLiteral(node.moduleSpecifier) &&
          node.moduleSpecifier.text === 'electron' &&
          !allowed.test(source.path)
        ) {
          findings.push(`${where(source, node)}: imports electron outside the shell files`);
        }
      }
    }
    return findings;
  },
};
