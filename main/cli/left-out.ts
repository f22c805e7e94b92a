import type { InvalidApplicant } from '../../shared/compare';
import { formatIssue } from '../../shared/scenario';
import type { CliIo } from './io';
import type { OutputFormat } from './output-format';
import { shown } from './shown';

/**
 * The files a comparison or a monitoring run leaves out, on stderr as FILE: path: message for a
 * script to read — except under `--format table`, whose own "Files left out" section already lists
 * them for the person reading (on a terminal they would show twice): stderr then only says how
 * many, so the exit status 2 still comes with a word on stderr.
 */
export function printLeftOut(
  io: CliIo,
  format: OutputFormat,
  invalid: readonly InvalidApplicant[],
): void {
  if (format === 'table') {
    if (invalid.length > 0)
      io.stderr(`yardstick: files left out: ${invalid.length} (the table lists why)\n`);
    return;
  }
  for (const item of invalid)
    io.stderr(item.reasons.map((reason) => shown`${item.file}: ${formatIssue(reason)}\n`).join(''));
}
