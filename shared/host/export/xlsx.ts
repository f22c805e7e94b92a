import ExcelJS from 'exceljs';
import type { ColumnKind, ExportWorkbook } from '../schemas';

/** Excel number formats per column kind; rates are fractions (0.08), shown as 8.00 %. */
export const numberFormats: Record<Exclude<ColumnKind, 'text'>, string> = {
  amount: '#,##0.00;-#,##0.00',
  rate: '0.00%',
  number: '#,##0.####',
  integer: '0',
  year: '0',
};

/**
 * The workbook as XLSX bytes: one worksheet per sheet, numeric cells as numbers with a format (so
 * people can sum them), text as text (never a formula), the header row frozen.
 */
export async function workbookToXlsx(workbook: ExportWorkbook): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Yardstick';
  for (const sheet of workbook.sheets) {
    const worksheet = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.header,
      width: Math.min(60, Math.max(10, column.header.length + 2)),
      style: column.kind === 'text' ? {} : { numFmt: numberFormats[column.kind] },
    }));
    worksheet.getRow(1).font = { bold: true };
    sheet.rows.forEach((row, r) => {
      worksheet.addRow(
        row.map((cell, i) => {
          if (cell === null) return null;
          if (sheet.columns[i]?.kind === 'text') return cell;
          const number = Number(cell);
          // Never Infinity or NaN in a workbook: the export fails, and says where.
          if (!Number.isFinite(number))
            throw new Error(
              `${sheet.name}, row ${r + 1}, column "${sheet.columns[i]?.header ?? i + 1}": not a number a spreadsheet can hold`,
            );
          return number;
        }),
      );
    });
  }
  const bytes = await book.xlsx.writeBuffer();
  return new Uint8Array(bytes as ArrayBuffer);
}
