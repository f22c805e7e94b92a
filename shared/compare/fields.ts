import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import type { CustomField } from './applicant';

/*
 * The scenario format has no place for what a bureau also weighs (jobs created, energy saved), and
 * it refuses unknown keys; applicants write such figures in the project notes, one per line:
 *
 *     Jobs created: 14
 *     Energy saved (MWh/year): 320
 *     新增就业岗位：6
 *
 * A line is a field when it is `label: number` (ASCII or full-width colon, or `=`); the number may
 * be grouped with commas. Every other line is prose and ignored.
 */

const FIELD_LINE =
  /^\s*([^\s:：=][^:：=]{0,79}?)\s*[:：=]\s*(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*$/u;
const MAX_FIELDS = 50;

/**
 * A figure is at most 15 digits before the point (below 10^15, what a spreadsheet and a double
 * hold to the unit) and 12 after. A larger or finer one — "Jobs created: 1" and 400 zeros — is a
 * typo or an attack: it is not a field (it would rank the applicant and break every export) but an
 * absurd one, which the plausibility flags name.
 */
const MAX_WHOLE_DIGITS = 15;
const MAX_DECIMALS = 12;

/** A line of the notes that reads as a field but whose figure is beyond any plausible one. */
export interface AbsurdField {
  readonly label: string;
  /** Digits of the figure as written, so the flag can say how large it is without printing it. */
  readonly digits: number;
}

/** `Energy saved (MWh/year)` → `energy-saved-mwh-year`; letters of any script are kept. */
export function fieldKey(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

type FieldLine = { key: string; label: string; number: string; absurd: boolean };

/** The field lines of the notes, first occurrence of a key winning, at most MAX_FIELDS. */
function fieldLines(notes: string | undefined): FieldLine[] {
  if (notes === undefined) return [];
  const found = new Map<string, FieldLine>();
  for (const line of notes.split(/\r?\n|;/)) {
    const match = FIELD_LINE.exec(line);
    if (match === null) continue;
    const label = (match[1] ?? '').trim();
    const key = fieldKey(label);
    if (key === '' || found.has(key)) continue;
    const number = (match[2] ?? '0').replaceAll(',', '');
    const [whole = '', decimals = ''] = number.replace(/^-/, '').split('.');
    const absurd =
      whole.replace(/^0+(?=\d)/, '').length > MAX_WHOLE_DIGITS || decimals.length > MAX_DECIMALS;
    found.set(key, { key, label, number, absurd });
    if (found.size >= MAX_FIELDS) break;
  }
  return [...found.values()];
}

/** The numeric fields of the notes, within the bounds above. */
export function customFields(notes: string | undefined): CustomField<Decimal>[] {
  return fieldLines(notes)
    .filter((line) => !line.absurd)
    .map(({ key, label, number }) => ({ key, label, value: new Dec(number) }));
}

/** The field lines whose figure is beyond the bounds, for the plausibility flags. */
export function absurdFields(notes: string | undefined): AbsurdField[] {
  return fieldLines(notes)
    .filter((line) => line.absurd)
    .map(({ label, number }) => ({ label, digits: number.replace(/[-.]/g, '').length }));
}
