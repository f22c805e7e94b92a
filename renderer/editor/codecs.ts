import type { FieldValue } from '../document/scenario-edits';
import { amountInputText, decimalInputText, percentInputText } from '../format/format-number';
import {
  parseAmount,
  parseDecimal,
  parsePercent,
  parseWholeNumber,
  type AmountScale,
  type ParseErrorCode,
} from '../format/parse-number';

/** How a field turns what the scenario stores into text, and what is typed back into a value. */
export interface Codec {
  format(value: unknown): string;
  parse(text: string): { ok: true; value: FieldValue } | { ok: false; code: ParseErrorCode };
  /** Numbers are right-aligned in tabular figures and typed with a numeric keyboard. */
  readonly numeric: boolean;
}

const isBlank = (text: string) => text.trim() === '';

function fromParse(
  result: { ok: true; value: string } | { ok: false; error: ParseErrorCode },
  convert: (value: string) => FieldValue = (value) => value,
): { ok: true; value: FieldValue } | { ok: false; code: ParseErrorCode } {
  return result.ok ? { ok: true, value: convert(result.value) } : { ok: false, code: result.error };
}

/** An amount in yuan (or 万元), stored as a decimal string; blank clears an optional one. */
export function amountCodec(locale: string, scale: AmountScale, optional = false): Codec {
  return {
    numeric: true,
    format: (value) => (typeof value === 'string' ? amountInputText(value, locale, scale) : ''),
    parse: (text) =>
      optional && isBlank(text)
        ? { ok: true, value: undefined }
        : fromParse(parseAmount(text, locale, scale)),
  };
}

/** A rate typed as a percentage (`25`), stored as a fraction (`0.25`). */
export function percentCodec(locale: string, optional = false): Codec {
  return {
    numeric: true,
    format: (value) => (typeof value === 'string' ? percentInputText(value, locale) : ''),
    parse: (text) =>
      optional && isBlank(text)
        ? { ok: true, value: undefined }
        : fromParse(parsePercent(text, locale)),
  };
}

/** A plain decimal stored as a string (a declining-balance factor such as 1.5). */
export function decimalCodec(locale: string, optional = false): Codec {
  return {
    numeric: true,
    format: (value) => (typeof value === 'string' ? decimalInputText(value, locale) : ''),
    parse: (text) =>
      optional && isBlank(text)
        ? { ok: true, value: undefined }
        : fromParse(parseDecimal(text, locale)),
  };
}

/** Years and counts: JSON integers. The digits were checked before `Number` reads them. */
export function wholeNumberCodec(locale: string, optional = false): Codec {
  return {
    numeric: true,
    format: (value) => (typeof value === 'number' ? String(value) : ''),
    parse: (text) =>
      optional && isBlank(text)
        ? { ok: true, value: undefined }
        : fromParse(parseWholeNumber(text, locale), (value) => Number(value)),
  };
}

/** Names and notes; blank clears an optional one and is refused by the schema otherwise. */
export function textCodec(optional = false): Codec {
  return {
    numeric: false,
    format: (value) => (typeof value === 'string' ? value : ''),
    parse: (text) => ({ ok: true, value: optional && isBlank(text) ? undefined : text }),
  };
}

/**
 * A ramp-up as percentages of the full effect per year, `40 / 80 / 100`: slashes, semicolons or
 * spaces separate the years (commas group digits in English and Chinese).
 */
export function rampCodec(locale: string): Codec {
  return {
    numeric: false,
    format: (value) =>
      Array.isArray(value)
        ? value
            .map((share) => (typeof share === 'string' ? percentInputText(share, locale) : ''))
            .join(' / ')
        : '',
    parse: (text) => {
      const parts = text
        .split(/[/;；、\s]+/)
        .map((part) => part.trim())
        .filter((part) => part !== '');
      const shares: string[] = [];
      for (const part of parts) {
        const parsed = parsePercent(part, locale);
        if (!parsed.ok) return { ok: false, code: parsed.error };
        shares.push(parsed.value);
      }
      return { ok: true, value: shares };
    },
  };
}
