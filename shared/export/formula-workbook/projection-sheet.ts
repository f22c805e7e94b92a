import type Decimal from 'decimal.js';
import { decimalArithmetic, levelPayment } from '../../finance';
import type { ModelInputs, SubsidyInput } from '../../model';
import { scheduleOf } from '../../model/deductions';
import { loanSchedule } from '../../model/loans';
import {
  add,
  compare,
  div,
  fn,
  iff,
  lit,
  max,
  min,
  mul,
  neg,
  ONE,
  pow,
  ref,
  sub,
  ZERO,
  type Cond,
  type Expr,
} from './formula';
import { Grid, yearColumn } from './grid';
import { baselineName, constructionEnd, firstOperatingYear } from './inputs-sheet';
import { label, type LabelKey, type WorkbookLanguage } from './labels';
import { taxLedgerRows } from './tax-ledger';

/*
 * The projection as formulas: each rule of the model (shared/model/README.md) is one row
 * definition here, in the order the model computes it, so a new rule is one more row. A cell
 * refers only to the inputs (by name), the year index of its column and rows above it; a year in
 * which a rule gives nothing is left empty (a spreadsheet reads an empty cell as 0).
 *
 * Whole numbers of the scenario (years, lives, terms) decide which columns a line fills; amounts,
 * rates and shares are named inputs, so changing one and recalculating gives Yardstick's figures.
 */

/** The header row that holds each column's year index (0 … H). */
export const YEAR_INDEX_ROW = 3;
export const FIRST_GRID_ROW = 5;

export interface ProjectionSheetOptions {
  readonly inputs: ModelInputs<Decimal>;
  readonly name: (name: string) => Expr;
  readonly has: (name: string) => boolean;
  readonly lang: WorkbookLanguage;
  readonly sheetName: string;
  /** The subsidies projected: all of them, or none for the counterfactual. */
  readonly subsidies: readonly SubsidyInput<Decimal>[];
}

const A = decimalArithmetic;

