/** The error values of the spreadsheet, so that a caller can show what Excel or LibreOffice would show. */
export type FinanceErrorCode = '#NUM!' | '#DIV/0!' | '#VALUE!';

/**
 * Thrown where the spreadsheet function of the same name returns an error value, and by the generic
 * primitives for input no finance formula can use (NaN, a life of 2.5 years). The message says what
 * was wrong in words a finance officer can act on; the code is for programs.
 */
export class FinanceError extends Error {
  override readonly name = 'FinanceError';
  readonly code: FinanceErrorCode;

  constructor(code: FinanceErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
