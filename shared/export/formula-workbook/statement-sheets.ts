import type Decimal from 'decimal.js';
import { decimalArithmetic } from '../../finance';
import type { Evaluation } from '../../model';
import { STATEMENT_TEXTS } from '../../i18n/catalogue/statements';
import {
  buildStatements,
  defaultStatementOptions,
  statementRows,
  type Expr as RowExpr,
  type StatementOptions,
  type StatementRowSpec,
  type Statements,
} from '../../statements';
import { add, lit, max, min, mul, neg, ref, sub, ZERO, type Expr } from './formula';
import { columnLetter, type Grid } from './grid';
import type { WorkbookLanguage } from './labels';

/*
 * The feasibility-study statements as sheets whose every cell is a formula: a row's definition
 * (shared/statements/, an expression over the projection's columns and the statement's rows) is
 * written as a formula over the Projection sheet's rows and the statement's own cells, so a
 * spreadsheet recalculates the statements from the inputs as it does the projection. A column the
 * projection sheet has no row for is zero in the model (a rule the scenario does not use) and is
 * left out of the formula.
 */

/** Statement sheets: 序号 in A, 项目 in B, 合计 in C, the years from D. */
export const STATEMENT_FIRST_YEAR_COLUMN = 4;
export const STATEMENT_HEADER_ROW = 3;
const FIRST_ROW = STATEMENT_HEADER_ROW + 1;

export interface StatementSheetRow {
  readonly key: string;
  readonly number: string;
  readonly label: string;
  readonly kind: 'amount' | 'cumulative' | 'balance' | 'factor' | 'ratio';
  readonly memo: boolean;
  readonly row: number;
  /** A ratio's cell is null in a year its denominator is zero (the formula then shows nothing). */
  readonly cells: readonly StatementCell[];
  readonly total: Expr | null;
}

export interface StatementCell {
  readonly formula: string;
  readonly value: Decimal | null;
}

export interface StatementSheet {
  readonly key: string;
  readonly sheetName: string;
  readonly title: string;
  readonly rows: readonly StatementSheetRow[];
}

export const statementYearColumn = (year: number): string =>
  columnLetter(STATEMENT_FIRST_YEAR_COLUMN + year);

/**
 * The projection sheet's row of a statements' column, in a year, as a formula operand; null when
 * the sheet has no such row (the model's column is then zero).
 */
function projectionOperand(
  grid: Grid,
  evaluation: Evaluation<Decimal>,
  column: string,
  year: number,
  from: string,
): Expr | null {
  const at = (id: string) => (grid.has(id) ? grid.at(id, year, from) : null);
  const difference = (a: string, b: string) => {
    const left = at(a);
    const right = at(b);
    return left === null ? null : right === null ? left : sub(left, right);
  };
  const [group, part] = column.includes('.') ? column.split('.') : [null, column];
  if (group === 'equityLedger') {
    // The equity view's ledger when there are loans, else the project's own (the same tax).
    const prefix = grid.has('equityTaxableIncome') ? 'equityLedger' : 'ledger';
    const own = prefix === 'ledger' ? at(part as string) : at(`${prefix}.${part}`);
    return own ?? difference(`${prefix}.with.${part}`, `companyAlone.${part}`);
  }
  switch (column) {
    case 'replacementCapexTotal':
      return at('replacementCapex');
    case 'maintenanceCapexTotal':
      return at('maintenanceCapex');
    case 'interestSubsidy':
      return at('financingSubsidiesTotal');
    case 'discountFactors':
      return at('discountFactor');
    case 'equityTaxableIncome':
      return at('equityTaxableIncome') ?? at('taxableIncome');
    case 'capexGrantsTotal': {
      const grants = evaluation.inputs.subsidies
        .filter((subsidy) => subsidy.type === 'capex-grant')
        .flatMap((subsidy) => {
          const cell = at(`subsidies[${subsidy.id}]`);
          return cell === null ? [] : [cell];
        });
      return grants.length === 0 ? null : add(...grants);
    }
    default:
      return at(column);
  }
}

