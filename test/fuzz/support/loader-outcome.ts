import Decimal from 'decimal.js';
import { basename } from 'node:path';
import { readScenarioText } from '../../../main/cli/read-file';
import { runCli } from '../../../main/cli/run';
import { readDocument } from '../../../main/files/read-document';
import { checkScenarioText } from '../../../shared/host/document-check';
import {
  evaluateScenario,
  metricsJson,
  projectionRows,
  supplementaryMetricsJson,
} from '../../../shared/model';
import {
  parseScenarioFile,
  scenarioNames,
  selectScenario,
  serializeScenarioFile,
  type ScenarioFile,
} from '../../../shared/scenario';
import { issueProblem, printedProblem } from './message-checks';

export type Verdict =
  | { readonly kind: 'loaded' }
  | { readonly kind: 'refused' }
  | { readonly kind: 'crashed'; readonly why: string };

const crashed = (why: string): Verdict => ({ kind: 'crashed', why });

/** Why a value the model answered is not a defined answer (NaN, ±Infinity), or null. */
function undefinedAnswer(value: unknown, where: string): string | null {
  if (Decimal.isDecimal(value))
    return (value as Decimal).isFinite() ? null : `${where} is ${String(value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${where} is ${value}`;
  if (typeof value === 'string')
    return /^-?(NaN|Infinity)$/.test(value) ? `${where} is "${value}"` : null;
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = undefinedAnswer(item, `${where}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** A loaded file must be whole: valid again after saving, and every scenario gives defined answers. */
function loadedProblem(file: ScenarioFile): string | null {
  const again = parseScenarioFile(serializeScenarioFile(file));
  if (!again.ok) return `saved copy no longer loads: ${again.issues[0]?.message ?? ''}`;
  for (const name of scenarioNames(file)) {
    const selected = selectScenario(file, name);
    if (!selected.ok) return `scenario "${name}" loaded but cannot be selected`;
    const evaluation = evaluateScenario(selected.scenario);
    const found =
      undefinedAnswer(evaluation.metrics, `${name}: metrics`) ??
      undefinedAnswer(metricsJson(evaluation.metrics), `${name}: metrics json`) ??
      undefinedAnswer(supplementaryMetricsJson(evaluation.metrics), `${name}: other metrics`) ??
      undefinedAnswer(projectionRows(evaluation.projection), `${name}: projection`);
    if (found) return found;
  }
  return null;
}

function pollution(): string | null {
  const probe = {} as Record<string, unknown>;
  return 'polluted' in probe || probe.constructor !== Object
    ? 'Object.prototype was changed'
    : null;
}

/**
 * One file through the app's open (main reads and checks it, the renderer parses what main sent)
 * and through the command line's `validate`: both must agree, refuse with clear messages or load
 * a whole document, and never throw.
 */
export async function throughLoaders(path: string): Promise<Verdict> {
  const name = basename(path);
  let app: Verdict;
  try {
    const read = await readDocument(path, { validate: checkScenarioText });
    if (read.ok) {
      const parsed = parseScenarioFile(read.text);
      if (!parsed.ok)
        return crashed(`main accepted a file the renderer refuses: ${parsed.issues[0]?.message}`);
      const problem = loadedProblem(parsed.file);
      if (problem) return crashed(problem);
      app = { kind: 'loaded' };
    } else {
      if (read.issues.length === 0) return crashed('refused without an issue');
      for (const issue of read.issues) {
        const problem = issueProblem(issue, name);
        if (problem) return crashed(problem);
      }
      app = { kind: 'refused' };
    }
  } catch (error) {
    return crashed(`the app's loader threw ${String(error)}`);
  }

  let stdout = '';
  let stderr = '';
  const code = await runCli(['validate', path], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: readScenarioText,
  });
  const printed = printedProblem(stdout + stderr);
  if (printed) return crashed(`CLI: ${printed}`);
  if (code !== (app.kind === 'loaded' ? 0 : 2))
    return crashed(`CLI exit ${code} where the app ${app.kind} it: ${stderr.slice(0, 300)}`);
  if (code === 2) {
    const lines = stderr.trimEnd().split('\n');
    const unclear = lines.find(
      (line) => !line.startsWith(`${path}: `) || line.length <= path.length + 4,
    );
    if (unclear !== undefined)
      return crashed(`CLI line does not name file and field: "${unclear}"`);
  }
  return pollution() ? crashed(pollution() as string) : app;
}
