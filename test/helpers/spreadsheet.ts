import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';

/*
 * A real spreadsheet engine reading a CSV: LibreOffice Calc, headless, converts it to XLSX with
 * the import options a person may choose, and ExcelJS reads back what Calc made of every cell —
 * text, a number or a formula.
 */

const run = promisify(execFile);
export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) =>
  existsSync(path),
);

export interface CalcCell {
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
  readonly formula: string | null;
}

export interface CsvImport {
  /** The characters Calc splits cells on. */
  readonly separators: readonly string[];
  /** Whether Calc honours the double quotes around a field (a person may switch that off). */
  readonly quotes: boolean;
}

/** Every cell Calc makes of the CSV file, formulas evaluated as Calc's import may. */
export async function openCsvInCalc(csvPath: string, options: CsvImport): Promise<CalcCell[]> {
  if (SOFFICE === undefined) throw new Error('LibreOffice is not installed');
  const work = await mkdtemp(join(tmpdir(), 'yardstick-calc-'));
  try {
    const separators = options.separators.map((s) => s.charCodeAt(0)).join('/');
    // Tokens: separators, text delimiter (a tilde when quotes are ignored), UTF-8, first line 1,
    // default formats, default language, quoted fields not forced to text, special numbers
    // detected, -, -, spaces trimmed, -, formulas evaluated.
    const delimiter = options.quotes ? 34 : 126;
    const filter = `CSV:${separators},${delimiter},76,1,,0,false,true,false,false,true,-1,true`;
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'xlsx',
        `--infilter=${filter}`,
        '--outdir',
        work,
        csvPath,
      ],
      { timeout: 120_000 },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(work, basename(csvPath).replace(/\.csv$/, '.xlsx')));
    const cells: CalcCell[] = [];
    book.eachSheet((worksheet) =>
      worksheet.eachRow((row, rowNumber) =>
        row.eachCell((cell, column) =>
          cells.push({ row: rowNumber, column, value: cell.value, formula: cell.formula ?? null }),
        ),
      ),
    );
    return cells;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