export function statementSheets(options: {
  readonly evaluation: Evaluation<Decimal>;
  readonly projection: Grid;
  readonly lang: WorkbookLanguage;
  readonly name: (name: string) => Expr;
  readonly statementOptions?: StatementOptions<Decimal>;
}): { sheets: StatementSheet[]; statements: Statements<Decimal> } {
  const { evaluation, projection, lang } = options;
  const A = decimalArithmetic;
  const statementOptions = options.statementOptions ?? defaultStatementOptions(A);
  const statements = buildStatements(A, evaluation, statementOptions);
  const texts = STATEMENT_TEXTS[lang];
  const yearCount = evaluation.projection.years.length;
  const done = new Map<string, StatementSheet>();

  const parameter = (name: string): Expr => {
    switch (name) {
      case 'incomeTaxRate':
        return options.name(
          evaluation.inputs.tax.preferential?.type === 'reduced-rate'
            ? 'Tax_ReducedRate'
            : 'Tax_Rate',
        );
      case 'legalReserveRate':
        return lit(statementOptions.legalReserveRate.toNumber());
      case 'legalReserveCap':
        return lit(
          statementOptions.registeredCapital === null
            ? 0
            : statementOptions.registeredCapital.times(0.5).toNumber(),
        );
      default:
        throw new Error(`formula workbook: no statement parameter ${name}`);
    }
  };

  const sheetOf = (statement: (typeof statements.statements)[number]): StatementSheet => {
    const sheetName = texts.sheetNames[statement.key];
    const names = texts.rows[statement.key] as Record<string, string>;
    const specs: readonly StatementRowSpec[] = statementRows(statement.key, statementOptions);
    const shown = new Set(statement.rows.map((entry) => entry.key));
    // Rows of the form first, then the memo rows, as the statement lists them.
    const rowNumber = new Map<string, number>();
    statement.rows.forEach((entry, index) => rowNumber.set(entry.key, FIRST_ROW + index));
    const specOf = new Map(specs.map((spec) => [spec.key, spec]));
    const cells = new Map<string, Expr[]>();

    const operand = (key: string, year: number): Expr => {
      if (!shown.has(key)) return ZERO;
      const value = cellOf(key, year);
      return ref(`${statementYearColumn(year)}${rowNumber.get(key) as number}`, value.value);
    };
    const translate = (expr: RowExpr, year: number): Expr => {
      if ('col' in expr) {
        const [statementKey, rowKey] = expr.col.split('.');
        const other = done.get(statementKey as string);
        if (other !== undefined) {
          const found = other.rows.find((entry) => entry.key === rowKey);
          const cell = found?.cells[year];
          if (found === undefined || cell === undefined || cell.value === null) return ZERO;
          return ref(
            `${quote(other.sheetName)}!${statementYearColumn(year)}${found.row}`,
            cell.value,
          );
        }
        const found = projectionOperand(projection, evaluation, expr.col, year, sheetName);
        if (found !== null) return found;
        // No row in the projection sheet: the model's column must be zero there.
        const model = (evaluation.projection as unknown as Record<string, unknown>)[expr.col];
        const value = Array.isArray(model) ? (model[year] as Decimal | undefined) : undefined;
        if (value !== undefined && !value.isZero())
          throw new Error(`formula workbook: the projection sheet has no row ${expr.col}`);
        return ZERO;
      }
      if ('row' in expr) return operand(expr.row, year);
      if ('prior' in expr) return year === 0 ? ZERO : operand(expr.prior, year - 1);
      // A term that is zero because the scenario does not use its rule is left out of the formula.
      if ('add' in expr) return sum(expr.add.map((term) => translate(term, year)));
      if ('sub' in expr) {
        const [first, ...rest] = expr.sub.map((term) => translate(term, year));
        const taken = rest.filter((term) => !isZero(term));
        if (taken.length === 0) return first as Expr;
        return isZero(first as Expr) ? neg(sum(taken)) : sub(first as Expr, ...taken);
      }
      if ('pos' in expr) {
        const inner = translate(expr.pos, year);
        return isZero(inner) ? ZERO : max(ZERO, inner);
      }
      if ('min' in expr) return min(translate(expr.min[0], year), translate(expr.min[1], year));
      if ('mul' in expr) {
        const factors = expr.mul.map((term) => translate(term, year));
        return factors.some(isZero) ? ZERO : mul(...factors);
      }
      return parameter(expr.param);
    };
    const cellOf = (key: string, year: number): Expr => {
      const list = cells.get(key) ?? [];
      cells.set(key, list);
      const cached = list[year];
      if (cached !== undefined) return cached;
      const spec = specOf.get(key) as StatementRowSpec;
      const expr =
        spec.kind === 'ratio'
          ? ratioOf(translate(spec.numerator, year), translate(spec.denominator, year))
          : translate(spec.expr, year);
      list[year] = expr;
      return expr;
    };

    const rows = statement.rows.map((entry): StatementSheetRow => {
      const row = rowNumber.get(entry.key) as number;
      const yearCells = Array.from({ length: yearCount }, (_, year): StatementCell => {
        const expr = cellOf(entry.key, year);
        return {
          formula: expr.text,
          value: entry.kind === 'ratio' && entry.values[year] === null ? null : expr.value,
        };
      });
      const total =
        entry.kind === 'amount'
          ? {
              text: `SUM(${statementYearColumn(0)}${row}:${statementYearColumn(yearCount - 1)}${row})`,
              value: yearCells.reduce(
                (sum, cell) => (cell.value === null ? sum : sum.plus(cell.value)),
                A.zero,
              ),
              prec: 4,
            }
          : null;
      return {
        key: entry.key,
        number: entry.number,
        label: names[entry.key] ?? entry.key,
        kind: entry.kind,
        memo: entry.memo,
        row,
        cells: yearCells,
        total,
      };
    });
    const sheet = { key: statement.key, sheetName, title: texts.titles[statement.key], rows };
    done.set(statement.key, sheet);
    return sheet;
  };
  // The profit statement first: the others read its 息税前利润, 息税折旧摊销前利润 and 所得税.
  const profitFirst = [...statements.statements].sort(
    (a, b) => Number(b.key === 'profitAndDistribution') - Number(a.key === 'profitAndDistribution'),
  );
  for (const statement of profitFirst) sheetOf(statement);
  const sheets = statements.statements.map(
    (statement) => done.get(statement.key) as StatementSheet,
  );
  return { sheets, statements };
}

const isZero = (expr: Expr): boolean => expr === ZERO;
const sum = (terms: readonly Expr[]): Expr => {
  const taken = terms.filter((term) => !isZero(term));
  return taken.length === 0 ? ZERO : add(...taken);
};

/** num / den, and nothing when den is zero: IF(den=0,"",num/den); its value 0 then (not shown). */
function ratioOf(numerator: Expr, denominator: Expr): Expr {
  const zero = denominator.value.isZero();
  return {
    text: `IF(${denominator.text}=0,"",${numerator.prec < 2 ? `(${numerator.text})` : numerator.text}/${denominator.prec < 3 ? `(${denominator.text})` : denominator.text})`,
    value: zero ? denominator.value : numerator.value.div(denominator.value),
    prec: 4,
  };
}

function quote(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}
