import { z } from 'zod';
import { Dec } from '../finance/decimal';
import { domainAt, domainText, withinLimits } from './domains';
import { fraction, share } from './fields';
import { issue, type IssuePath, type ValidationIssue } from './issues';
import { locate, parsePath } from './paths';
import { SECTION_FIELD } from './sections';

/*
 * The risk section (format version 2): what the analyses of shared/analysis vary and how. Each
 * entry names a number of the scenario by the path an override uses
 * (`effects[id=prod-cost].fullEffect`), so it keeps pointing at the same number when lists are
 * reordered. Distribution parameters are in the unit of the number they describe: a share as a
 * fraction, an amount in the currency.
 */

/** A signed decimal in the unit of the driver: an amount or a fraction. */
export const DECIMAL_PATTERN = /^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,12})?$/;

const decimal = (description: string) =>
  z
    .string()
    .regex(DECIMAL_PATTERN)
    .meta({
      description: `${description} Decimal string in the unit of the driver, e.g. "0.25" or "6000000".`,
    });

const driverPath = z.string().min(1).max(300).meta({
  description:
    'A number of the scenario, by the path an override uses, e.g. "effects[id=prod-cost].fullEffect" or "capex[id=line].amount".',
});

export const DISTRIBUTION_TYPES = [
  'normal',
  'lognormal',
  'triangular',
  'pert',
  'uniform',
  'discrete',
] as const;

const distribution = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('normal'),
    mean: decimal('Mean.'),
    standardDeviation: decimal('Standard deviation, not negative.'),
  }),
  z.strictObject({
    type: z.literal('lognormal'),
    mean: decimal('Mean of the driver itself (not of its logarithm), positive.'),
    standardDeviation: decimal('Standard deviation of the driver itself, not negative.'),
  }),
  z.strictObject({
    type: z.literal('triangular'),
    min: decimal('Lowest value.'),
    mode: decimal('Most likely value.'),
    max: decimal('Highest value.'),
  }),
  z.strictObject({
    type: z.literal('pert'),
    min: decimal('Lowest value.'),
    mode: decimal('Most likely value.'),
    max: decimal('Highest value.'),
  }),
  z.strictObject({
    type: z.literal('uniform'),
    min: decimal('Lowest value.'),
    max: decimal('Highest value.'),
  }),
  z.strictObject({
    type: z.literal('discrete'),
    outcomes: z
      .array(
        z.strictObject({
          value: decimal('A value the driver can take.'),
          probability: share('Its probability.'),
        }),
      )
      .min(1)
      .max(50)
      .meta({ description: 'Distinct values whose probabilities add up to 1.' }),
  }),
]);

export const riskSection = z
  .strictObject({
    distributions: z
      .array(z.strictObject({ path: driverPath, distribution }))
      .max(100)
      .meta({ description: 'Monte Carlo: the distribution each uncertain driver is drawn from.' }),
    correlations: z
      .array(
        z.strictObject({
          paths: z
            .array(driverPath)
            .min(2)
            .max(2)
            .meta({ description: 'The two correlated drivers.' }),
          rankCorrelation: fraction('Rank (Spearman) correlation between the two drivers.', {
            min: '-1',
            max: '1',
          }),
        }),
      )
      .max(200)
      .meta({
        description: 'Monte Carlo: rank correlations between drivers that have distributions.',
      }),
    ranges: z
      .array(
        z.strictObject({
          path: driverPath,
          low: decimal('Low value.'),
          high: decimal('High value.'),
        }),
      )
      .max(200)
      .meta({
        description:
          'Sensitivity: the low and high value of a driver for the tornado, the two-way table and the search for switching values, instead of a percentage either side of its value.',
      }),
  })
  .meta({
    description: 'Risk analysis: distributions, correlations and sensitivity ranges of drivers.',
  });

export type RiskSettings = z.output<typeof riskSection>;
export type DriverDistribution = RiskSettings['distributions'][number];
export type Distribution = DriverDistribution['distribution'];
export type DriverRange = RiskSettings['ranges'][number];
export type DriverCorrelation = RiskSettings['correlations'][number];

/** The parts of a scenario a driver may name; the risk section itself and the file's head are not drivers. */
const DRIVER_ROOTS = new Set<string>(Object.values(SECTION_FIELD));
const NUMBER_TEXT = /^-?[0-9]+(?:\.[0-9]+)?$/;

type Located =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

