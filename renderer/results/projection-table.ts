import type Decimal from 'decimal.js';
import { Dec } from '../../shared/finance/decimal';
import type { Projection, ProjectionLine } from '../../shared/model';
import type { AmountScale } from '../format/parse-number';
import { roundToTotal, sum } from '../format/round-to-total';

/*
 * The yearly projection as the results table shows it. Display rounding happens here, once, so
 * that the table adds up to the cent in both directions: each line the model gives (a saving, a
 * cost, the tax) is rounded by largest remainder so its years add up to its exact total rounded;
 * every sum the table shows (group totals, net cash flow, cumulative flows, the Total column) is
 * then the sum of the figures displayed. Outflows are shown negative so a column adds up to the
 * net cash flow.
 */

export type RowKind = 'amount' | 'factor' | 'ratio';

export interface TableRow {
  readonly key: string;
  /** A translation key under `results.table.rows`, or a line's own name. */
  readonly label: { readonly key: string } | { readonly text: string };
  /** 0: a line of the cash flow; 1: an item inside an expanded group; 2: a step of the tax computation. */
  readonly level: 0 | 1 | 2;
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

const SCALE = { unit: new Dec(1), 'ten-thousand': new Dec(10_000) } as const;

/** Negating a zero gives −0, which would show as a negative figure. */
function signed(value: Decimal, sign: 1 | -1): Decimal {
  return sign === 1 || value.isZero() ? value : value.neg();
}

function rounded(values: readonly Decimal[], scale: AmountScale, sign: 1 | -1): Decimal[] {
  const divisor = SCALE[scale];
  return roundToTotal(values.map((value) => signed(value, sign).div(divisor))).map((value) =>
    value.isZero() ? new Dec(0) : value,
  );
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

/** The table of a projection, amounts in yuan or in 万元, rounded to two decimals of that unit. */
export function projectionTable(
  projection: Projection<Decimal>,
  scale: AmountScale,
): ProjectionTable {
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
    const lines = group.lines.map((line) => ({
      line,
      cells: rounded(line.values, scale, group.sign),
    }));
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
  for (const [key, values] of [
    ['terminalValue', projection.terminalValue],
    ['inputVat', inputVat],
  ] as const) {
    if (values.every((value) => value.isZero())) continue;
    const cells = rounded(values, scale, 1);
    cashFlowParts.push(cells);
    rows.push(amountRow(key, { key }, cells));
  }

  // The tax paid in each year: the tax of the year, or the year before's at the annual settlement.
  const tax = rounded(projection.taxPaid, scale, -1);
  cashFlowParts.push(tax);
  rows.push(amountRow('tax', { key: 'tax' }, tax, { expandable: 'tax' }));
  const taxSteps: readonly [string, readonly Decimal[]][] = [
    ['taxableIncomeBeforeIncentives', projection.taxableIncomeBeforeIncentives],
    ['nonDeductibleSpending', projection.nonDeductibleSpending],
    ['depreciation', projection.depreciation],
    ['oneTimeDeduction', projection.oneTimeDeduction],
    ['superDeduction', projection.superDeduction],
    ['disposalGain', projection.disposalGain],
    ['taxableIncome', projection.taxableIncome],
    ['lossUsed', projection.tax.lossUsed],
    ['lossCarriedForward', projection.tax.lossCarriedForward],
    ['taxAtStandardRate', projection.tax.taxAtStandardRate],
    ['reducedRateEffect', projection.tax.reducedRateEffect],
    ['taxCreditUsed', projection.tax.taxCreditUsed],
    ...(projection.taxPaid === projection.tax.tax
      ? []
      : [['taxArising', projection.tax.tax] as [string, readonly Decimal[]]]),
  ];
  for (const [key, values] of taxSteps) {
    if (values.every((value) => value.isZero())) continue;
    const cells = rounded(values, scale, 1);
    // A balance carried forward is a state, not a flow: its years do not add up to anything.
    const total = key === 'lossCarriedForward' ? null : sum(cells);
    rows.push({
      key: `tax:${key}`,
      label: { key },
      level: 2,
      group: 'tax',
      cells,
      total,
      kind: 'amount',
    });
  }

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
