import type { Scenario } from '../scenario';
import { SCENARIO_SECTIONS, SECTION_FIELD, type ScenarioSection } from '../scenario/sections';

/*
 * The assumptions a report lists: every input of the scenario that differs from a blank scenario,
 * grouped as the editor's nine sections. Items of a list (an investment item, an effect) have no
 * blank counterpart, so every field of each item is listed; ids and the preset an effect was made
 * from are internal, and an item's name already heads its fields, so none of those is listed.
 */

const ITEM_KEYS_NOT_LISTED = new Set(['id', 'name', 'preset']);

export type AssumptionValue = string | number | boolean | readonly string[];

export interface ChangedInput {
  readonly section: ScenarioSection;
  /** Where the input is in the scenario, e.g. `['capex', 0, 'depreciation', 'salvage']`. */
  readonly location: readonly (string | number)[];
  readonly value: AssumptionValue;
}

type Json = unknown;

const isRecord = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isLeafList = (value: Json): value is readonly string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');

function sameLeaf(a: AssumptionValue, b: Json): boolean {
  if (Array.isArray(a)) {
    return isLeafList(b) && a.length === b.length && a.every((entry, index) => entry === b[index]);
  }
  return a === b;
}

function walk(
  value: Json,
  blank: Json,
  location: (string | number)[],
  inItem: boolean,
  out: { location: (string | number)[]; value: AssumptionValue }[],
): void {
  if (isRecord(value)) {
    const blankRecord = isRecord(blank) ? blank : undefined;
    for (const [key, child] of Object.entries(value)) {
      if (inItem && location.length > 0 && typeof location.at(-1) === 'number') {
        if (ITEM_KEYS_NOT_LISTED.has(key)) continue;
      }
      walk(child, blankRecord?.[key], [...location, key], inItem, out);
    }
    return;
  }
  if (Array.isArray(value) && !isLeafList(value)) {
    (value as readonly Json[]).forEach((item, index) => {
      // Lists of items have no blank counterpart item by item: each item is new.
      walk(item, undefined, [...location, index], true, out);
    });
    return;
  }
  if (value === undefined || value === null) return;
  const leaf = value as AssumptionValue;
  if (blank !== undefined && sameLeaf(leaf, blank)) return;
  out.push({ location, value: leaf });
}

/** The inputs of `scenario` that differ from `blank`, section by section in the editor's order. */
export function changedInputs(scenario: Scenario, blank: Scenario): ChangedInput[] {
  return SCENARIO_SECTIONS.flatMap((section) => {
    const field = SECTION_FIELD[section];
    const found: { location: (string | number)[]; value: AssumptionValue }[] = [];
    walk(scenario[field], blank[field], [field], false, found);
    return found.map((entry) => ({ section, ...entry }));
  });
}
