import { formatIssuePath, issue, type ValidationIssue } from './issues';
import { formatPath, locate, parsePath, replaceAt } from './paths';
import type { NamedScenario, Scenario, ScenarioFile } from './schema';

/*
 * A named scenario is a list of explicit deltas over the shared base: `{ path, value }`, where
 * null removes an optional field. Overrides never touch the format, the version, the scenarios or
 * the actuals.
 */

const PROTECTED_ROOTS = new Set(['format', 'version', 'scenarios', 'actuals']);

export interface AppliedOverrides {
  /** The base with the overrides applied; not yet validated. */
  readonly document: Record<string, unknown>;
  /** Concrete location each override resolved to, by override index (null when it did not). */
  readonly locations: readonly ((string | number)[] | null)[];
  readonly issues: readonly ValidationIssue[];
}

/** The base of a file as a scenario: everything but the format, version, named scenarios and actuals. */
export function baseOf(file: ScenarioFile): Scenario {
  const {
    format: _format,
    version: _version,
    scenarios: _scenarios,
    actuals: _actuals,
    ...base
  } = file;
  return base;
}

export function applyOverrides(
  base: Scenario,
  scenario: NamedScenario,
  scenarioIndex: number,
): AppliedOverrides {
  let document = base as unknown as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const locations = scenario.overrides.map((override, overrideIndex) => {
    const at = ['scenarios', scenarioIndex, 'overrides', overrideIndex, 'path'];
    const steps = parsePath(override.path);
    if (steps === null) {
      issues.push(
        issue(
          at,
          'invalid_override_path',
          `"${override.path}" is not a field path such as "effects[id=prod-cost].fullEffect"`,
          {
            path: override.path,
          },
        ),
      );
      return null;
    }
    const root = steps[0];
    if (root?.kind === 'key' && PROTECTED_ROOTS.has(root.key)) {
      issues.push(
        issue(at, 'protected_override_path', `"${root.key}" cannot be overridden by a scenario`, {
          path: override.path,
        }),
      );
      return null;
    }
    const found = locate(document, steps);
    if (!found.ok) {
      const reached = formatPath(steps.slice(0, found.failedAt + 1));
      issues.push(
        issue(
          at,
          'override_path_not_found',
          `"${override.path}" does not exist in the base scenario (no "${reached}")`,
          {
            path: override.path,
            missing: reached,
          },
        ),
      );
      return null;
    }
    document = replaceAt(document, found.location, override.value ?? undefined) as Record<
      string,
      unknown
    >;
    return found.location;
  });
  return { document, locations, issues };
}

/**
 * Attributes an issue found in an overridden scenario to the override that caused it (the one
 * whose location is a prefix of the issue's path, or the reverse), or to the scenario as a whole.
 */
export function attributeIssue(
  found: ValidationIssue,
  scenario: NamedScenario,
  scenarioIndex: number,
  locations: readonly ((string | number)[] | null)[],
): ValidationIssue {
  const field = formatIssuePath(found.path);
  const overrideIndex = locations.findIndex(
    (location) =>
      location !== null && (isPrefix(location, found.path) || isPrefix(found.path, location)),
  );
  const path =
    overrideIndex >= 0
      ? ['scenarios', scenarioIndex, 'overrides', overrideIndex, 'value']
      : ['scenarios', scenarioIndex];
  return issue(path, found.code, `in scenario "${scenario.name}", ${field} ${found.message}`, {
    ...found.params,
    scenario: scenario.name,
    field,
  });
}

function isPrefix(
  prefix: readonly (string | number)[],
  path: readonly (string | number)[],
): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => segment === path[index]);
}
