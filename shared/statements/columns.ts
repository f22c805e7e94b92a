import type { Arithmetic } from '../finance';
import { companyAloneLedger, projectTax } from '../model/tax';
import type { Evaluation, ModelInputs, Projection, TaxColumns } from '../model';
import { minus, plus } from '../model/columns';

/*
 * The columns the statements read: the projection's own, by their names (`savingsTotal`,
 * `interest`, `tax.tax` …), and the equity view's tax ledger (`equityLedger.*`): the company's tax
 * when financed as entered, whose losses used and income after losses the 利润与利润分配表 shows.
 * The projection keeps only that ledger's tax (`equityTax`); its income is the project's taxable
 * income with the interest deducted and the interest subsidy added (shared/model/README.md,
 * "Financing and cash flows"), and the ledger is the model's own (`projectTax`). A test holds its
 * tax to the projection's `equityTax` in every example.
 */

export type ColumnLookup<N> = (name: string) => readonly N[];

export function equityLedger<N>(
  A: Arithmetic<N>,
  inputs: ModelInputs<N>,
  projection: Projection<N>,
): { income: N[]; ledger: TaxColumns<N> } {
  const income = plus(
    A,
    minus(A, projection.taxableIncome, projection.interest),
    projection.interestSubsidy,
  );
  const ledger = projectTax(
    A,
    inputs.tax,
    income,
    projection.taxCreditGenerated,
    companyAloneLedger(A, inputs.tax, projection.years.length),
  );
  return { income, ledger };
}

export function projectionColumns<N>(A: Arithmetic<N>, evaluation: Evaluation<N>): ColumnLookup<N> {
  const { projection } = evaluation;
  const equity = equityLedger(A, evaluation.inputs, projection);
  const fields = projection as unknown as Record<string, unknown>;
  const taxFields = projection.tax as unknown as Record<string, unknown>;
  const ledgerFields = equity.ledger as unknown as Record<string, unknown>;
  return (name) => {
    const [group, part] = name.includes('.') ? name.split('.') : [null, name];
    const found =
      group === null
        ? name === 'equityTaxableIncome'
          ? equity.income
          : fields[name]
        : group === 'tax'
          ? taxFields[part as string]
          : group === 'equityLedger'
            ? ledgerFields[part as string]
            : undefined;
    if (!Array.isArray(found)) throw new Error(`statements: no projection column ${name}`);
    return found as readonly N[];
  };
}
