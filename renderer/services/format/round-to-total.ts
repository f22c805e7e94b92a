import { Dec } from '../../../shared/finance/decimal';

/**
 * Rounds each value to `digits` decimal places so that the rounded values add up exactly to their
 * total rounded the same way (largest-remainder rounding): a row of a table then adds up to its
 * total to the cent, and the total is the exact total rounded, not a sum of rounding errors.
 * Ties go to the earlier value, so the result does not depend on anything but the inputs.
 */
export function roundToTotal(values: readonly Dec[], digits = 2): Dec[] {
  if (values.length === 0) return [];
  const total = values.reduce((sum, value) => sum.plus(value), new Dec(0));
  return roundToTarget(values, total.toDecimalPlaces(digits, Dec.ROUND_HALF_UP), digits);
}

/**
 * Rounds each value to `digits` decimal places so that they add up to `target`, a total already
 * rounded (largest remainder: the values with the largest remainders are rounded up). A target
 * more than the values' own rounding can reach moves the values nearest to it by further units,
 * largest remainders first up, smallest first down: the rows of a table between two rounded
 * subtotals then still add up to the cent.
 */
export function roundToTarget(values: readonly Dec[], target: Dec, digits = 2): Dec[] {
  if (values.length === 0) return [];
  const unit = new Dec(10).pow(-digits);
  const floors = values.map((value) => value.toDecimalPlaces(digits, Dec.ROUND_FLOOR));
  const floorSum = floors.reduce((sum, value) => sum.plus(value), new Dec(0));
  let units = target.minus(floorSum).div(unit).round().toNumber();
  const order = values
    .map((value, index) => ({ index, remainder: value.minus(floors[index] as Dec) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const result = [...floors];
  while (units > 0) {
    for (const { index } of order) {
      if (units <= 0) break;
      result[index] = (result[index] as Dec).plus(unit);
      units -= 1;
    }
  }
  while (units < 0) {
    for (const { index } of [...order].reverse()) {
      if (units >= 0) break;
      result[index] = (result[index] as Dec).minus(unit);
      units += 1;
    }
  }
  return result;
}

/** Sum of values, exactly. */
export function sum(values: readonly Dec[]): Dec {
  return values.reduce((total, value) => total.plus(value), new Dec(0));
}
