import type Decimal from 'decimal.js';
import { projectionTable, type Projection } from '../../shared/model';

/** `--format csv`: the yearly projection, one row per year, full-precision amounts, RFC 4180 quoting. */
export function formatCsv(projection: Projection<Decimal>): string {
  const { header, rows } = projectionTable(projection);
  const cell = (value: string | null): string => {
    if (value === null) return '';
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
