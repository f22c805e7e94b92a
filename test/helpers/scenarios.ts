import type Decimal from 'decimal.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateScenario, type Evaluation } from '../../shared/model';
import {
  formatIssue,
  parseScenarioFile,
  SCENARIO_VERSION,
  selectScenario,
  validateScenarioDocument,
  type CapexItem,
  type Effect,
  type RunningCost,
  type Scenario,
  type ScenarioFile,
} from '../../shared/scenario';

/*
 * Small valid scenarios for the model tests, built from a neutral base (5 years, 25 % tax, 8 %
 * nominal, nothing else) so each test states only what it is about. Everything goes through the
 * real validation, so a test can never evaluate a scenario the app would refuse.
 */

export const EXAMPLES_DIR = join(import.meta.dirname, '..', '..', 'assets', 'examples');

export function exampleNames(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
}

export function exampleText(name: string): string {
  return readFileSync(join(EXAMPLES_DIR, `${name}.json`), 'utf8');
}

export function exampleFile(name: string): ScenarioFile {
  const parsed = parseScenarioFile(exampleText(name));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.issues.map(formatIssue).join('; ')}`);
  return parsed.file;
}

export function exampleScenario(name: string, scenarioName = 'base'): Scenario {
  const selected = selectScenario(exampleFile(name), scenarioName);
  if (!selected.ok)
    throw new Error(`${name}/${scenarioName}: ${selected.issues.map(formatIssue).join('; ')}`);
  return selected.scenario;
}

export function baseScenario(changes: Partial<Scenario> = {}): Scenario {
  return {
    project: { name: 'Test project', currency: 'CNY', startYear: 2026, horizonYears: 5 },
    baseline: { otherCosts: [] },
    capex: [],
    effects: [],
    runningCosts: [],
    subsidies: [],
    tax: { rate: '0.25', lossCarryForwardYears: 5 },
    financing: { loans: [] },
    parameters: { discountRate: { rate: '0.08', basis: 'nominal' }, inflation: '0' },
    ...changes,
  };
}

export function capex(id: string, amount: string, changes: Partial<CapexItem> = {}): CapexItem {
  return {
    id,
    name: `Item ${id}`,
    category: 'equipment',
    amount,
    payments: [{ year: 0, share: '1' }],
    depreciation: { method: 'straight-line', lifeYears: 5, salvage: '0' },
    eligibility: {
      oneTimeDeduction: false,
      grants: false,
      investmentTaxCredit: false,
      superDeduction: false,
    },
    residualValue: '0',
    ...changes,
  };
}

export function saving(
  id: string,
  amount: string,
  changes: Partial<Extract<Effect, { basis: 'amount' }>> = {},
): Effect {
  return {
    id,
    name: `Saving ${id}`,
    kind: 'custom',
    basis: 'amount',
    fullEffect: amount,
    ramp: [],
    startYear: 1,
    escalates: false,
    ...changes,
  };
}

export function runningCost(
  id: string,
  amount: string,
  changes: Partial<RunningCost> = {},
): RunningCost {
  return {
    id,
    name: `Cost ${id}`,
    kind: 'other',
    amount,
    startYear: 1,
    escalates: false,
    eligibility: { superDeduction: false },
    ...changes,
  };
}

export function asFile(
  scenario: Scenario,
  scenarios: ScenarioFile['scenarios'] = [],
): ScenarioFile {
  return { format: 'yardstick.scenario', version: SCENARIO_VERSION, ...scenario, scenarios };
}

/** Validates like the app does, then evaluates in Decimal. */
export function evaluateValid(scenario: Scenario): Evaluation<Decimal> {
  const checked = validateScenarioDocument(JSON.parse(JSON.stringify(asFile(scenario))));
  if (!checked.ok)
    throw new Error(`invalid test scenario: ${checked.issues.map(formatIssue).join('; ')}`);
  return evaluateScenario(scenario);
}

/** Decimal strings of a column, for comparing with hand-derived figures. */
export const strings = (values: readonly (Decimal | null)[]): (string | null)[] =>
  values.map((value) => (value === null ? null : value.toString()));

/** Every example file and every applicant's file, as paths (the invalid applicant's too). */
export function exampleAndApplicantPaths(): string[] {
  const inFolder = (folder: string) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(folder, name));
  return [...inFolder(EXAMPLES_DIR), ...inFolder(join(EXAMPLES_DIR, 'applicants'))];
}
