import type Decimal from 'decimal.js';
import { Dec } from '../../../shared/finance/decimal';
import { runSteps, type AnalysisSteps } from '../../../shared/analysis/run-control';
import {
  chainSign,
  isTaxPart,
  TAX_CHAIN,
  type Projection,
  type ProjectionLine,
  type TaxChainRole,
} from '../../../shared/model';
import { SCALE_DIGITS, SCALE_FACTOR, type AmountScale } from '../../../shared/i18n/amount-scale';
import { roundToTarget, roundToTotal, sum } from '../format/round-to-total';

/*
 * The yearly projection as the results table shows it. Display rounding happens here, once, so
 * that the table adds up to the cent in both directions: each line the model gives (a saving, a
 * cost, the tax) is rounded by largest remainder so its years add up to its exact total rounded;
 * every sum the table shows (group totals, net cash flow, cumulative flows, the Total column) is
 * then the sum of the figures displayed. Outflows are shown negative so a column adds up to the
 * net cash flow.
 *
 * Under the tax row, the tax computation reads as one chain (shared/model/tax-chain.ts): each
 * row with the sign it adds with, each "=" row the sum of the rows since the last one. Amounts of
 * income are shown as they add to taxable income (a deduction negative); from the tax at the
 * standard rate on, amounts of tax are shown as the cash flow shows the tax, as outflows, so the
 * chain ends on the tax row's own figures. Starts and "=" rows are rounded cell by cell; the
 * signed rows between two of them are rounded to what the two differ by (a row whose exact figure
 * is zero stays zero), so every year of the chain adds up to the cent too. The tax row is rounded
 * cell by cell like the chain's last row: its years add up to its total shown, which may differ
 * from the exact total tax by a cent or two.
 */

export type RowKind = 'amount' | 'factor' | 'ratio';

export interface TableRow {
  readonly key: string;
  /** A translation key under `results.table.rows`, or a line's own name. */
  readonly label: { readonly key: string } | { readonly text: string };
  /** 0: a line of the cash flow; 1: an item inside an expanded group; 2: a step of the tax computation. */
  readonly level: 0 | 1 | 2;
  /** A step of the tax computation: how it enters the chain. */
  readonly chain?: TaxChainRole;
  /** The group this row belongs to (shown only when the group is expanded). */
  readonly group?: string;
  /** A group heading that can be expanded. */
  readonly expandable?: string;
  readonly cells: readonly (Decimal | null)[];
  readonly total: Decimal | null;
  readonly kind: RowKind;
  readonly emphasis?: boolean;
}

export interface ProjectionTable {
  readonly years: readonly number[];
  readonly calendarYears: readonly number[];
  readonly rows: readonly TableRow[];
}

/** Negating a zero gives −0, which would show as a negative figure. */
function signed(value: Decimal, sign: 1 | -1): Decimal {
  return sign === 1 || value.isZero() ? value : value.neg();
}

function rounded(values: readonly Decimal[], scale: AmountScale, sign: 1 | -1): Decimal[] {
  const divisor = SCALE_FACTOR[scale];
  return roundToTotal(
    values.map((value) => signed(value, sign).div(divisor)),
    SCALE_DIGITS[scale],
  ).map((value) => (value.isZero() ? new Dec(0) : value));
}

/**
 * Each cell to the cent on its own (half up). The tax computation is read down its columns, so
 * its rows are rounded this way: two rows with the same exact figure in a year then show the same
 * figure, which rounding each row to its total would not promise.
 */
function roundedEach(values: readonly Decimal[], scale: AmountScale, sign: 1 | -1): Decimal[] {
  const divisor = SCALE_FACTOR[scale];
  return values.map((value) => {
    const cell = signed(value, sign)
      .div(divisor)
      .toDecimalPlaces(SCALE_DIGITS[scale], Dec.ROUND_HALF_UP);
    return cell.isZero() ? new Dec(0) : cell;
  });
}

function columnSums(rows: readonly (readonly Decimal[])[], years: number): Decimal[] {
  return Array.from({ length: years }, (_, year) =>
    sum(rows.map((row) => row[year] ?? new Dec(0))),
  );
}

function running(values: readonly Decimal[]): Decimal[] {
  let total = new Dec(0);
  return values.map((value) => (total = total.plus(value)));
}

function amountRow(
  key: string,
  label: TableRow['label'],
  cells: readonly Decimal[],
  extra: Partial<Pick<TableRow, 'level' | 'group' | 'expandable' | 'emphasis'>> = {},
): TableRow {
  return {
    key,
    label,
    level: extra.level ?? 0,
    cells,
    total: sum(cells),
    kind: 'amount',
    ...extra,
  };
}

interface Group {
  readonly key: string;
  readonly lines: readonly ProjectionLine<Decimal>[];
  readonly sign: 1 | -1;
}

