import { spawnSync } from 'node:child_process';

/**
 * How Yardstick starts a headless Chromium (the command line's printer, and the end-to-end tests):
 * no GPU, and nothing that reaches the network on its own. The sandbox stays on wherever it can
 * run; see `launchHeadless`.
 */
export const HEADLESS_CHROMIUM_ARGS = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const NO_SANDBOX = '--no-sandbox';

/** The arguments of a headless Chromium, with or without its sandbox. */
export const chromiumArgs = (sandbox: boolean): string[] =>
  sandbox ? [...HEADLESS_CHROMIUM_ARGS] : [...HEADLESS_CHROMIUM_ARGS, NO_SANDBOX];

/** Whether this process runs as root, where Chromium will not start its sandbox. */
export const runsAsRoot = (): boolean => process.getuid?.() === 0;

/**
 * Starts Chromium with its sandbox, which isolates the page from the machine. It cannot be used
 * in two cases, and only then is it switched off: as root, Chromium refuses to start with it
 * ("Running as root without --no-sandbox is not supported"); and where the kernel offers no user
 * namespaces and no setuid sandbox helper is installed (many containers and CI runners), the
 * launch with it fails — then it is tried once more without. The page printed is Yardstick's own
 * report page, with every request answered from the built files, so that is an acceptable loss.
 */
export async function launchHeadless<B>(
  launch: (args: readonly string[]) => Promise<B>,
  { isRoot = runsAsRoot() }: { isRoot?: boolean } = {},
): Promise<B> {
  if (isRoot) return launch(chromiumArgs(false));
  try {
    return await launch(chromiumArgs(true));
  } catch {
    return launch(chromiumArgs(false));
  }
}

/**
 * The same question for a caller that cannot wait for a launch (Playwright's configuration): does
 * this Chromium start with its sandbox here? A headless start that prints an empty page says so.
 */
export function sandboxStarts(executable: string): boolean {
  if (runsAsRoot()) return false;
  const probe = spawnSync(executable, [...chromiumArgs(true), '--dump-dom', 'about:blank'], {
    stdio: 'ignore',
    timeout: 30_000,
  });
  return probe.status === 0;
}
