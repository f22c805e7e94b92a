import type { Arithmetic } from '../finance';
import { paybackPeriod, solveIrrSeeded, type Evaluation } from '../model';
import { presentValueOf } from '../model/columns';
import { projectionColumns } from './columns';
import { DEBT_SERVICE_ROWS } from './debt-service';
import { EQUITY_CASH_FLOW_ROWS } from './equity-cash-flow';
import { FINANCIAL_PLAN_ROWS } from './financial-plan';
import { profitRows } from './profit-and-distribution';
import { PROJECT_CASH_FLOW_ROWS } from './project-cash-flow';
import {
  amounts,
  buildRows,
  type Indicator,
  type Statement,
  type StatementKey,
  type StatementRowSpec,
} from './statement';
import { TOTAL_INVESTMENT_ROWS } from './total-investment';

export type { Expr } from './expr';
export {
  amounts,
  rowValues,
  type Indicator,
  type IndicatorKind,
  type RowKind,
  type Statement,
  type StatementKey,
  type StatementRow,
  type StatementRowSpec,
} from './statement';

/*
 * The statements of a Chinese feasibility study's financial chapter (《建设项目经济评价方法与参数》,
 * 第三版), computed from the projection: every row is a projection column or a sum or difference
 * of them (README.md; docs/methodology.md, "Feasibility-study statements").
 */

/** The order of the standard's financial chapter, as the outputs show them. */
export const STATEMENT_KEYS: readonly StatementKey[] = [
  'projectCashFlow',
  'equityCashFlow',
  'profitAndDistribution',
  'financialPlan',
  'debtService',
  'totalInvestment',
];

export interface StatementOptions<N> {
  /** Share of the net profit set aside as statutory surplus reserve (10 %: Company Law Art. 210). */
  readonly legalReserveRate: N;
  /** Registered capital: the reserve stops at half of it. Null: the file gives none, no cap. */
  readonly registeredCapital: N | null;
}

export interface Statements<N> {
  readonly years: readonly number[];
  readonly calendarYears: readonly number[];
  readonly discountRate: N;
  readonly options: StatementOptions<N>;
  /** The income tax rate the standard's short form of 调整所得税 multiplies by. */
  readonly incomeTaxRate: N;
  readonly statements: readonly Statement<N>[];
}

export function defaultStatementOptions<N>(A: Arithmetic<N>): StatementOptions<N> {
  return { legalReserveRate: A.fromNumber(0.1), registeredCapital: null };
}

/** The row definitions of a statement (the workbook writes them as formulas). */
export function statementRows<N>(
  key: StatementKey,
  options: StatementOptions<N>,
): readonly StatementRowSpec[] {
  switch (key) {
    case 'projectCashFlow':
      return PROJECT_CASH_FLOW_ROWS;
    case 'equityCashFlow':
      return EQUITY_CASH_FLOW_ROWS;
    case 'profitAndDistribution':
      return profitRows(options.registeredCapital !== null);
    case 'financialPlan':
      return FINANCIAL_PLAN_ROWS;
    case 'debtService':
      return DEBT_SERVICE_ROWS;
    case 'totalInvestment':
      return TOTAL_INVESTMENT_ROWS;
  }
}

/**
 * The rate of the file's regime that 息税前利润 × 所得税率 uses: the reduced rate of a high-tech
 * enterprise, else the standard rate (small low-profit bands are a matter of the company's income).
 */
export function incomeTaxRateOf<N>(evaluation: Evaluation<N>): N {
  const { tax } = evaluation.inputs;
  return tax.preferential?.type === 'reduced-rate' ? tax.preferential.rate : tax.rate;
}

export function statementParameters<N>(
  A: Arithmetic<N>,
  evaluation: Evaluation<N>,
  options: StatementOptions<N>,
): (name: string) => N {
  const values: Record<string, N> = {
    incomeTaxRate: incomeTaxRateOf(evaluation),
    legalReserveRate: options.legalReserveRate,
    legalReserveCap:
      options.registeredCapital === null
        ? A.zero
        : A.mul(options.registeredCapital, A.fromNumber(0.5)),
  };
  return (name) => {
    const value = values[name];
    if (value === undefined) throw new Error(`statements: no parameter ${name}`);
    return value;
  };
}

