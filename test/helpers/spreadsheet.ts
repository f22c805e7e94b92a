import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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

/*
 * LibreOffice keeps the values saved in an XLSX file unless told to recalculate: this profile
 * sets "Recalculation on file load" to Always for Excel and ODF files, so every formula is
 * computed again by Calc and the converted copy holds Calc's own results.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Recalculates XLSX workbooks in one headless Calc process and returns the paths of the
 * recalculated copies (same names, in `outDir`), in the order given.
 */
export async function recalculateInCalc(
  paths: readonly string[],
  outDir: string,
): Promise<string[]> {
  if (SOFFICE === undefined) throw new Error('LibreOffice is not installed');
  const profile = await mkdtemp(join(tmpdir(), 'yardstick-calc-profile-'));
  try {
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        outDir,
        ...paths,
      ],
      { timeout: 600_000 },
    );
    return paths.map((path) => join(outDir, basename(path)));
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
