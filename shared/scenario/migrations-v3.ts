/*
 * Version 2 → 3. Two rules of version 2 were wrong in law, and their fields change meaning:
 *
 *  - `tax.oneTimeDeduction.cap` was a cap per year shared pro rata among the qualifying items.
 *    The Chinese rule tests each unit of equipment against 5,000,000 yuan; the amount becomes
 *    `unitThreshold`, the value of one unit that may be deducted at once. Overrides and risk
 *    settings that name the old path are renamed with it.
 *  - A capex grant could be untaxed and still leave the items' full base deductible, or be taxed
 *    and lower the base too: counted twice, in the company's favour or against it. A grant is
 *    now taxable income (full base) or non-taxable fiscal funds whose spending is not deductible
 *    (base reduced). Where the two flags disagree, `taxable` decides — it is what the grantor's
 *    terms say — and `reducesDepreciableBase` follows it, in the base and in each named scenario
 *    that changes either flag.
 *
 * The step works on raw JSON that may be invalid: it changes only what has the expected shape and
 * leaves the rest for the schema to judge.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const OLD_CAP_PATH = 'tax.oneTimeDeduction.cap';
const NEW_CAP_PATH = 'tax.oneTimeDeduction.unitThreshold';

const renamedPath = (path: unknown): unknown => (path === OLD_CAP_PATH ? NEW_CAP_PATH : path);

function migrateTax(tax: unknown): unknown {
  if (!isObject(tax) || !isObject(tax['oneTimeDeduction'])) return tax;
  const { cap, ...rest } = tax['oneTimeDeduction'];
  return { ...tax, oneTimeDeduction: cap === undefined ? rest : { unitThreshold: cap, ...rest } };
}

/** The ids of the capex grants and, for each, whether the base says it is taxable. */
function grantsOf(subsidies: unknown): Map<string, unknown> {
  const grants = new Map<string, unknown>();
  if (!Array.isArray(subsidies)) return grants;
  for (const subsidy of subsidies) {
    if (isObject(subsidy) && subsidy['type'] === 'capex-grant' && typeof subsidy['id'] === 'string')
      grants.set(subsidy['id'], subsidy['taxable']);
  }
  return grants;
}

function migrateSubsidies(subsidies: unknown): unknown {
  if (!Array.isArray(subsidies)) return subsidies;
  return subsidies.map((subsidy: unknown) =>
    isObject(subsidy) &&
    subsidy['type'] === 'capex-grant' &&
    typeof subsidy['taxable'] === 'boolean'
      ? { ...subsidy, reducesDepreciableBase: !subsidy['taxable'] }
      : subsidy,
  );
}

const GRANT_FLAG = /^subsidies\[id=([a-z0-9][a-z0-9-]*)\]\.(taxable|reducesDepreciableBase)$/;

/**
 * A named scenario's overrides: the old cap path renamed; an override of either flag of a capex
 * grant decides the treatment, and the other flag is set to match it.
 */
function migrateOverrides(overrides: unknown, grants: ReadonlyMap<string, unknown>): unknown {
  if (!Array.isArray(overrides)) return overrides;
  const result: unknown[] = [];
  const flagged = new Set<string>();
  for (const override of overrides) {
    if (!isObject(override)) {
      result.push(override);
      continue;
    }
    const path = override['path'];
    const match = typeof path === 'string' ? GRANT_FLAG.exec(path) : null;
    const grant = match?.[1];
    const value = override['value'];
    if (match === null || grant === undefined || !grants.has(grant) || typeof value !== 'boolean') {
      result.push({ ...override, path: renamedPath(path) });
      continue;
    }
    if (flagged.has(grant)) continue;
    flagged.add(grant);
    const taxable = match[2] === 'taxable' ? value : !value;
    result.push(
      { path: `subsidies[id=${grant}].taxable`, value: taxable },
      { path: `subsidies[id=${grant}].reducesDepreciableBase`, value: !taxable },
    );
  }
  return result;
}

function migrateScenarios(scenarios: unknown, grants: ReadonlyMap<string, unknown>): unknown {
  if (!Array.isArray(scenarios)) return scenarios;
  return scenarios.map((scenario: unknown) =>
    isObject(scenario)
      ? { ...scenario, overrides: migrateOverrides(scenario['overrides'], grants) }
      : scenario,
  );
}

/** Risk settings name drivers by path: distributions, ranges and the pairs of a correlation. */
function migrateRisk(risk: unknown): unknown {
  if (!isObject(risk)) return risk;
  const renameIn = (list: unknown): unknown =>
    Array.isArray(list)
      ? list.map((entry: unknown) => {
          if (!isObject(entry)) return entry;
          const paths = entry['paths'];
          return {
            ...entry,
            ...('path' in entry ? { path: renamedPath(entry['path']) } : {}),
            ...(Array.isArray(paths) ? { paths: paths.map(renamedPath) } : {}),
          };
        })
      : list;
  const migrated: Json = { ...risk };
  for (const key of ['distributions', 'ranges', 'correlations'])
    if (key in risk) migrated[key] = renameIn(risk[key]);
  return migrated;
}

export function migrateVersion2(document: Readonly<Json>): Json {
  const grants = grantsOf(document['subsidies']);
  const migrated: Json = { ...document };
  if ('tax' in document) migrated['tax'] = migrateTax(document['tax']);
  if ('subsidies' in document) migrated['subsidies'] = migrateSubsidies(document['subsidies']);
  if ('scenarios' in document)
    migrated['scenarios'] = migrateScenarios(document['scenarios'], grants);
  if ('risk' in document) migrated['risk'] = migrateRisk(document['risk']);
  return migrated;
}
