import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { cliSession, withTempDir, writeTemp } from '../../helpers/cli';
import { EXAMPLES_DIR, exampleScenario } from '../../helpers/scenarios';
import { evaluateScenario } from '../../../shared/model';

/* `yardstick export`: the workbook with formulas, its arguments and its exit codes. */

describe('yardstick export', () => {
  it('writes the workbook of a named scenario in Chinese, with the scenario’s figures', async () => {
    await withTempDir(async (dir) => {
      const output = join(dir, '测算.xlsx');
      const session = cliSession();
      const source = join(EXAMPLES_DIR, 'mes-rollout-loan.json');
      const code = await runCli(
        ['export', source, '-o', output, '--lang', 'zh-CN', '--scenario', 'pessimistic'],
        session.io,
      );
      expect(session.err()).toBe('');
      expect(code).toBe(0);
      expect(session.out()).toBe(`${output}: written\n`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(output);
      expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
        '说明',
        '输入',
        '现金流量预测',
        '无补贴情形',
        '评价指标',
        '项目投资现金流量表',
        '项目资本金现金流量表',
        '利润与利润分配表',
        '财务计划现金流量表',
        '借款还本付息计划表',
        '项目总投资使用计划与资金筹措表',
      ]);
      expect(book.worksheets[0]?.getCell('A2').value).toBe('情景：pessimistic');
      // The NPV cell: a formula, and the value saved with it is the pessimistic scenario's NPV.
      const npv = book.getWorksheet('评价指标')?.getCell('B3').value as ExcelJS.CellFormulaValue;
      expect(npv.formula).toMatch(/NPV\(Discount_Nominal,/);
      const expected = evaluateScenario(exampleScenario('mes-rollout-loan', 'pessimistic')).metrics
        .npv;
      expect(new Decimal(npv.result as number).minus(expected).abs().lt('0.005')).toBe(true);
      expect(expected.eq(evaluateScenario(exampleScenario('mes-rollout-loan')).metrics.npv)).toBe(
        false,
      );
    });
  }, 60_000);

  it.each([
    [['export', 'a.json'], /--output OUT.xlsx is required/],
    [['export', 'a.json', '-o', 'x.xlsx', '--lang', 'fr'], /--lang must be en or zh-CN, not "fr"/],
    [['export', '-o', 'x.xlsx'], /expected one FILE/],
    [['export', 'a.json', '-o', 'x.xlsx', '--format', 'csv'], /unknown option "--format"/],
  ])('refuses %j with exit 2', async (args, message) => {
    const session = cliSession({
      readFile: () => Promise.reject(new Error('no file should be read')),
    });
    expect(await runCli(args, session.io)).toBe(2);
    expect(session.err()).toMatch(message);
  });

  it('writes the workbook of a scenario with the feasibility-study rules: their rows are formulas', async () => {
    await withTempDir(async (dir) => {
      const output = join(dir, 'heat.xlsx');
      const session = cliSession();
      const source = join(EXAMPLES_DIR, 'heat-treatment-energy-upgrade.json');
      expect(await runCli(['export', source, '-o', output], session.io)).toBe(0);
      expect(session.err()).toBe('');
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(output);
      const sheet = book.getWorksheet('Projection') as ExcelJS.Worksheet;
      const labels = new Map<string, ExcelJS.Row>();
      // The first row of a label: the project's (the equity view's tax ledger comes after it).
      sheet.eachRow((row) => {
        const text = String(row.getCell(1).value);
        if (!labels.has(text)) labels.set(text, row);
      });
      const projection = evaluateScenario(
        exampleScenario('heat-treatment-energy-upgrade'),
      ).projection;
      // Year 3 (column F): surcharges, the holiday's relief; year 1 (D): interest during construction.
      for (const [text, column, expected] of [
        [
          'Surcharges on VAT (urban maintenance tax, education surcharges)',
          'F',
          projection.surcharges[3],
        ],
        ['Less: tax holiday relief', 'F', projection.tax.taxHolidayRelief[3]],
        [
          'Interest during construction (capitalised)',
          'D',
          projection.interestDuringConstruction[1],
        ],
        [
          'of which maintenance investment during operation',
          'I',
          projection.maintenanceCapexTotal[6],
        ],
      ] as const) {
        const cell = labels.get(text)?.getCell(column).value as ExcelJS.CellFormulaValue;
        expect(typeof cell.formula, text).toBe('string');
        expect(
          new Decimal(cell.result as number)
            .minus(expected as Decimal)
            .abs()
            .lt('0.005'),
          `${text}: ${String(cell.result)}, expected ${String(expected)}`,
        ).toBe(true);
        expect((expected as Decimal).isZero(), text).toBe(false);
      }
    });
  }, 60_000);

  it('names the field of an invalid file and writes nothing (exit 2)', async () => {
    await withTempDir(async (dir) => {
      const source = await writeTemp(
        dir,
        'bad.json',
        '{"format":"yardstick-scenario","version":3}',
      );
      const output = join(dir, 'out.xlsx');
      const session = cliSession();
      expect(await runCli(['export', source, '-o', output], session.io)).toBe(2);
      expect(session.err()).toMatch(/bad\.json: /);
      await expect(import('node:fs/promises').then((fs) => fs.stat(output))).rejects.toThrow();
    });
  });

  it('is in the help', async () => {
    const session = cliSession();
    expect(await runCli(['help'], session.io)).toBe(0);
    expect(session.out()).toMatch(
      /yardstick export FILE -o OUT\.xlsx \[--scenario NAME\] \[--lang en\|zh-CN\]/,
    );
  });
});
