import { bench, describe } from 'vitest';
import { floatArithmetic } from '../../shared/finance';
import { evaluate, evaluateScenario, resolveScenario } from '../../shared/model';
import { largeScenario } from '../helpers/large-scenario';

/*
 * The model's benchmark: a full Decimal recompute (resolve + project + metrics, the counterfactual
 * without subsidies included) of a 20-year scenario with 50 investment items and 20 drivers
 * (effects). Target: under 5 ms on one core. Run: npx vitest bench --run test/bench/model.bench.ts
 */

// Decimal code needs a long warm-up before the JIT settles; the defaults (100 ms) measure the interpreter.
const options = { time: 3000, warmupTime: 1000, warmupIterations: 100 };

describe('model recompute, 20 years, 50 capex items, 20 drivers', () => {
  bench(
    'Decimal: resolve + project + metrics',
    () => {
      evaluateScenario(largeScenario);
    },
    options,
  );

  const floatInputs = resolveScenario(floatArithmetic, largeScenario);
  bench(
    'float: project + metrics (one Monte Carlo draw)',
    () => {
      evaluate(floatArithmetic, floatInputs);
    },
    options,
  );
});
