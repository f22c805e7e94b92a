import type { FieldValue } from '../document/scenario-edits';
import { amountInputText, decimalInputText, percentInputText } from '../format/format-number';
import {
  parseAmount,
  parseDecimal,
  parsePercent,
  parseWholeNumber,
  type ParseErrorCode,
} from '../format/parse-number';
import type { AmountScale } from '../../../shared/i18n/amount-scale';

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

/** The years of a list typed in one box: slashes, semicolons or spaces separate them. */
const yearParts = (text: string): string[] =>
  text
    .split(/[/;；、\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** A list typed in one box, `40 / 80 / 100`, each part by `parse` (commas group digits). */
function listCodec(
  show: (value: string) => string,
  parse: (part: string) => { ok: true; value: string } | { ok: false; error: ParseErrorCode },
  optional: boolean,
): Codec {
  return {
    numeric: false,
    format: (value) =>
      Array.isArray(value)
        ? value.map((part) => (typeof part === 'string' ? show(part) : '')).join(' / ')
        : '',
    parse: (text) => {
      const values: string[] = [];
      for (const part of yearParts(text)) {
        const parsed = parse(part);
        if (!parsed.ok) return { ok: false, code: parsed.error };
        values.push(parsed.value);
      }
      return { ok: true, value: optional && values.length === 0 ? undefined : values };
    },
  };
}

/** A ramp-up as percentages of the full effect per year, `40 / 80 / 100`. */
export function rampCodec(locale: string): Codec {
  return listCodec(
    (share) => percentInputText(share, locale),
    (part) => parsePercent(part, locale),
    false,
  );
}

/** Yearly amounts, `100,000 / 250,000`, in yuan or 万元; blank removes the series. */
export function seriesCodec(locale: string, scale: AmountScale): Codec {
  return listCodec(
    (amount) => amountInputText(amount, locale, scale),
    (part) => parseAmount(part, locale, scale),
    true,
  );
}
