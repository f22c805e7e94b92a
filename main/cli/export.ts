import { basename } from 'node:path';
import { formulaWorkbookXlsx } from './formula-workbook';
import { LocaleSchema } from '../../shared/host/schemas';
import { evaluateScenario } from '../../shared/model';
import { parse, UsageError } from './args';
import { EXIT_INVALID, type CliIo } from './io';
import { loadScenario } from './scenario-input';
import { writeOutput } from './write-output';

/*
 * `yardstick export`: the workbook with formulas of one scenario, the same file as the app's
 * Export ▸ Workbook with formulas.
 */

export const EXPORT_USAGE = `  yardstick export FILE -o OUT.xlsx [--scenario NAME] [--lang en|zh-CN]`;

export const EXPORT_HELP = `export    The scenario as a workbook with formulas (XLSX): its inputs as named cells, the yearly
          projection with and without subsidies and the metrics, every figure a formula that a
          spreadsheet recalculates to Yardstick's figures (the values are saved with it too).
          -o, --output  the XLSX to write (replaced only once the new one is complete)
          --scenario    a named scenario of the file (default: base)
          --lang        en (default) or zh-CN: labels and sheet names`;

export async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      output: { type: 'string', short: 'o' },
      scenario: { type: 'string', short: 's' },
      lang: { type: 'string' },
    },
    1,
  );
  const output = values.output;
  if (output === undefined || output === '') throw new UsageError('--output OUT.xlsx is required');
  const language = LocaleSchema.safeParse(values.lang ?? 'en');
  if (!language.success) throw new UsageError(`--lang must be en or zh-CN, not "${values.lang}"`);

  const path = positionals[0] as string;
  const loaded = await loadScenario(io, path, values.scenario);
  if (!loaded.ok) return EXIT_INVALID;
  const bytes = await formulaWorkbookXlsx({
    evaluation: evaluateScenario(loaded.selected.scenario),
    language: language.data,
    scenarioName: loaded.selected.name,
    sourceName: basename(path),
  });
  return writeOutput(io, output, bytes);
}