/** The table of a projection, amounts in yuan, 万元 or 亿元, rounded to the decimals of that unit. */
export function projectionTable(
  projection: Projection<Decimal>,
  scale: AmountScale,
): ProjectionTable {
  return runSteps(projectionTableSteps(projection, scale));
}

/** Lines rounded between two steps of `projectionTableSteps`, where a newer keystroke can cancel. */
const LINES_PER_STEP = 50;

/** `projectionTable` in steps: a worker making it for the screen lets a cancel in between. */
export function* projectionTableSteps(
  projection: Projection<Decimal>,
  scale: AmountScale,
): AnalysisSteps<ProjectionTable> {
  const years = projection.years.length;
  const rows: TableRow[] = [];
  const cashFlowParts: Decimal[][] = [];

  const groups: readonly Group[] = [
    { key: 'savings', lines: projection.savings, sign: 1 },
    { key: 'runningCosts', lines: projection.runningCosts, sign: -1 },
    { key: 'capex', lines: projection.capex, sign: -1 },
    // Cash released (+) or absorbed (−) by working capital: already signed as a flow.
    { key: 'workingCapital', lines: projection.workingCapital, sign: 1 },
    { key: 'subsidies', lines: projection.subsidies, sign: 1 },
  ];
  for (const group of groups) {
    // Only what the scenario has: a group without lines is not a line of its cash flow.
    if (group.key === 'workingCapital' && group.lines.length === 0) continue;
    const lines: { line: ProjectionLine<Decimal>; cells: Decimal[] }[] = [];
    for (const line of group.lines) {
      lines.push({ line, cells: rounded(line.values, scale, group.sign) });
      if (lines.length % LINES_PER_STEP === 0) yield { done: lines.length, total: 0 };
    }
    const totals = columnSums(
      lines.map((entry) => entry.cells),
      years,
    );
    cashFlowParts.push(totals);
    rows.push(amountRow(group.key, { key: group.key }, totals, { expandable: group.key }));
    for (const { line, cells } of lines) {
      rows.push(
        amountRow(`${group.key}:${line.id}`, { text: line.name }, cells, {
          level: 1,
          group: group.key,
        }),
      );
    }
  }

  const residual = rounded(projection.residualValue, scale, 1);
  cashFlowParts.push(residual);
  rows.push(amountRow('residualValue', { key: 'residualValue' }, residual));

  // Lines only some scenarios have: the terminal value and the input VAT of the investment.
  const inputVat = projection.inputVatRecovered.map((value, year) =>
    value.minus(projection.inputVatPaid[year] as Decimal),
  );
  for (const [key, values, sign] of [
    ['terminalValue', projection.terminalValue, 1],
    ['inputVat', inputVat, 1],
    ['surcharges', projection.surcharges, -1],
  ] as const) {
    if (values.every((value) => value.isZero())) continue;
    const cells = rounded(values, scale, sign);
    cashFlowParts.push(cells);
    rows.push(amountRow(key, { key }, cells));
  }

  // The tax paid in each year: the tax of the year, or the year before's at the annual
  // settlement. Rounded as the chain under it rounds its last row, which it is when paid the
  // same year.
  const tax = roundedEach(projection.taxPaid, scale, -1);
  cashFlowParts.push(tax);
  rows.push(amountRow('tax', { key: 'tax' }, tax, { expandable: 'tax' }));
  rows.push(...taxChainRows(projection, scale));

  const netCashFlow = columnSums(cashFlowParts, years);
  rows.push(
    amountRow('projectNetCashFlow', { key: 'projectNetCashFlow' }, netCashFlow, { emphasis: true }),
  );
  rows.push({
    key: 'cumulativeProjectNetCashFlow',
    label: { key: 'cumulativeProjectNetCashFlow' },
    level: 0,
    cells: running(netCashFlow),
    total: null,
    kind: 'amount',
  });
  rows.push({
    key: 'discountFactor',
    label: { key: 'discountFactor' },
    level: 0,
    cells: projection.discountFactors.map((factor) => factor.toDecimalPlaces(6, Dec.ROUND_HALF_UP)),
    total: null,
    kind: 'factor',
  });
  const discounted = rounded(projection.discountedProjectNetCashFlow, scale, 1);
  rows.push(
    amountRow('discountedProjectNetCashFlow', { key: 'discountedProjectNetCashFlow' }, discounted, {
      emphasis: true,
    }),
  );
  rows.push({
    key: 'cumulativeDiscountedProjectNetCashFlow',
    label: { key: 'cumulativeDiscountedProjectNetCashFlow' },
    level: 0,
    cells: running(discounted),
    total: null,
    kind: 'amount',
  });

  const hasLoans = projection.loanDraw.some((value) => !value.isZero());
  if (hasLoans) {
    const financing: readonly [string, readonly Decimal[], 1 | -1][] = [
      ['loanDraw', projection.loanDraw, 1],
      ['interestDuringConstruction', projection.interestDuringConstruction, -1],
      ['constructionInterestPaid', projection.constructionInterestPaid, -1],
      ['interest', projection.interest, -1],
      ['principal', projection.principal, -1],
      ['interestSubsidy', projection.interestSubsidy, 1],
      ['equityNetCashFlow', projection.equityNetCashFlow, 1],
    ];
    rows.push({
      key: 'financing',
      label: { key: 'financing' },
      level: 0,
      cells: [],
      total: null,
      kind: 'amount',
      expandable: 'financing',
    });
    for (const [key, values, sign] of financing) {
      // Interest during construction only where a loan pays for items not yet in service.
      const construction =
        key === 'interestDuringConstruction' || key === 'constructionInterestPaid';
      if (construction && values.every((value) => value.isZero())) continue;
      rows.push(
        amountRow(`financing:${key}`, { key }, rounded(values, scale, sign), {
          level: 1,
          group: 'financing',
        }),
      );
    }
    rows.push({
      key: 'financing:dscr',
      label: { key: 'dscr' },
      level: 1,
      group: 'financing',
      cells: projection.dscr.map((value) =>
        value === null ? null : value.toDecimalPlaces(2, Dec.ROUND_HALF_UP),
      ),
      total: null,
      kind: 'ratio',
    });
  }

  return { years: projection.years, calendarYears: projection.calendarYears, rows };
}

