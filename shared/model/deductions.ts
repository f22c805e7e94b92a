import { depreciationSchedule, type Arithmetic } from '../finance';
import { addInto, zeros } from './columns';
import type { CapexInput, ModelInputs } from './inputs';

/*
 * What the investment items deduct from taxable income, year by year (README, "Investment" and
 * "Tax"):
 *  - an item enters service the year after its last payment and is depreciated from that year by
 *    its own method over its life, down to its salvage; years beyond the horizon are not counted;
 *  - a capex grant that reduces the depreciable base lowers the base of each grant-eligible item
 *    in proportion to its cost, and its salvage in the same proportion; every method's schedule is
 *    proportional to (cost, salvage), so the reduced schedule is the full-cost one × base / cost;
 *  - under the one-time deduction, the qualifying items entering service in a year are deducted at
 *    once in that year, in full (salvage ignored) up to the cap for that year; when they exceed the
 *    cap each is deducted at once in the share cap / total, and the rest of its base is depreciated
 *    normally (with the same share of its salvage);
 *  - the equipment investment tax credit is generated in the year of entering service, on the base
 *    (cost net of base-reducing grants), up to its cap over the whole horizon.
 */

export interface CapexDeductions<N> {
  readonly depreciationBeforeIncentives: N[];
  readonly oneTimeDeduction: N[];
  readonly depreciation: N[];
  /** Deductions (one-time and depreciation) of the items that are R&D-type spending. */
  readonly superDeductionBase: N[];
  readonly taxCreditGenerated: N[];
}

export function scheduleOf<N>(A: Arithmetic<N>, item: CapexInput<N>, cost: N, salvage: N): N[] {
  return depreciationSchedule(A, {
    method: item.depreciation.method,
    cost,
    salvage,
    life: item.depreciation.lifeYears,
    ...(item.depreciation.factor === null ? {} : { factor: item.depreciation.factor }),
  });
}

/*
 * Inputs are immutable, and an analysis that changes a driver copies only the objects on its path:
 * a Monte Carlo draw that moves an effect keeps the same capex list, and with it these schedules,
 * the costliest part of `operations`. Keyed by that list, so any change to an item recomputes them.
 */
const schedulesOfCapexList = new WeakMap<object, readonly (readonly unknown[])[]>();

/** Each item's schedule on its full cost: what the deductions start from when no grant reduces it. */
export function fullCostSchedules<N>(
  A: Arithmetic<N>,
  inputs: ModelInputs<N>,
): readonly (readonly N[])[] {
  const known = schedulesOfCapexList.get(inputs.capex);
  if (known !== undefined) return known as readonly (readonly N[])[];
  const schedules = inputs.capex.map((item) =>
    scheduleOf(A, item, item.amount, item.depreciation.salvage),
  );
  schedulesOfCapexList.set(inputs.capex, schedules);
  return schedules;
}

interface ItemBase<N> {
  readonly item: CapexInput<N>;
  readonly base: N;
  readonly salvage: N;
  readonly schedule: readonly N[];
}

function scaled<N>(A: Arithmetic<N>, schedule: readonly N[], numerator: N, denominator: N): N[] {
  const ratio = A.div(numerator, denominator);
  // A straight-line schedule repeats one amount: scale it once.
  const done = new Map<N, N>();
  return schedule.map((amount) => {
    let result = done.get(amount);
    if (result === undefined) done.set(amount, (result = A.mul(amount, ratio)));
    return result;
  });
}

export function capexDeductions<N>(
  A: Arithmetic<N>,
  inputs: ModelInputs<N>,
  fullSchedules: readonly (readonly N[])[],
  baseReductions: ReadonlyMap<string, N>,
  yearCount: number,
): CapexDeductions<N> {
  const result: CapexDeductions<N> = {
    depreciationBeforeIncentives: zeros(A, yearCount),
    oneTimeDeduction: zeros(A, yearCount),
    depreciation: zeros(A, yearCount),
    superDeductionBase: zeros(A, yearCount),
    taxCreditGenerated: zeros(A, yearCount),
  };
  const addAt = (target: N[], year: number, amount: N): void => {
    if (year < yearCount && !A.isZero(amount)) target[year] = A.add(target[year] as N, amount);
  };

  const bases = inputs.capex.map((item, index): ItemBase<N> => {
    const reduction = baseReductions.get(item.id);
    if (reduction === undefined || A.isZero(reduction) || A.isZero(item.amount)) {
      return {
        item,
        base: item.amount,
        salvage: item.depreciation.salvage,
        schedule: fullSchedules[index] ?? [],
      };
    }
    const base = A.max(A.zero, A.sub(item.amount, reduction));
    const salvage = A.div(A.mul(item.depreciation.salvage, base), item.amount);
    return {
      item,
      base,
      salvage,
      schedule: scaled(A, fullSchedules[index] ?? [], base, item.amount),
    };
  });

  for (const entry of bases)
    addInto(A, result.depreciationBeforeIncentives, entry.schedule, entry.item.inServiceYear);

  const oneTime = inputs.tax.oneTimeDeduction;
  const qualifyingByYear = new Map<number, N>();
  if (oneTime !== null) {
    for (const entry of bases) {
      if (!entry.item.eligibility.oneTimeDeduction) continue;
      const year = entry.item.inServiceYear;
      qualifyingByYear.set(year, A.add(qualifyingByYear.get(year) ?? A.zero, entry.base));
    }
  }

  for (const entry of bases) {
    const { item } = entry;
    const rd = item.eligibility.superDeduction;
    const qualifying = qualifyingByYear.get(item.inServiceYear);
    if (oneTime === null || !item.eligibility.oneTimeDeduction || qualifying === undefined) {
      addInto(A, result.depreciation, entry.schedule, item.inServiceYear);
      if (rd) addInto(A, result.superDeductionBase, entry.schedule, item.inServiceYear);
      continue;
    }
    if (A.cmp(qualifying, oneTime.cap) <= 0) {
      addAt(result.oneTimeDeduction, item.inServiceYear, entry.base);
      if (rd) addAt(result.superDeductionBase, item.inServiceYear, entry.base);
      continue;
    }
    const deducted = A.div(A.mul(entry.base, oneTime.cap), qualifying);
    // The rest of the base and of the salvage, (qualifying − cap) / qualifying of each.
    const rest = scaled(A, entry.schedule, A.sub(qualifying, oneTime.cap), qualifying);
    addAt(result.oneTimeDeduction, item.inServiceYear, deducted);
    addInto(A, result.depreciation, rest, item.inServiceYear);
    if (rd) {
      addAt(result.superDeductionBase, item.inServiceYear, deducted);
      addInto(A, result.superDeductionBase, rest, item.inServiceYear);
    }
  }

  const credit = inputs.tax.investmentTaxCredit;
  if (credit !== null) {
    const creditBaseByYear = zeros(A, yearCount);
    for (const entry of bases) {
      if (entry.item.eligibility.investmentTaxCredit)
        addAt(creditBaseByYear, entry.item.inServiceYear, entry.base);
    }
    let capLeft = credit.cap;
    creditBaseByYear.forEach((base, year) => {
      if (A.isZero(base)) return;
      let generated = A.mul(base, credit.rate);
      if (capLeft !== null) {
        generated = A.min(generated, capLeft);
        capLeft = A.sub(capLeft, generated);
      }
      result.taxCreditGenerated[year] = generated;
    });
  }
  return result;
}
