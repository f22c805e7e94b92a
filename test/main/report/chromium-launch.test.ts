import { describe, expect, it } from 'vitest';
import { launchHeadless, NO_SANDBOX } from '../../../main/report/chromium-args';

/*
 * Chromium keeps its sandbox wherever it can run one: it is switched off only as root (where
 * Chromium refuses to start with it) or when a launch with the sandbox fails (a container without
 * user namespaces), and then the launch is tried once more without it.
 */

function recorder(failWithSandbox: boolean) {
  const launches: string[][] = [];
  const launch = async (args: readonly string[]) => {
    launches.push([...args]);
    if (failWithSandbox && !args.includes(NO_SANDBOX))
      throw new Error('No usable sandbox! You are running without user namespaces');
    return { args };
  };
  return { launches, launch };
}

describe('starting a headless Chromium', () => {
  it('keeps the sandbox where it works', async () => {
    const { launches, launch } = recorder(false);
    await launchHeadless(launch, { isRoot: false });
    expect(launches).toHaveLength(1);
    expect(launches[0]).not.toContain(NO_SANDBOX);
    expect(launches[0]).toContain('--headless');
  });

  it('switches it off when a launch with it fails, and tries once more', async () => {
    const { launches, launch } = recorder(true);
    const browser = await launchHeadless(launch, { isRoot: false });
    expect(launches.map((args) => args.includes(NO_SANDBOX))).toEqual([false, true]);
    expect(browser.args).toContain(NO_SANDBOX);
  });

  it('starts without it at once as root, where Chromium refuses the sandbox', async () => {
    const { launches, launch } = recorder(true);
    await launchHeadless(launch, { isRoot: true });
    expect(launches.map((args) => args.includes(NO_SANDBOX))).toEqual([true]);
  });

  it('passes on a failure that the sandbox is not the cause of', async () => {
    const launch = async () => {
      throw new Error('executable not found');
    };
    await expect(launchHeadless(launch, { isRoot: true })).rejects.toThrow('executable not found');
  });
});
