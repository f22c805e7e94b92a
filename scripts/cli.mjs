#!/usr/bin/env node
/*
 * `npm run cli -- ARGS`: runs the `yardstick` command line from a checkout. It builds
 * out/cli/yardstick.js first when that is missing or older than any source it is built from
 * (main/cli, shared, the Vite config), quietly, then runs it in this process with ARGS, so
 * stdout, stderr and the exit code are the command's own.
 */
import { mkdtempSync, readdirSync, renameSync, rmSync, statSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cliOutput = join(root, 'out', 'cli', 'yardstick.js');
const sources = [
  'main/cli',
  'main/compare',
  'main/files',
  'main/analysis',
  'shared',
  'vite.cli.config.ts',
];

function newestSourceTime() {
  let newest = 0;
  const visit = (path) => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (info === undefined) return;
    if (info.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else if (/\.(ts|mts|js|mjs|json)$/.test(path)) {
      newest = Math.max(newest, info.mtimeMs);
    }
  };
  for (const source of sources) visit(join(root, source));
  return newest;
}

export function cliIsStale() {
  const built = statSync(cliOutput, { throwIfNoEntry: false });
  return built === undefined || built.mtimeMs < newestSourceTime();
}

/**
 * Builds into a private folder and renames the result into place, so a reader (or a second
 * build running at the same time) never sees a half-written file.
 */
export async function buildCli() {
  const { build } = await import('vite');
  mkdirSync(dirname(cliOutput), { recursive: true });
  const staging = mkdtempSync(join(root, 'out', '.cli-build-'));
  try {
    await build({
      root,
      configFile: join(root, 'vite.cli.config.ts'),
      logLevel: 'silent',
      build: { outDir: staging, emptyOutDir: true },
    });
    renameSync(join(staging, 'yardstick.js'), cliOutput);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return cliOutput;
}

export async function ensureCliBuilt() {
  if (cliIsStale()) await buildCli();
  return cliOutput;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    await ensureCliBuilt();
  } catch (error) {
    process.stderr.write(
      `yardstick: could not build the command line: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
  await import(pathToFileURL(cliOutput).href);
}
