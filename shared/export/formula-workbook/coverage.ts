import type { ModelInputs } from '../../model';

/*
 * The rules of the model the workbook with formulas does not write as formulas yet: loans drawn
 * over several years and their interest during construction, maintenance investment, surcharges
 * on VAT and tax holidays. A workbook of such a scenario would recalculate to other figures than
 * Yardstick's, so it is refused, naming the rules; the Excel workbook of values has them all.
 */

export const WORKBOOK_GAPS = [
  'interestDuringConstruction',
  'maintenance',
  'surcharges',
  'holiday',
] as const;
export type WorkbookGap = (typeof WORKBOOK_GAPS)[number];

const GAP_TEXT: Readonly<Record<WorkbookGap, string>> = {
  interestDuringConstruction: 'loans drawn over several years or interest during construction',
  maintenance: 'maintenance investment during operation',
  surcharges: 'surcharges on VAT',
  holiday: 'a tax holiday',
};

export function workbookGaps<N>(inputs: ModelInputs<N>): WorkbookGap[] {
  const found: WorkbookGap[] = [];
  if (
    inputs.financing.loans.some(
      (loan) => loan.draws !== null || loan.drawTiming !== 'year-end' || loan.finances.length > 0,
    )
  )
    found.push('interestDuringConstruction');
  if (inputs.capex.some((item) => item.maintenance !== null)) found.push('maintenance');
  if (inputs.tax.surcharges !== null) found.push('surcharges');
  if (inputs.tax.holiday !== null) found.push('holiday');
  return found;
}

export class WorkbookGapError extends Error {
  constructor(readonly gaps: readonly WorkbookGap[]) {
    super(
      `the workbook with formulas does not reproduce ${gaps.map((gap) => GAP_TEXT[gap]).join(', ')} yet: export the Excel workbook of values instead`,
    );
  }
}
