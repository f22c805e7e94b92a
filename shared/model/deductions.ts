import { depreciationSchedule, type Arithmetic } from '../finance';
import { addInto, sum, zeros } from './columns';
import type { CapexInput, ModelInputs } from './inputs';

/*
 * What the investment items deduct from taxable income, year by year (README, "Investment" and
 * "Tax"):
 *  - an item enters service the year after its last payment and is depreciated from that year by
 *    its own method over its life, down to its salvage; years beyond the horizon are not counted;
 *  - a capex grant that reduces the depreciable base lowers the base of each grant-eligible item
 *    in proportion to its cost, and its salvage in the same proportion; every method's schedule is
 *    proportional to (cost, salvage), so the reduced schedule is the full-cost one × base / cost;
 *  - under the one-time deduction, a qualifying item whose unit value (amount / units) is at most
 *    the threshold is deducted at once, in full (salvage ignored), in the year it enters service;
 *    an item whose unit value is above it is depreciated normally (the Chinese rule tests each unit
 *    of equipment, so two machines of 4 million are both deducted and one of 6 million is not);
 *  - the equipment investment tax credit is generated in the year of entering service, on the base
 *    (cost net of base-reducing grants), up to its cap over the whole horizon;
 *  - the tax book value left at the horizon is each item's base minus what it deducted up to the
 *    horizon: what a disposal at the horizon deducts;
 *  - a maintenance investment during operation (维持运营投资) is either depreciated outlay by
 *    outlay, each in service the year after it is paid, or expensed in the year paid (outside
 *    these deductions: `maintenanceExpensed`).
 */

export interface CapexDeductions<N> {
  readonly depreciationBeforeIncentives: N[];
  readonly oneTimeDeduction: N[];
  readonly depreciation: N[];
  /** Deductions (one-time and depreciation) of the items that are R&D-type spending. */
  readonly superDeductionBase: N[];
  readonly taxCreditGenerated: N[];
  /** Σ over the items of base − deductions up to the horizon; zero unless `withBookValue`. */
  readonly bookValueLeft: N;
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
  readonly inServiceYear: number;
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
  withBookValue = false,
): CapexDeductions<N> {
  const result: Omit<CapexDeductions<N>, 'bookValueLeft'> = {
    depreciationBeforeIncentives: zeros(A, yearCount),
    oneTimeDeduction: zeros(A, yearCount),
    depreciation: zeros(A, yearCount),
    superDeductionBase: zeros(A, yearCount),
    taxCreditGenerated: zeros(A, yearCount),
  };
  let bookValueLeft = A.zero;
  /** What an item deducts within the horizon from the schedule it follows. */
  const deductedWithin = (schedule: readonly N[], from: number): N =>
    sum(A, schedule.slice(0, Math.max(0, yearCount - from)));
  const addAt = (target: N[], year: number, amount: N): void => {
    if (year < yearCount && !A.isZero(amount)) target[year] = A.add(target[year] as N, amount);
  };

  const bases = inputs.capex.map((item, index): ItemBase<N> => {
    const reduction = baseReductions.get(item.id);
    if (reduction === undefined || A.isZero(reduction) || A.isZero(item.amount)) {
      return {
        item,
        inServiceYear: item.inServiceYear,
        base: item.amount,
        salvage: item.depreciation.salvage,
        schedule: fullSchedules[index] ?? [],
      };
    }
    const base = A.max(A.zero, A.sub(item.amount, reduction));
    const salvage = A.div(A.mul(item.depreciation.salvage, base), item.amount);
    return {
      item,
      inServiceYear: item.inServiceYear,
      base,
      salvage,
      schedule: scaled(A, fullSchedules[index] ?? [], base, item.amount),
    };
  });

  // What each item deducts, outlay by outlay: one for an item of the initial investment, one per
  // payment for a maintenance investment that is depreciated (each outlay an asset of its own, in
  // service the year after it is paid); a maintenance investment that is expensed deducts nothing
  // here (it is an expense of the year paid).
  const vintages = bases.flatMap((entry): ItemBase<N>[] => {
    const maintenance = entry.item.maintenance;
    if (maintenance === null) return [entry];
    if (maintenance.treatment === 'expense') return [];
    return entry.item.payments.map((part) => ({
      item: entry.item,
      inServiceYear: part.year + 1,
      base: A.mul(entry.base, part.share),
      salvage: A.mul(entry.salvage, part.share),
      schedule: scaled(A, entry.schedule, part.share, A.one),
    }));
  });

  for (const entry of vintages)
    addInto(A, result.depreciationBeforeIncentives, entry.schedule, entry.inServiceYear);

  const oneTime = inputs.tax.oneTimeDeduction;
  for (const entry of vintages) {
    const { item, inServiceYear } = entry;
    const rd = item.eligibility.superDeduction;
    if (oneTime !== null && item.eligibility.oneTimeDeduction && unitQualifies(A, item, oneTime)) {
      addAt(result.oneTimeDeduction, inServiceYear, entry.base);
      if (rd) addAt(result.superDeductionBase, inServiceYear, entry.base);
      // Items enter service within the horizon (a rule of the file), so the whole base is deducted.
      continue;
    }
    addInto(A, result.depreciation, entry.schedule, inServiceYear);
    if (rd) addInto(A, result.superDeductionBase, entry.schedule, inServiceYear);
    if (withBookValue)
      bookValueLeft = A.add(
        bookValueLeft,
        A.sub(entry.base, deductedWithin(entry.schedule, inServiceYear)),
      );
  }

  const credit = inputs.tax.investmentTaxCredit;
  if (credit !== null) {
    const creditBaseByYear = zeros(A, yearCount);
    for (const entry of vintages) {
      if (entry.item.eligibility.investmentTaxCredit)
        addAt(creditBaseByYear, entry.inServiceYear, entry.base);
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
  return { ...result, bookValueLeft };
}

/** The one-time deduction's test per unit: amount / units ≤ threshold. */
function unitQualifies<N>(
  A: Arithmetic<N>,
  item: CapexInput<N>,
  oneTime: { readonly unitThreshold: N },
): boolean {
  const unitValue = item.units === 1 ? item.amount : A.div(item.amount, A.fromNumber(item.units));
  return A.cmp(unitValue, oneTime.unitThreshold) <= 0;
}
