import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { CliIo } from '../../main/cli/io';
import { readScenarioText } from '../../main/cli/read-file';

/*
 * The real command line, as a process. `buildCli` goes through `npm run cli`'s script, which
 * rebuilds out/cli/yardstick.js when any source is newer, so the tests always run what the sources
 * say; `yardstick` then runs bin/yardstick.js, the installed command.
 */

export const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

export async function buildCli(): Promise<void> {
  await run(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), 'help'], { cwd: ROOT });
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/*
 * Tests may run concurrently, but never more processes at once than there are cores: the
 * machine is shared, and a queue of processes finishes sooner than a crowd of them.
 */
const slots = Math.max(1, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  while (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

export function runProcess(
  script: string,
  args: readonly string[],
  cwd = ROOT,
): Promise<CliResult> {
  return withSlot(() => spawnProcess(script, args, cwd));
}

function spawnProcess(script: string, args: readonly string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function yardstick(...args: string[]): Promise<CliResult> {
  return runProcess(join(ROOT, 'bin', 'yardstick.js'), args);
}

export async function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'yardstick-cli-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function writeTemp(
  dir: string,
  name: string,
  content: string | Uint8Array,
): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** The command in this process, reading real files, with what it prints kept. */
export function cliSession(overrides: Partial<CliIo> = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    readFile: readScenarioText,
    ...overrides,
  };
  return { io, out: () => out, err: () => err };
}
