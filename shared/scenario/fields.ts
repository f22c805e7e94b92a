import { z } from 'zod';
import { Dec } from '../finance/decimal';

/*
 * Numbers in a scenario file are decimal strings, never JSON numbers, so that no binary float ever
 * touches an amount. The patterns are strict on purpose: no sign on amounts, no
 * exponent, no thousands separator, no leading zeros, no NaN or Infinity. Whole numbers (years,
 * lives, counts) are JSON integers with ranges.
 */

/** Money: non-negative, at most 15 integer digits (below 10^15) and 6 decimals. */
export const AMOUNT_PATTERN = /^(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,6})?$/;

/** Money that may be negative: the tax a project saves the company is a negative tax paid. */
export const SIGNED_AMOUNT_PATTERN = /^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,6})?$/;

/** Rates and shares as decimal fractions (0.25 is 25 %), optionally negative, at most 12 decimals. */
export const FRACTION_PATTERN = /^-?(?:0|[1-9][0-9]{0,2})(?:\.[0-9]{1,12})?$/;

/** Item ids: what overrides and analysis drivers address, so they survive reordering. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/**
 * The values a decimal field can take, kept beside its schema so the analyses and the risk
 * section's rules read the same limits as validation (domains.ts): an amount is at least 0, a
 * share lies in [0, 1], a rate in the range its field allows. Whole numbers carry theirs in the
 * schema itself (`z.int().min(1)`).
 */
export interface DecimalDomain {
  /** An amount of money, a fraction (a share, a rate, a factor) or a count such as days of stock. */
  readonly unit: 'amount' | 'fraction' | 'count';
  readonly min: string;
  /** Null: no upper limit. */
  readonly max: string | null;
  readonly minExclusive: boolean;
}

export const DECIMAL_DOMAINS = z.registry<DecimalDomain>();

export const amount = (description: string) =>
  z
    .string()
    .regex(AMOUNT_PATTERN)
    .meta({ description: `${description} Decimal string, e.g. "1250000.50".` })
    .register(DECIMAL_DOMAINS, { unit: 'amount', min: '0', max: null, minExclusive: false });

interface FractionRange {
  readonly min: string;
  readonly max: string;
  /** True when the minimum itself is not allowed (a rate that must be positive). */
  readonly minExclusive?: boolean;
}

/** A decimal number in a range, written like a fraction: `what` says how to read it in the schema. */
function boundedDecimal(
  description: string,
  range: FractionRange,
  what: string,
  unit: 'fraction' | 'count',
) {
  const min = new Dec(range.min);
  const max = new Dec(range.max);
  const lower = range.minExclusive ? `above ${range.min}` : `at least ${range.min}`;
  return z
    .string()
    .regex(FRACTION_PATTERN)
    .refine(
      (value) => {
        // A malformed string is already reported by the pattern; only range-check numbers.
        if (!FRACTION_PATTERN.test(value)) return true;
        const number = new Dec(value);
        const aboveMin = range.minExclusive ? number.gt(min) : number.gte(min);
        return aboveMin && number.lte(max);
      },
      {
        message: `must be ${lower} and at most ${range.max}`,
        params: {
          code: 'out_of_range',
          min: range.min,
          max: range.max,
          minExclusive: range.minExclusive ?? false,
        },
      },
    )
    .meta({
      description: `${description} ${what}, ${lower} and at most ${range.max}.`,
    })
    .register(DECIMAL_DOMAINS, {
      unit,
      min: range.min,
      max: range.max,
      minExclusive: range.minExclusive ?? false,
    });
}

export const fraction = (description: string, range: FractionRange) =>
  boundedDecimal(description, range, 'Decimal fraction string (0.25 means 25 %)', 'fraction');

/** A count that may have decimals, such as days of stock: "12.5". */
export const decimalCount = (description: string, range: FractionRange) =>
  boundedDecimal(description, range, 'Decimal string, e.g. "12.5"', 'count');

export const share = (description: string) => fraction(description, { min: '0', max: '1' });

export const id = (description: string) =>
  z
    .string()
    .regex(ID_PATTERN)
    .meta({ description: `${description} Lower-case letters, digits and hyphens.` });

export const label = (description: string) => z.string().min(1).max(200).meta({ description });

export const note = (description: string) => z.string().max(10000).meta({ description });

export const yearIndex = (description: string) =>
  z
    .int()
    .min(0)
    .max(40)
    .meta({ description: `${description} Year index: 0 is the investment year.` });

/** A payment or receipt spread over years: shares of a total that add up to exactly 1. */
export const schedule = (description: string) =>
  z
    .array(
      z.strictObject({
        year: yearIndex('Year of this part.'),
        share: share('Share of the total paid or received in this year.'),
      }),
    )
    .min(1)
    .max(41)
    .meta({ description: `${description} Years distinct and in order; shares add up to 1.` });
