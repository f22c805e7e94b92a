import { issue, type ValidationIssue } from './issues';
import { migrateVersion2 } from './migrations-v3';
import { SCENARIO_VERSION } from './schema';

/*
 * Files are migrated forward one version at a time, each step a pure function on the raw JSON
 * object, before the current schema judges the result. Version 1 is the first published format.
 * Version 2 added the optional risk section (distributions, correlations and ranges of drivers);
 * a version-1 file has no risk settings, so `1 → 2` changes nothing but the version, which
 * `migrateToCurrent` sets after each step. Version 3 (`2 → 3`, migrations-v3.ts) turned the
 * one-time deduction's yearly cap into a test per unit and made a capex grant's tax treatment one
 * of the two the law allows. Version 4 adds optional fields only (loans drawn over several years
 * and their interest during construction, maintenance investment, surcharges on VAT, a tax
 * holiday), none of which a version-3 file has, so `3 → 4` changes nothing but the version.
 */

export type Migration = (document: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** Keyed by the version a step starts from: `table.get(n)` turns version n into n + 1. */
export type MigrationTable = ReadonlyMap<number, Migration>;

export const MIGRATIONS: MigrationTable = new Map<number, Migration>([
  [1, (document) => ({ ...document })],
  [2, migrateVersion2],
  [3, (document) => ({ ...document })],
]);

export type Migrated =
  | { readonly ok: true; readonly document: Record<string, unknown>; readonly from: number }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export function migrateToCurrent(
  document: Record<string, unknown>,
  table: MigrationTable = MIGRATIONS,
  current: number = SCENARIO_VERSION,
): Migrated {
  const version = document['version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return {
      ok: false,
      issues: [issue(['version'], 'invalid_version', 'must be a whole number such as 1')],
    };
  }
  if (version > current) {
    return {
      ok: false,
      issues: [
        issue(
          ['version'],
          'newer_version',
          `the file is from a newer Yardstick (format version ${version}); this Yardstick reads versions up to ${current}. Update Yardstick to open it.`,
          { version, supported: current },
        ),
      ],
    };
  }
  let migrated: Record<string, unknown> = document;
  for (let step = version; step < current; step += 1) {
    const migration = table.get(step);
    if (migration === undefined) {
      return {
        ok: false,
        issues: [
          issue(
            ['version'],
            'unsupported_version',
            `format version ${version} cannot be read by this Yardstick (no migration from version ${step})`,
            {
              version,
            },
          ),
        ],
      };
    }
    migrated = { ...migration(migrated), version: step + 1 };
  }
  return { ok: true, document: migrated, from: version };
}
