import { availableParallelism } from 'node:os';
import {
  AnalysisError,
  ANALYSIS_METRICS,
  isAnalysisMetric,
  MAX_DRAWS,
  MAX_SEED,
  monteCarloWorkers,
  ZERO_CROSSING_METRICS,
  type AnalysisMetric,
  type AnalysisRequest,
  type ZeroCrossingMetric,
} from '../../shared/analysis';
import {
  DECIMAL_PATTERN,
  DEFAULT_JSON_LIMITS,
  locate,
  parsePath,
  parseScenarioFile,
  rangeMagnitudeIssue,
  selectScenario,
  type DriverRange,
  type ValidationIssue,
} from '../../shared/scenario';
import { displayScale } from '../../shared/i18n/amount-scale';
import { cliTableTexts } from '../../shared/i18n/catalogue/cli-table';
import { fill } from '../../shared/i18n/texts';
import { catalogueLookup, fieldLabel } from '../../shared/scenario/issue-text';
import { scenarioLabel } from '../../shared/scenario/scenario-label';
import { valueKind } from '../../shared/scenario/value-kind';
import { appTexts } from '../../shared/i18n/catalogue/app';
import { runAnalysis } from '../analysis/runner';
import { readable } from './display';
import { languageAndUnit } from './report';
import { analysisJson, formatAnalysisCsv, formatAnalysisTable } from './analyze-format';
import { parse, UsageError } from './args';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { outputFormat, printAs } from './output-format';
import { workerLauncher } from './workers';
import { printIssues } from './scenario-input';
import { jsonText, shown } from './shown';

/*
 * `yardstick analyze`: the analyses of shared/analysis on one scenario of a file. A Monte Carlo
 * run goes to worker threads (the built command line starts itself as a worker); its result does
 * not depend on how many.
 */

export const ANALYZE_USAGE = `  yardstick analyze FILE --scenarios | --tornado | --two-way DRIVER_A,DRIVER_B
                    | --switching-values | --monte-carlo N
                    [--scenario NAME] [--metric METRIC] [--drivers PATH,...] [--percent P]
                    [--range PATH=LOW:HIGH]... [--steps 9] [--seed S] [--lhs] [--bins 20]
                    [--workers N] [--progress] [--format json|table|csv]
                    [--lang en|zh-CN] [--unit yuan|wan|yi]`;

export const ANALYZE_HELP = `analyze   Sensitivity and risk of one scenario. Drivers are named by their path in the file,
          e.g. "effects[id=prod-cost].fullEffect". Figures are 64-bit floats of the same model,
          within 1e-9 of the Decimal figures; --scenarios is in Decimal.
          --scenarios         the named scenarios side by side, with differences to base
          --tornado           each driver alone to its low and high value, ranked by swing
          --two-way A,B       the metric over a grid of two drivers (--steps values each)
          --switching-values  each driver's value at which NPV is zero (there the IRR equals
                              the discount rate), or "none within range"
          --monte-carlo N     N draws from the distributions and correlations of the file's
                              risk section (--seed S, default 1; --lhs: Latin hypercube;
                              --bins: histogram bins, default 20)
          --scenario  a named scenario of the file (default: base)
          --metric    npv (default), irr, mirr, paybackYears, discountedPaybackYears,
                      npvWithoutSubsidies, irrWithoutSubsidies, equityNpv, equityIrr
                      (switching values: npv, npvWithoutSubsidies, equityNpv)
          --drivers   comma-separated paths (default: each effect's size and ramp, capex and
                      running costs, subsidies, tax, discount and loan rates, inflation, horizon)
          --percent   how far a driver without a stated range moves either side (default 20;
                      switching values search ±100); a range stops where the driver can go
                      no further (a share at 1, an amount at 0) and says it is clipped
          --range     PATH=LOW:HIGH, a stated range; repeatable, before the file's risk.ranges;
                      refused outside what the driver can be
          --workers   worker threads for --monte-carlo (default: one, or one per core from
                      50,000 draws; 0: none)
          --progress  report progress on stderr (draws, or points of the model evaluated)
          --format    json (default; numbers as JSON numbers), table, or csv (Monte Carlo: one
                      row per draw)
          --lang      table only: en (default) or zh-CN (drivers named as the editor names
                      them, metrics as the app does)
          --unit      table only, Chinese: yuan, wan (万元, the default) or yi (亿元)`;

const ANALYSES = ['scenarios', 'tornado', 'two-way', 'switching-values', 'monte-carlo'] as const;
const DECIMAL = /^-?\d+(\.\d+)?$/;

