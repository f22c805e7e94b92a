/*
 * What kind of number a field of the scenario holds, so that it is typed and shown the way the
 * editor shows it: a share or rate as a percentage, an amount in the currency, else plainly. The
 * editor, the reports and the command line's analysis tables ask the same question here.
 */

function valueAt(root: unknown, location: readonly (string | number)[]): unknown {
  let here = root;
  for (const key of location) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

export type ValueKind = 'percent' | 'amount' | 'whole' | 'other';

const PERCENT_FIELDS = new Set([
  'rate',
  'share',
  'inflation',
  'decayPerYear',
  'detectionBefore',
  'detectionAfter',
  'ratePoints',
  'growth',
  'financeRate',
  'reinvestmentRate',
  'urbanMaintenanceRate',
  'educationRate',
  'localEducationRate',
]);
const AMOUNT_FIELDS = new Set([
  'amount',
  'salvage',
  'residualValue',
  'cap',
  'unitThreshold',
  'inputVat',
  'productionCost',
  'inspectionLabourCost',
  'revenue',
  'upTo',
  'companyTaxableIncome',
  'vatPayable',
]);

/** The kind of the number at `location` in `root` (a scenario or a scenario file). */
export function valueKind(root: unknown, location: readonly (string | number)[]): ValueKind {
  const key = location.at(-1);
  const parentKey = typeof key === 'number' ? location.at(-2) : key;
  if (parentKey === 'ramp') return 'percent';
  if (parentKey === 'series') return 'amount';
  if (key === 'fullEffect') {
    const effect = valueAt(root, location.slice(0, -1)) as { basis?: string } | undefined;
    return effect?.basis === 'amount' ? 'amount' : 'percent';
  }
  if (typeof key === 'string' && PERCENT_FIELDS.has(key)) return 'percent';
  if (typeof key === 'string' && AMOUNT_FIELDS.has(key)) return 'amount';
  if (typeof valueAt(root, location) === 'number') return 'whole';
  return 'other';
}