export function projectionSheet(options: ProjectionSheetOptions): Grid {
  const { inputs, name, lang } = options;
  const L = (key: LabelKey, params?: Record<string, string | number>) => label(lang, key, params);
  const H = inputs.project.horizonYears;
  const g = new Grid(options.sheetName, H + 1, FIRST_GRID_ROW);
  const yearIndex = (t: number): Expr => ref(`${yearColumn(t)}$${YEAR_INDEX_ROW}`, A.fromNumber(t));
  /** SUM of the rows of a block in a year (rows are contiguous), or empty when there are none. */
  const sumRows = (ids: readonly string[], t: number): Expr | null => {
    if (ids.length === 0) return null;
    if (ids.length === 1) return g.at(ids[0] as string, t);
    const first = ids[0] as string;
    const last = ids[ids.length - 1] as string;
    const total = ids.reduce((s, id) => s.plus(g.valueAt(id, t)), A.zero);
    return fn('SUM', [`${yearColumn(t)}${g.rowOf(first)}:${yearColumn(t)}${g.rowOf(last)}`], total);
  };
  const or0 = (expr: Expr | null): Expr => expr ?? ZERO;
  /** One row per line of a group, keyed as the model's column `group[id]`; the rows' ids. */
  const lineRows = <T extends { readonly id: string; readonly name: string }>(
    group: string,
    lines: readonly T[],
    prefix: string,
    cell: (line: T, p: string) => (t: number) => Expr | null,
  ): string[] =>
    lines.map((line, index) => {
      const id = `${group}[${line.id}]`;
      g.years(id, { label: line.name, cell: cell(line, `${prefix}${index + 1}`) });
      return id;
    });
  /** The total row of a group of lines. */
  const totalOf = (id: string, key: LabelKey, ids: readonly string[]) =>
    g.years(id, { label: L(key), role: 'total', cell: (t) => or0(sumRows(ids, t)) });
  /** A whole amount in the shares of a schedule (payments, disbursements): empty in other years. */
  const inShares =
    (parts: readonly { year: number }[], whole: () => Expr, p: string) => (t: number) => {
      const here = parts.filter((part) => part.year === t);
      return here.length === 0
        ? null
        : add(...here.map(() => mul(whole(), name(`${p}_Share_Y${t}`))));
    };
  const terms = (...parts: readonly (Expr | null)[]): Expr[] =>
    parts.filter((part): part is Expr => part !== null);
  const baseline = (line: string): Expr => {
    const named = baselineName(inputs, line);
    return options.has(named) ? name(named) : ZERO;
  };

  // ---- Prices -------------------------------------------------------------------------------
  g.heading(L('sec.operations'));
  g.years('priceIndex', {
    key: null,
    label: L('row.priceIndex'),
    kind: 'factor',
    role: 'working',
    cell: (t) => pow(add(ONE, name('Inflation')), yearIndex(t)),
  });
  const priced = (amount: Expr, t: number, escalates: boolean, growthName: string | null): Expr => {
    const factors = [amount];
    if (escalates) factors.push(g.at('priceIndex', t));
    if (growthName !== null) factors.push(pow(add(ONE, name(growthName)), yearIndex(t)));
    return mul(...factors);
  };

  // ---- Savings: full effect × ramp / decay level (or the year's series value) × prices -----
  g.heading(L('sec.effects'));
  inputs.effects.forEach((effect, index) => {
    const p = `Effect${index + 1}`;
    if (effect.basis === 'baseline-share')
      g.scalar(
        `${p}.full`,
        L('w.fullEffect', { name: effect.name }),
        mul(baseline(effect.baselineLine), name(`${p}_Share`)),
      );
    if (effect.basis === 'defect-detection')
      g.scalar(
        `${p}.full`,
        L('w.fullEffectDefects', { name: effect.name }),
        div(
          mul(baseline(effect.baselineLine), sub(name(`${p}_After`), name(`${p}_Before`))),
          sub(ONE, name(`${p}_Before`)),
        ),
      );
  });
  const savingIds = lineRows('savings', inputs.effects, 'Effect', (effect, p) => {
    const full = (): Expr =>
      effect.basis === 'amount' ? name(`${p}_Full`) : g.scalarRef(`${p}.full`);
    const rampLength = effect.ramp.length;
    return (t) => {
      if (t < effect.startYear || t > Math.min(effect.endYear, H)) return null;
      const k = t - effect.startYear;
      let amount: Expr;
      if (effect.series !== null && k < effect.series.length) amount = name(`${p}_Series${k + 1}`);
      else if (k < rampLength) amount = mul(full(), name(`${p}_Ramp${k + 1}`));
      else if (k > rampLength && !effect.decayPerYear.isZero())
        amount = mul(full(), pow(sub(ONE, name(`${p}_Decay`)), lit(k - rampLength)));
      else amount = full();
      return priced(amount, t, effect.escalates, effect.growth.isZero() ? null : `${p}_Growth`);
    };
  });
  totalOf('savingsTotal', 'row.savingsTotal', savingIds);

  // ---- Running costs -----------------------------------------------------------------------
  g.heading(L('sec.runningCosts'));
  const costIds = lineRows('runningCosts', inputs.runningCosts, 'Cost', (cost, p) => (t) => {
    if (t < cost.startYear || t > Math.min(cost.endYear, H)) return null;
    const k = t - cost.startYear;
    const amount =
      cost.series !== null && k < cost.series.length
        ? name(`${p}_Series${k + 1}`)
        : name(`${p}_Amount`);
    return priced(amount, t, cost.escalates, cost.growth.isZero() ? null : `${p}_Growth`);
  });
  totalOf('runningCostsTotal', 'row.runningCostsTotal', costIds);
  // Surcharges on VAT: the amount entered, or the VAT payable × the three rates; deductible.
  const surcharges = inputs.tax.surcharges;
  if (surcharges !== null)
    g.years('surcharges', {
      label: L('row.surcharges'),
      cell: (t) => {
        if (t < surcharges.startYear || t > Math.min(surcharges.endYear, H)) return null;
        const yearly =
          surcharges.basis === 'amount'
            ? name('Surcharge_Amount')
            : mul(
                name('Surcharge_VatPayable'),
                add(
                  name('Surcharge_UrbanRate'),
                  name('Surcharge_EducationRate'),
                  name('Surcharge_LocalEducationRate'),
                ),
              );
        return surcharges.escalates ? mul(yearly, g.at('priceIndex', t)) : yearly;
      },
    });

  // ---- Investment: amount × the share paid each year; input VAT paid with it ---------------
  g.heading(L('sec.capex'));
  const capexIds = lineRows('capex', inputs.capex, 'Capex', (item, p) =>
    inShares(item.payments, () => name(`${p}_Amount`), p),
  );
  totalOf('capexTotal', 'row.capexTotal', capexIds);
  const replacementIds = capexIds.filter((_, index) => inputs.capex[index]?.replacement === true);
  if (replacementIds.length > 0)
    g.years('replacementCapex', {
      label: L('row.replacementCapex'),
      role: 'memo',
      cell: (t) => add(...replacementIds.map((id) => g.at(id, t))),
    });
  const maintenanceIds = capexIds.filter((_, index) => inputs.capex[index]?.maintenance !== null);
  if (maintenanceIds.length > 0)
    g.years('maintenanceCapex', {
      label: L('row.maintenanceCapex'),
      role: 'memo',
      cell: (t) => add(...maintenanceIds.map((id) => g.at(id, t))),
    });
  const expensedIds = capexIds.filter(
    (_, index) => inputs.capex[index]?.maintenance?.treatment === 'expense',
  );
  if (expensedIds.length > 0)
    g.years('maintenanceExpensed', {
      label: L('row.maintenanceExpensed'),
      role: 'memo',
      cell: (t) => add(...expensedIds.map((id) => g.at(id, t))),
    });
  g.years('residualValue', {
    label: L('row.residualValue'),
    cell: (t) =>
      t === H ? add(...inputs.capex.map((_, index) => name(`Capex${index + 1}_Residual`))) : null,
  });
  const vatItems = inputs.capex
    .map((item, index) => ({ item, p: `Capex${index + 1}` }))
    .filter(({ item }) => !item.inputVat.isZero());
  if (vatItems.length > 0) {
    const spreadOver = inputs.tax.inputVatRecoveryYears;
    g.years('inputVatPaid', {
      label: L('row.inputVatPaid'),
      cell: (t) => {
        const parts = vatItems.flatMap(({ item, p }) =>
          item.payments
            .filter((part) => part.year === t)
            .map(() => mul(name(`${p}_InputVat`), name(`${p}_Share_Y${t}`))),
        );
        return parts.length === 0 ? null : add(...parts);
      },
    });
    g.years('inputVatRecovered', {
      label: L('row.inputVatRecovered', { years: spreadOver }),
      cell: (t) => {
        const parts: Expr[] = [];
        for (const { item, p } of vatItems)
          for (const part of item.payments) {
            if (part.year > H) continue;
            for (let k = 1; k <= spreadOver; k += 1) {
              if (Math.min(part.year + k, H) !== t) continue;
              const paid = mul(name(`${p}_InputVat`), name(`${p}_Share_Y${part.year}`));
              parts.push(spreadOver === 1 ? paid : div(paid, lit(spreadOver)));
            }
          }
        return parts.length === 0 ? null : add(...parts);
      },
    });
  }

  // ---- Working capital: the whole change W, in the shares of its timing (released +, absorbed −)
  if (inputs.workingCapital.length > 0) g.heading(L('sec.workingCapital'));
  inputs.workingCapital.forEach((line, index) => {
    const p = `WorkCap${index + 1}`;
    if (line.basis === 'baseline-share')
      g.scalar(
        `${p}.whole`,
        L('w.wcWhole', { name: line.name }),
        mul(baseline(line.baselineLine), name(`${p}_Share`)),
      );
    if (line.basis === 'baseline-days')
      g.scalar(
        `${p}.whole`,
        L('w.wcWhole', { name: line.name }),
        div(mul(baseline(line.baselineLine), name(`${p}_Days`)), lit(365)),
      );
  });
  const wcIds = inputs.workingCapital.map((line, index) => {
    const p = `WorkCap${index + 1}`;
    const whole = (): Expr =>
      line.basis === 'amount' ? name(`${p}_Amount`) : g.scalarRef(`${p}.whole`);
    const id = `workingCapital[${line.id}]`;
    g.years(id, {
      label: line.name,
      cell: (t) => {
        if (line.recoveredAtHorizon && t === H) return t === 0 ? ZERO : neg(g.sumOf(id, 0, t - 1));
        const parts = line.timing.filter((part) => part.year === t);
        if (parts.length === 0) return null;
        const changes = parts.map(() => {
          const change = mul(whole(), name(`${p}_Share_Y${t}`));
          return line.escalates ? mul(change, g.at('priceIndex', t)) : change;
        });
        const total = add(...changes);
        return line.change === 'release' ? total : neg(total);
      },
    });
    return id;
  });
  if (wcIds.length > 0) totalOf('workingCapitalTotal', 'row.workingCapitalTotal', wcIds);

  // ---- Financing: each loan's schedule ----------------------------------------------------
  // Interest accrues on the opening balance, and on a draw made evenly through the year for half
  // the year: q_t = (P_{t−1} + A_t / 2) × i. Interest of the years before the items the loan pays
  // for enter service is interest during construction: capitalised, and paid from equity or
  // rolled into the balance. Repayment starts from the balance then owed.
  const loans = inputs.financing.loans;
  if (loans.length > 0) g.heading(L('sec.loans'));
  const loanRows = loans.map((loan, index) => {
    const p = `Loan${index + 1}`;
    const d = loan.drawdownYear;
    const built = constructionEnd(inputs, loan);
    const midYear = loan.drawTiming === 'mid-year';
    const rolled = loan.constructionInterest === 'rolled-into-loan';
    const repaying = loan.termYears - loan.graceYears;
    const firstRepayment = d + loan.graceYears + 1;
    const schedule = loanSchedule(A, loan, H + 1, built);
    const drawName = (t: number): string | null =>
      loan.draws === null
        ? t === d
          ? `${p}_Amount`
          : null
        : loan.draws.some((draw) => draw.year === t)
          ? `${p}_Draw_Y${t}`
          : null;
    // Construction years with interest: before `built`, from the first draw bearing interest.
    const accrues = (t: number) => t - d >= 0 && t - d <= loan.termYears && (t > d || midYear);
    const hasConstruction = Array.from({ length: H + 1 }, (_, t) => t).some(
      (t) => t < built && accrues(t),
    );
    const ids = {
      draw: `${p}.draw`,
      opening: `${p}.opening`,
      construction: `${p}.construction`,
      interest: `${p}.interest`,
      principal: `${p}.principal`,
      closing: `${p}.closing`,
    };
    const order = (
      ['draw', 'opening', 'construction', 'interest', 'principal', 'closing'] as const
    ).filter((which) => which !== 'construction' || hasConstruction);
    const firstRow = g.nextRow;
    const rowOf = Object.fromEntries(order.map((which, k) => [which, firstRow + k])) as Record<
      (typeof order)[number],
      number
    >;
    const values = {
      draw: schedule.draw,
      opening: schedule.openingBalance,
      construction: schedule.constructionInterest,
      interest: schedule.interest,
      principal: schedule.principal,
      closing: schedule.closingBalance,
    };
    const at = (which: (typeof order)[number], t: number) =>
      ref(`${yearColumn(t)}${rowOf[which]}`, values[which][t] as Decimal);
    const cells: Record<(typeof order)[number], (Expr | null)[]> = {
      draw: [],
      opening: [],
      construction: [],
      interest: [],
      principal: [],
      closing: [],
    };
    /** What is owed before this year's repayment: opening + draw + construction interest rolled in. */
    const owed = (t: number): Expr => {
      const parts: Expr[] = [];
      if (t > d) parts.push(at('opening', t));
      if (drawName(t) !== null) parts.push(at('draw', t));
      if (rolled && hasConstruction && t < built && accrues(t)) parts.push(at('construction', t));
      return parts.length === 0 ? ZERO : add(...parts);
    };
    for (let t = 0; t <= H; t += 1) {
      const k = t - d;
      const inLife = k >= 0 && k <= loan.termYears;
      const drawn = inLife ? drawName(t) : null;
      cells.draw.push(drawn === null ? null : name(drawn));
      cells.opening.push(inLife && k > 0 ? at('closing', t - 1) : null);
      let accrued: Expr | null = null;
      if (inLife && accrues(t)) {
        const parts: Expr[] = [];
        if (k > 0) parts.push(mul(at('opening', t), name(`${p}_Rate`)));
        if (midYear && drawn !== null)
          parts.push(div(mul(at('draw', t), name(`${p}_Rate`)), lit(2)));
        accrued = parts.length === 0 ? null : add(...parts);
      }
      const duringConstruction = t < built;
      cells.construction.push(duringConstruction ? accrued : null);
      cells.interest.push(duringConstruction ? null : accrued);
      const interestHere = (): Expr =>
        duringConstruction ? at('construction', t) : at('interest', t);
      let repaid: Expr | null = null;
      if (inLife && k > 0 && k === loan.termYears) repaid = owed(t);
      else if (inLife && k > loan.graceYears) {
        if (loan.repayment === 'equal-principal') repaid = div(owed(firstRepayment), lit(repaying));
        else {
          const base = owed(firstRepayment);
          repaid = sub(
            fn(
              'PMT',
              [name(`${p}_Rate`), lit(repaying), neg(base)],
              levelPayment(A, base.value, loan.rate, repaying),
            ),
            interestHere(),
          );
        }
      }
      cells.principal.push(repaid);
      cells.closing.push(
        inLife ? (repaid === null ? owed(t) : sub(owed(t), at('principal', t))) : null,
      );
    }
    const labels = {
      draw: L('w.loanDrawn', { name: loan.name }),
      opening: L('w.loanOpening', { name: loan.name }),
      construction: L('w.loanConstruction', { name: loan.name }),
      interest: L('w.loanInterest', { name: loan.name }),
      principal: L('w.loanPrincipal', { name: loan.name }),
      closing: L('w.loanClosing', { name: loan.name }),
    };
    for (const which of order)
      g.years(ids[which], {
        key: null,
        label: labels[which],
        role: 'working',
        cell: (t) => cells[which][t] ?? null,
        total: which !== 'opening' && which !== 'closing',
      });
    return { loan, p, ids, cells, hasConstruction, rolled };
  });
  if (loans.length > 0) {
    /** The sum over the loans of one of their rows, empty in a year none has a cell. */
    const across =
      (which: 'draw' | 'construction', only = loanRows) =>
      (t: number): Expr | null => {
        const here = only.filter(({ cells }) => cells[which][t] !== null);
        return here.length === 0 ? null : add(...here.map(({ ids }) => g.at(ids[which], t)));
      };
    g.years('loanDraw', { label: L('row.loanDraw'), cell: across('draw') });
    const building = loanRows.filter(({ hasConstruction }) => hasConstruction);
    if (building.length > 0) {
      g.years('interestDuringConstruction', {
        label: L('row.interestDuringConstruction'),
        cell: across('construction', building),
      });
      const paid = building.filter(({ rolled }) => !rolled);
      if (paid.length > 0)
        g.years('constructionInterestPaid', {
          label: L('row.constructionInterestPaid'),
          cell: across('construction', paid),
        });
    }
    const every = (which: 'interest' | 'principal' | 'closing') => (t: number) =>
      add(...loanRows.map(({ ids }) => g.at(ids[which], t)));
    g.years('interest', { label: L('row.interest'), cell: every('interest') });
    g.years('principal', { label: L('row.principal'), cell: every('principal') });
    g.years('loanBalance', { label: L('row.loanBalance'), cell: every('closing'), total: false });
    g.years('debtService', {
      label: L('row.debtService'),
      cell: (t) => add(g.at('interest', t), g.at('principal', t)),
    });
  }

  // ---- Subsidies --------------------------------------------------------------------------
  const projectSubsidies = options.subsidies
    .map((subsidy) => ({ subsidy, p: `Subsidy${inputs.subsidies.indexOf(subsidy) + 1}` }))
    .filter(({ subsidy }) => subsidy.type !== 'interest-subsidy');
  const interestSubsidies = options.subsidies
    .map((subsidy) => ({ subsidy, p: `Subsidy${inputs.subsidies.indexOf(subsidy) + 1}` }))
    .filter(({ subsidy }) => subsidy.type === 'interest-subsidy');
  if (options.subsidies.length > 0) g.heading(L('sec.subsidies'));
  const grants = projectSubsidies.filter(({ subsidy }) => subsidy.type === 'capex-grant');
  for (const { subsidy, p } of grants) {
    if (subsidy.type !== 'capex-grant') continue;
    const uncapped = mul(name('Eligible_Capex'), name(`${p}_Rate`));
    g.scalar(
      `${p}.grant`,
      L('w.grant', { name: subsidy.name }),
      subsidy.cap === null ? uncapped : min(uncapped, name(`${p}_Cap`)),
    );
  }
  const subsidyIds = projectSubsidies.map(({ subsidy, p }) => {
    const id = `subsidies[${subsidy.id}]`;
    const whole = (): Expr =>
      subsidy.type === 'capex-grant' ? g.scalarRef(`${p}.grant`) : name(`${p}_Amount`);
    const parts = subsidy.type === 'interest-subsidy' ? [] : subsidy.disbursement;
    g.years(id, {
      label: subsidy.name,
      cell: inShares(parts, whole, p),
    });
    return id;
  });
  if (subsidyIds.length > 0) totalOf('subsidiesTotal', 'row.subsidiesTotal', subsidyIds);
  const interestSubsidyIds = interestSubsidies.map(({ subsidy, p }) => {
    const id = `financingSubsidies[${subsidy.id}]`;
    const found =
      subsidy.type === 'interest-subsidy'
        ? loanRows.find(({ loan }) => loan.id === subsidy.loanId)
        : undefined;
    g.years(id, {
      label: subsidy.name,
      cell: (t) => {
        if (found === undefined || subsidy.type !== 'interest-subsidy') return null;
        const first = found.loan.drawdownYear + 1;
        if (t < first || t >= first + subsidy.years) return null;
        return mul(g.at(found.ids.opening, t), name(`${p}_Points`));
      },
    });
    return id;
  });
  if (interestSubsidyIds.length > 0)
    totalOf('financingSubsidiesTotal', 'row.interestSubsidy', interestSubsidyIds);
  const subsidyRowsWhere = (test: (subsidy: SubsidyInput<Decimal>) => boolean) =>
    projectSubsidies
      .filter(({ subsidy }) => test(subsidy))
      .map(({ subsidy }) => `subsidies[${subsidy.id}]`);
  const taxableIds = subsidyRowsWhere((subsidy) => subsidy.taxable);
  const nonDeductibleIds = subsidyRowsWhere(
    (subsidy) => !subsidy.taxable && subsidy.type !== 'capex-grant',
  );
  if (taxableIds.length > 0)
    g.years('taxableSubsidies', {
      label: L('row.taxableSubsidies'),
      role: 'memo',
      cell: (t) => add(...taxableIds.map((id) => g.at(id, t))),
    });
  if (nonDeductibleIds.length > 0)
    g.years('nonDeductibleSpending', {
      label: L('row.nonDeductibleSpending'),
      role: 'memo',
      cell: (t) => add(...nonDeductibleIds.map((id) => g.at(id, t))),
    });

  // ---- Depreciation and deductions ----------------------------------------------------------
  g.heading(L('sec.deductions'));
  const reducing = grants.filter(
    ({ subsidy }) => subsidy.type === 'capex-grant' && subsidy.reducesDepreciableBase,
  );
  const oneTime = inputs.tax.oneTimeDeduction;
  /**
   * What each item deducts, as assets: the item itself, or each outlay of a maintenance
   * investment that is depreciated (in service the year after it is paid, its share of the base);
   * a maintenance investment that is expensed is no asset. In the equity view an item financed by
   * a loan costs its amount plus the interest during construction capitalised into it.
   */
  interface Vintage {
    readonly item: (typeof inputs.capex)[number];
    readonly p: string;
    readonly base: Expr;
    readonly salvage: Expr;
    readonly qualifies: Cond | null;
    readonly id: string;
    readonly inService: number;
    /** The year a maintenance outlay is paid; null for an item of the initial investment. */
    readonly outlay: number | null;
  }
  /** A working row's label in the equity view: "Working, equity view (…): " for "Working: ". */
  const equityLabel = (text: string): string =>
    `${L('w.equityPrefix')}${text.startsWith(L('w.workingPrefix')) ? text.slice(L('w.workingPrefix').length) : text}`;
  const vintagesOf = (raised: ReadonlyMap<number, Expr> | null, reuse: readonly Vintage[]) =>
    inputs.capex.flatMap((item, index): Vintage[] => {
      const p = `Capex${index + 1}`;
      const extra = raised?.get(index);
      if (raised !== null && extra === undefined) return reuse.filter((v) => v.p === p);
      const w = raised === null ? p : `equity.${p}`;
      const W = (text: string) => (raised === null ? text : equityLabel(text));
      let cost = name(`${p}_Amount`);
      if (extra !== undefined) {
        g.scalar(`${w}.cost`, L('w.costWithInterest', { name: item.name }), add(cost, extra));
        cost = g.scalarRef(`${w}.cost`);
      }
      let base = cost;
      let salvage = name(`${p}_Salvage`);
      if (item.eligibility.grants && reducing.length > 0) {
        // The grant is shared out over the eligible items in proportion to their cost.
        const reduction = add(
          ...reducing.map(({ p: grant }) =>
            div(mul(name(`${p}_Amount`), g.scalarRef(`${grant}.grant`)), name('Eligible_Capex')),
          ),
        );
        g.scalar(
          `${w}.base`,
          W(L('w.taxBase', { name: item.name })),
          max(ZERO, sub(cost, reduction)),
        );
        base = g.scalarRef(`${w}.base`);
        g.scalar(
          `${w}.salvage`,
          W(L('w.salvageBase', { name: item.name })),
          div(mul(name(`${p}_Salvage`), base), cost),
        );
        salvage = g.scalarRef(`${w}.salvage`);
      }
      let qualifies: Cond | null = null;
      if (oneTime !== null && item.eligibility.oneTimeDeduction) {
        g.scalar(
          `${w}.oneTime`,
          W(L('w.qualifies', { name: item.name })),
          compare(div(cost, name(`${p}_Units`)), '<=', name('Tax_OneTimeThreshold')),
          'flag',
        );
        qualifies = g.scalarCond(`${w}.oneTime`);
      }
      const maintenance = item.maintenance;
      if (maintenance === null)
        return [
          {
            item,
            p,
            base,
            salvage,
            qualifies,
            id: `${w}.depreciation`,
            inService: item.inServiceYear,
            outlay: null,
          },
        ];
      if (maintenance.treatment === 'expense') return [];
      return item.payments.map((part) => {
        const share = name(`${p}_Share_Y${part.year}`);
        return {
          item,
          p,
          base: mul(base, share),
          salvage: mul(salvage, share),
          qualifies,
          id: `${w}.depreciation.Y${part.year}`,
          inService: part.year + 1,
          outlay: part.year,
        };
      });
    });
  const depreciationRows = (vintages: readonly Vintage[], equity: boolean) => {
    for (const entry of vintages) {
      if (g.has(entry.id)) continue;
      const { item, base, salvage } = entry;
      const life = item.depreciation.lifeYears;
      const schedule = scheduleOf(A, item, base.value, salvage.value);
      const method = L(`method.${item.depreciation.method}`);
      const text =
        entry.outlay === null
          ? L('w.depreciation', { name: item.name, method, life })
          : L('w.outlayDepreciation', { name: item.name, year: entry.outlay, method, life });
      g.years(entry.id, {
        key: null,
        label: equity ? equityLabel(text) : text,
        role: 'working',
        cell: (t) => {
          const k = t - entry.inService + 1;
          if (k < 1 || k > life) return null;
          const value = schedule[k - 1] as Decimal;
          switch (item.depreciation.method) {
            case 'straight-line':
              return div(sub(base, salvage), lit(life));
            case 'sum-of-years-digits':
              return fn('SYD', [base, salvage, lit(life), lit(k)], value);
            default:
              return fn(
                'VDB',
                [
                  base,
                  salvage,
                  lit(life),
                  lit(k - 1),
                  lit(k),
                  item.depreciation.factor === null ? lit(2) : name(`${entry.p}_Factor`),
                ],
                value,
              );
          }
        },
      });
    }
  };
  const items = vintagesOf(null, []);
  depreciationRows(items, false);
  g.years('depreciationBeforeIncentives', {
    label: L('row.depreciationBeforeIncentives'),
    role: 'memo',
    cell: (t) => add(...items.map(({ id }) => g.at(id, t))),
  });
  /** One-time deduction in the year in service, or depreciation: what an asset deducts in t. */
  const deductionOf = (entry: Vintage, t: number): Expr =>
    entry.qualifies === null
      ? g.at(entry.id, t)
      : iff(entry.qualifies, t === entry.inService ? entry.base : ZERO, g.at(entry.id, t));
  if (items.some(({ qualifies }) => qualifies !== null)) {
    g.years('oneTimeDeduction', {
      label: L('row.oneTimeDeduction'),
      role: 'memo',
      cell: (t) => {
        const here = items.filter(
          ({ qualifies, inService }) => qualifies !== null && inService === t,
        );
        return here.length === 0
          ? null
          : add(...here.map((entry) => iff(entry.qualifies as Cond, entry.base, ZERO)));
      },
    });
    g.years('depreciation', {
      label: L('row.depreciation'),
      role: 'memo',
      cell: (t) =>
        add(
          ...items.map((entry) =>
            entry.qualifies === null
              ? g.at(entry.id, t)
              : iff(entry.qualifies, ZERO, g.at(entry.id, t)),
          ),
        ),
    });
  } else {
    g.years('depreciation', {
      label: L('row.depreciation'),
      role: 'memo',
      cell: (t) => g.at('depreciationBeforeIncentives', t),
    });
  }
  const superRate = inputs.tax.superDeduction;
  const isResearch = (entry: Vintage) => entry.item.eligibility.superDeduction;
  const rdCostIds = costIds.filter(
    (_, index) => inputs.runningCosts[index]?.eligibility.superDeduction === true,
  );
  if (superRate !== null && items.filter(isResearch).length + rdCostIds.length > 0)
    g.years('superDeductionBase', {
      key: null,
      label: L('w.superBase'),
      role: 'working',
      cell: (t) =>
        add(
          ...rdCostIds.map((id) => g.at(id, t)),
          ...items.filter(isResearch).map((entry) => deductionOf(entry, t)),
        ),
    });
  const credit = inputs.tax.investmentTaxCredit;
  const creditItems = items.filter(({ item }) => item.eligibility.investmentTaxCredit);
  if (credit !== null && creditItems.length > 0)
    g.years('taxCreditGenerated', {
      label: L('row.taxCreditGenerated'),
      role: 'memo',
      cell: (t) => {
        const here = creditItems.filter(({ inService }) => inService === t);
        if (here.length === 0) return null;
        const earned = mul(add(...here.map(({ base }) => base)), name('Tax_CreditRate'));
        if (!options.has('Tax_CreditCap')) return earned;
        const before = t === 0 ? ZERO : g.sumOf('taxCreditGenerated', 0, t - 1);
        return min(earned, sub(name('Tax_CreditCap'), before));
      },
    });
  /** The tax book value an asset leaves at the horizon: its base less what it deducted. */
  const bookValueLeft = (entry: Vintage): Expr => {
    const left = sub(entry.base, g.sumOf(entry.id));
    return entry.qualifies === null ? left : iff(entry.qualifies, ZERO, left);
  };

  // Interest during construction, shared among the items a loan pays for in proportion to their
  // cost, raises their depreciable base in the equity view only (the project is judged unfinanced).
  const capitalised = new Map<number, Expr>();
  inputs.capex.forEach((item, index) => {
    const shares = loanRows
      .filter(({ hasConstruction, loan }) => hasConstruction && loan.finances.includes(item.id))
      .map(({ loan, ids }) => {
        const financed = inputs.capex
          .map((other, k) => ({ other, k }))
          .filter(({ other }) => loan.finances.includes(other.id));
        const cost = add(...financed.map(({ k }) => name(`Capex${k + 1}_Amount`)));
        return cost.value.isZero()
          ? div(g.sumOf(ids.construction), lit(financed.length))
          : div(mul(g.sumOf(ids.construction), name(`Capex${index + 1}_Amount`)), cost);
      });
    if (shares.length === 0) return;
    const p = `Capex${index + 1}`;
    g.scalar(`${p}.interest`, L('w.interestShare', { name: item.name }), add(...shares));
    capitalised.set(index, g.scalarRef(`${p}.interest`));
  });
  const equityItems = capitalised.size === 0 ? null : vintagesOf(capitalised, items);
  if (equityItems !== null) {
    depreciationRows(equityItems, true);
    g.years('equity.deductions', {
      key: null,
      label: L('w.equityDeductions'),
      role: 'working',
      cell: (t) => add(...equityItems.map((entry) => deductionOf(entry, t))),
    });
    g.years('constructionInterestDeduction', {
      label: L('row.constructionInterestDeduction'),
      cell: (t) =>
        sub(
          g.at('equity.deductions', t),
          ...terms(optionalAt(g, 'oneTimeDeduction', t), g.at('depreciation', t)),
        ),
    });
    if (g.has('superDeductionBase') && equityItems.some(isResearch))
      g.years('equity.superDeduction', {
        key: null,
        label: L('w.equitySuper'),
        role: 'working',
        cell: (t) =>
          mul(
            add(
              ...rdCostIds.map((id) => g.at(id, t)),
              ...equityItems.filter(isResearch).map((entry) => deductionOf(entry, t)),
            ),
            name('Tax_SuperRate'),
          ),
      });
    if (inputs.tax.disposalAtHorizon)
      g.years('equity.disposalGain', {
        key: null,
        label: L('w.equityDisposal'),
        role: 'working',
        cell: (t) =>
          t === H ? sub(g.at('residualValue', t), add(...equityItems.map(bookValueLeft))) : null,
      });
  }

  // ---- Taxable income, step by step ---------------------------------------------------------
  g.heading(L('sec.tax'));
  g.years('taxableIncomeBeforeIncentives', {
    label: L('row.taxableIncomeBeforeIncentives'),
    role: 'total',
    cell: (t) =>
      sub(
        add(
          ...terms(
            g.at('savingsTotal', t),
            optionalAt(g, 'taxableSubsidies', t),
            optionalAt(g, 'nonDeductibleSpending', t),
          ),
        ),
        ...terms(
          g.at('runningCostsTotal', t),
          optionalAt(g, 'surcharges', t),
          optionalAt(g, 'maintenanceExpensed', t),
          g.at('depreciationBeforeIncentives', t),
        ),
      ),
  });
  g.years('oneTimeDeductionEffect', {
    label: L('row.oneTimeDeductionEffect'),
    cell: (t) =>
      sub(
        add(...terms(optionalAt(g, 'oneTimeDeduction', t), g.at('depreciation', t))),
        g.at('depreciationBeforeIncentives', t),
      ),
  });
  g.years('taxableIncomeAfterOneTimeDeduction', {
    label: L('row.taxableIncomeAfterOneTimeDeduction'),
    role: 'total',
    cell: (t) => sub(g.at('taxableIncomeBeforeIncentives', t), g.at('oneTimeDeductionEffect', t)),
  });
  if (g.has('superDeductionBase'))
    g.years('superDeduction', {
      label: L('row.superDeduction'),
      cell: (t) => mul(g.at('superDeductionBase', t), name('Tax_SuperRate')),
    });
  if (inputs.tax.disposalAtHorizon)
    g.years('disposalGain', {
      label: L('row.disposalGain'),
      cell: (t) => {
        if (t !== H) return null;
        // Tax book value left: each item's base less what it deducted within the horizon.
        return sub(g.at('residualValue', t), add(...items.map(bookValueLeft)));
      },
    });
  g.years('taxableIncome', {
    label: L('row.taxableIncome'),
    role: 'total',
    cell: (t) =>
      add(
        ...terms(
          optionalAt(g, 'superDeduction', t) === null
            ? g.at('taxableIncomeAfterOneTimeDeduction', t)
            : sub(g.at('taxableIncomeAfterOneTimeDeduction', t), g.at('superDeduction', t)),
          optionalAt(g, 'disposalGain', t),
        ),
      ),
  });

  taxLedgerRows(g, {
    lang,
    name,
    has: options.has,
    tax: inputs.tax,
    yearIndex,
    income: 'taxableIncome',
    credits: g.has('taxCreditGenerated') ? 'taxCreditGenerated' : null,
    prefix: 'ledger',
    display: true,
    firstOperatingYear: firstOperatingYear(inputs),
  });
  g.years('taxPaid', {
    label: L(inputs.tax.payment === 'same-year' ? 'row.taxPaid' : 'row.taxPaidFollowing'),
    cell: (t) => paidIn(g, 'tax', t, H, inputs.tax.payment === 'following-year'),
  });

  // Interest is deductible, and an interest subsidy income, only in the equity view; so is the
  // depreciation of the interest during construction capitalised (and what it changes in the R&D
  // super deduction and the disposal gain).
  if (loans.length > 0) {
    g.years('equityTaxableIncome', {
      key: null,
      label: L('w.equityIncome'),
      role: 'working',
      cell: (t) =>
        sub(
          add(
            ...terms(
              g.at('taxableIncome', t),
              optionalAt(g, 'financingSubsidiesTotal', t),
              g.has('equity.superDeduction') ? g.at('superDeduction', t) : null,
              optionalAt(g, 'equity.disposalGain', t),
            ),
          ),
          ...terms(
            g.at('interest', t),
            optionalAt(g, 'constructionInterestDeduction', t),
            optionalAt(g, 'equity.superDeduction', t),
            g.has('equity.disposalGain') ? g.at('disposalGain', t) : null,
          ),
        ),
    });
    taxLedgerRows(g, {
      lang,
      name,
      has: options.has,
      tax: inputs.tax,
      yearIndex,
      income: 'equityTaxableIncome',
      credits: g.has('taxCreditGenerated') ? 'taxCreditGenerated' : null,
      prefix: 'equityLedger',
      display: false,
      firstOperatingYear: firstOperatingYear(inputs),
    });
    g.years('equityTax', { label: L('row.equityTax'), cell: (t) => g.at('equityLedger.tax', t) });
  } else {
    g.years('equityTax', { label: L('row.equityTax'), cell: (t) => g.at('tax', t) });
  }
  g.years('equityTaxPaid', {
    label: L('row.equityTaxPaid'),
    cell: (t) => paidIn(g, 'equityTax', t, H, inputs.tax.payment === 'following-year'),
  });

  // ---- Terminal value: the last year's operating flow growing at g for ever ------------------
  const terminal = inputs.parameters.terminalValue;
  if (terminal !== null) {
    const multiple = (): Expr =>
      div(
        add(ONE, name('Terminal_Growth')),
        sub(name('Discount_Nominal'), name('Terminal_Growth')),
      );
    g.years('terminalValue', {
      label: L('row.terminalValue'),
      cell: (t) =>
        t === H
          ? mul(
              sub(
                g.at('savingsTotal', t),
                ...terms(g.at('runningCostsTotal', t), optionalAt(g, 'surcharges', t)),
                g.at('tax', t),
              ),
              multiple(),
            )
          : null,
    });
    g.years('terminalValueBeforeTax', {
      key: null,
      label: L('w.terminalBeforeTax'),
      role: 'working',
      cell: (t) =>
        t === H
          ? mul(
              sub(
                g.at('savingsTotal', t),
                ...terms(g.at('runningCostsTotal', t), optionalAt(g, 'surcharges', t)),
              ),
              multiple(),
            )
          : null,
    });
  }

  // ---- Cash flows ----------------------------------------------------------------------------
  g.heading(L('sec.cashFlows'));
  const withinHorizon = (t: number): Expr[] =>
    terms(
      g.at('savingsTotal', t),
      optionalAt(g, 'subsidiesTotal', t),
      g.at('residualValue', t),
      optionalAt(g, 'workingCapitalTotal', t),
      optionalAt(g, 'inputVatRecovered', t),
    );
  const outflows = (t: number): Expr[] =>
    terms(
      g.at('runningCostsTotal', t),
      optionalAt(g, 'surcharges', t),
      g.at('capexTotal', t),
      optionalAt(g, 'inputVatPaid', t),
    );
  g.years('projectNetCashFlowBeforeTax', {
    label: L('row.projectNetCashFlowBeforeTax'),
    role: 'total',
    cell: (t) =>
      sub(
        add(...withinHorizon(t), ...terms(optionalAt(g, 'terminalValueBeforeTax', t))),
        ...outflows(t),
      ),
  });
  g.years('projectNetCashFlow', {
    label: L('row.projectNetCashFlow'),
    role: 'total',
    cell: (t) =>
      sub(
        add(...withinHorizon(t), ...terms(optionalAt(g, 'terminalValue', t))),
        ...outflows(t),
        g.at('taxPaid', t),
      ),
  });
  g.years('cumulativeProjectNetCashFlow', {
    label: L('row.cumulativeProjectNetCashFlow'),
    total: false,
    cell: (t) =>
      t === 0
        ? g.at('projectNetCashFlow', t)
        : add(g.at('cumulativeProjectNetCashFlow', t - 1), g.at('projectNetCashFlow', t)),
  });
  g.years('discountFactor', {
    label: L('row.discountFactor'),
    kind: 'factor',
    cell: (t) => div(ONE, pow(add(ONE, name('Discount_Nominal')), yearIndex(t))),
  });
  g.years('discountedProjectNetCashFlow', {
    label: L('row.discountedProjectNetCashFlow'),
    cell: (t) => mul(g.at('projectNetCashFlow', t), g.at('discountFactor', t)),
  });
  g.years('cumulativeDiscountedProjectNetCashFlow', {
    label: L('row.cumulativeDiscountedProjectNetCashFlow'),
    total: false,
    cell: (t) =>
      t === 0
        ? g.at('discountedProjectNetCashFlow', t)
        : add(
            g.at('cumulativeDiscountedProjectNetCashFlow', t - 1),
            g.at('discountedProjectNetCashFlow', t),
          ),
  });
  g.years('equityNetCashFlow', {
    label: L('row.equityNetCashFlow'),
    role: 'total',
    cell: (t) =>
      loans.length === 0
        ? g.at('projectNetCashFlow', t)
        : sub(
            add(
              ...terms(
                g.at('projectNetCashFlow', t),
                g.at('taxPaid', t),
                g.at('loanDraw', t),
                optionalAt(g, 'financingSubsidiesTotal', t),
              ),
            ),
            g.at('equityTaxPaid', t),
            g.at('debtService', t),
            ...terms(optionalAt(g, 'constructionInterestPaid', t)),
          ),
  });
  g.years('cumulativeEquityNetCashFlow', {
    label: L('row.cumulativeEquityNetCashFlow'),
    total: false,
    cell: (t) =>
      t === 0
        ? g.at('equityNetCashFlow', t)
        : add(g.at('cumulativeEquityNetCashFlow', t - 1), g.at('equityNetCashFlow', t)),
  });
  g.years('discountedEquityNetCashFlow', {
    label: L('row.discountedEquityNetCashFlow'),
    cell: (t) => mul(g.at('equityNetCashFlow', t), g.at('discountFactor', t)),
  });
  {
    const grantIds = grants.map(({ subsidy }) => `subsidies[${subsidy.id}]`);
    const otherSubsidyIds = subsidyIds.filter((id) => !grantIds.includes(id));
    g.years('cashAvailableForDebtService', {
      label: L('row.cashAvailableForDebtService'),
      cell: (t) =>
        sub(
          add(
            ...terms(
              g.at('savingsTotal', t),
              optionalAt(g, 'workingCapitalTotal', t),
              ...otherSubsidyIds.map((id) => g.at(id, t)),
              optionalAt(g, 'financingSubsidiesTotal', t),
            ),
          ),
          ...terms(g.at('runningCostsTotal', t), optionalAt(g, 'surcharges', t)),
          g.at('equityTaxPaid', t),
        ),
    });
  }
  if (loans.length > 0) {
    g.years('dscr', {
      label: L('row.dscr'),
      kind: 'ratio',
      cell: (t) =>
        g.valueAt('debtService', t).isZero()
          ? null
          : div(g.at('cashAvailableForDebtService', t), g.at('debtService', t)),
    });
  }
  return g;
}

function optionalAt(g: Grid, id: string, t: number): Expr | null {
  return g.has(id) ? g.at(id, t) : null;
}

/** Tax paid: the year's own, or at the annual settlement the year before's (the last year's with it). */
function paidIn(g: Grid, id: string, t: number, H: number, followingYear: boolean): Expr | null {
  if (!followingYear) return g.at(id, t);
  if (t === 0) return null;
  return t === H ? add(g.at(id, t - 1), g.at(id, t)) : g.at(id, t - 1);
}
