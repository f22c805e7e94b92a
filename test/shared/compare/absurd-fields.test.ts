import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assessApplicantText,
  collectApplicants,
  compareApplicants,
  comparisonSheet,
  customFields,
  DEFAULT_SETTINGS,
  scoreBreakdownSheet,
} from '../../../shared/compare';
import { workbookToXlsx } from '../../../shared/host/export/xlsx';
import { ExportWorkbookSchema } from '../../../shared/host/schemas';
import { APPLICANTS_DIR } from './helpers';

/*
 * A custom field of the notes is a figure the officer weighs. A 401-digit "Jobs created" is a typo
 * or an attack, not a figure: it must neither rank the applicant nor break the export (Excel holds
 * no such number, and JavaScript turns it into Infinity). It is left out of the fields and flagged,
 * so the officer sees it and checks the file.
 */

const huge = `1${'0'.repeat(400)}`;

function withNotes(notes: string) {
  const text = readFileSync(join(APPLICANTS_DIR, '01-suzhou-hengda-smt-aoi.json'), 'utf8');
  const json = JSON.parse(text) as { project: Record<string, unknown> };
  json.project['notes'] = notes;
  return assessApplicantText('absurd.json', JSON.stringify(json));
}

describe('custom fields are bounded', () => {
  it('takes figures below 10^15 with up to 12 decimals, and nothing larger or finer', () => {
    const fields = customFields(
      [
        'Jobs created: 999999999999999',
        `Energy saved: ${huge}`,
        'Water saved: 1000000000000000',
        'Share of women: 0.123456789012',
        'Precision: 0.1234567890123',
        'Grouped: 999,999,999,999,999',
      ].join('\n'),
    );
    expect(fields.map((field) => [field.key, field.value.toString()])).toEqual([
      ['jobs-created', '999999999999999'],
      ['share-of-women', '0.123456789012'],
      ['grouped', '999999999999999'],
    ]);
  });

  it('flags an absurd figure, naming it, and leaves it out of the ranking and the exports', async () => {
    const outcome = withNotes(`Jobs created: ${huge}\nEnergy saved (MWh/year): 320`);
    const collected = collectApplicants([outcome]);
    const applicant = collected.applicants[0];
    if (applicant === undefined) throw new Error('the applicant should load');
    expect(applicant.fields.map((field) => field.key)).toEqual(['energy-saved-mwh-year']);

    const comparison = compareApplicants(collected.applicants, DEFAULT_SETTINGS, null);
    const flags = comparison.ranking[0]?.flags ?? [];
    expect(flags.map((flag) => flag.code)).toContain('absurd-field');
    const absurd = flags.find((flag) => flag.code === 'absurd-field');
    expect(absurd?.params).toMatchObject({ field: 'Jobs created', digits: 401 });
    expect(absurd?.message).toContain('Jobs created');

    const workbook = {
      sheets: [comparisonSheet(comparison), scoreBreakdownSheet(comparison)],
    };
    expect(ExportWorkbookSchema.safeParse(workbook).success).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookToXlsx(workbook)).buffer as unknown as ArrayBuffer);
    const numbers: unknown[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'number') numbers.push(cell.value);
        }),
      ),
    );
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers.every((value) => Number.isFinite(value))).toBe(true);
  });

  it('the XLSX writer refuses a number no spreadsheet holds, saying where, rather than write Infinity', async () => {
    const workbook = {
      sheets: [
        {
          name: 'Applicants',
          columns: [{ header: 'Jobs created', kind: 'number' as const }],
          rows: [['1'], [huge]],
        },
      ],
    };
    await expect(workbookToXlsx(workbook)).rejects.toThrow(
      'Applicants, row 2, column "Jobs created": not a number a spreadsheet can hold',
    );
  });
});
