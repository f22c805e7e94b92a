import type { TableRow } from './projection-table';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * The name of a row of the projection table as the screen and the report show it. In the tax
 * computation an "=" row says it is the sum of the rows above it, the tax at the standard rate
 * what it is a share of, and a memo row that it explains and adds to nothing.
 */
export function rowLabel(
  row: Pick<TableRow, 'label' | 'chain'>,
  t: LooseT,
  standardRate: string,
): string {
  if (!('key' in row.label)) return row.label.text;
  const label = t(`results.table.rows.${row.label.key}`);
  switch (row.chain) {
    case 'subtotal':
      return t('results.table.chain.subtotal', { label });
    case 'rate':
      return t('results.table.chain.rate', { label, rate: standardRate });
    case 'memo':
      return t('results.table.chain.memo', { label });
    default:
      return label;
  }
}
