import { visibleText } from '../../shared/host/visible-text';

/*
 * The one text grid of the command line's tables: columns as wide as their widest cell, two
 * spaces apart, text left-aligned and figures right-aligned, each cell shown with its controls
 * escaped (names and paths come from the files).
 */

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
    Math.max((head?.[index] ?? '').length, ...body.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) =>
        leftAligned.has(index)
          ? cell.padEnd(widths[index] ?? 0)
          : cell.padStart(widths[index] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [...(head === null ? [] : [line(head)]), ...body.map(line)];
}
