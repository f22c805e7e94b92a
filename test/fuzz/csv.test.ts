import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workbookToCsv } from '../../shared/host/export/csv';
import type { ExportSheet } from '../../shared/host/schemas';
import { visibleText } from '../../shared/host/visible-text';
import { parseCsv } from '../e2e/compare-cli';
import { openCsvInCalc, SOFFICE } from '../helpers/spreadsheet';
import { hostileText } from './corpus/hostile-text';
import { seededRandom } from './corpus/random';
import { FULL } from './support/mode';
import { Tally } from './support/tally';

/*
 * Hostile text cells through the one CSV writer. A spreadsheet may split on , ; tab or | and may
 * ignore quotes; whichever it does, no piece of a text field may start (after spaces) with a
 * formula start unless an apostrophe defuses it. Read back with quotes honoured, every field is
 * the text written (apostrophes aside). Then all cases at once through LibreOffice Calc: no formula.
 */

const tally = new Tally('csv', 'written');
const folders: string[] = [];
afterAll(async () => {
  console.log(tally.line());
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const FORMULA = /^[=+\-@]/;

/** What a spreadsheet splitting on any separator, quotes ignored, could take for a formula (a
 * negative amount is a number). */
const formulaPieces = (csv: string): string[] =>
  csv
    .split(/[,;\t|\r\n]/)
    .map((piece) => piece.replace(/^"/, '').replace(/^[ \u00a0]+/, ''))
    .filter((cell) => FORMULA.test(cell) && !/^-\d+(\.\d+)?$/.test(cell));

const sheetOf = (texts: readonly string[]): ExportSheet => ({
  name: 'Hostile',
  columns: [
    { header: 'Company', kind: 'text' },
    { header: 'Amount', kind: 'amount' },
    { header: 'Note', kind: 'text' },
  ],
  rows: texts.map((text, index) => [text, String(-index), `${index};${text}`]),
});

describe('hostile text through the CSV writer', () => {
  it(
    'never leaves a formula start a spreadsheet could run, and reads back as written',
    async () => {
      const random = seededRandom(20261127);
      const texts = Array.from({ length: FULL ? 5_000 : 300 }, () => hostileText(random));
      const csv = workbookToCsv({ sheets: [sheetOf(texts)] });
      const parsed = parseCsv(csv);
      for (const piece of formulaPieces(csv).slice(0, 20))
        tally.crash('a piece of the CSV', `starts a formula: "${piece.slice(0, 60)}"`);
      for (const [index, text] of texts.entries()) {
        tally.cases += 1;
        const row = parsed[index + 1];
        // Quotes honoured, the field is the text with its controls shown (apostrophes aside).
        const back = row?.[0]?.replaceAll("'", '') ?? '';
        if (back !== visibleText(text, 'layout').replaceAll("'", ''))
          tally.crash(JSON.stringify(text), `read back as ${JSON.stringify(back)}`);
        else tally.loaded += 1;
        if (row?.[1] !== String(-index) && !(index === 0 && row?.[1] === '0'))
          tally.crash(JSON.stringify(text), `amount read back as ${row?.[1]}`);
      }
      expect(tally.crashes.slice(0, 20)).toEqual([]);

      if (SOFFICE === undefined) {
        console.log('fuzz csv: LibreOffice step skipped, soffice is not installed');
        return;
      }
      const folder = await mkdtemp(join(tmpdir(), 'yardstick-fuzz-csv-'));
      folders.push(folder);
      const path = join(folder, 'hostile.csv');
      await writeFile(path, csv);
      for (const quotes of [true, false]) {
        const cells = await openCsvInCalc(path, { separators: [',', ';', '\t', '|'], quotes });
        const formulas = cells.filter((cell) => cell.formula !== null);
        for (const cell of formulas.slice(0, 20))
          tally.crash(
            `row ${cell.row}`,
            `Calc made a formula "${cell.formula}" (quotes ${quotes})`,
          );
      }
      expect(tally.crashes.slice(0, 20)).toEqual([]);
    },
    FULL ? 600_000 : 180_000,
  );
});