export function buildStatements<N>(
  A: Arithmetic<N>,
  evaluation: Evaluation<N>,
  options: StatementOptions<N> = defaultStatementOptions(A),
): Statements<N> {
  const { projection } = evaluation;
  const yearCount = projection.years.length;
  const base = projectionColumns(A, evaluation);
  const built = new Map<StatementKey, Statement<N>>();
  // A statement reads the rows of those built before it as `key.row` (the debt-service ratios read
  // 息税前利润 of the profit statement).
  const column = (name: string): readonly N[] => {
    const [statement, rowKey] = name.split('.');
    const from = built.get(statement as StatementKey);
    return from === undefined ? base(name) : amounts(A, from, rowKey as string, yearCount);
  };
  const parameter = statementParameters(A, evaluation, options);
  const build = (key: StatementKey): Statement<N> => {
    const rows = buildRows(A, statementRows(key, options), { yearCount, column, parameter });
    const statement: Statement<N> = { key, rows, indicators: [], shortfallYears: [] };
    const done = { ...statement, ...extras(A, evaluation, statement) };
    built.set(key, done);
    return done;
  };
  // Profit first: the others read its 息税前利润, 息税折旧摊销前利润 and 所得税.
  build('profitAndDistribution');
  for (const key of STATEMENT_KEYS) if (!built.has(key)) build(key);
  return {
    years: projection.years,
    calendarYears: projection.calendarYears,
    discountRate: projection.discountRateNominal,
    options,
    incomeTaxRate: incomeTaxRateOf(evaluation),
    statements: STATEMENT_KEYS.map((key) => built.get(key) as Statement<N>),
  };
}

/** The indicators of a statement, computed from its own rows, and the financial plan's shortfalls. */
function extras<N>(
  A: Arithmetic<N>,
  evaluation: Evaluation<N>,
  statement: Statement<N>,
): Pick<Statement<N>, 'indicators' | 'shortfallYears'> {
  const { projection } = evaluation;
  const yearCount = projection.years.length;
  const get = (key: string) => amounts(A, statement, key, yearCount);
  const irr = (flows: readonly N[]): N | null => {
    const result = solveIrrSeeded(A, flows);
    return result.found ? result.rate : null;
  };
  const npv = (flows: readonly N[]) => presentValueOf(A, flows, projection.discountFactors);
  const discounted = (flows: readonly N[]) =>
    flows.map((flow, year) => A.mul(flow, projection.discountFactors[year] as N));
  const payback = (flows: readonly N[]) => paybackPeriod(A, projection, flows);
  const least = (key: string): N | null =>
    statement.rows
      .find((entry) => entry.key === key)
      ?.values.reduce<N | null>(
        (low, value) => (value === null ? low : low === null ? value : A.min(low, value)),
        null,
      ) ?? null;
  switch (statement.key) {
    case 'projectCashFlow': {
      const before = get('netBeforeTax');
      const after = get('netAfterTax');
      return {
        shortfallYears: [],
        indicators: [
          { key: 'irrBeforeTax', kind: 'rate', value: irr(before) },
          { key: 'npvBeforeTax', kind: 'amount', value: npv(before) },
          { key: 'paybackBeforeTax', kind: 'years', value: payback(before) },
          { key: 'discountedPaybackBeforeTax', kind: 'years', value: payback(discounted(before)) },
          { key: 'irr', kind: 'rate', value: irr(after) },
          { key: 'npv', kind: 'amount', value: npv(after) },
          { key: 'payback', kind: 'years', value: payback(after) },
          { key: 'discountedPayback', kind: 'years', value: payback(get('discountedAfterTax')) },
        ],
      };
    }
    case 'equityCashFlow': {
      const net = get('net');
      return {
        shortfallYears: [],
        indicators: [
          { key: 'equityIrr', kind: 'rate', value: irr(net) },
          { key: 'equityNpv', kind: 'amount', value: npv(net) },
        ],
      };
    }
    case 'financialPlan':
      return {
        indicators: [],
        shortfallYears: get('surplus').flatMap((value, year) =>
          A.isNegative(value) ? [year] : [],
        ),
      };
    case 'debtService': {
      const indicators: Indicator<N>[] = [
        { key: 'minInterestCoverage', kind: 'ratio', value: least('interestCoverage') },
        { key: 'minDebtServiceCoverage', kind: 'ratio', value: least('debtServiceCoverage') },
        {
          key: 'minCashDebtServiceCoverage',
          kind: 'ratio',
          value: least('cashDebtServiceCoverage'),
        },
      ];
      return { indicators, shortfallYears: [] };
    }
    case 'profitAndDistribution':
    case 'totalInvestment':
      return { indicators: [], shortfallYears: [] };
  }
}
