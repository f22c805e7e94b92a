import type { Arithmetic } from './arithmetic';

/**
 * The level end-of-period payment that repays `principal` over `periods` at `rate`:
 * P·r / (1 − (1+r)^−n), and P/n at a zero rate. It is the spreadsheet's −PMT(r, n, P) for the
 * common case (nothing left at the end, payments in arrears), generic so the model's loans use
 * it in Decimal and in floats.
 */
export function levelPayment<N>(A: Arithmetic<N>, principal: N, rate: N, periods: number): N {
  if (A.isZero(rate)) return A.div(principal, A.fromNumber(periods));
  const discount = A.powInt(A.add(A.one, rate), -periods);
  return A.div(A.mul(principal, rate), A.sub(A.one, discount));
}
