import type { InvalidApplicant } from '../../shared/compare';
import { reasonText } from '../../shared/host/reason-text';
import { cliTableTexts } from '../../shared/i18n/catalogue/cli-table';
import { fill } from '../../shared/i18n/texts';
import { formatIssue } from '../../shared/scenario';
import type { Locale } from '../../shared/i18n/locale';
import type { Readable } from './display';
import type { CliIo } from './io';
import type { OutputFormat } from './output-format';
import { shown } from './shown';

/**
 * The files a comparison or a monitoring run leaves out, on stderr as FILE: path: message for a
 * script to read — except under `--format table`, whose own "Files left out" section already lists
 * them for the person reading (on a terminal they would show twice): stderr then only says how
 * many, in the table's language, so the exit status 2 still comes with a word on stderr.
 */
export function printLeftOut(
  io: CliIo,
  format: OutputFormat,
  invalid: readonly InvalidApplicant[],
  language: Locale,
): void {
  if (format === 'table') {
    if (invalid.length > 0)
      io.stderr(
        `yardstick: ${fill(cliTableTexts[language].leftOutNote, { count: invalid.length })}\n`,
      );
    return;
  }
  for (const item of invalid)
    io.stderr(item.reasons.map((reason) => shown`${item.file}: ${formatIssue(reason)}\n`).join(''));
}

/**
 * The table's lines of the files left out: each reason as the applicants' screen says it, in the
 * table's language (the field named as the editor names it), after the file's name.
 */
export function reasonsText(invalid: readonly InvalidApplicant[], shownAs: Readable): string[] {
  const format = { amount: shownAs.money, percent: shownAs.rate };
  return invalid.flatMap((item) =>
    item.reasons.map(
      (reason) =>
        shown`${fill(cliTableTexts[shownAs.language].labelled, {
          label: item.file,
          value: reasonText(reason, shownAs.language, format),
        })}`,
    ),
  );
}
