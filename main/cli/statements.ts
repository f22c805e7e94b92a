import type Decimal from 'decimal.js';
import { basename } from 'node:path';
import { formulaWorkbookXlsx } from './formula-workbook';
import { Dec, decimalArithmetic } from '../../shared/finance';
import { displayScale } from '../../shared/i18n/amount-scale';
import { csvText, numberCell, textCell, type CsvCell } from '../../shared/host/export/csv';
import { cliTableTexts } from '../../shared/i18n/catalogue/cli-table';
import { STATEMENT_TEXTS } from '../../shared/i18n/catalogue/statements';
import { evaluateScenario } from '../../shared/model';
import { buildStatements, defaultStatementOptions, type Statements } from '../../shared/statements';
import { layOut, type LayoutOptions } from '../../shared/statements/layout';
import { parse, UsageError } from './args';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { outputFormat, printAs } from './output-format';
import { languageAndUnit } from './report';
import { loadScenario } from './scenario-input';
import { jsonText } from './shown';
import { writeOutput } from './write-output';
import { textGrid } from './text-grid';

/*
 * `yardstick statements`: the financial chapter of a Chinese feasibility study — 项目投资现金流量表,
 * 项目资本金现金流量表, 利润与利润分配表, 财务计划现金流量表, 借款还本付息计划表 and the total
 * investment — computed from the projection (shared/statements/).
 */

export const STATEMENTS_USAGE = `  yardstick statements FILE [--scenario NAME] [--lang en|zh-CN] [--unit yuan|wan|yi]
                       [--format json|csv|table|xlsx] [-o OUT] [--registered-capital AMOUNT]`;

export const STATEMENTS_HELP = `statements The feasibility study's statements (《建设项目经济评价方法与参数》, 3rd edition):
          project investment and project equity cash flows, profit and its distribution,
          financial plan (with the sustainability check), loan repayment schedule with the
          interest and debt service coverage ratios, total investment and its funding.
          --format    json (default) and csv: every figure exact, in yuan, for machines;
                      table: readable text, rounded; xlsx: the workbook with formulas with a
                      sheet per statement (needs -o)
          --lang      en (default) or zh-CN: titles and row names
          --unit      table only, Chinese: yuan, wan (万元, the default) or yi (亿元)
          -o, --output  write to this file instead of printing (xlsx: required)
          --registered-capital  yuan: the statutory surplus reserve stops at half of it`;

export async function statementsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      scenario: { type: 'string', short: 's' },
      format: { type: 'string', short: 'f' },
      lang: { type: 'string' },
      unit: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'registered-capital': { type: 'string' },
    },
    1,
  );
  const xlsx = values.format === 'xlsx';
  const format = xlsx ? 'xlsx' : outputFormat(values.format);
  if (values.unit !== undefined && format !== 'table')
    throw new UsageError('--unit applies to --format table only');
  if (xlsx && (values.output === undefined || values.output === ''))
    throw new UsageError('--format xlsx needs --output OUT.xlsx');
  const { language, amountScale } = languageAndUnit(values);
  const capitalText = values['registered-capital'];
  let registeredCapital: Decimal | null = null;
  if (capitalText !== undefined) {
    const parsed = /^\d+(\.\d+)?$/.test(capitalText) ? new Dec(capitalText) : null;
    if (parsed === null || parsed.isZero())
      throw new UsageError(
        `--registered-capital must be a positive amount in yuan, not "${capitalText}"`,
      );
    registeredCapital = parsed;
  }

  const path = positionals[0] as string;
  const loaded = await loadScenario(io, path, values.scenario);
  if (!loaded.ok) return EXIT_INVALID;
  const { selected } = loaded;
  const evaluation = evaluateScenario(selected.scenario);
  const statements = buildStatements(decimalArithmetic, evaluation, {
    ...defaultStatementOptions(decimalArithmetic),
    registeredCapital,
  });
  const scale = displayScale(amountScale, language, selected.scenario.project.currency);
  const layout: LayoutOptions = {
    language,
    scale,
    unitName:
      scale === 'unit' ? selected.scenario.project.currency : cliTableTexts[language].units[scale],
  };
  const output = values.output;
  if (format === 'xlsx') {
    // The workbook with formulas: the statements' sheets are formulas over its projection sheet.
    const bytes = await formulaWorkbookXlsx({
      evaluation,
      language,
      scenarioName: selected.name,
      sourceName: basename(path),
      statementOptions: statements.options,
    });
    return writeOutput(io, output as string, bytes);
  }
  // Printed, or written to -o (replaced only once the new file is complete).
  let written = '';
  printAs(output === undefined ? io : { ...io, stdout: (text) => (written += text) }, format, {
    json: () => jsonText(statementsJson(statements, selected.name, language)),
    csv: () => statementsCsv(statements, language),
    table: () => statementsTable(statements, layout),
  });
  if (output === undefined) return EXIT_OK;
  return writeOutput(io, output, new TextEncoder().encode(written));
}

