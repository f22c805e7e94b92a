import type { Arithmetic } from './arithmetic';
import { requireFinite } from './arithmetic-helpers';
import { Dec } from './decimal';
import { FinanceError } from './errors';

export type DepreciationMethod =
  'straight-line' | 'sum-of-years-digits' | 'declining-balance' | 'double-declining-balance';

export const DEPRECIATION_METHODS: readonly DepreciationMethod[] = [
  'straight-line',
  'sum-of-years-digits',
  'declining-balance',
  'double-declining-balance',
];

export interface DepreciationScheduleInput<N> {
  readonly method: DepreciationMethod;
  readonly cost: N;
  readonly salvage: N;
  /** Whole years. */
  readonly life: number;
  /** Declining-balance rate is factor / life: 2 by default (as VDB), fixed at 2 for double-declining. */
  readonly factor?: N;
}

function fail(message: string): never {
  throw new FinanceError('#NUM!', `depreciation schedule: ${message}`);
}

/**
 * Rounds each year's amount down to a grid of decimal places on which every partial sum of the
 * schedule fits the Decimal precision, so adding the years never rounds and the residue put into the
 * last year makes the total exactly cost − salvage. The grid is 10^(e − precision + 1) for a cost of
 * order 10^e (1e-33 for a cost in millions): rounding to it is invisible in any figure. Floats have
 * no such grid; their schedule sums to cost − salvage within float rounding.
 */
function quantizer<N>(A: Arithmetic<N>, cost: N): (amount: N) => N {
  if (A.kind !== 'decimal') return (amount) => amount;
  const places = Math.max(0, Dec.precision - 1 - A.toDecimal(cost).e);
  return (amount) =>
    A.fromDecimal(new Dec(A.toDecimal(amount)).toDecimalPlaces(places, Dec.ROUND_DOWN));
}

/**
 * Depreciation of each year 1..life; the amounts sum exactly to cost − salvage (Decimal equality).
 *
 * Declining methods charge factor / life of the book value, switch to straight line over the
 * remaining life once that is larger (as VDB does by default) and never go below salvage.
 */
export function depreciationSchedule<N>(
  A: Arithmetic<N>,
  input: DepreciationScheduleInput<N>,
): N[] {
  const { method, cost, salvage, life } = input;
  if (!DEPRECIATION_METHODS.includes(method)) fail(`unknown method ${JSON.stringify(method)}`);
  if (!Number.isInteger(life) || life < 1)
    fail(`life must be a whole number of years, at least 1, got ${life}`);
  requireFinite(A, cost, 'depreciation cost');
  requireFinite(A, salvage, 'depreciation salvage');
  if (A.isNegative(salvage)) fail('salvage value must not be negative');
  if (A.cmp(salvage, cost) > 0) fail('salvage value must not exceed cost');

  const depreciable = A.sub(cost, salvage);
  const quantize = quantizer(A, cost);
  const years = Array.from({ length: life - 1 }, (_, i) => i + 1);
  let amounts: N[];
  switch (method) {
    case 'straight-line': {
      if (input.factor !== undefined) fail('a factor applies only to declining-balance methods');
      const amount = quantize(A.div(depreciable, A.fromNumber(life)));
      amounts = years.map(() => amount);
      break;
    }
    case 'sum-of-years-digits': {
      if (input.factor !== undefined) fail('a factor applies only to declining-balance methods');
      const digits = A.fromNumber((life * (life + 1)) / 2);
      amounts = years.map((year) =>
        quantize(A.div(A.mul(depreciable, A.fromNumber(life - year + 1)), digits)),
      );
      break;
    }
    case 'declining-balance':
    case 'double-declining-balance': {
      const two = A.fromNumber(2);
      const factor = input.factor ?? two;
      requireFinite(A, factor, 'depreciation factor');
      if (method === 'double-declining-balance' && A.cmp(factor, two) !== 0) {
        fail(
          'double-declining-balance has a factor of 2; use declining-balance for another factor',
        );
      }
      if (A.isNegative(factor) || A.isZero(factor))
        fail('the declining-balance factor must be positive');
      const rate = A.div(factor, A.fromNumber(life));
      let book = cost;
      amounts = years.map((year) => {
        const remaining = A.sub(book, salvage);
        const declining = A.min(A.mul(book, rate), remaining);
        const straight = A.div(remaining, A.fromNumber(life - year + 1));
        const amount = quantize(A.max(declining, straight));
        book = A.sub(book, amount);
        return amount;
      });
      break;
    }
  }
  const charged = amounts.reduce((sum, amount) => A.add(sum, amount), A.zero);
  amounts.push(A.sub(depreciable, charged));
  return amounts;
}
