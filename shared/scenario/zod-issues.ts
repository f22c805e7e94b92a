import type { z } from 'zod';
import {
  AMOUNT_PATTERN,
  CURRENCY_PATTERN,
  FRACTION_PATTERN,
  ID_PATTERN,
  SIGNED_AMOUNT_PATTERN,
} from './fields';
import { issue, type IssueParams, type ValidationIssue } from './issues';

/*
 * zod's own messages are for developers; these are for the finance officer, and their codes are
 * what the interface translates. The path is kept exactly as zod reports it.
 */

const PATTERN_MESSAGES = new Map<string, { code: string; message: string }>([
  [
    String(AMOUNT_PATTERN),
    {
      code: 'invalid_amount',
      message:
        'must be a non-negative decimal amount such as "1250000.50" (no sign, exponent or separators, at most 6 decimals)',
    },
  ],
  [
    String(SIGNED_AMOUNT_PATTERN),
    {
      code: 'invalid_signed_amount',
      message:
        'must be a decimal amount such as "236000.50" or "-40000" (no exponent or separators, at most 6 decimals)',
    },
  ],
  [
    String(FRACTION_PATTERN),
    {
      code: 'invalid_fraction',
      message: 'must be a decimal fraction such as "0.25" for 25 % (no exponent or % sign)',
    },
  ],
  [
    String(ID_PATTERN),
    { code: 'invalid_id', message: 'must be an id of lower-case letters, digits and hyphens' },
  ],
  [
    String(CURRENCY_PATTERN),
    { code: 'invalid_currency', message: 'must be a three-letter ISO 4217 code such as "CNY"' },
  ],
]);

export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
): ValidationIssue[] {
  return issues.flatMap((item) => fromZodIssue(item, input));
}

function fromZodIssue(item: z.core.$ZodIssue, input: unknown): ValidationIssue[] {
  const path = item.path.filter(
    (segment): segment is string | number => typeof segment !== 'symbol',
  );
  const missing = valueAt(input, path) === undefined;
  if (
    missing &&
    (item.code === 'invalid_type' || item.code === 'invalid_value' || item.code === 'invalid_union')
  ) {
    return [issue(path, 'required', 'is required')];
  }
  switch (item.code) {
    case 'custom': {
      const { code, ...params } = (item.params ?? {}) as Record<string, string | number | boolean>;
      return [issue(path, typeof code === 'string' ? code : 'invalid', item.message, params)];
    }
    case 'invalid_type': {
      const value = valueAt(input, path);
      if (item.expected === 'string' && typeof value === 'number') {
        return [
          issue(
            path,
            'number_not_string',
            'must be a string in quotes: amounts and rates are decimal strings such as "0.25"',
          ),
        ];
      }
      const expected = item.expected === 'int' ? 'whole number' : item.expected;
      return [
        issue(
          path,
          'invalid_type',
          `must be ${article(expected)} ${expected}, not ${describe(value)}`,
          { expected },
        ),
      ];
    }
    case 'unrecognized_keys':
      return item.keys.map((key) =>
        issue([...path, key], 'unknown_field', 'is not a field of this format', { key }),
      );
    case 'invalid_value':
      return [
        issue(
          path,
          'invalid_option',
          `must be one of: ${item.values.map((value) => JSON.stringify(value)).join(', ')}`,
          {
            options: item.values.map(String).join('|'),
          },
        ),
      ];
    case 'invalid_union': {
      const options =
        'options' in item && Array.isArray(item.options) ? item.options.map(String) : [];
      if (options.length > 0) {
        return [
          issue(
            path,
            'invalid_option',
            `must be one of: ${options.map((option) => JSON.stringify(option)).join(', ')}`,
            { options: options.join('|') },
          ),
        ];
      }
      return [issue(path, 'invalid_value', 'does not match any allowed form')];
    }
    case 'invalid_format': {
      const known =
        'pattern' in item && typeof item.pattern === 'string'
          ? PATTERN_MESSAGES.get(item.pattern)
          : undefined;
      if (known !== undefined) return [issue(path, known.code, known.message)];
      return [issue(path, 'invalid_format', 'is not in the expected form')];
    }
    case 'too_small':
    case 'too_big':
      return [sizeIssue(item, path)];
    default:
      return [issue(path, 'invalid', item.message)];
  }
}

function sizeIssue(
  item: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  path: (string | number)[],
): ValidationIssue {
  const small = item.code === 'too_small';
  const limit = Number(small ? item.minimum : item.maximum);
  const params: IssueParams = small ? { minimum: limit } : { maximum: limit };
  const word = small ? 'at least' : 'at most';
  switch (item.origin) {
    case 'array':
      return issue(
        path,
        small ? 'too_few_items' : 'too_many_items',
        `must have ${word} ${limit} item${limit === 1 ? '' : 's'}`,
        params,
      );
    case 'string':
      return issue(
        path,
        small ? 'too_short' : 'too_long',
        `must have ${word} ${limit} character${limit === 1 ? '' : 's'}`,
        params,
      );
    default:
      return issue(path, small ? 'too_small' : 'too_large', `must be ${word} ${limit}`, params);
  }
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, segment)
      ? (value as Record<string | number, unknown>)[segment]
      : undefined;
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