function valueAt(scenario: object, path: string): Located {
  const steps = parsePath(path);
  const root = steps?.[0];
  if (steps === null || root === undefined || root.kind !== 'key') {
    return {
      ok: false,
      message: `"${path}" is not a field path such as "effects[id=prod-cost].fullEffect"`,
    };
  }
  if (!DRIVER_ROOTS.has(root.key))
    return { ok: false, message: `"${path}" is not a number of the scenario` };
  const found = locate(scenario, steps);
  if (!found.ok) return { ok: false, message: `"${path}" does not exist in the scenario` };
  let here: unknown = scenario;
  for (const key of found.location) here = (here as Record<string | number, unknown>)[key];
  if (here === undefined) return { ok: false, message: `"${path}" does not exist in the scenario` };
  return { ok: true, value: here };
}

/**
 * Kind of the number a path names: a decimal amount or rate (any analysis), a whole number of the
 * structure such as the horizon (sensitivity only), or no number at all.
 */
export function driverKindAt(
  scenario: object,
  path: string,
): { readonly kind: 'decimal' | 'whole' } | { readonly kind: 'none'; readonly message: string } {
  const found = valueAt(scenario, path);
  if (!found.ok) return { kind: 'none', message: found.message };
  if (typeof found.value === 'string' && NUMBER_TEXT.test(found.value)) return { kind: 'decimal' };
  if (typeof found.value === 'number' && Number.isInteger(found.value)) return { kind: 'whole' };
  return { kind: 'none', message: `"${path}" is not a number of the scenario` };
}

/** Keys of the numbers that are rates or shares (fractions: 0.25 is 25 %). */
const FRACTION_KEYS = new Set([
  'rate',
  'ratePoints',
  'inflation',
  'share',
  'decayPerYear',
  'detectionBefore',
  'detectionAfter',
  'factor',
]);

function isFractionAt(scenario: object, path: string): boolean {
  const steps = parsePath(path) ?? [];
  const last = steps.at(-1);
  const parent = steps.at(-2);
  // An entry of an effect's ramp: a share of the full effect.
  if (last?.kind === 'index') return parent?.kind === 'key' && parent.key === 'ramp';
  if (last?.kind !== 'key') return false;
  if (FRACTION_KEYS.has(last.key)) return true;
  // An effect's full effect is a share of a baseline line unless it is an amount.
  if (last.key !== 'fullEffect') return false;
  const effect = valueAt(scenario, path.slice(0, -'.fullEffect'.length));
  return (
    effect.ok &&
    typeof effect.value === 'object' &&
    (effect.value as { basis?: unknown } | null)?.basis === 'baseline-share'
  );
}

/** How far a stated range may reach: rates and shares, whole numbers (years), amounts. */
export const RANGE_MAGNITUDE = { fraction: 100, whole: 1_000, amount: 1e15 } as const;

/**
 * A stated range far beyond anything its field can be — an inflation from −1e15 to 1e15 — is a
 * slip of the keyboard, not a scenario, and would make every figure of the analysis meaningless.
 * Only the magnitude is checked here, per kind of number: a rate or share within ±100 (10,000 %),
 * a whole number within ±1,000, an amount below 10^15 (what the format's amounts can hold). Null
 * when the range is within its bound or the path names no number (another rule says so).
 */
export function rangeMagnitudeIssue(
  scenario: object,
  path: string,
  low: string,
  high: string,
): { readonly field: 'low' | 'high'; readonly message: string; readonly bound: number } | null {
  const kind = driverKindAt(scenario, path);
  if (kind.kind === 'none') return null;
  const which =
    kind.kind === 'whole' ? 'whole' : isFractionAt(scenario, path) ? 'fraction' : 'amount';
  const bound = RANGE_MAGNITUDE[which];
  const described = {
    fraction: `a rate or share, so a range beyond ±${bound} (±${bound * 100} %)`,
    whole: `a whole number, so a range beyond ±${bound}`,
    amount: `an amount, so a range beyond ±${bound}`,
  }[which];
  for (const [field, value] of [
    ['low', low],
    ['high', high],
  ] as const) {
    if (!Number.isFinite(Number(value)) || Math.abs(Number(value)) > bound)
      return {
        field,
        bound,
        message: `"${path}" is ${described} is far outside what it can be (${field} ${value})`,
      };
  }
  return null;
}

const dec = (text: string) => new Dec(text);

