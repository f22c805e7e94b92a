import {
  evaluateScenario,
  explainMetrics,
  extendedMetricsJson,
  metricsJson,
  projectionRows,
  scenarioWarnings,
  subsidyEffects,
  supplementaryMetricsJson,
  type Evaluation,
  type ScenarioWarning,
} from '../../shared/model';
import type Decimal from 'decimal.js';
import { decimalArithmetic } from '../../shared/finance';
import { displayScale } from '../../shared/i18n/amount-scale';
import { scenarioJsonSchemaText, scenarioNames } from '../../shared/scenario';
import { COMPARE_HELP, COMPARE_USAGE, compareCommand } from './compare';
import { ANALYZE_HELP, ANALYZE_USAGE, analyzeCommand } from './analyze';
import { serveWorkerCommand, WORKER_COMMAND } from './workers';
import { ACTUALS_HELP, ACTUALS_USAGE, actualsCommand } from './actuals';
import { parse, UsageError } from './args';
import { EXPORT_HELP, EXPORT_USAGE, exportCommand } from './export';
import { MONITOR_HELP, MONITOR_USAGE, monitorCommand } from './monitor';
import { STATEMENTS_HELP, STATEMENTS_USAGE, statementsCommand } from './statements';
import { formatCsv } from './format-csv';
import { languageAndUnit, REPORT_HELP, REPORT_USAGE, reportCommand } from './report';
import { loadFile, loadScenario } from './scenario-input';
import { formatTable } from './format-table';
import { outputFormat, printAs } from './output-format';
import { EXIT_INTERNAL, EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { guardedIo, jsonText, shown } from './shown';

export const USAGE = `Usage:
  yardstick evaluate FILE [--scenario NAME] [--format json|csv|table] [--detail]
                     [--lang en|zh-CN] [--unit yuan|wan|yi]
  yardstick validate FILE...
${ACTUALS_USAGE}
${COMPARE_USAGE}
${MONITOR_USAGE}
${ANALYZE_USAGE}
${REPORT_USAGE}
${EXPORT_USAGE}
${STATEMENTS_USAGE}
  yardstick schema
  yardstick help

evaluate  Projects a scenario file and prints its metrics and yearly projection.
          --scenario  a named scenario of the file (default: base)
          --format    json (default): {"metrics": {...}, "warnings": [...], "years": [...]},
                      amounts as decimal strings, rates as fractions, payback in years
                      or null; each warning a plausibility check the scenario fails
                      (code, params, the figure and fields it concerns, why, advice);
                      csv: the yearly projection (json and csv exact, for machines);
                      table: readable text, rounded as the app shows figures
          --lang      table only: en (default) or zh-CN, labels as the app names them
          --unit      table only, Chinese: yuan, wan (万元, the default) or yi (亿元)
          --detail    json only: also the explanation of each metric, further metrics
                      and the effect of each subsidy
validate  Checks scenario files; prints one line per problem.
${ACTUALS_HELP}
${COMPARE_HELP}
${MONITOR_HELP}
${ANALYZE_HELP}
${REPORT_HELP}
${EXPORT_HELP}
${STATEMENTS_HELP}
schema    Prints the JSON Schema of the scenario file format.

Exit status: 0 success, 2 invalid input (one line per problem on stderr:
FILE: path.to.field: message), 1 internal error.
`;

/** Runs one command; never throws, and never prints a stack trace or a raw control character. */
export async function runCli(argv: readonly string[], unguarded: CliIo): Promise<number> {
  const io = guardedIo(unguarded);
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // Usage errors quote the argument given, which may hold anything.
      io.stderr(shown`yardstick: ${error.message}\nRun "yardstick help" for usage.\n`);
      return EXIT_INVALID;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(shown`yardstick: internal error: ${message}\n`);
    return EXIT_INTERNAL;
  }
}

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/** The commands, by name: each parses its own options (./args.ts) and prints through one `--format`. */
const COMMANDS: Readonly<Record<string, Command>> = {
  evaluate: evaluateCommand,
  validate: validateCommand,
  compare: compareCommand,
  analyze: analyzeCommand,
  report: reportCommand,
  export: exportCommand,
  actuals: actualsCommand,
  monitor: monitorCommand,
  statements: statementsCommand,
  schema: async (args, io) => {
    parse(args, {}, 0);
    io.stdout(scenarioJsonSchemaText());
    return EXIT_OK;
  },
  help: async (_args, io) => {
    io.stdout(USAGE);
    return EXIT_OK;
  },
  // A worker thread of the built command line (not for people: not in the usage).
  [WORKER_COMMAND]: () => serveWorkerCommand(),
};

