import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workbookToCsv } from '../../../shared/host/export/csv';
import type { ExportRequest, ExportWorkbook } from '../../../shared/host/schemas';
import { FakeHost } from '../helpers/fake-host';
import { openExample } from '../helpers/open-example';

vi.mock('react-chartjs-2', () => import('../helpers/chart-stub'));
vi.setConfig({ testTimeout: 90_000 });
afterEach(cleanup);

/*
 * File ▸ Export writes for a person: headings as the interface labels them, sheet names and
 * words in the language shown, inputs by their labels, amounts in the unit shown and rounded to
 * it, with the unit in the heading. (The exact export, every decimal of the model, is the command
 * line's.)
 */

class CapturingHost extends FakeHost {
  exported: ExportRequest[] = [];
  override exportWorkbook = async (request: ExportRequest) => {
    this.exported.push(request);
    return { status: 'cancelled' as const };
  };
}

async function exportXlsx(title: string, language: 'en' | 'zh-CN', host: CapturingHost) {
  const { user } = await openExample(title, language, host);
  await user.click(screen.getByRole('menuitem', { name: language === 'en' ? 'File' : '文件' }));
  await user.click(
    await screen.findByRole('menuitem', {
      name: language === 'en' ? /Export Excel workbook/ : /导出 Excel 工作簿/,
    }),
  );
  await vi.waitFor(() => expect(host.exported).toHaveLength(1));
  return host.exported[0]!.workbook;
}

const headers = (book: ExportWorkbook) =>
  book.sheets.flatMap((sheet) => sheet.columns.map((column) => column.header));

describe('a readable export', () => {
  it('in Chinese: 万元 to the hundred yuan, Chinese headings, sheets, words and input labels', async () => {
    const host = new CapturingHost();
    host.settings = { ...host.settings, amountScale: 'auto' };
    const book = await exportXlsx('参考案例 A', 'zh-CN', host);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['输入参数', '逐年预测', '关键指标']);
    // No heading is a key of the model (camelCase) or English.
    expect(headers(book).filter((header) => /[a-z][A-Z]/.test(header))).toEqual([]);
    expect(headers(book).filter((header) => !/\p{Script=Han}/u.test(header))).toEqual([]);
    const projection = book.sheets[1]!;
    const amountColumns = projection.columns.flatMap((column, index) =>
      column.kind === 'amount' ? [index] : [],
    );
    expect(amountColumns.length).toBeGreaterThan(5);
    for (const index of amountColumns) {
      expect(projection.columns[index]!.header).toMatch(/（万元）$/);
      for (const row of projection.rows) {
        const cell = row[index];
        if (cell !== null && cell !== undefined) expect(cell).toMatch(/^-?\d+\.\d{2}$/);
      }
    }
    // Reference case A: 6,000,000 yuan of capex in year 0 is 600.00 万元 (6,000,000 / 10,000).
    const year0 = projection.rows[0]!;
    expect(
      amountColumns.some((index) => year0[index] === '-600.00' || year0[index] === '600.00'),
    ).toBe(true);
    // Inputs by the editor's labels, never raw paths; yes/no in Chinese.
    const inputs = book.sheets[0]!;
    for (const row of inputs.rows) expect(row[0]).not.toMatch(/\[|\bid=|^[a-z]+\./);
    const texts = inputs.rows.map((row) => row[2]);
    expect(texts).toContain('是');
    expect(texts).toContain('否');
    expect(texts).not.toContain('true');
    const metrics = book.sheets[2]!;
    expect(metrics.rows.map((row) => row[4])).not.toContain('no');
    // The CSV of it has no 40-digit figure: the longest number is what the screen shows.
    expect(workbookToCsv(book)).not.toMatch(/\d\.\d{7,}/);
  });

  it('names every column of a case with loans, working capital and every subsidy', async () => {
    const host = new CapturingHost();
    host.settings = { ...host.settings, amountScale: 'auto' };
    const book = await exportXlsx('全厂 MES 系统实施', 'zh-CN', host);
    expect(headers(book).filter((header) => /[a-z][A-Z]/.test(header))).toEqual([]);
    expect(headers(book).filter((header) => !/\p{Script=Han}/u.test(header))).toEqual([]);
    for (const row of book.sheets[0]!.rows) expect(row[0]).not.toMatch(/\[|\bid=|^[a-z]+\./);
  });

  it('in English: yuan to the cent with the currency in the heading', async () => {
    const host = new CapturingHost();
    const book = await exportXlsx('Reference case A', 'en', host);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Inputs', 'Projection', 'Key figures']);
    expect(headers(book).filter((header) => /[a-z][A-Z]/.test(header))).toEqual([]);
    const metrics = book.sheets[2]!;
    expect(metrics.columns[1]!.header).toBe('Amount (CNY)');
    for (const row of metrics.rows)
      if (row[1] !== null && row[1] !== undefined) expect(row[1]).toMatch(/^-?\d+\.\d{2}$/);
    const inputs = book.sheets[0]!;
    expect(inputs.rows.some((row) => row[0]?.includes('Digital transformation investment'))).toBe(
      true,
    );
  });
});