function distributionProblem(d: Distribution): { field: string; message: string } | null {
  switch (d.type) {
    case 'normal':
      return dec(d.standardDeviation).isNegative()
        ? { field: 'standardDeviation', message: 'must not be negative' }
        : null;
    case 'lognormal':
      if (!dec(d.mean).gt(0))
        return { field: 'mean', message: 'must be above 0 for a lognormal distribution' };
      return dec(d.standardDeviation).isNegative()
        ? { field: 'standardDeviation', message: 'must not be negative' }
        : null;
    case 'triangular':
    case 'pert':
      if (!dec(d.max).gt(d.min)) return { field: 'max', message: `must be above min (${d.min})` };
      if (dec(d.mode).lt(d.min) || dec(d.mode).gt(d.max))
        return { field: 'mode', message: `must lie between min (${d.min}) and max (${d.max})` };
      return null;
    case 'uniform':
      return dec(d.max).gt(d.min)
        ? null
        : { field: 'max', message: `must be above min (${d.min})` };
    case 'discrete': {
      const total = d.outcomes.reduce((sum, outcome) => sum.plus(outcome.probability), dec('0'));
      if (!total.eq(1))
        return {
          field: 'outcomes',
          message: `probabilities must add up to 1, not ${total.toString()}`,
        };
      const values = d.outcomes.map((outcome) => dec(outcome.value).toString());
      return new Set(values).size === values.length
        ? null
        : { field: 'outcomes', message: 'values must be distinct' };
    }
  }
}

/** The values a distribution can produce that must lie in the driver's domain, by field. */
function distributionValues(d: Distribution): { field: IssuePath; value: string }[] {
  switch (d.type) {
    // An unbounded distribution is cut at the domain's limits when drawn; its centre must lie in it.
    case 'normal':
    case 'lognormal':
      return [{ field: ['mean'], value: d.mean }];
    case 'triangular':
    case 'pert':
      return [
        { field: ['min'], value: d.min },
        { field: ['mode'], value: d.mode },
        { field: ['max'], value: d.max },
      ];
    case 'uniform':
      return [
        { field: ['min'], value: d.min },
        { field: ['max'], value: d.max },
      ];
    case 'discrete':
      return d.outcomes.map((outcome, index) => ({
        field: ['outcomes', index, 'value'],
        value: outcome.value,
      }));
  }
}

/**
 * A value a range or a distribution states for a driver that the driver cannot take: a share
 * above 100 %, an amount below 0, a horizon of 0. Named at the field that states it.
 */
function outsideDomain(
  scenario: object,
  path: string,
  value: string,
  at: IssuePath,
): ValidationIssue | null {
  const domain = domainAt(scenario, path);
  if (domain === null || withinLimits(domain, dec(value))) return null;
  return issue(at, 'outside_domain', `"${path}" can only be ${domainText(domain)}, not ${value}`, {
    path,
    value,
    unit: domain.unit,
    ...(domain.min === null ? {} : { min: domain.min.toString() }),
    ...(domain.max === null ? {} : { max: domain.max.toString() }),
    minExclusive: domain.minExclusive,
  });
}

