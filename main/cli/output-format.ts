import { UsageError } from './args';
import type { CliIo } from './io';

/*
 * The one `--format` of the commands that print results: JSON for programs (the default), CSV for
 * spreadsheets, a text table for people. Each command says what each format prints; the check of
 * the option and the choice between them are here.
 */

export const OUTPUT_FORMATS = ['json', 'csv', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The `--format` option as given; a value that is not one of the formats is a usage error. */
export function outputFormat(given: string | undefined): OutputFormat {
  const format = given ?? 'json';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not "${format}"`);
  return format as OutputFormat;
}

/** Prints the results in the format chosen; only that format's text is made. */
export function printAs(
  io: CliIo,
  format: OutputFormat,
  texts: { readonly [F in OutputFormat]: () => string },
): void {
  io.stdout(texts[format]());
}
