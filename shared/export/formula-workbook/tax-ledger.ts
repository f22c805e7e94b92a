import type Decimal from 'decimal.js';
import { Dec } from '../../finance';
import type { TaxInput } from '../../model';
import {
  add,
  and,
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
  or,
  sub,
  ZERO,
  type Expr,
} from './formula';
import { yearColumn, type Grid } from './grid';
import { label, type LabelKey, type WorkbookLanguage } from './labels';

/*
 * The tax ledger of shared/model/tax.ts as rows of formulas. Losses and credits are used oldest
 * first and expire by age; both pools are queues, so what is left of the vintages old enough to
 * expire in year t is what was set aside up to year t − K less everything consumed (used or
 * expired) so far:
 *
 *   used_t     = MIN(MAX(income_t, 0), carried_{t−1})
 *   expired_t  = MAX(0, Σ_{y ≤ t−K} incurred_y − consumed_{t−1} − used_t)
 *   consumed_t = consumed_{t−1} + used_t + expired_t
 *   carried_t  = Σ_{y ≤ t} incurred_y − consumed_t
 *
 * and the same for credits (earned, used against the tax left after the holiday, expiring after
 * M years). With the company's own taxable income B, the project's rows are the company's ledger
 * with the project minus the ledger of B alone (the same every year).
 *
 * A tax holiday counts its years k = 1, 2, … from the first operating year (a fixed column) or
 * from the first year the project adds taxable income after losses (k_t = k_{t−1} + 1 once
 * started); the relief is the project's part of the tax before credits in the N exempt years,
 * and what it exceeds the income × half the statutory rate by in the M half-rate years:
 *
 *   relief_t = IF(1 ≤ k ≤ N, part_t, IF(N < k ≤ N + M, MAX(0, part_t − income_t × Tax_Rate / 2), 0))
 *
 * so the more favourable of the half rate and the company's own regime applies, never both.
 */

export interface LedgerOptions {
  readonly lang: WorkbookLanguage;
  readonly name: (name: string) => Expr;
  readonly has: (name: string) => boolean;
  readonly tax: TaxInput<Decimal>;
  readonly yearIndex: (t: number) => Expr;
  /** The row of taxable income before losses. */
  readonly income: string;
  /** The row of credits earned, if any. */
  readonly credits: string | null;
  readonly prefix: string;
  /** Whether the rows are the projection's (keyed as the model's columns) or workings. */
  readonly display: boolean;
  /** The first year of operating income, where a holiday counted from it starts. */
  readonly firstOperatingYear: number;
}

const PARTS = [
  'lossIncurred',
  'lossUsed',
  'lossExpired',
  'lossCarriedForward',
  'taxableIncomeAfterLosses',
  'taxAtStandardRate',
  'reducedRateEffect',
  'taxBeforeCredits',
  'taxHolidayRelief',
  'taxCreditUsed',
  'taxCreditExpired',
  'tax',
] as const;

type Part = (typeof PARTS)[number];
/** Steps of a ledger that are no column of the model. */
type Helper = 'lossConsumed' | 'creditConsumed' | 'holidayYear';

export function taxLedgerRows(g: Grid, options: LedgerOptions): void {
  const { tax, name, lang } = options;
  const L = (key: LabelKey) => label(lang, key);
  if (tax.companyTaxableIncome === null) {
    ledger(g, options, options.income, options.credits, 'project', (part) =>
      options.display
        ? { id: part, key: part, working: false }
        : { id: `${options.prefix}.${part}`, key: null, working: true },
    );
    return;
  }
  // The company alone first: the holiday of the company with the project reads it.
  if (!g.has('companyAlone.income')) {
    g.years('companyAlone.income', {
      key: null,
      label: L('w.companyAlone'),
      role: 'working',
      cell: () => name('Tax_CompanyIncome'),
    });
    ledger(g, options, 'companyAlone.income', null, 'company-alone', (part) => ({
      id: `companyAlone.${part}`,
      key: null,
      working: true,
      label: `${L('w.companyAlonePrefix')}${L(`row.${part}`)}`,
    }));
  }
  const withCompany = `${options.prefix}.incomeWithCompany`;
  g.years(withCompany, {
    key: null,
    label: L('w.incomeWithCompany'),
    role: 'working',
    cell: (t) => add(g.at(options.income, t), name('Tax_CompanyIncome')),
  });
  ledger(g, options, withCompany, options.credits, 'with-company', (part) => ({
    id: `${options.prefix}.with.${part}`,
    key: null,
    working: true,
    label: `${L('w.withCompanyPrefix')}${L(`row.${part}`)}`,
  }));
  const parts: readonly Part[] = options.display ? PARTS : ['tax'];
  for (const part of parts) {
    const mine = `${options.prefix}.with.${part}`;
    const alone = `companyAlone.${part}`;
    if (!g.has(mine) && !g.has(alone)) continue;
    g.years(options.display ? part : `${options.prefix}.${part}`, {
      key: options.display ? part : null,
      label: `${L(`row.${part}`)}${L('w.differenceSuffix')}`,
      role: options.display ? (part === 'tax' ? 'total' : 'line') : 'working',
      cell: (t) =>
        g.has(alone) ? sub(g.has(mine) ? g.at(mine, t) : ZERO, g.at(alone, t)) : g.at(mine, t),
    });
  }
}

