import type Decimal from 'decimal.js';
import { Dec } from '../../shared/finance';

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
