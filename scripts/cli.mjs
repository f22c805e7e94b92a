#!/usr/bin/env node
/*
 * `npm run cli -- ARGS`: runs the `yardstick` command line from a checkout. It builds
 * out/cli/yardstick.js first when that is missing or older than any source it is built from
 * (main/cli, shared, the Vite config), quietly, then runs it in this process with ARGS, so
 * stdout, stderr and the exit code are the command's own. Commands that print reports also need
 * the report page (out/web/report.html), built the same way.
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
  'main/report',
  'shared',
  'vite.cli.config.ts',
];
const webOutput = join(root, 'out', 'web');
const webSources = ['renderer', 'shared', 'vite.renderer.config.ts', 'vite.web.config.ts'];

function newestSourceTime(sources) {
  let newest = 0;
  const visit = (path) => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (info === undefined) return;
    if (info.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else if (/\.(ts|tsx|mts|js|mjs|json|css|html|svg)$/.test(path)) {
      newest = Math.max(newest, info.mtimeMs);
    }
  };
  for (const source of sources) visit(join(root, source));
  return newest;
}

function isStale(output, sources) {
  const built = statSync(output, { throwIfNoEntry: false });
  return built === undefined || built.mtimeMs < newestSourceTime(sources);
}

export function cliIsStale() {
  return isStale(cliOutput, sources);
}

/**
 * Builds into a private folder and renames the result into place, so a reader (or a second
 * build running at the same time) never sees a half-written file: the chunks first (their names
 * hold a hash of their content, so no running command loses the one it loads), the entry last.
 */
export async function buildCli() {
  const { build } = await import('vite');
  const chunks = join(dirname(cliOutput), 'chunks');
  mkdirSync(chunks, { recursive: true });
  const staging = mkdtempSync(join(root, 'out', '.cli-build-'));
  try {
    await build({
      root,
      configFile: join(root, 'vite.cli.config.ts'),
      logLevel: 'silent',
      build: { outDir: staging, emptyOutDir: true },
    });
    const built = join(staging, 'chunks');
    for (const chunk of readdirSync(built, { withFileTypes: true }).filter((e) => e.isFile()))
      renameSync(join(built, chunk.name), join(chunks, chunk.name));
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

/** The web renderer with the report page, built aside and then moved into out/web. */
export async function ensureReportPagesBuilt() {
  if (!isStale(join(webOutput, 'report.html'), webSources)) return webOutput;
  const { build } = await import('vite');
  mkdirSync(join(root, 'out'), { recursive: true });
  const staging = mkdtempSync(join(root, 'out', '.web-build-'));
  try {
    await build({
      configFile: join(root, 'vite.web.config.ts'),
      logLevel: 'silent',
      build: { outDir: staging, emptyOutDir: true },
    });
    rmSync(webOutput, { recursive: true, force: true });
    renameSync(staging, webOutput);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return webOutput;
}

const printsReports = (args) => args[0] === 'report' || args.includes('--report');

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    await ensureCliBuilt();
    if (printsReports(process.argv.slice(2))) await ensureReportPagesBuilt();
  } catch (error) {
    process.stderr.write(
      `yardstick: could not build the command line: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
  await import(pathToFileURL(cliOutput).href);
}