/** Rules of the risk section that involve the rest of the scenario or more than one field. */
export function riskIssues(scenario: {
  readonly risk?: RiskSettings | undefined;
}): ValidationIssue[] {
  const risk = scenario.risk;
  if (risk === undefined) return [];
  const found: ValidationIssue[] = [];
  const at = (...path: (string | number)[]): IssuePath => ['risk', ...path];

  const drawn = new Map<string, number>();
  risk.distributions.forEach((entry, index) => {
    const kind = driverKindAt(scenario, entry.path);
    if (kind.kind === 'none') {
      found.push(
        issue(at('distributions', index, 'path'), 'unknown_driver', kind.message, {
          path: entry.path,
        }),
      );
    } else if (kind.kind === 'whole') {
      found.push(
        issue(
          at('distributions', index, 'path'),
          'whole_number_driver',
          `"${entry.path}" is a whole number; only amounts and rates can be drawn`,
          {
            path: entry.path,
          },
        ),
      );
    }
    if (drawn.has(entry.path)) {
      found.push(
        issue(
          at('distributions', index, 'path'),
          'duplicate_driver',
          `"${entry.path}" already has a distribution`,
          { path: entry.path },
        ),
      );
    }
    drawn.set(entry.path, index);
    const problem = distributionProblem(entry.distribution);
    if (problem !== null) {
      found.push(
        issue(
          at('distributions', index, 'distribution', problem.field),
          'invalid_distribution',
          problem.message,
          { type: entry.distribution.type },
        ),
      );
    } else if (kind.kind === 'decimal') {
      for (const { field, value } of distributionValues(entry.distribution)) {
        const outside = outsideDomain(
          scenario,
          entry.path,
          value,
          at('distributions', index, 'distribution', ...field),
        );
        if (outside !== null) found.push(outside);
      }
    }
  });

  const pairs = new Set<string>();
  risk.correlations.forEach((entry, index) => {
    const [first = '', second = ''] = entry.paths;
    entry.paths.forEach((path, side) => {
      if (!drawn.has(path)) {
        found.push(
          issue(
            at('correlations', index, 'paths', side),
            'correlation_without_distribution',
            `"${path}" has no distribution`,
            { path },
          ),
        );
      }
    });
    if (first === second) {
      found.push(
        issue(
          at('correlations', index, 'paths'),
          'correlation_with_itself',
          'names the same driver twice',
          { path: first },
        ),
      );
    }
    const key = [first, second].sort().join('\n');
    if (pairs.has(key)) {
      found.push(
        issue(
          at('correlations', index, 'paths'),
          'duplicate_correlation',
          'these two drivers already have a correlation',
          { first, second },
        ),
      );
    }
    pairs.add(key);
  });
  if (found.length === 0 && !isPositiveDefinite(risk)) {
    found.push(
      issue(
        at('correlations'),
        'correlations_inconsistent',
        'cannot all hold at once (the correlation matrix is not positive definite): weaken the strongest ones',
      ),
    );
  }

  const ranged = new Set<string>();
  risk.ranges.forEach((entry, index) => {
    const kind = driverKindAt(scenario, entry.path);
    if (kind.kind === 'none')
      found.push(
        issue(at('ranges', index, 'path'), 'unknown_driver', kind.message, { path: entry.path }),
      );
    if (ranged.has(entry.path))
      found.push(
        issue(
          at('ranges', index, 'path'),
          'duplicate_driver',
          `"${entry.path}" already has a range`,
          { path: entry.path },
        ),
      );
    ranged.add(entry.path);
    if (kind.kind !== 'none') {
      for (const end of ['low', 'high'] as const) {
        const outside = outsideDomain(scenario, entry.path, entry[end], at('ranges', index, end));
        if (outside !== null) found.push(outside);
      }
    }
    const far = rangeMagnitudeIssue(scenario, entry.path, entry.low, entry.high);
    if (far !== null)
      found.push(
        issue(at('ranges', index, far.field), 'range_too_far', far.message, {
          path: entry.path,
          bound: far.bound,
        }),
      );
    if (!dec(entry.high).gt(entry.low)) {
      found.push(
        issue(at('ranges', index, 'high'), 'invalid_range', `must be above low (${entry.low})`, {
          low: entry.low,
          high: entry.high,
        }),
      );
    } else if (
      kind.kind === 'whole' &&
      !(dec(entry.low).isInteger() && dec(entry.high).isInteger())
    ) {
      found.push(
        issue(
          at('ranges', index, 'low'),
          'invalid_range',
          `"${entry.path}" is a whole number: low and high must be whole numbers`,
          { path: entry.path },
        ),
      );
    }
  });
  return found;
}

/** Cholesky of the rank-correlation matrix of the correlated drivers: it must exist for the draws to honour it. */
function isPositiveDefinite(risk: RiskSettings): boolean {
  const paths = [...new Set(risk.correlations.flatMap((entry) => entry.paths))];
  const n = paths.length;
  if (n === 0) return true;
  const matrix = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j): number => (i === j ? 1 : 0)),
  );
  for (const entry of risk.correlations) {
    const i = paths.indexOf(entry.paths[0] ?? '');
    const j = paths.indexOf(entry.paths[1] ?? '');
    const value = Number(entry.rankCorrelation);
    matrix[i]![j] = value;
    matrix[j]![i] = value;
  }
  return choleskyLower(matrix) !== null;
}

/** Lower-triangular L with L·Lᵀ = matrix, or null when the matrix is not (numerically) positive definite. */
export function choleskyLower(matrix: readonly (readonly number[])[]): number[][] | null {
  const n = matrix.length;
  const lower = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = matrix[i]![j]!;
      for (let k = 0; k < j; k += 1) sum -= lower[i]![k]! * lower[j]![k]!;
      if (i === j) {
        if (!(sum > 1e-10)) return null;
        lower[i]![i] = Math.sqrt(sum);
      } else {
        lower[i]![j] = sum / lower[j]![j]!;
      }
    }
  }
  return lower;
}
