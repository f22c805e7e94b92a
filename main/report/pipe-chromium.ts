import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CdpPipe } from './cdp-pipe';

/*
 * A headless Chromium driven over its DevTools pipe: started with a profile of its own in a
 * temporary folder (never the person's own browser profile), answered to once it is up, and on
 * close asked to quit, killed if it does not, and its profile removed.
 */

/** What every piped start adds to the headless arguments (chromium-args.ts). */
const PIPE_ARGS = [
  '--remote-debugging-pipe',
  // The layout of a page does not depend on whether a scroll bar happens to show.
  '--hide-scrollbars',
  '--mute-audio',
  '--no-default-browser-check',
  // No keyring or keychain asked for a password store the printer never uses.
  '--password-store=basic',
  '--use-mock-keychain',
  // Nothing started that a printer never uses (a tenth of a second of each start, measured).
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-default-apps',
  '--disable-breakpad',
  '--disable-field-trial-config',
  '--no-service-autorun',
];

/** How long Chromium gets to quit when asked before it is killed. */
const QUIT_MS = 5_000;

export interface PipedChromium {
  readonly pipe: CdpPipe;
  /** Quits the browser (killing it if it does not quit) and removes its profile; never throws. */
  close(): Promise<void>;
}

/** The last lines Chromium wrote to stderr: the reason when it does not start. */
function lastLines(text: string): string {
  const lines = text.trim().split('\n').slice(-3).join(' | ');
  return lines === '' ? 'no message' : lines;
}

/** Kills Chromium and, where it leads a process group, what is left of the group. */
function endGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') child.kill('SIGKILL');
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Nothing was left of it.
  }
}

/**
 * Starts `executable` with `args` and waits until it answers on the pipe. Rejects with what
 * Chromium said when it stops first (a launch that `launchHeadless` may retry without sandbox).
 */
export async function startPipedChromium(
  executable: string,
  args: readonly string[],
): Promise<PipedChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'yardstick-chromium-'));
  const child = spawn(
    executable,
    [...args, ...PIPE_ARGS, `--user-data-dir=${profile}`, 'about:blank'],
    // Its own process group (not on Windows, where that opens a console): the helper processes
    // Chromium starts go with it when the group is ended, and none is left in the caller's.
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: process.platform !== 'win32' },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4_000);
  });
  const pipe = new CdpPipe({
    toBrowser: child.stdio[3] as Writable,
    fromBrowser: child.stdio[4] as Readable,
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      pipe.close(new Error(`Chromium stopped (${signal ?? `exit ${code}`}): ${lastLines(stderr)}`));
      resolve();
    });
    child.once('error', (error) => {
      pipe.close(error);
      resolve();
    });
  });
  const running = () =>
    child.exitCode === null && child.signalCode === null && child.pid !== undefined;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      if (running()) {
        const quit = setTimeout(() => endGroup(child), QUIT_MS);
        pipe.send('Browser.close').catch(() => endGroup(child));
        await exited;
        clearTimeout(quit);
      }
      pipe.close(new Error('the browser was closed'));
      endGroup(child);
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    })();
    return closing;
  };

  try {
    await pipe.send('Browser.getVersion');
  } catch (error) {
    await close();
    throw new Error(
      `Chromium did not start: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return { pipe, close };
}