export async function analyzeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      scenarios: { type: 'boolean' },
      tornado: { type: 'boolean' },
      'two-way': { type: 'string' },
      'switching-values': { type: 'boolean' },
      'monte-carlo': { type: 'string' },
      scenario: { type: 'string', short: 's' },
      metric: { type: 'string' },
      drivers: { type: 'string' },
      percent: { type: 'string' },
      range: { type: 'string', multiple: true },
      steps: { type: 'string' },
      seed: { type: 'string' },
      lhs: { type: 'boolean' },
      bins: { type: 'string' },
      workers: { type: 'string' },
      progress: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      lang: { type: 'string' },
      unit: { type: 'string' },
    },
    1,
  );
  const chosen = ANALYSES.filter((name) => values[name] !== undefined && values[name] !== false);
  if (chosen.length !== 1)
    throw new UsageError(`choose one analysis: ${ANALYSES.map((name) => `--${name}`).join(', ')}`);
  const analysis = chosen[0] as (typeof ANALYSES)[number];
  const format = outputFormat(values.format);
  // JSON and CSV are for machines, exact and in English keys; the table is for people.
  if ((values.lang !== undefined || values.unit !== undefined) && format !== 'table')
    throw new UsageError('--lang and --unit apply to --format table only');
  const { language, amountScale } = languageAndUnit(values);

  const whole = (
    text: string | undefined,
    name: string,
    low: number,
    high: number,
  ): number | undefined => {
    if (text === undefined) return undefined;
    if (!/^\d{1,10}$/.test(text) || Number(text) < low || Number(text) > high)
      throw new UsageError(
        `--${name} must be a whole number from ${low} to ${high}, not "${text}"`,
      );
    return Number(text);
  };
  const metric = values.metric;
  if (metric !== undefined && !isAnalysisMetric(metric))
    throw new UsageError(`--metric must be one of ${ANALYSIS_METRICS.join(', ')}, not "${metric}"`);
  if (
    analysis === 'switching-values' &&
    metric !== undefined &&
    !(ZERO_CROSSING_METRICS as readonly string[]).includes(metric)
  ) {
    throw new UsageError(
      `--metric for switching values must be one of ${ZERO_CROSSING_METRICS.join(', ')}`,
    );
  }
  if (values.percent !== undefined && !(DECIMAL.test(values.percent) && Number(values.percent) > 0))
    throw new UsageError(`--percent must be a positive number, not "${values.percent}"`);
  const ranges = (values.range ?? []).map((text): DriverRange => {
    const at = text.lastIndexOf('=');
    const [low = '', high = '', ...rest] = text.slice(at + 1).split(':');
    if (at <= 0 || rest.length > 0 || !DECIMAL.test(low) || !DECIMAL.test(high))
      throw new UsageError(
        `--range must be PATH=LOW:HIGH such as "tax.rate=0.15:0.25", not "${text}"`,
      );
    // As a file's risk.ranges: what a double holds exactly enough to mean what was typed.
    if (!DECIMAL_PATTERN.test(low) || !DECIMAL_PATTERN.test(high))
      throw new UsageError(
        `--range bounds are decimals of at most 15 digits before the point and 12 after, not "${text}"`,
      );
    return { path: text.slice(0, at), low, high };
  });
  const drivers = values.drivers?.split(',').filter((path) => path !== '');
  const twoWay = values['two-way']?.split(',');
  if (twoWay !== undefined && twoWay.length !== 2)
    throw new UsageError('--two-way takes two driver paths separated by a comma');
  const draws = whole(values['monte-carlo'], 'monte-carlo', 2, MAX_DRAWS);
  const seed = whole(values.seed, 'seed', 0, MAX_SEED);
  const steps = whole(values.steps, 'steps', 2, 101);
  const bins = whole(values.bins, 'bins', 1, 1000);
  const workers = whole(values.workers, 'workers', 0, 256);
  const mcOnly = [values.seed, values.lhs, values.bins, values.workers];
  if (analysis !== 'monte-carlo' && mcOnly.some((value) => value !== undefined))
    throw new UsageError('--seed, --lhs, --bins and --workers apply to --monte-carlo only');
  if (analysis !== 'two-way' && steps !== undefined)
    throw new UsageError('--steps applies to --two-way only');
  if (
    analysis === 'scenarios' &&
    [metric, drivers, values.percent, values.scenario].some((value) => value !== undefined)
  ) {
    throw new UsageError(
      '--scenarios compares every scenario of the file on every metric; it takes no other option',
    );
  }

  const path = positionals[0] as string;
  const read = await io.readFile(path, DEFAULT_JSON_LIMITS.maxLength);
  if (!read.ok) {
    io.stderr(shown`${path}: (file): ${read.message}\n`);
    return EXIT_INVALID;
  }
  const file = parseScenarioFile(read.text);
  if (!file.ok) return refused(io, path, file.issues);
  const selected = selectScenario(file.file, values.scenario);
  if (!selected.ok) return refused(io, path, selected.issues);
  const scenario = selected.scenario;
  for (const range of ranges) {
    const far = rangeMagnitudeIssue(scenario, range.path, range.low, range.high);
    if (far !== null) {
      io.stderr(shown`${path}: --range ${range.path}: ${far.message}\n`);
      return EXIT_INVALID;
    }
  }

  const common = {
    ...(values.percent === undefined ? {} : { percent: Number(values.percent) }),
    ...(drivers === undefined ? {} : { drivers }),
    ranges,
  };
  const sensitivity = {
    ...common,
    ...(metric === undefined ? {} : { metric: metric as AnalysisMetric }),
  };
  let request: AnalysisRequest;
  switch (analysis) {
    case 'scenarios':
      request = { kind: 'scenarios', file: file.file };
      break;
    case 'tornado':
      request = { kind: 'tornado', scenario, options: sensitivity };
      break;
    case 'two-way':
      request = {
        kind: 'two-way',
        scenario,
        options: {
          ...sensitivity,
          drivers: twoWay as [string, string],
          ...(steps === undefined ? {} : { steps }),
        },
      };
      break;
    case 'switching-values':
      request = {
        kind: 'switching-values',
        scenario,
        options: {
          ...common,
          ...(metric === undefined ? {} : { metric: metric as ZeroCrossingMetric }),
        },
      };
      break;
    case 'monte-carlo':
      request = {
        kind: 'monte-carlo',
        scenario,
        options: {
          draws: draws as number,
          ...(seed === undefined ? {} : { seed }),
          latinHypercube: values.lhs === true,
          ...(metric === undefined ? {} : { metric: metric as AnalysisMetric }),
          ...(bins === undefined ? {} : { bins }),
        },
      };
      break;
  }

  let result;
  try {
    result = await runAnalysis(request, {
      // Only a Monte Carlo run is long enough to be worth starting threads for.
      workers:
        analysis === 'monte-carlo'
          ? (workers ?? monteCarloWorkers(draws as number, availableParallelism()))
          : 0,
      launchWorker: workerLauncher(),
      ...(values.progress === true
        ? {
            onProgress: (done: number, total: number) =>
              io.stderr(
                `evaluated ${done} of ${total} ${analysis === 'monte-carlo' ? 'draws' : 'points'}\n`,
              ),
          }
        : {}),
    });
  } catch (error) {
    if (!(error instanceof AnalysisError)) throw error;
    io.stderr(shown`${path}: ${analysis}: ${error.message}\n`);
    return EXIT_INVALID;
  }

  printAs(io, format, {
    json: () => jsonText(analysisJson(result, selected.name)),
    csv: () => formatAnalysisCsv(result),
    table: () => {
      const currency = scenario.project.currency;
      const lookup = catalogueLookup(language);
      const located = (path: string) => {
        const steps = parsePath(path);
        const found = steps === null ? null : locate(scenario, steps);
        return found?.ok ? found.location : null;
      };
      const kinds = appTexts[language].options.scenarioKind;
      const label = (name: string) => scenarioLabel(file.file, name, (kind) => kinds[kind]);
      return formatAnalysisTable(
        result,
        shown`${fill(cliTableTexts[language].scenario, {
          project: scenario.project.name,
          scenario: label(selected.name),
        })}`,
        {
          shownAs: readable(language, displayScale(amountScale, language, currency), currency),
          // The paths are what --drivers takes; a Chinese reader reads the editor's labels.
          driver: (path) => {
            if (language === 'en') return path;
            const location = located(path);
            return location === null ? path : fieldLabel(location, lookup, scenario);
          },
          kind: (path) => {
            const location = located(path);
            return location === null ? 'other' : valueKind(scenario, location);
          },
          scenario: label,
        },
      );
    },
  });
  return EXIT_OK;
}

function refused(io: CliIo, file: string, issues: readonly ValidationIssue[]): number {
  printIssues(io, file, issues);
  return EXIT_INVALID;
}
