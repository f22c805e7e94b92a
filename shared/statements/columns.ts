import type { Arithmetic } from '../finance';
import type { Evaluation } from '../model';

/*
 * The columns the statements read: the projection's own, by their names (`savingsTotal`,
 * `interest`, `tax.tax` …), and the equity view's tax ledger (`equityLedger.*`: the company's tax
 * when financed as entered, whose losses used and income after losses the 利润与利润分配表 shows).
 */

export type ColumnLookup<N> = (name: string) => readonly N[];

export function projectionColumns<N>(
  _A: Arithmetic<N>,
  evaluation: Evaluation<N>,
): ColumnLookup<N> {
  const { projection } = evaluation;
  const fields = projection as unknown as Record<string, unknown>;
  const taxFields = projection.tax as unknown as Record<string, unknown>;
  const ledgerFields = projection.equityTaxColumns as unknown as Record<string, unknown>;
  return (name) => {
    const [group, part] = name.includes('.') ? name.split('.') : [null, name];
    const found =
      group === null
        ? fields[name]
        : group === 'tax'
          ? taxFields[part as string]
          : group === 'equityLedger'
            ? ledgerFields[part as string]
            : undefined;
    if (!Array.isArray(found)) throw new Error(`statements: no projection column ${name}`);
    return found as readonly N[];
  };
}
