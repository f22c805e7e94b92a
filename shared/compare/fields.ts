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

/** `Energy saved (MWh/year)` → `energy-saved-mwh-year`; letters of any script are kept. */
export function fieldKey(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The numeric fields of the notes, first occurrence of a key winning. */
export function customFields(notes: string | undefined): CustomField<Decimal>[] {
  if (notes === undefined) return [];
  const found = new Map<string, CustomField<Decimal>>();
  for (const line of notes.split(/\r?\n|;/)) {
    const match = FIELD_LINE.exec(line);
    if (match === null) continue;
    const label = (match[1] ?? '').trim();
    const key = fieldKey(label);
    if (key === '' || found.has(key)) continue;
    found.set(key, { key, label, value: new Dec((match[2] ?? '0').replaceAll(',', '')) });
    if (found.size >= MAX_FIELDS) break;
  }
  return [...found.values()];
}
