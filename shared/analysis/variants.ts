import type Decimal from 'decimal.js';
import { Dec } from '../finance/decimal';
import { evaluateScenario } from '../model';
import {
  baseOf,
  locate,
  parsePath,
  replaceAt,
  validateScenarioDocument,
  type DriverRange,
  type NamedScenario,
  type Scenario,
  type ScenarioFile,
} from '../scenario';

/*
 * An optimistic or a pessimistic scenario made from what the file states about uncertainty: each
 * driver with a stated range (risk.ranges), or else a bounded distribution (its lowest and highest
 * value), set to the end of its range that gives the higher NPV (optimistic) or the lower one
 * (pessimistic), judged one driver at a time against the base, as the tornado judges them. The
 * discount rate is the yardstick the case is measured with, not an outcome, so it is left as it
 * is. With nothing stated, the variant is empty and says so.
 */

export type VariantKind = 'optimistic' | 'pessimistic';

/** The discount rate measures the case; it is not one of its outcomes. */
const NOT_AN_OUTCOME = new Set(['parameters.discountRate.rate']);

/** The ranges the file states: risk.ranges first, then the ends of bounded distributions. */
export function statedEnds(scenario: Scenario): DriverRange[] {
  const risk = scenario.risk;
  if (risk === undefined) return [];
  const ranges = [...risk.ranges];
  for (const { path, distribution } of risk.distributions) {
    if (ranges.some((range) => range.path === path)) continue;
    switch (distribution.type) {
      case 'triangular':
      case 'pert':
      case 'uniform':
        ranges.push({ path, low: distribution.min, high: distribution.max });
        break;
      case 'discrete': {
        const values = distribution.outcomes.map((outcome) => outcome.value);
        const sorted = [...values].sort((a, b) => Number(a) - Number(b));
        ranges.push({ path, low: sorted[0] ?? '0', high: sorted.at(-1) ?? '0' });
        break;
      }
      // Normal and lognormal distributions have no ends.
    }
  }
  return ranges.filter((range) => !NOT_AN_OUTCOME.has(range.path));
}

function valueAt(base: Scenario, path: string): unknown {
  const found = locate(base, parsePath(path) ?? []);
  if (!found.ok) return undefined;
  let here: unknown = base;
  for (const key of found.location) here = (here as Record<string | number, unknown>)[key];
  return here;
}

/** The value as an override writes it: a JSON integer for a whole number, else the decimal text. */
function overrideValue(base: Scenario, path: string, text: string): string | number | null {
  const here = valueAt(base, path);
  if (typeof here === 'number') return Number(text);
  return typeof here === 'string' ? text : null;
}

/** An end equal to the base value changes nothing: a variant holds only what differs. */
function sameAsBase(base: Scenario, path: string, value: string | number): boolean {
  const here = valueAt(base, path);
  return typeof here === 'string' && typeof value === 'string'
    ? new Dec(here).eq(value)
    : here === value;
}

function npvWith(base: Scenario, path: string, value: string | number): Decimal | null {
  const found = locate(base, parsePath(path) ?? []);
  if (!found.ok) return null;
  try {
    return evaluateScenario(replaceAt(base, found.location, value) as Scenario).metrics.npv;
  } catch {
    return null;
  }
}

export interface Variant {
  readonly overrides: NamedScenario['overrides'];
  /** Stated ranges left out because the scenario would not be valid at their end. */
  readonly leftOut: readonly string[];
}

/**
 * The overrides of an optimistic or pessimistic variant of the file's base. Each driver's end is
 * chosen alone; together they are checked like a file, and a driver whose end the file's rules
 * refuse (a loan longer than a shorter horizon) is left out.
 */
export function variantFromRanges(file: ScenarioFile, kind: VariantKind): Variant {
  const base = baseOf(file);
  const overrides: { path: string; value: string | number }[] = [];
  for (const range of statedEnds(base)) {
    const low = overrideValue(base, range.path, range.low);
    const high = overrideValue(base, range.path, range.high);
    if (low === null || high === null) continue;
    const atLow = npvWith(base, range.path, low);
    const atHigh = npvWith(base, range.path, high);
    if (atLow === null || atHigh === null || atLow.eq(atHigh)) continue;
    const value = atHigh.gt(atLow) === (kind === 'optimistic') ? high : low;
    if (!sameAsBase(base, range.path, value)) overrides.push({ path: range.path, value });
  }
  const leftOut: string[] = [];
  for (;;) {
    const candidate: ScenarioFile = {
      ...file,
      scenarios: [...file.scenarios, { name: `${kind}-check`, kind, overrides }],
    };
    const checked = validateScenarioDocument(JSON.parse(JSON.stringify(candidate)));
    if (checked.ok) break;
    const scenarioIndex = file.scenarios.length;
    const blamed = checked.issues
      .map((found) => found.path)
      .filter(
        (path) => path[0] === 'scenarios' && path[1] === scenarioIndex && path[2] === 'overrides',
      )
      .map((path) => path[3])
      .find((index): index is number => typeof index === 'number');
    const dropped = overrides.splice(blamed ?? overrides.length - 1, 1)[0];
    if (dropped === undefined) break;
    leftOut.push(dropped.path);
  }
  return { overrides, leftOut };
}
