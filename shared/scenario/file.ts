import { issue, type ValidationIssue } from './issues';
import { MIGRATIONS, migrateToCurrent, type MigrationTable } from './migrations';
import { applyOverrides, attributeIssue, baseOf } from './overrides';
import { DEFAULT_JSON_LIMITS, parseJsonSafely, type JsonLimits } from './safe-json';
import { SCENARIO_FORMAT, scenarioFileSchema, type Scenario, type ScenarioFile } from './schema';
import { fromZodIssues } from './zod-issues';

/*
 * The one way a scenario file is read and written: by the app's open, the command line and the
 * applicant comparison. Reading refuses anything unsafe before parsing it, migrates older versions,
 * refuses newer ones, validates the base and every named scenario with its overrides applied.
 */

export interface ParseOptions {
  readonly limits?: JsonLimits;
  readonly migrations?: MigrationTable;
}

export type ParsedScenarioFile =
  | {
      readonly ok: true;
      readonly file: ScenarioFile;
      /** The version the text was written in, when it was migrated to the current one. */
      readonly migratedFrom?: number;
    }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export const BASE_SCENARIO = 'base';

export function parseScenarioFile(text: string, options: ParseOptions = {}): ParsedScenarioFile {
  // Every leading BOM, not one: a reader that already dropped one (main, the browser) and one that
  // did not (the command line) must see the same text, or the same file opens in one and not the other.
  const withoutBom = text.replace(/^\uFEFF+/, '');
  const json = parseJsonSafely(withoutBom, options.limits ?? DEFAULT_JSON_LIMITS);
  if (!json.ok) return { ok: false, issues: json.issues };
  return validateScenarioDocument(json.value, options.migrations ?? MIGRATIONS);
}

/** For a document already parsed from trusted JSON (e.g. the interface's own state). */
export function validateScenarioDocument(
  value: unknown,
  migrations: MigrationTable = MIGRATIONS,
): ParsedScenarioFile {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      issues: [
        issue(
          [],
          'not_a_scenario_file',
          'is not a Yardstick scenario file (expected a JSON object)',
        ),
      ],
    };
  }
  const document = value as Record<string, unknown>;
  if (document['format'] !== SCENARIO_FORMAT) {
    return {
      ok: false,
      issues: [
        issue(
          ['format'],
          'not_a_scenario_file',
          `must be "${SCENARIO_FORMAT}": this is not a Yardstick scenario file`,
          {
            expected: SCENARIO_FORMAT,
          },
        ),
      ],
    };
  }
  const migrated = migrateToCurrent(document, migrations);
  if (!migrated.ok) return { ok: false, issues: migrated.issues };

  const parsed = scenarioFileSchema.safeParse(migrated.document);
  if (!parsed.success)
    return { ok: false, issues: fromZodIssues(parsed.error.issues, migrated.document) };

  const issues = scenarioIssues(parsed.data);
  if (issues.length > 0) return { ok: false, issues };
  const file = parsed.data;
  return migrated.from === file.version
    ? { ok: true, file }
    : { ok: true, file, migratedFrom: migrated.from };
}

/** Each named scenario, overrides applied, must itself be a valid scenario. */
function scenarioIssues(file: ScenarioFile): ValidationIssue[] {
  const base = baseOf(file);
  return file.scenarios.flatMap((scenario, index) => {
    const applied = applyOverrides(base, scenario, index);
    if (applied.issues.length > 0) return [...applied.issues];
    const candidate = {
      format: file.format,
      version: file.version,
      ...applied.document,
      scenarios: [],
    };
    const checked = scenarioFileSchema.safeParse(candidate);
    if (checked.success) return [];
    return fromZodIssues(checked.error.issues, candidate).map((found) =>
      attributeIssue(found, scenario, index, applied.locations),
    );
  });
}

/** Stable key order (the schema's), 2-space indent, trailing newline: load → save is byte-identical. */
export function serializeScenarioFile(file: ScenarioFile): string {
  const canonical = scenarioFileSchema.safeParse(file);
  if (!canonical.success) {
    const first = fromZodIssues(canonical.error.issues, file)[0];
    throw new Error(
      `Cannot save an invalid scenario: ${first === undefined ? 'unknown problem' : `${first.path.join('.')}: ${first.message}`}`,
    );
  }
  return `${JSON.stringify(canonical.data, null, 2)}\n`;
}

export function scenarioNames(file: ScenarioFile): string[] {
  return [BASE_SCENARIO, ...file.scenarios.map((scenario) => scenario.name)];
}

export type SelectedScenario =
  | { readonly ok: true; readonly scenario: Scenario; readonly name: string }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** The base, or a named scenario with its overrides applied (already validated when the file was read). */
export function selectScenario(file: ScenarioFile, name: string = BASE_SCENARIO): SelectedScenario {
  const base = baseOf(file);
  if (name === BASE_SCENARIO) return { ok: true, scenario: base, name };
  const index = file.scenarios.findIndex((scenario) => scenario.name === name);
  const named = file.scenarios[index];
  if (named === undefined) {
    return {
      ok: false,
      issues: [
        issue(
          ['scenarios'],
          'unknown_scenario',
          `no scenario is named "${name}"; the file has: ${scenarioNames(file).join(', ')}`,
          {
            name,
            available: scenarioNames(file).join('|'),
          },
        ),
      ],
    };
  }
  const applied = applyOverrides(base, named, index);
  const checked = scenarioFileSchema.safeParse({
    format: file.format,
    version: file.version,
    ...applied.document,
    scenarios: [],
  });
  if (applied.issues.length > 0 || !checked.success) {
    return {
      ok: false,
      issues: [
        issue(['scenarios', index], 'invalid_scenario', `scenario "${name}" is not valid`, {
          name,
        }),
      ],
    };
  }
  return { ok: true, scenario: baseOf(checked.data), name };
}