/** The tax computation under the tax row: one chain of signed rows that adds up in every year. */
function taxChainRows(projection: Projection<Decimal>, scale: AmountScale): TableRow[] {
  const divisor = SCALE_FACTOR[scale];
  const years = projection.years.length;
  const out: TableRow[] = [];
  const row = (
    key: string,
    chain: TaxChainRole,
    cells: readonly Decimal[],
    total: Decimal | null = sum(cells),
  ): TableRow => ({
    key: `tax:${key}`,
    label: { key },
    level: 2,
    group: 'tax',
    chain,
    cells,
    total,
    kind: 'amount',
  });
  // The running figure as shown, and the signed rows since it, waiting for the next "=" row.
  let shown: Decimal[] = [];
  let pending: { key: string; role: TaxChainRole; exact: Decimal[] }[] = [];
  TAX_CHAIN.forEach((step, index) => {
    const outflow = isTaxPart(index) ? -1 : 1;
    const values = step.values(projection);
    switch (step.role) {
      case 'memo': {
        if (values.every((value) => value.isZero())) return;
        // A balance carried forward is a state, not a flow: its years do not add up to anything.
        const cells = rounded(values, scale, 1);
        out.push(
          row(step.key, 'memo', cells, step.key === 'lossCarriedForward' ? null : sum(cells)),
        );
        return;
      }
      case 'start':
      case 'rate':
        shown = roundedEach(values, scale, outflow);
        out.push(row(step.key, step.role, shown));
        return;
      case 'add':
      case 'less': {
        if (step.optional === true && values.every((value) => value.isZero())) return;
        const sign = chainSign(step.role) * outflow;
        pending.push({
          key: step.key,
          role: step.role,
          exact: values.map((value) => (sign === 1 ? value : value.neg()).div(divisor)),
        });
        return;
      }
      case 'subtotal': {
        const subtotal = roundedEach(values, scale, outflow);
        const parts = pending.map(() => new Array<Decimal>(years).fill(new Dec(0)));
        for (let year = 0; year < years; year += 1) {
          const target = (subtotal[year] as Decimal).minus(shown[year] ?? new Dec(0));
          const exact = pending.map((part) => part.exact[year] ?? new Dec(0));
          // What rounding leaves over goes to rows with a figure, never to a row that has none.
          const moving = exact.map((_, index) => index).filter((index) => !exact[index]!.isZero());
          const at = moving.length > 0 ? moving : exact.map((_, index) => index);
          roundToTarget(
            at.map((index) => exact[index] as Decimal),
            target,
            SCALE_DIGITS[scale],
          ).forEach((cell, position) => {
            (parts[at[position] as number] as Decimal[])[year] = cell.isZero() ? new Dec(0) : cell;
          });
        }
        pending.forEach((part, position) => out.push(row(part.key, part.role, parts[position]!)));
        // Paid the year after (annual settlement), the chain ends on the tax of the year, which
        // is not the tax row above it.
        const paidLater = step.key === 'tax' && projection.taxPaid !== projection.tax.tax;
        out.push(row(paidLater ? 'taxArising' : step.key, 'subtotal', subtotal));
        shown = subtotal;
        pending = [];
        return;
      }
    }
  });
  return out;
}
