import { isAbsolute, resolve } from 'node:path';
import { isScenarioFileName } from '../../shared/scenario/file-names';

/**
 * The scenario files named on a command line: the first instance's `process.argv`, or the argv
 * that a second instance forwards with its own working folder. Flags (Chromium adds some) and
 * anything that is not a `.yardstick.json` file are ignored; argv[0] is the executable.
 */
export function documentsInArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && isScenarioFileName(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}

/** The arguments after `--cli`: the app asked to run a command of the command line, or null. */
export function commandLineArgs(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--cli');
  return at === -1 ? null : argv.slice(at + 1);
}
