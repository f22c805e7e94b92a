import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  assessApplicantText,
  collectApplicants,
  compareApplicants,
  comparisonSheet,
  DEFAULT_SETTINGS,
  scoreBreakdownSheet,
} from '../../shared/compare';
import { exportProblem } from '../../shared/host/export/check';
import { workbookToCsv } from '../../shared/host/export/csv';
import { workbookToXlsx } from '../../shared/host/export/xlsx';
import { hostileText } from './corpus/hostile-text';
import { pick, seededRandom } from './corpus/random';
import { FULL } from './support/mode';
import { Tally } from './support/tally';

/*
 * Hostile custom fields in applicants' notes: figures of any length (up to 500 digits), any number
 * of decimals, grouped or not, negative, labels of any script and hostile text, many lines. Every
 * applicant must be compared and exported: each field kept is below 10^15 with at most 12
 * decimals, each figure beyond that is flagged by name, the comparison's CSV and XLSX are written
 * within the export contract and every number in the workbook is finite.
 */

const tally = new Tally('custom fields', 'compared', 'flagged');
afterAll(() => console.log(tally.line()));

const BASE = JSON.parse(
  readFileSync(join('assets', 'examples', 'applicants', '01-suzhou-hengda-smt-aoi.json'), 'utf8'),
) as { project: Record<string, unknown> };

const LABELS = ['Jobs created', '新增就业岗位', 'Energy saved (MWh/year)', 'x', 'CO₂ t/year'];

function figure(random: () => number): string {
  // Half plausible (up to 15 digits), half anything up to 500 digits.
  const digits = 1 + Math.floor(random() * (random() < 0.5 ? 15 : 500));
  let whole = String(1 + Math.floor(random() * 9)) + '7'.repeat(digits - 1);
  if (random() < 0.2) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = random() < 0.4 ? `.${'3'.repeat(1 + Math.floor(random() * 16))}` : '';
  return `${random() < 0.1 ? '-' : ''}${whole}${decimals}`;
}

function notes(random: () => number): string {
  const lines = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
    const label =
      random() < 0.2 ? hostileText(random).replace(/[:：=\n\r;]/g, ' ') : pick(random, LABELS);
    const colon = pick(random, [': ', '：', ' = ', ':']);
    return `${label}${colon}${figure(random)}`;
  });
  return lines.join(random() < 0.5 ? '\n' : '; ');
}

describe('hostile custom fields in applicants’ notes', () => {
  it(
    'keep every figure within bounds, flag the rest, and always export',
    async () => {
      const random = seededRandom(20261128);
      const outcomes = Array.from({ length: FULL ? 2_000 : 80 }, (_, index) => {
        const json = structuredClone(BASE);
        json.project['notes'] = notes(random);
        json.project['company'] = `Applicant ${index}`;
        return assessApplicantText(`${index}.json`, JSON.stringify(json));
      });
      const collected = collectApplicants(outcomes);
      const comparison = compareApplicants(collected.applicants, DEFAULT_SETTINGS, null);
      for (const row of comparison.ranking) {
        tally.cases += 1;
        const what = row.applicant.company;
        for (const field of row.applicant.fields) {
          const [whole = '', decimals = ''] = field.value.abs().toFixed().split('.');
          if (whole.length > 15 || decimals.length > 12)
            tally.crash(
              what,
              `field ${field.key} kept with ${field.value.toFixed().length} digits`,
            );
        }
        const flagged = row.flags.filter((flag) => flag.code === 'absurd-field');
        for (const absurd of row.applicant.absurdFields)
          if (!flagged.some((flag) => flag.params['field'] === absurd.label))
            tally.crash(what, `absurd field "${absurd.label}" not flagged`);
        if (flagged.length > 0) tally.refused += 1;
        else tally.loaded += 1;
      }
      expect(collected.invalid).toEqual([]);

      const workbook = {
        sheets: [comparisonSheet(comparison), scoreBreakdownSheet(comparison)],
      };
      const problem = exportProblem({ format: 'xlsx', suggestedName: 'x.xlsx', workbook });
      if (problem !== null) tally.crash('the comparison export', problem);
      expect(workbookToCsv(workbook).length).toBeGreaterThan(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await workbookToXlsx(workbook)).buffer as unknown as ArrayBuffer);
      book.eachSheet((sheet) =>
        sheet.eachRow((row, r) =>
          row.eachCell((cell, c) => {
            if (typeof cell.value === 'number' && !Number.isFinite(cell.value))
              tally.crash(`${sheet.name} row ${r} column ${c}`, `${cell.value} in the workbook`);
          }),
        ),
      );
      expect(tally.crashes.slice(0, 20)).toEqual([]);
      expect(tally.refused).toBeGreaterThan(0);
      expect(tally.loaded).toBeGreaterThan(0);
    },
    FULL ? 600_000 : 120_000,
  );
});