interface RowName {
  readonly id: string;
  readonly key: string | null;
  readonly working: boolean;
  readonly label?: string;
}

function ledger(
  g: Grid,
  options: LedgerOptions,
  income: string,
  credits: string | null,
  /** Whose ledger: the project's own, the company's with the project, the company's alone (no holiday). */
  whose: 'project' | 'with-company' | 'company-alone',
  rowName: (part: Part | Helper) => RowName,
): void {
  const { tax, name, lang, yearIndex } = options;
  const H = g.horizon;
  const L = (key: LabelKey) => label(lang, key);
  const pending: Parameters<Grid['block']>[0][number][] = [];
  const add_ = (part: Part | Helper, cell: (t: number) => Expr | null, total = true) => {
    const { id, key, working, label: text } = rowName(part);
    const isHelper = part === 'lossConsumed' || part === 'creditConsumed' || part === 'holidayYear';
    pending.push({
      id,
      key: isHelper ? null : key,
      label: text ?? L(`row.${part}`),
      role: isHelper || working ? 'working' : part === 'tax' ? 'total' : 'line',
      kind: part === 'holidayYear' ? 'count' : 'amount',
      cell,
      total,
    });
    return id;
  };
  const years = `$${yearColumn(0)}$3:$${yearColumn(H)}$3`;
  /** Σ of a row over the years up to t − age (an input), by the year index in the header. */
  const upToAge = (row: string, t: number, age: string, ageValue: number): Expr => {
    let total = new Dec(0);
    for (let y = 0; y <= t - ageValue; y += 1) total = total.plus(g.valueAt(row, y));
    return fn('SUMIF', [years, `"<="&(${yearIndex(t).text}-${age})`, g.range(row)], total);
  };
  const positive = (t: number) => max(g.at(income, t), ZERO);

  const incurred = add_('lossIncurred', (t) => max(ZERO, neg(g.at(income, t))));
  const usedId = rowName('lossUsed').id;
  const carriedId = rowName('lossCarriedForward').id;
  const consumedId = rowName('lossConsumed').id;
  add_('lossUsed', (t) => (t === 0 ? null : min(positive(t), g.at(carriedId, t - 1))));
  const expiredId = add_('lossExpired', (t) =>
    max(
      ZERO,
      sub(
        upToAge(incurred, t, 'Tax_LossYears', tax.lossCarryForwardYears),
        ...(t === 0 ? [] : [g.at(consumedId, t - 1)]),
        g.at(usedId, t),
      ),
    ),
  );
  add_(
    'lossConsumed',
    (t) => add(...(t === 0 ? [] : [g.at(consumedId, t - 1)]), g.at(usedId, t), g.at(expiredId, t)),
    false,
  );
  add_('lossCarriedForward', (t) => sub(g.sumOf(incurred, 0, t), g.at(consumedId, t)), false);
  const afterLosses = add_('taxableIncomeAfterLosses', (t) => sub(positive(t), g.at(usedId, t)));
  const atStandard = add_('taxAtStandardRate', (t) => mul(g.at(afterLosses, t), name('Tax_Rate')));
  const preferential = tax.preferential;
  const beforeCredits = add_('taxBeforeCredits', (t) => {
    if (preferential === null) return g.at(atStandard, t);
    const income = g.at(afterLosses, t);
    if (preferential.type === 'reduced-rate') return mul(income, name('Tax_ReducedRate'));
    const count = preferential.bands.length;
    const bands = preferential.bands.map((_, k) => {
      const upTo = name(`Tax_Band${k + 1}_UpTo`);
      const slice =
        k === 0 ? min(income, upTo) : max(ZERO, sub(min(income, upTo), name(`Tax_Band${k}_UpTo`)));
      return mul(slice, name(`Tax_Band${k + 1}_Rate`));
    });
    // Above the last limit the company does not qualify that year: the standard rate on all of it.
    const over = name(`Tax_Band${count}_UpTo`);
    return fn(
      'IF',
      [`${income.text}>${over.text}`, g.at(atStandard, t), add(...bands)],
      income.value.gt(over.value) ? g.valueAt(atStandard, t) : add(...bands).value,
    );
  });
  if (preferential !== null)
    add_('reducedRateEffect', (t) => sub(g.at(atStandard, t), g.at(beforeCredits, t)));
  const relief = whose === 'company-alone' ? null : holidayRelief(g, options, whose, rowName, add_);
  /** The tax left after the holiday: what credits are set against. */
  const afterHoliday = (t: number): Expr =>
    relief === null ? g.at(beforeCredits, t) : sub(g.at(beforeCredits, t), g.at(relief, t));
  if (credits === null) {
    add_('tax', afterHoliday);
    g.block(pending);
    return;
  }
  const creditUsedId = rowName('taxCreditUsed').id;
  const creditConsumedId = rowName('creditConsumed').id;
  const creditYears = tax.investmentTaxCredit?.carryForwardYears ?? 0;
  add_('taxCreditUsed', (t) =>
    min(
      afterHoliday(t),
      sub(g.sumOf(credits, 0, t), ...(t === 0 ? [] : [g.at(creditConsumedId, t - 1)])),
    ),
  );
  const creditExpiredId = add_('taxCreditExpired', (t) =>
    max(
      ZERO,
      sub(
        upToAge(credits, t, 'Tax_CreditYears', creditYears),
        ...(t === 0 ? [] : [g.at(creditConsumedId, t - 1)]),
        g.at(creditUsedId, t),
      ),
    ),
  );
  add_(
    'creditConsumed',
    (t) =>
      add(
        ...(t === 0 ? [] : [g.at(creditConsumedId, t - 1)]),
        g.at(creditUsedId, t),
        g.at(creditExpiredId, t),
      ),
    false,
  );
  add_('tax', (t) => sub(afterHoliday(t), g.at(creditUsedId, t)));
  g.block(pending);
}