/** `--format json`: every statement, each figure exact (yuan; rates and ratios as fractions). */
export function statementsJson(
  all: Statements<Decimal>,
  scenario: string,
  language: 'en' | 'zh-CN',
) {
  const t = STATEMENT_TEXTS[language];
  const text = (value: Decimal | null) => (value === null ? null : value.toString());
  return {
    scenario,
    years: all.calendarYears,
    discountRate: all.discountRate.toString(),
    legalReserveRate: all.options.legalReserveRate.toString(),
    registeredCapital: text(all.options.registeredCapital),
    statements: all.statements.map((statement) => ({
      key: statement.key,
      title: t.titles[statement.key],
      rows: statement.rows.map((row) => ({
        key: row.key,
        number: row.number,
        name: (t.rows[statement.key] as Record<string, string>)[row.key] ?? row.key,
        kind: row.kind,
        memo: row.memo,
        total: text(row.total),
        values: row.values.map(text),
      })),
      indicators: statement.indicators.map((indicator) => ({
        key: indicator.key,
        kind: indicator.kind,
        value: text(indicator.value),
      })),
      ...(statement.key === 'financialPlan'
        ? {
            shortfallYears: statement.shortfallYears.map((year) => all.calendarYears[year]),
          }
        : {}),
    })),
  };
}

/** `--format csv`: one line per row of every statement, figures exact, in yuan. */
export function statementsCsv(all: Statements<Decimal>, language: 'en' | 'zh-CN'): string {
  const t = STATEMENT_TEXTS[language];
  const header: CsvCell[] = ['statement', 'row', t.number, t.item, t.total]
    .map(textCell)
    .concat(all.calendarYears.map((year) => textCell(String(year))));
  const lines = all.statements.flatMap((statement) =>
    statement.rows.map((row): CsvCell[] => [
      textCell(statement.key),
      textCell(row.key),
      textCell(row.number),
      textCell((t.rows[statement.key] as Record<string, string>)[row.key] ?? row.key),
      numberCell(row.total === null ? null : row.total.toString()),
      ...row.values.map((value) => numberCell(value === null ? null : value.toString())),
    ]),
  );
  return csvText([header, ...lines]);
}

/** `--format table`: each statement as a text grid, rounded, then its indicators and notes. */
export function statementsTable(all: Statements<Decimal>, options: LayoutOptions): string {
  const t = STATEMENT_TEXTS[options.language];
  const out: string[] = [t.source, ''];
  for (const statement of all.statements) {
    const laid = layOut(all, statement, options);
    out.push(`${laid.title} (${laid.unit})`);
    const form = laid.rows.filter((row) => !row.memo);
    const memo = laid.rows.filter((row) => row.memo);
    const line = (row: (typeof laid.rows)[number]) => [
      row.number,
      row.name,
      row.total,
      ...row.cells,
    ];
    out.push(...textGrid(laid.header, form.map(line), new Set([0, 1])));
    if (memo.length > 0) {
      out.push(t.memoHeading);
      out.push(...textGrid(null, memo.map(line), new Set([0, 1])));
    }
    if (laid.indicators.length > 0) {
      out.push(t.indicatorsHeading);
      out.push(
        ...textGrid(
          null,
          laid.indicators.map((entry) => [entry.name, entry.value]),
        ),
      );
    }
    out.push(...laid.notes, '');
  }
  return `${out.join('\n')}\n`;
}