const ALIASES: Readonly<Record<string, string>> = { '--help': 'help', '-h': 'help' };

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [given, ...rest] = argv;
  if (given === undefined) {
    io.stderr(USAGE);
    return EXIT_INVALID;
  }
  const name = ALIASES[given] ?? given;
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) throw new UsageError(`unknown command "${given}"`);
  return command(rest, io);
}

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parse(args, {}, 'many');
  let status = EXIT_OK;
  for (const path of positionals) {
    const loaded = await loadFile(io, path);
    if (!loaded.ok) {
      status = EXIT_INVALID;
      continue;
    }
    const migrated =
      loaded.migratedFrom === undefined ? '' : `, migrated from version ${loaded.migratedFrom}`;
    io.stdout(
      shown`${path}: valid (format version ${loaded.file.version}${migrated}; scenarios: ${scenarioNames(loaded.file).join(', ')})\n`,
    );
  }
  return status;
}

async function evaluateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      scenario: { type: 'string', short: 's' },
      format: { type: 'string', short: 'f' },
      detail: { type: 'boolean' },
      lang: { type: 'string' },
      unit: { type: 'string' },
    },
    1,
  );
  const format = outputFormat(values.format);
  if (values.detail === true && format !== 'json')
    throw new UsageError('--detail applies to --format json only');
  // JSON and CSV are for machines, exact and in English keys; the table is for people.
  if ((values.lang !== undefined || values.unit !== undefined) && format !== 'table')
    throw new UsageError('--lang and --unit apply to --format table only');
  const { language, amountScale } = languageAndUnit(values);
  const path = positionals[0] as string;

  const loaded = await loadScenario(io, path, values.scenario);
  if (!loaded.ok) return EXIT_INVALID;
  const { selected } = loaded;
  const evaluation = evaluateScenario(selected.scenario);
  const warnings = scenarioWarnings(selected.scenario, evaluation.metrics);
  printAs(io, format, {
    json: () =>
      jsonText(evaluationJson(evaluation, selected.name, warnings, values.detail === true)),
    csv: () => formatCsv(evaluation.projection),
    table: () =>
      formatTable(evaluation, selected.name, warnings, {
        language,
        scale: displayScale(amountScale, language, selected.scenario.project.currency),
      }),
  });
  return EXIT_OK;
}

/** `--format json`: the metrics, the warnings and the years; with `detail`, all there is. */
function evaluationJson(
  evaluation: Evaluation<Decimal>,
  scenario: string,
  warnings: readonly ScenarioWarning[],
  detail: boolean,
) {
  // The published keys first, the metrics of the real-case inputs after them as new keys.
  const metrics = {
    ...metricsJson(evaluation.metrics),
    ...extendedMetricsJson(evaluation.metrics),
  };
  return detail
    ? {
        scenario,
        metrics,
        otherMetrics: supplementaryMetricsJson(evaluation.metrics),
        subsidies: subsidyEffects(decimalArithmetic, evaluation).map((effect) => ({
          id: effect.id,
          name: effect.name,
          type: effect.type,
          total: effect.total.toString(),
          presentValue: effect.presentValue.toString(),
          judgedOn: effect.judgedOn,
          npvWithout: effect.npvWithout.toString(),
          npvGain: effect.npvGain.toString(),
        })),
        explanations: explainMetrics(evaluation),
        warnings,
        years: projectionRows(evaluation.projection),
      }
    : {
        metrics,
        warnings,
        years: projectionRows(evaluation.projection),
      };
}
