import type Decimal from 'decimal.js';
import { Dec } from '../../shared/finance';
import { SCALE_DIGITS, SCALE_FACTOR, type AmountScale } from '../../shared/i18n/amount-scale';
import { cliTableTexts } from '../../shared/i18n/catalogue/cli-table';
import type { Locale } from '../../shared/i18n/locale';
import { fill } from '../../shared/i18n/texts';

/*
 * Rounding for people: the model never rounds; the table format rounds half up, to
 * cents for money, to hundredths of a percent for rates, at the last moment.
 */

export function groupThousands(fixed: string): string {
  const [whole = '', fraction] = fixed.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign === '' ? whole : whole.slice(1);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

export function fixed(value: Decimal, places: number): string {
  const rounded = new Dec(value).toFixed(places, Dec.ROUND_HALF_UP);
  // -0.00 reads as a loss that is not there.
  return /^-0(\.0+)?$/.test(rounded) ? rounded.slice(1) : rounded;
}

export const money = (value: Decimal): string => groupThousands(fixed(value, 2));
/** A rate as a percentage: `8.25 %` in English, `8.25%` as Chinese writes it. */
export const percent = (value: Decimal, language: 'en' | 'zh-CN' = 'en'): string =>
  `${fixed(new Dec(value).times(100), 2)}${language === 'zh-CN' ? '' : ' '}%`;
export const ratio = (value: Decimal): string => groupThousands(fixed(value, 2));
export const years = (value: Decimal): string => `${fixed(value, 2)} years`;

/** How a table for people writes its figures: in its language, amounts in its unit. */
export interface Readable {
  readonly language: Locale;
  /** The unit amounts are stated in: the currency, 万元 or 亿元. */
  readonly unit: string;
  money(value: Decimal): string;
  rate(value: Decimal): string;
  years(value: Decimal): string;
}

/** Amounts divided to the scale and kept to its decimals (the cent in yuan); rates as the language writes them. */
export function readable(language: Locale, scale: AmountScale, currency: string): Readable {
  const t = cliTableTexts[language];
  return {
    language,
    unit: scale === 'unit' ? currency : t.units[scale],
    money: (value) =>
      groupThousands(fixed(new Dec(value).div(SCALE_FACTOR[scale]), SCALE_DIGITS[scale])),
    rate: (value) => percent(value, language),
    years: (value) => fill(t.years, { value: fixed(value, 2) }),
  };
}
