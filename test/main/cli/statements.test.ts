import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { evaluateScenario } from '../../../shared/model';
import { cliSession, withTempDir } from '../../helpers/cli';
import { EXAMPLES_DIR, exampleScenario } from '../../helpers/scenarios';

/* `yardstick statements`: the feasibility study's statements, as JSON, CSV and a table. */

const loanExample = join(EXAMPLES_DIR, 'mes-rollout-loan.json');
const chineseLoanExample = join(EXAMPLES_DIR, 'zh-CN', 'mes-rollout-loan.json');

interface StatementsJson {
  readonly statements: readonly {
    readonly key: string;
    readonly title: string;
    readonly rows: readonly {
      readonly key: string;
      readonly name: string;
      readonly total: string | null;
      readonly values: readonly (string | null)[];
    }[];
    readonly indicators: readonly { readonly key: string; readonly value: string | null }[];
    readonly shortfallYears?: readonly number[];
  }[];
}

async function json(args: string[]): Promise<StatementsJson> {
  const session = cliSession();
  expect(await runCli(['statements', ...args, '--format', 'json'], session.io)).toBe(0);
  expect(session.err()).toBe('');
  return JSON.parse(session.out()) as StatementsJson;
}

describe('yardstick statements', () => {
  it('prints every statement with exact figures that are the projection’s, for a named scenario', async () => {
    const printed = await json([loanExample, '--scenario', 'pessimistic']);
    expect(printed.statements.map((statement) => statement.key)).toEqual([
      'projectCashFlow',
      'equityCashFlow',
      'profitAndDistribution',
      'financialPlan',
      'debtService',
      'totalInvestment',
    ]);
    const evaluation = evaluateScenario(exampleScenario('mes-rollout-loan', 'pessimistic'));
    const project = printed.statements[0];
    const after = project?.rows.find((row) => row.key === 'netAfterTax');
    expect(after?.values).toEqual(
      evaluation.projection.projectNetCashFlow.map((value) => value.toString()),
    );
    const npv = project?.indicators.find((entry) => entry.key === 'npv')?.value;
    expect(npv).toBe(evaluation.metrics.npv.toString());
    // The pessimistic scenario is not the base one.
    const base = evaluateScenario(exampleScenario('mes-rollout-loan'));
    expect(base.metrics.npv.eq(evaluation.metrics.npv)).toBe(false);
  });

  it('names the statements and rows as the standard does in Chinese', async () => {
    const printed = await json([chineseLoanExample, '--lang', 'zh-CN']);
    expect(printed.statements.map((statement) => statement.title)).toEqual([
      '项目投资现金流量表',
      '项目资本金现金流量表',
      '利润与利润分配表',
      '财务计划现金流量表',
      '借款还本付息计划表',
      '项目总投资使用计划与资金筹措表',
    ]);
    const debt = printed.statements[4];
    expect(debt?.rows.map((row) => row.name)).toContain('利息备付率');
    expect(debt?.rows.map((row) => row.name)).toContain('偿债备付率');
  });

  it('writes a Chinese table in 万元 to a file, with the sustainability check', async () => {
    await withTempDir(async (dir) => {
      const output = join(dir, '财务报表.txt');
      const session = cliSession();
      const code = await runCli(
        ['statements', chineseLoanExample, '--lang', 'zh-CN', '--format', 'table', '-o', output],
        session.io,
      );
      expect(session.err()).toBe('');
      expect(code).toBe(0);
      expect(session.out()).toBe(`${output}: written\n`);
      const text = await readFile(output, 'utf8');
      expect(text).toContain('项目投资现金流量表 (单位：万元)');
      expect(text).toContain('各年累计盈余资金均不为负，项目具备财务生存能力。');
      expect(text).toContain('文件未给出注册资本');
      // The loan of 500 万元 drawn in 2027, in 万元 to the cent.
      expect(text).toMatch(/当期借款\s+500\.00\s+0\.00\s+500\.00/);
    });
  });

  it('caps the statutory surplus reserve at half the registered capital given', async () => {
    const printed = await json([loanExample, '--registered-capital', '1000000']);
    const profit = printed.statements.find((s) => s.key === 'profitAndDistribution');
    const reserve = profit?.rows.find((row) => row.key === 'legalReserve');
    // 10 % of the net profit, until 500,000 yuan (half of 1,000,000) are set aside in all.
    expect(reserve?.total).toBe('500000');
  });

  it('writes one CSV line per row, exact figures in yuan', async () => {
    const session = cliSession();
    expect(await runCli(['statements', loanExample, '--format', 'csv'], session.io)).toBe(0);
    const lines = session.out().split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFF?"statement","row","No.","Item","Total","2026"/);
    const draw = lines.find((line) => line.startsWith('"debtService","draw"'));
    expect(draw).toBe(
      '"debtService","draw","2","Loans drawn in the year",5000000,0,5000000,0,0,0,0,0,0,0,0,0',
    );
  });

  it('writes the workbook with formulas, a sheet per statement, in Chinese', async () => {
    await withTempDir(async (dir) => {
      const output = join(dir, '财务报表.xlsx');
      const session = cliSession();
      const code = await runCli(
        ['statements', chineseLoanExample, '--lang', 'zh-CN', '--format', 'xlsx', '-o', output],
        session.io,
      );
      expect(session.err()).toBe('');
      expect(code).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(output);
      const sheet = book.getWorksheet('借款还本付息计划表');
      expect(sheet?.getCell('A1').value).toBe('借款还本付息计划表');
      // 当期借款 of 2027 refers to the projection sheet's loan drawn, and is its 500 万元.
      const draw = sheet?.getRow(5).getCell(5).value as ExcelJS.CellFormulaValue;
      expect(sheet?.getRow(5).getCell(2).value).toBe('当期借款');
      expect(draw.formula).toMatch(/^'现金流量预测'!D\d+$/);
      expect(draw.result).toBe(5_000_000);
    });
  });

  it.each([
    [['statements', 'a.json', '--format', 'xlsx'], /--format xlsx needs --output OUT.xlsx/],
    [['statements', 'a.json', '--unit', 'wan'], /--unit applies to --format table only/],
    [['statements', 'a.json', '--format', 'pdf'], /--format must be one of/],
    [['statements', 'a.json', '--lang', 'fr'], /--lang must be en or zh-CN, not "fr"/],
    [
      ['statements', 'a.json', '--registered-capital', '1e6'],
      /--registered-capital must be a positive amount/,
    ],
    [['statements'], /expected one FILE/],
  ])('refuses %j with exit 2', async (args, message) => {
    const session = cliSession({
      readFile: () => Promise.reject(new Error('no file should be read')),
    });
    expect(await runCli(args, session.io)).toBe(2);
    expect(session.err()).toMatch(message);
  });
});
