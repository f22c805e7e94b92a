import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { workbookToCsv } from '../../../shared/host/export/csv';
import { actualsTemplate, readActualsTemplate } from '../../../shared/monitor';
import { xlsxGrid } from '../../../shared/monitor/template-xlsx';
import { serializeScenarioFile } from '../../../shared/scenario';
import { SOFFICE } from '../../helpers/spreadsheet';
import { exampleFile } from '../../helpers/scenarios';

/*
 * The actuals template's CSV as a person opens it: LibreOffice Calc, headless, reads it with its
 * default import and saves it as a workbook; Yardstick reads that workbook back. The example's
 * negative tax paid (a text the CSV writer defuses with an apostrophe) and every amount survive.
 */

const run = promisify(execFile);

describe.runIf(SOFFICE !== undefined)('the actuals template through a real spreadsheet', () => {
  it('comes back from Calc with the actuals exactly as they were', async () => {
    const file = exampleFile('workshop-vision-actuals');
    const work = await mkdtemp(join(tmpdir(), 'yardstick-template-'));
    try {
      const csv = join(work, 'actuals.csv');
      await writeFile(csv, workbookToCsv(actualsTemplate(file)));
      await run(
        SOFFICE as string,
        [
          `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--infilter=CSV:44,34,76,1',
          '--outdir',
          work,
          csv,
        ],
        { timeout: 120_000 },
      );
      const grid = await xlsxGrid(new Uint8Array(await readFile(join(work, 'actuals.xlsx'))));
      const back = readActualsTemplate(file, grid);
      if (!back.ok) throw new Error(JSON.stringify(back));
      expect(back.file.actuals?.years[1]?.taxPaid).toBe('-40000');
      expect(serializeScenarioFile(back.file)).toBe(serializeScenarioFile(file));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 180_000);
});

if (SOFFICE === undefined)
  console.log('actuals-template-calc: skipped, LibreOffice (soffice) is not installed');
