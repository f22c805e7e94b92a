import { readScenarioText } from './read-file';
import { runCli } from './run';

/*
 * Entry point of the `yardstick` command (built to out/cli/yardstick.js by vite.cli.config.ts).
 * The exit code is set rather than forced with process.exit, so piped output is flushed first.
 */

// A reader that stops early (`yardstick evaluate … | head`) is not an error of ours: with nobody
// reading the output there is nothing left to do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
// Nobody reads the messages (`2>&-`, a closed pipe): the command still finishes, and its exit
// status still says whether it succeeded.
let stderrOpen = true;
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stderrOpen = false;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => {
    if (stderrOpen) process.stderr.write(text);
  },
  readFile: readScenarioText,
});
