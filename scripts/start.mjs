#!/usr/bin/env node
/*
 * `npm start`: build and launch the desktop app. Where the Electron binary is missing (an offline
 * install with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or a failed download), it says so in one line and
 * serves the browser build on 127.0.0.1 instead — the same interface, with the browser's file
 * picker and print dialog in place of the desktop's — rather than failing with a stack trace.
 *
 * YARDSTICK_START_PORT chooses the port (default 4173; the next free one when it is taken).
 * YARDSTICK_START_NO_BUILD=1 serves out/web as it is (the end-to-end test, which runs after the
 * build, uses it).
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const binary = electronBinary();
if ('path' in binary) {
  for (const args of [['build'], ['preview']]) {
    const run = spawnSync('npx', ['electron-vite', ...args], { stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  process.exit(0);
}

const { build, preview } = await import('vite');
const configFile = resolve(root, 'vite.web.config.ts');
if (process.env.YARDSTICK_START_NO_BUILD !== '1') await build({ configFile, logLevel: 'error' });
const port = Number(process.env.YARDSTICK_START_PORT ?? 4173);
const server = await preview({
  configFile,
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port, strictPort: false, open: false },
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(
  `Yardstick cannot open its desktop window: ${binary.reason}. Serving the browser version at ${url} instead — open it in a browser; Ctrl+C stops it.`,
);
