import { z } from 'zod';

/*
 * A table as Yardstick hands it to a file: named, typed columns and rows of text cells. The
 * comparison, the monitoring and the single case build their tables in this shape; the host writes
 * it as CSV or XLSX, and checks it on the way in, because the other side of an IPC channel is not
 * trusted.
 */

/**
 * Export tables: what the formats hold, so that whatever file the app opens also exports. XLSX
 * (Excel's limits) allows 16,384 columns and 1,048,576 rows, one of them the header; the largest
 * file the scenario format accepts (1,000 investment items paid in 40 instalments) has some
 * 1,300 projection columns and 90,000 input rows.
 */
export const MAX_EXPORT_SHEETS = 16;
export const MAX_EXPORT_COLUMNS = 16_384;
export const MAX_EXPORT_ROWS = 1_048_575;
export const MAX_EXPORT_CELL_CHARS = 32_767; // Excel's own limit for one cell.

/**
 * How a column's cells are written. Numbers travel as decimal strings so the CSV keeps every digit
 * the model computed; the XLSX writer turns them into numbers with a format.
 */
export const ColumnKindSchema = z.enum(['text', 'amount', 'rate', 'number', 'integer', 'year']);
export type ColumnKind = z.infer<typeof ColumnKindSchema>;

export const decimalPattern = /^-?\d{1,60}(\.\d{1,100})?$/;

const SheetSchema = z
  .strictObject({
    /** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
    name: z
      .string()
      .min(1)
      .max(31)
      .regex(/^[^[\]:*?/\\]+$/),
    columns: z
      .array(z.strictObject({ header: z.string().max(200), kind: ColumnKindSchema }))
      .min(1)
      .max(MAX_EXPORT_COLUMNS),
    rows: z
      .array(z.array(z.string().max(MAX_EXPORT_CELL_CHARS).nullable()).max(MAX_EXPORT_COLUMNS))
      .max(MAX_EXPORT_ROWS),
  })
  .superRefine((sheet, context) => {
    sheet.rows.forEach((row, r) => {
      if (row.length !== sheet.columns.length) {
        context.addIssue({
          code: 'custom',
          path: ['rows', r],
          message: `row has ${row.length} cells, the sheet has ${sheet.columns.length} columns`,
        });
        return;
      }
      row.forEach((cell, c) => {
        const kind = sheet.columns[c]?.kind;
        if (cell !== null && kind !== 'text' && !decimalPattern.test(cell)) {
          context.addIssue({
            code: 'custom',
            path: ['rows', r, c],
            message: `a ${kind} cell must be a decimal number`,
          });
        }
      });
    });
  });
export type ExportSheet = z.infer<typeof SheetSchema>;

export const ExportWorkbookSchema = z
  .strictObject({ sheets: z.array(SheetSchema).min(1).max(MAX_EXPORT_SHEETS) })
  .refine(
    (book) => new Set(book.sheets.map((s) => s.name.toLowerCase())).size === book.sheets.length,
    'sheet names must be unique',
  );
export type ExportWorkbook = z.infer<typeof ExportWorkbookSchema>;
