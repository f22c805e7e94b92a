import { join } from 'node:path';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { cliSession } from '../../helpers/cli';

/*
 * The yearly table of `evaluate --format table` is read by a person checking the net cash flow:
 * every flow in it has its column, so each row adds up with the signs the columns carry —
 * savings − running costs − surcharges − investment + working capital + input VAT + residual
 * value + terminal value + subsidies − tax = net cash flow.
 */

const OUTFLOWS = new Set([
  'Running costs',
  'Surcharges on VAT',
  'Investment',
  'Tax',
  'Tax paid',
  '运行成本',
  '营业税金及附加',
  '投资',
  '所得税',
  '已缴所得税',
]);
const FLOWS_BEFORE_NET = (header: string) =>
  header !== '' && header !== 'Year' && header !== '年份';

/** Splits a table line at two or more spaces (a column header holds single spaces). */
const cells = (line: string) => line.trim().split(/ {2,}/);

async function yearlyTable(file: string, lang: 'en' | 'zh-CN') {
  const run = cliSession();
  const code = await runCli(
    ['evaluate', file, '--format', 'table', '--lang', lang, '--unit', 'yuan'],
    run.io,
  );
  expect(code).toBe(0);
  const lines = run.out().split('\n');
  const at = lines.findIndex((line) => /^(Year|年份)\s/.test(line));
  expect(at).toBeGreaterThan(0);
  const header = cells(lines[at] ?? '');
  const rows = lines
    .slice(at + 1)
    .filter((line) => /^\d{4}\s/.test(line))
    .map(cells);
  return { header, rows };
}

describe('evaluate --format table: each year of the yearly table adds up to its net cash flow', () => {
  for (const [file, lang] of [
    [join('assets', 'examples', 'heat-treatment-energy-upgrade.json'), 'en'],
    [join('assets', 'examples', 'zh-CN', 'heat-treatment-energy-upgrade.json'), 'zh-CN'],
  ] as const) {
    it(`${lang}: surcharges on VAT and the residual value have their columns`, async () => {
      const { header, rows } = await yearlyTable(file, lang);
      const net = header.findIndex((name) => name === 'Net cash flow' || name === '净现金流');
      expect(header).toContain(lang === 'en' ? 'Surcharges on VAT' : '营业税金及附加');
      expect(header).toContain(lang === 'en' ? 'Residual value' : '回收固定资产余值');
      expect(rows).toHaveLength(11);
      for (const row of rows) {
        let sum = new Decimal(0);
        for (let column = 1; column < net; column += 1) {
          const name = header[column] ?? '';
          if (!FLOWS_BEFORE_NET(name)) continue;
          const value = new Decimal((row[column] ?? '').replace(/,/g, ''));
          sum = OUTFLOWS.has(name) ? sum.minus(value) : sum.plus(value);
        }
        // Each cell is rounded to the fen on its own: the sum may differ by half a fen a cell.
        const shownNet = new Decimal((row[net] ?? '').replace(/,/g, ''));
        expect(sum.minus(shownNet).abs().lte(new Decimal('0.005').times(net)), `${row[0]}`).toBe(
          true,
        );
      }
    });
  }
});
