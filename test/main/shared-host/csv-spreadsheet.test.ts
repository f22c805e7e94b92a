import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/io';
import { readScenarioText } from '../../../main/cli/read-file';
import { runCli } from '../../../main/cli/run';
import { openCsvInCalc, SOFFICE } from '../../helpers/spreadsheet';

/*
 * The comparison CSV of a folder where one applicant named its company to attack the officer's
 * spreadsheet, opened in LibreOffice Calc with every separator a person may pick (comma,
 * semicolon, tab, bar), with quotes honoured and with quotes ignored, formulas evaluated: no cell
 * may become a formula.
 */

const HOSTILE = [
  "Acme;=cmd|' /C calc'!A0",
  'Acme\t=1+1',
  'Acme|@SUM(1+1)',
  'Acme, +1+1',
  '-2+3 Ltd',
];

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'yardstick-csv-calc-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function comparisonCsv(): Promise<string> {
  const source = await readFile(
    join('assets', 'examples', 'applicants', '01-suzhou-hengda-smt-aoi.json'),
    'utf8',
  );
  const applicants = join(folder, 'applicants');
  await rm(applicants, { recursive: true, force: true });
  await import('node:fs/promises').then((fs) => fs.mkdir(applicants));
  for (const [index, company] of HOSTILE.entries()) {
    const json = JSON.parse(source) as { project: Record<string, unknown> };
    json.project['company'] = company;
    json.project['name'] = `Project ${index};=1+${index}`;
    await writeFile(join(applicants, `${index}.json`), JSON.stringify(json));
  }
  let out = '';
  const io: CliIo = {
    stdout: (text) => (out += text),
    stderr: () => undefined,
    readFile: readScenarioText,
  };
  expect(await runCli(['compare', applicants, '--format', 'csv', '--workers', '0'], io)).toBe(0);
  const path = join(folder, 'comparison.csv');
  await writeFile(path, out);
  return path;
}

describe.runIf(SOFFICE !== undefined)('the comparison CSV in a real spreadsheet', () => {
  it.each([
    ['quotes honoured', true],
    ['quotes ignored', false],
  ])(
    'no cell is a formula (%s)',
    async (_what, quotes) => {
      const path = await comparisonCsv();
      const cells = await openCsvInCalc(path, { separators: [',', ';', '\t', '|'], quotes });
      expect(cells.length).toBeGreaterThan(HOSTILE.length * 5);
      expect(cells.filter((cell) => cell.formula !== null)).toEqual([]);
    },
    180_000,
  );
});

if (SOFFICE === undefined)
  console.log('csv-spreadsheet: skipped, LibreOffice (soffice) is not installed');
