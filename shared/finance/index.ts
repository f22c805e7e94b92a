/*
 * Finance primitives. Two families:
 *  - spreadsheet-exact functions (npv, irr, pmt, db, …) on Decimal, with the arguments, defaults,
 *    signs and error values of the Excel/LibreOffice functions of the same names;
 *  - primitives generic over Arithmetic<N> (presentValue, solveIrr, payback, …) that the model calls,
 *    exactly in Decimal and fast in floats.
 */
export * from './annuity';
export * from './arithmetic';
export * from './calendar-date';
export * from './decimal';
export * from './depreciation-schedule';
export * from './discounting';
export * from './errors';
export * from './irr';
export * from './mirr';
export * from './payback';
export * from './rates';
export * from './ratios';
export { countSignChanges } from './arithmetic-helpers';
export type { PaymentTiming } from './spreadsheet-arguments';
export * from './spreadsheet-cash-flows';
export * from './spreadsheet-depreciation';
export * from './spreadsheet-tvm';
