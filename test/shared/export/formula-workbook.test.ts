import Decimal from 'decimal.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, projectionTable } from '../../../shared/model';
import { parseScenarioFile, selectScenario } from '../../../shared/scenario';
import { buildFormulaWorkbook } from '../../../shared/export/formula-workbook';
import { EXAMPLES_DIR } from '../../helpers/scenarios';

/*
 * The workbook with formulas, read without a spreadsheet engine: the values cached beside the
 * formulas (what a reader sees before any recalculation) are Yardstick's projection, row by row,
 * to the cent. The recalculation by a real engine is test/main/formula-workbook-calc.test.ts.
 */

const exampleFiles = [
  ...readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(EXAMPLES_DIR, name)),
  ...readdirSync(join(EXAMPLES_DIR, 'applicants'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(EXAMPLES_DIR, 'applicants', name)),
];

function evaluationOf(path: string) {
  const parsed = parseScenarioFile(readFileSync(path, 'utf8'));
  if (!parsed.ok) return null;
  const selected = selectScenario(parsed.file, undefined);
  if (!selected.ok) return null;
  return { evaluation: evaluateScenario(selected.scenario), name: selected.name };
}

describe('formula workbook cached values', () => {
  for (const path of exampleFiles) {
    const loaded = evaluationOf(path);
    if (loaded === null) continue;
    it(`${path.split('/').pop()}: every projection row is Yardstick's to the cent`, () => {
      const { parts } = buildFormulaWorkbook({
        evaluation: loaded.evaluation,
        language: 'en',
        scenarioName: loaded.name,
        sourceName: 'x.json',
      });
      for (const [grid, projection] of [
        [parts.projection, loaded.evaluation.projection],
        [parts.withoutSubsidies ?? parts.projection, loaded.evaluation.withoutSubsidies],
      ] as const) {
        const table = projectionTable(projection);
        const keyed = new Map(
          grid.rows.flatMap((row) =>
            row.type === 'years' && row.key !== null ? [[row.key, row]] : [],
          ),
        );
        const problems: string[] = [];
        table.header.forEach((key, column) => {
          if (key === 'year' || key === 'calendarYear') return;
          const row = keyed.get(key === 'interestSubsidy' ? 'financingSubsidiesTotal' : key);
          table.rows.forEach((cells, year) => {
            const expected = cells[column] === null ? null : new Decimal(cells[column] as string);
            const cell = row?.cells[year] ?? null;
            const actual =
              cell === null
                ? key === 'dscr'
                  ? null
                  : new Decimal(0)
                : 'prec' in cell
                  ? cell.value
                  : null;
            if (expected === null || actual === null) {
              if (expected !== actual)
                problems.push(`${key} year ${year}: ${String(actual)} vs ${String(expected)}`);
              return;
            }
            if (actual.minus(expected).abs().gt('0.005'))
              problems.push(`${key} year ${year}: ${actual.toFixed(4)} vs ${expected.toFixed(4)}`);
          });
        });
        expect(problems).toEqual([]);
      }
    });
  }
});
