import { Dec } from '../../../shared/finance/decimal';
import { SCALE_FACTOR, type AmountScale } from '../../../shared/i18n/amount-scale';
import { numberSymbols } from './number-symbols';

/** Why a typed number was refused; each code has a translated message under `parse.`. */
export type ParseErrorCode =
  | 'empty'
  | 'noDigits'
  | 'invalidCharacter'
  | 'exponent'
  | 'misplacedSign'
  | 'multipleDecimalSeparators'
  | 'misplacedGroupSeparator'
  | 'tooManyDigits'
  | 'notWholeNumber';

/** A parsed number is a plain decimal string (`-1234.5`), exactly what the user typed. */
export type ParseResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly error: ParseErrorCode };

/** Decimal's precision is 40 digits; more than this cannot be what a person meant to type. */
const MAX_DIGITS = 30;

const spaceLike = /[\s\u00a0\u202f]/;

/**
 * Chinese input methods type full-width digits and punctuation (１２，３４５．６) and the
 * ideographic full stop for a decimal point; those are the same keystrokes as ASCII ones, not stray
 * characters. Only this fixed mapping is applied: general Unicode normalisation would also turn
 * superscripts and circled digits into digits, which a strict parser must refuse.
 */
function normalise(text: string, decimal: string): string {
  let result = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) result += String.fromCodePoint(code - 0xfee0);
    else if (char === '\u3002' && decimal === '.') result += '.';
    else if (char === '\u2212') result += '-';
    else result += char;
  }
  return result.trim();
}

function failure(error: ParseErrorCode): ParseResult {
  return { ok: false, error };
}

/**
 * Whether `integer` (digits and group separators) groups its digits as the locale does: the group
 * next to the decimal separator has `primary` digits, every other full group `secondary` digits,
 * and the leftmost group between one and `secondary` digits.
 */
function wellGrouped(integer: string, group: string, primary: number, secondary: number): boolean {
  const groups = integer.split(group);
  const last = groups.length - 1;
  return groups.every((digits, index) => {
    if (index === last) return digits.length === primary;
    if (index === 0) return digits.length >= 1 && digits.length <= secondary;
    return digits.length === secondary;
  });
}

/**
 * Parses a number typed in the user's locale, strictly: an optional leading sign, digits grouped
 * exactly as the locale groups them (or not grouped at all), at most one decimal separator, and
 * nothing else — no exponent, no currency sign, no letters. `1,234.5` and `1234.5` are accepted
 * in English; `1,23.5`, `1.234.5`, `1e3` and `12abc` are refused with a reason.
 */
export function parseDecimal(text: string, locale: string): ParseResult {
  const { decimal, group, primaryGroup, secondaryGroup } = numberSymbols(locale);
  const groupIsSpace = spaceLike.test(group);
  let rest = normalise(text, decimal);
  if (rest === '') return failure('empty');
  let sign = '';
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest[0] === '-' ? '-' : '';
    rest = rest.slice(1);
  }
  if (groupIsSpace) rest = rest.replace(/[\s\u00a0\u202f]/g, group);

  let integer = '';
  let fraction: string | null = null;
  for (const char of rest) {
    if (char >= '0' && char <= '9') {
      if (fraction === null) integer += char;
      else fraction += char;
    } else if (char === decimal) {
      if (fraction !== null) return failure('multipleDecimalSeparators');
      fraction = '';
    } else if (char === group) {
      if (fraction !== null) return failure('misplacedGroupSeparator');
      integer += char;
    } else if (char === '-' || char === '+') {
      return failure('misplacedSign');
    } else if (char === 'e' || char === 'E') {
      return failure('exponent');
    } else {
      return failure('invalidCharacter');
    }
  }

  const integerDigits = integer.split(group).join('');
  const fractionDigits = fraction ?? '';
  if (integerDigits.length + fractionDigits.length === 0) return failure('noDigits');
  if (integer !== integerDigits) {
    if (integerDigits === '' || !wellGrouped(integer, group, primaryGroup, secondaryGroup)) {
      return failure('misplacedGroupSeparator');
    }
  }
  if (integerDigits.length + fractionDigits.length > MAX_DIGITS) return failure('tooManyDigits');

  const whole = integerDigits.replace(/^0+(?=\d)/, '') || '0';
  const decimals = fractionDigits.replace(/0+$/, '');
  const magnitude = decimals === '' ? whole : `${whole}.${decimals}`;
  const isZero = /^0(\.0*)?$/.test(magnitude);
  return { ok: true, value: isZero ? '0' : `${sign}${magnitude}` };
}

/**
 * Units a typed amount may end with, longest first: `150万`, `1.5亿`, `3,000万元`, `800元`. A
 * unit typed states the amount whatever the amounts are shown in; without one, the number is in
 * the unit shown.
 */
const TYPED_UNITS: readonly (readonly [string, number])[] = [
  ['亿元', SCALE_FACTOR['hundred-million']],
  ['万元', SCALE_FACTOR['ten-thousand']],
  ['亿', SCALE_FACTOR['hundred-million']],
  ['万', SCALE_FACTOR['ten-thousand']],
  ['元', SCALE_FACTOR.unit],
];

/**
 * An amount of money typed in the unit shown (yuan, 万元 or 亿元), or with its unit written after
 * it. The result is exact yuan: the unit multiplies the typed decimal in Decimal, never in a float.
 */
export function parseAmount(
  text: string,
  locale: string,
  scale: AmountScale = 'unit',
): ParseResult {
  const typed = normalise(text, numberSymbols(locale).decimal);
  const unit = TYPED_UNITS.find(([suffix]) => typed.endsWith(suffix));
  const number = unit ? typed.slice(0, -unit[0].length) : typed;
  const parsed = parseDecimal(number, locale);
  if (!parsed.ok) return unit && number.trim() === '' ? failure('noDigits') : parsed;
  const factor = unit ? unit[1] : SCALE_FACTOR[scale];
  if (factor === 1) return parsed;
  const value = new Dec(parsed.value).mul(factor);
  return { ok: true, value: value.isZero() ? '0' : value.toFixed() };
}

/** A percentage typed as `25` or `25 %`, returned as the fraction the scenario stores (`0.25`). */
export function parsePercent(text: string, locale: string): ParseResult {
  const { decimal } = numberSymbols(locale);
  const withoutSign = normalise(text, decimal).replace(/\s*%$/, '');
  const parsed = parseDecimal(withoutSign, locale);
  if (!parsed.ok) return parsed;
  return { ok: true, value: new Dec(parsed.value).div(100).toString() };
}

/** A whole number (a year, a count of years) typed in the user's locale. */
export function parseWholeNumber(text: string, locale: string): ParseResult {
  const parsed = parseDecimal(text, locale);
  if (!parsed.ok) return parsed;
  if (parsed.value.includes('.')) return failure('notWholeNumber');
  if (parsed.value.replace('-', '').length > 9) return failure('tooManyDigits');
  return parsed;
}
