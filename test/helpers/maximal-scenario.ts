import {
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  serializeScenarioFile,
  type CapexItem,
  type ScenarioFile,
} from '../../shared/scenario';
import { largeScenarioOf } from './large-scenario';

/*
 * The largest file the format accepts in the dimensions that cost time: a 40-year horizon, 1,000
 * investment items each paid in 40 instalments, 100 effects and 20 named scenarios. It is valid
 * (the loader accepts it), so everything the app, the command line and the report do with a file
 * must stay bounded on it: the reports summarise, the analyses report progress and can be stopped.
 */

const HORIZON = 40;
const ITEMS = 1_000;
const PAYMENTS = 40;
const EFFECTS = 100;
const SCENARIOS = 20;

/** 40 instalments of 2.5 % in years 0 to 39: the item enters service in the last year. */
const instalments = Array.from({ length: PAYMENTS }, (_, year) => ({ year, share: '0.025' }));

const capexItem = (template: CapexItem, index: number): CapexItem => ({
  ...template,
  id: `item-${index}`,
  name: `Item ${index}`,
  amount: String(10_000 + index * 137),
  payments: instalments,
  depreciation: { ...template.depreciation, salvage: '0' },
  residualValue: String(index * 10),
});

export function maximalScenarioFile(): ScenarioFile {
  const base = largeScenarioOf({ horizonYears: HORIZON, capexItems: ITEMS, effects: EFFECTS });
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    ...base,
    project: { ...base.project, name: 'Maximal case' },
    capex: base.capex.map(capexItem),
    scenarios: Array.from({ length: SCENARIOS }, (_, index) => ({
      name: `case-${index + 1}`,
      kind: index % 2 === 0 ? ('optimistic' as const) : ('pessimistic' as const),
      overrides: [
        {
          path: 'parameters.discountRate.rate',
          value: (0.03 + index * 0.002).toFixed(3),
        },
        { path: 'effects[id=effect-0].fullEffect', value: String(30_000 + index * 2_000) },
      ],
    })),
  };
}

export const maximalScenarioText = (): string => serializeScenarioFile(maximalScenarioFile());
