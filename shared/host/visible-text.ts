/*
 * Text from files (names, keys, notes) and from the command line (paths, option values) reaches a
 * terminal and spreadsheets. A terminal acts on some characters instead of showing them: an escape
 * sequence can erase a line or move the cursor, a carriage return overwrites the line, a line
 * break starts a line the program never wrote, and the bidirectional overrides and isolates
 * reorder what follows them. A file could so forge "valid" or "funded" lines. Every writer of the
 * command line and of CSV shows such characters as escapes instead (`\u001b`, `\u202e`), through
 * this one function. The escape is JSON's and JavaScript's `\u001b`, so a JSON output escaped
 * this way still parses to the same strings.
 */

/** C0 controls, DEL, C1 controls, and the invisible marks that change the direction of text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const EVERY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The same, except the line breaks and tabs of the output's own layout (a lone CR is escaped). */
const LAYOUT_KEPT =
  // eslint-disable-next-line no-control-regex -- as above
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

const escaped = (character: string): string =>
  `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `value` as it may be shown: every control and direction mark escaped. `layout` keeps line
 * breaks (LF, CRLF) and tabs, for a whole output whose values were escaped already.
 */
export function visibleText(value: string, keep: 'nothing' | 'layout' = 'nothing'): string {
  return value.replace(keep === 'layout' ? LAYOUT_KEPT : EVERY_CONTROL, escaped);
}
