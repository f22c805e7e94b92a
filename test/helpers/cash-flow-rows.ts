/**
 * The rows of the projection table that add up to the net cash flow, those only some scenarios
 * have included (working capital, a terminal value, input VAT, surcharges on VAT): a table
 * without one has no row.
 */
export const CASH_FLOW_ROWS = [
  'savings',
  'runningCosts',
  'capex',
  'workingCapital',
  'subsidies',
  'residualValue',
  'terminalValue',
  'inputVat',
  'surcharges',
  'tax',
] as const;
