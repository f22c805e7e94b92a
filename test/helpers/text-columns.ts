import { displayWidth } from '../../main/cli/text-grid';

/*
 * Where a cell of a printed table ends, in terminal columns (a Chinese character takes two): the
 * cells of one right-aligned column end at the same place on every line when the table lines up.
 */
export function cellEnd(line: string, cell: string): number {
  const at = line.indexOf(cell);
  if (at < 0) throw new Error(`"${cell}" is not on the line "${line}"`);
  return displayWidth(line.slice(0, at + cell.length));
}
