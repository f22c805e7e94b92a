import type Decimal from 'decimal.js';
import { csvText, numberCell, textCell } from '../../shared/host/export/csv';
import { projectionTable, type Projection } from '../../shared/model';

/** `--format csv`: the yearly projection, one row per year, full-precision amounts. */
export function formatCsv(projection: Projection<Decimal>): string {
  const { header, rows } = projectionTable(projection);
  return csvText([header.map(textCell), ...rows.map((row) => row.map(numberCell))]);
}
