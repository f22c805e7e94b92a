import { join } from 'node:path';

/*
 * The command line prints reports with a Chromium already on the machine: the one named by
 * YARDSTICK_CHROMIUM, else the usual install places of Chromium, Chrome and Edge (Edge is
 * Chromium too, and every Windows machine has it).
 */

export interface ChromiumSearch {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly isFile: (path: string) => boolean;
}

export function chromiumCandidates(search: Omit<ChromiumSearch, 'isFile'>): string[] {
  const { env, platform } = search;
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(
      (root): root is string => root !== undefined && root !== '',
    );
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  if (platform === 'darwin') {
    const apps = ['/Applications', join(env['HOME'] ?? '/', 'Applications')];
    return apps.flatMap((folder) => [
      join(folder, 'Google Chrome.app', 'Contents', 'MacOS', 'Google Chrome'),
      join(folder, 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
      join(folder, 'Microsoft Edge.app', 'Contents', 'MacOS', 'Microsoft Edge'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

export type ChromiumFound =
  | { readonly found: true; readonly path: string }
  | { readonly found: false; readonly message: string };

export function findChromium(search: ChromiumSearch): ChromiumFound {
  const named = search.env['YARDSTICK_CHROMIUM'];
  if (named !== undefined && named !== '') {
    return search.isFile(named)
      ? { found: true, path: named }
      : {
          found: false,
          message: `YARDSTICK_CHROMIUM names "${named}", which is not a file. Point it at a Chromium, Chrome or Edge executable.`,
        };
  }
  const candidates = chromiumCandidates(search);
  const path = candidates.find((candidate) => search.isFile(candidate));
  if (path !== undefined) return { found: true, path };
  return {
    found: false,
    message: `no Chromium, Chrome or Edge found to print the report (looked at ${candidates.join(', ')}). Install one, or set YARDSTICK_CHROMIUM to its executable.`,
  };
}
