import type Decimal from 'decimal.js';
import { Dec } from '../../shared/finance';

/*
 * Rounding for people: the model never rounds; the table format rounds half up, to
 * cents for money, to hundredths of a percent for rates, at the last moment.
 */

function groupThousands(fixed: string): string {
  const [whole = '', fraction] = fixed.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign === '' ? whole : whole.slice(1);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

function fixed(value: Decimal, places: number): string {
  const rounded = new Dec(value).toFixed(places, Dec.ROUND_HALF_UP);
  // -0.00 reads as a loss that is not there.
  return /^-0(\.0+)?$/.test(rounded) ? rounded.slice(1) : rounded;
}

export const money = (value: Decimal): string => groupThousands(fixed(value, 2));
export const percent = (value: Decimal): string => `${fixed(new Dec(value).times(100), 2)} %`;
export const ratio = (value: Decimal): string => groupThousands(fixed(value, 2));
export const years = (value: Decimal): string => `${fixed(value, 2)} years`;
