import type Decimal from 'decimal.js';
import { decimalArithmetic, Dec } from '../../../shared/finance';
import { evaluate, resolveScenario, withDrivers, type Evaluation } from '../../../shared/model';
import type { RiskSettings, Scenario } from '../../../shared/scenario';
import { baseScenario, capex, evaluateValid, saving } from '../../helpers/scenarios';

/*
 * Scenarios with answers known in closed form. "Linear": no tax, no depreciation effect on cash,
 * an investment in year 0 and savings from year 1, so NPV = −capex + Σ savings_k · a, with
 * a = Σ_{t=1..H} 1/(1+r)^t the annuity factor.
 */

export const RATE = 0.08;
export const HORIZON = 5;
export const annuityFactor = (rate = RATE, years = HORIZON): number => {
  let total = 0;
  for (let t = 1; t <= years; t += 1) total += 1 / (1 + rate) ** t;
  return total;
};

/** Investment `investment` in year 0; one saving per amount, from year 1, untaxed (rate 0). */
export function linearScenario(
  amounts: readonly number[],
  investment = 1_000_000,
  risk?: RiskSettings,
): Scenario {
  const scenario = baseScenario({
    capex: [capex('kit', String(investment))],
    effects: amounts.map((amount, index) => saving(`s${index}`, String(amount))),
    tax: { rate: '0', lossCarryForwardYears: 5 },
  });
  evaluateValid(scenario);
  return risk === undefined ? scenario : { ...scenario, risk };
}

export const noRisk: RiskSettings = { distributions: [], correlations: [], ranges: [] };

/** The Decimal model at driver values given as floats (each taken at its shortest decimal). */
export function decimalAt(
  scenario: Scenario,
  changes: readonly { path: string; value: number }[],
): Evaluation<Decimal> {
  const inputs = resolveScenario(decimalArithmetic, scenario);
  return evaluate(
    decimalArithmetic,
    withDrivers(
      inputs,
      changes.map((change) => ({ path: change.path, value: new Dec(change.value) })),
    ),
  );
}

/** |a − b| ≤ tolerance · scale, the scale at least 1. */
export function within(
  actual: number,
  expected: number,
  tolerance: number,
  scale = Math.abs(expected),
): boolean {
  return Math.abs(actual - expected) <= tolerance * Math.max(1, scale);
}
