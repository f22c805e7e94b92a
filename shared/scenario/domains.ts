import type Decimal from 'decimal.js';
import type { z } from 'zod';
import { Dec } from '../finance/decimal';
import { DECIMAL_DOMAINS } from './fields';
import { parsePath, type PathStep } from './paths';
import { scenarioFileSchema } from './schema';

/*
 * The physical limits of every number of a scenario, read from the file format itself so there
 * is one source: a share, a detection rate or a ramp level lies in [0, 1], an amount is at least
 * 0, a rate lies in the range its field allows (the discount rate and inflation from −50 % to
 * 100 %: above −100 % in any case), a whole number (a horizon, a life, a term) is whole and within
 * its field's range, a horizon at least 1. The analyses keep every driver inside its domain —
 * a range that would leave it is clipped and says so — and the risk section's rules refuse a
 * stated range or distribution that leaves it.
 */

export interface Domain {
  /** `count`: a quantity that may have decimals, such as days of stock. */
  readonly unit: 'amount' | 'fraction' | 'count' | 'whole';
  /** Null: no lower limit. */
  readonly min: Decimal | null;
  /** Null: no upper limit. */
  readonly max: Decimal | null;
  /** The lower limit itself is outside (a declining-balance factor is above 0). */
  readonly minExclusive: boolean;
}

type Schema = z.core.$ZodType;

interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly element?: Schema;
  readonly innerType?: Schema;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly values?: readonly unknown[];
}

const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;

/** Through optional, nullable and default wrappers to the schema that judges the value. */
function unwrap(schema: Schema): Schema {
  let here = schema;
  for (;;) {
    const def = defOf(here);
    if (def.innerType === undefined) return here;
    here = def.innerType;
  }
}

/** Of a discriminated union, the option the value is: its discriminator names it. */
function option(schema: Schema, value: unknown): Schema | null {
  const def = defOf(schema);
  if (def.type !== 'union') return schema;
  const key = def.discriminator;
  const tag =
    key !== undefined && value !== null && typeof value === 'object'
      ? (value as Record<string, unknown>)[key]
      : undefined;
  const found = (def.options ?? []).find((candidate) => {
    const field = defOf(candidate).shape?.[key ?? ''];
    return field !== undefined && (defOf(field).values ?? []).includes(tag);
  });
  return found ?? null;
}

function child(value: unknown, step: PathStep): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  if (step.kind === 'key') return (value as Record<string, unknown>)[step.key];
  if (!Array.isArray(value)) return undefined;
  if (step.kind === 'index') return value[step.index];
  return value.find(
    (item: unknown) =>
      item !== null && typeof item === 'object' && (item as { id?: unknown }).id === step.id,
  );
}

/** The schema of the field a path names in `document`, or null when the format has none. */
function fieldSchema(document: unknown, steps: readonly PathStep[]): Schema | null {
  let schema: Schema | null = scenarioFileSchema;
  let value = document;
  for (const step of steps) {
    schema = schema === null ? null : option(unwrap(schema), value);
    if (schema === null) return null;
    const def = defOf(schema);
    if (step.kind === 'key') {
      if (def.type !== 'object') return null;
      schema = def.shape?.[step.key] ?? null;
    } else {
      if (def.type !== 'array') return null;
      schema = def.element ?? null;
    }
    value = child(value, step);
  }
  return schema === null ? null : unwrap(schema);
}

interface NumberBounds {
  readonly minValue: number | null;
  readonly maxValue: number | null;
}

/**
 * The domain of the number a path names (`effects[id=prod-cost].fullEffect`, `project.horizonYears`),
 * in a scenario or a scenario file; null when the path names no number of the format.
 */
export function domainAt(document: object, path: string): Domain | null {
  const steps = parsePath(path);
  if (steps === null) return null;
  const schema = fieldSchema(document, steps);
  if (schema === null) return null;
  const decimal = DECIMAL_DOMAINS.get(schema);
  if (decimal !== undefined) {
    return {
      unit: decimal.unit,
      min: new Dec(decimal.min),
      max: decimal.max === null ? null : new Dec(decimal.max),
      minExclusive: decimal.minExclusive,
    };
  }
  if (defOf(schema).type !== 'number') return null;
  const bounds = schema as unknown as NumberBounds;
  // A whole number without a stated limit reports the largest safe integer: no limit.
  const finite = (value: number | null) =>
    value === null || !Number.isFinite(value) || Math.abs(value) >= Number.MAX_SAFE_INTEGER
      ? null
      : new Dec(value);
  return {
    unit: 'whole',
    min: finite(bounds.minValue),
    max: finite(bounds.maxValue),
    minExclusive: false,
  };
}

/** Whether a value lies within the domain's limits (wholeness has its own rule and message). */
export function withinLimits(domain: Domain, value: Decimal): boolean {
  if (domain.min !== null && (domain.minExclusive ? value.lte(domain.min) : value.lt(domain.min)))
    return false;
  return domain.max === null || value.lte(domain.max);
}

/** The domain as words for a message: `from 0 to 1`, `at least 0`, `above 0 and at most 10`. */
export function domainText(domain: Domain): string {
  const { min, max } = domain;
  if (min !== null && max !== null)
    return domain.minExclusive
      ? `above ${min.toString()} and at most ${max.toString()}`
      : `from ${min.toString()} to ${max.toString()}`;
  if (min !== null) return `${domain.minExclusive ? 'above' : 'at least'} ${min.toString()}`;
  if (max !== null) return `at most ${max.toString()}`;
  return 'any number';
}
