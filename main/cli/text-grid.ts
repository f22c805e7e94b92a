import { visibleText } from '../../shared/host/visible-text';

/*
 * The one text grid of the command line's tables: columns as wide as their widest cell, two
 * spaces apart, text left-aligned and figures right-aligned, each cell shown with its controls
 * escaped (names and paths come from the files). Widths count terminal columns, not characters:
 * a Chinese character takes two, so Chinese tables line up.
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Columns a text takes in a terminal: East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let columns = 0;
  for (const char of text) columns += WIDE.test(char) ? 2 : 1;
  return columns;
}

/** A text padded with spaces to `columns` terminal columns, on the side named. */
function padTo(text: string, columns: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(Math.max(0, columns - displayWidth(text)));
  return side === 'start' ? fill + text : text + fill;
}

/**
 * The lines of a grid: the header (when there is one), then the rows. Columns in `leftAligned`
 * are text; the others are figures.
 */
export function textGrid(
  header: readonly string[] | null,
  rows: readonly (readonly string[])[],
  leftAligned: ReadonlySet<number> = new Set([0]),
): string[] {
  const head = header?.map((cell) => visibleText(cell)) ?? null;
  const body = rows.map((row) => row.map((cell) => visibleText(cell)));
  const columns = Math.max(head?.length ?? 0, ...body.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, index) =>
    Math.max(
      displayWidth(head?.[index] ?? ''),
      ...body.map((row) => displayWidth(row[index] ?? '')),
    ),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) =>
        padTo(cell, widths[index] ?? 0, leftAligned.has(index) ? 'end' : 'start'),
      )
      .join('  ')
      .trimEnd();
  return [...(head === null ? [] : [line(head)]), ...body.map(line)];
}
