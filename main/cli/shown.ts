import { visibleText } from '../../shared/host/visible-text';
import type { CliIo } from './io';

/*
 * Everything the command line prints for people goes through these, so a name, key or path from
 * someone else's file can never act on the terminal (shared/host/visible-text.ts).
 */

/** A line for people: the template's own text as written, each value with its controls escaped. */
export function shown(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  return strings.reduce(
    (text, part, index) => text + visibleText(String(values[index - 1])) + part,
  );
}

/** JSON for stdout: what JSON leaves raw (C1 controls, direction marks) as `\u` escapes. */
export const jsonText = (value: unknown): string =>
  `${visibleText(JSON.stringify(value, null, 2), 'layout')}\n`;

/**
 * The streams as every command writes them: whatever a writer missed is escaped here too, except
 * the output's own line breaks and tabs (a line break inside a value is the writer's to escape).
 */
export function guardedIo(io: CliIo): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(visibleText(text, 'layout')),
    stderr: (text) => io.stderr(visibleText(text, 'layout')),
  };
}
