import Decimal from 'decimal.js';
import { locate, parsePath, replaceAt } from '../scenario';
import type { ModelInputs } from './inputs';

/*
 * A driver is one number of the resolved inputs, addressed by the same path as in a scenario file
 * (`effects[id=prod-cost].fullEffect`). The analyses list the drivers once on the Decimal inputs,
 * then set them on inputs of any arithmetic, copying only the objects along the path, so a draw of
 * a Monte Carlo run costs a few object spreads and one `evaluate`.
 */

export interface Driver {
  readonly path: string;
  readonly value: Decimal;
}

/** Every number of the inputs, in the order of the file. */
export function listDrivers(inputs: ModelInputs<Decimal>): Driver[] {
  const found: Driver[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Decimal.isDecimal(value)) {
      found.push({ path, value: value as Decimal });
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        const id =
          item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
        walk(item, typeof id === 'string' ? `${path}[id=${id}]` : `${path}[${index}]`);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value))
        walk(child, path === '' ? key : `${path}.${key}`);
    }
  };
  walk(inputs, '');
  return found;
}

function locationOf(inputs: object, path: string): (string | number)[] {
  const steps = parsePath(path);
  const found = steps === null ? null : locate(inputs, steps);
  if (found === null || !found.ok) throw new Error(`No driver at "${path}"`);
  return found.location;
}

/** Whole numbers that shape the projection (years, lives, terms): structure, never drivers. */
const STRUCTURE = new Set([
  'year',
  'years',
  'startYear',
  'endYear',
  'horizonYears',
  'lifeYears',
  'inServiceYear',
  'termYears',
  'graceYears',
  'drawdownYear',
  'lossCarryForwardYears',
  'carryForwardYears',
  'units',
  'inputVatRecoveryYears',
  'everyYears',
  'exemptYears',
  'halfRateYears',
]);

export function driverValue<N>(inputs: ModelInputs<N>, path: string): N {
  const location = locationOf(inputs, path);
  let here: unknown = inputs;
  for (const key of location) here = (here as Record<string | number, unknown>)[key];
  const last = location[location.length - 1];
  const isNumber =
    Decimal.isDecimal(here) || (typeof here === 'number' && !STRUCTURE.has(String(last)));
  if (!isNumber) throw new Error(`"${path}" is not a number of the model`);
  return here as N;
}

/** New inputs with the drivers changed; the given inputs are not modified. */
export function withDrivers<N>(
  inputs: ModelInputs<N>,
  changes: readonly { readonly path: string; readonly value: N }[],
): ModelInputs<N> {
  let result: unknown = inputs;
  for (const change of changes) {
    driverValue(inputs, change.path);
    result = replaceAt(result, locationOf(result as object, change.path), change.value);
  }
  return result as ModelInputs<N>;
}
