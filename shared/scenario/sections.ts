import type { Scenario } from './schema';

/** The parts of a scenario a user fills in, in file order: the editor's sections. */
export const SCENARIO_SECTIONS = [
  'project',
  'baseline',
  'investment',
  'effects',
  'runningCosts',
  'workingCapital',
  'subsidies',
  'tax',
  'financing',
  'parameters',
] as const;
export type ScenarioSection = (typeof SCENARIO_SECTIONS)[number];

/** The scenario's top-level field each section edits. */
export const SECTION_FIELD: Readonly<Record<ScenarioSection, keyof Scenario>> = {
  project: 'project',
  baseline: 'baseline',
  investment: 'capex',
  effects: 'effects',
  runningCosts: 'runningCosts',
  workingCapital: 'workingCapital',
  subsidies: 'subsidies',
  tax: 'tax',
  financing: 'financing',
  parameters: 'parameters',
};
