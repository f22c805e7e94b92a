/** The Chinese twins of the example files (see zh-examples.mjs). */
export function translateExample(
  example: unknown,
  table: Readonly<Record<string, string>>,
  missing?: Set<string>,
  used?: Set<string>,
): unknown;

/** The English examples, relative to assets/examples (`applicants/01-….json`). */
export function englishExamples(): string[];

/** Each twin's path and the text the generator writes for it, or the problems that stop it. */
export function twins(): {
  files: { path: string; text: string }[];
  problems: string[];
};
