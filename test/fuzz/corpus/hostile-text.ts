import { pick } from './random';

/*
 * Text that acts on a terminal or a spreadsheet instead of being read: escape sequences, carriage
 * returns and line breaks, C1 controls, direction overrides, formula starts after every separator
 * a spreadsheet may split on. Each piece ends with MARKER, so a forged line or a formula cell made
 * from it is easy to find in the output.
 */

export const MARKER = 'FORGED';

/** Sequences a terminal acts on. */
const TERMINAL = [
  '\u001b[2K',
  '\u001b[1A',
  '\u001b]0;title\u0007',
  '\u001b[31m',
  '\u009b2K',
  '\u0085',
  '\r',
  '\n',
  '\r\n',
  '\u0000',
  '\u0007',
  '\u0008',
  '\u007f',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u061c',
  '\t',
  '\u000b',
  '\u000c',
];

/** What a spreadsheet takes for a formula at the start of a cell, and what it splits cells on. */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '\t=', '\r='];
const SEPARATORS = [',', ';', '\t', '|', '\n', '\r\n', ' '];

/** A hostile piece of text ending with MARKER. */
export function hostileText(random: () => number): string {
  const parts: string[] = [];
  const pieces = 1 + Math.floor(random() * 4);
  for (let i = 0; i < pieces; i += 1) {
    const kind = random();
    if (kind < 0.5) parts.push(pick(random, TERMINAL));
    else if (kind < 0.8) parts.push(pick(random, SEPARATORS) + pick(random, FORMULA_STARTS));
    else parts.push(pick(random, ['Acme ', '中文', 'x', '"', "'", '\\']));
  }
  return `${parts.join('')}${MARKER}`;
}

/** Every character a terminal would act on, the output's own line breaks aside. */
export const ACTED_ON =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
