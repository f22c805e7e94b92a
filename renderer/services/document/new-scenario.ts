import {
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  TAX_PRESETS,
  type ScenarioFile,
} from '../../../shared/scenario';

/**
 * A blank scenario that is already valid, so results show from the first keystroke: CNY, a
 * ten-year horizon from this year, the standard Chinese tax preset, 8 % nominal discount rate.
 */
export function newScenarioFile(name: string, startYear: number): ScenarioFile {
  const tax = TAX_PRESETS.find((preset) => preset.id === 'cn-standard')?.tax ?? {
    rate: '0.25',
    lossCarryForwardYears: 5,
  };
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    project: { name, currency: 'CNY', startYear, horizonYears: 10 },
    baseline: { otherCosts: [] },
    capex: [],
    effects: [],
    runningCosts: [],
    subsidies: [],
    tax,
    financing: { loans: [] },
    parameters: { discountRate: { rate: '0.08', basis: 'nominal' }, inflation: '0' },
    scenarios: [],
  };
}