/**
 * The rows of a tax holiday in a ledger (the year of the holiday, the relief), or null without
 * one. With the company's own income the relief is of the project's part only: the tax before
 * credits and the income after losses above the company's own.
 */
function holidayRelief(
  g: Grid,
  options: LedgerOptions,
  whose: 'project' | 'with-company',
  rowName: (part: Part | Helper) => RowName,
  add_: (part: Part | Helper, cell: (t: number) => Expr | null, total?: boolean) => string,
): string | null {
  const holiday = options.tax.holiday;
  if (holiday === null) return null;
  const { name, yearIndex } = options;
  const beforeCredits = rowName('taxBeforeCredits').id;
  const afterLosses = rowName('taxableIncomeAfterLosses').id;
  const projectPart = (row: string, alone: string, t: number): Expr =>
    whose === 'project' ? g.at(row, t) : max(ZERO, sub(g.at(row, t), g.at(alone, t)));
  const taxPart = (t: number) => projectPart(beforeCredits, 'companyAlone.taxBeforeCredits', t);
  const income = (t: number) =>
    projectPart(afterLosses, 'companyAlone.taxableIncomeAfterLosses', t);
  const yearId = rowName('holidayYear').id;
  const first = options.firstOperatingYear;
  add_(
    'holidayYear',
    (t) => {
      if (holiday.from === 'first-operating-year')
        return t < first ? null : add(sub(yearIndex(t), lit(first)), ONE);
      // From the first year the project adds taxable income after losses, then every year.
      const started = compare(income(t), '>', ZERO);
      if (t === 0) return iff(started, ONE, ZERO);
      const before = g.at(yearId, t - 1);
      return iff(or(compare(before, '>', ZERO), started), add(before, ONE), ZERO);
    },
    false,
  );
  const exempt = name('Holiday_ExemptYears');
  const halfRate = name('Holiday_HalfRateYears');
  return add_('taxHolidayRelief', (t) => {
    if (holiday.from === 'first-operating-year' && t < first) return null;
    const k = g.at(yearId, t);
    return iff(
      and(compare(k, '>=', ONE), compare(k, '<=', exempt)),
      taxPart(t),
      iff(
        and(compare(k, '>', exempt), compare(k, '<=', add(exempt, halfRate))),
        max(ZERO, sub(taxPart(t), div(mul(income(t), name('Tax_Rate')), lit(2)))),
        ZERO,
      ),
    );
  });
}
