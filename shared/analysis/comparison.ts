import type Decimal from 'decimal.js';
import {
  evaluateScenario,
  METRIC_KEYS,
  metricsJson,
  type MetricJsonValue,
  type MetricKey,
} from '../model';
import {
  BASE_SCENARIO,
  scenarioNames,
  selectScenario,
  type NamedScenario,
  type ScenarioFile,
} from '../scenario';
import { AnalysisError } from './errors';

/*
 * The named scenarios of a file side by side. These are figures people read and present, so
 * they are Decimal, as `yardstick evaluate` prints them, and each difference to the base is
 * exact: a column of differences adds up to the cent.
 */

export interface ComparedScenario {
  readonly name: string;
  readonly kind: 'base' | NamedScenario['kind'];
  readonly label: string | null;
  readonly description: string | null;
  readonly metrics: Readonly<Record<MetricKey, MetricJsonValue>>;
  /** This scenario's figure minus the base's, as a decimal string; null where either has none or it is not a number. */
  readonly differenceToBase: Readonly<Record<MetricKey, string | null>>;
}

export interface ScenarioComparison {
  readonly scenarios: readonly ComparedScenario[];
}

export function compareScenarios(file: ScenarioFile): ScenarioComparison {
  const evaluated = scenarioNames(file).map((name) => {
    const selected = selectScenario(file, name);
    if (!selected.ok)
      throw new AnalysisError('invalid_scenario', `scenario "${name}" cannot be selected`);
    return { name, metrics: evaluateScenario(selected.scenario).metrics };
  });
  const base = evaluated[0]!.metrics;
  return {
    scenarios: evaluated.map(({ name, metrics }) => {
      const named = file.scenarios.find((scenario) => scenario.name === name);
      return {
        name,
        kind: name === BASE_SCENARIO ? 'base' : (named?.kind ?? 'custom'),
        label: named?.label ?? null,
        description: named?.description ?? null,
        metrics: metricsJson(metrics),
        differenceToBase: Object.fromEntries(
          METRIC_KEYS.map((key) => {
            const value = metrics[key];
            const reference = base[key];
            return [
              key,
              isDecimal(value) && isDecimal(reference) ? value.minus(reference).toString() : null,
            ];
          }),
        ) as Record<MetricKey, string | null>,
      };
    }),
  };
}

function isDecimal(value: Decimal | boolean | null): value is Decimal {
  return value !== null && typeof value !== 'boolean';
}
