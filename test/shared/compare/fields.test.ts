import { describe, expect, it } from 'vitest';
import { customFields, fieldKey } from '../../../shared/compare';

const plain = (notes: string) =>
  customFields(notes).map((f) => [f.key, f.label, f.value.toString()]);

describe('custom fields in the project notes', () => {
  it('reads `label: number` lines as fields and leaves prose alone', () => {
    const notes = [
      'Replaces manual inspection on line 3: the operators move to rework.',
      'Jobs created: 14',
      'Energy saved (MWh/year) = 1,250.5',
      '新增专利（项）：6',
      'Payback in 2 years according to the vendor',
      'Jobs created: 99',
    ].join('\n');
    expect(plain(notes)).toEqual([
      ['jobs-created', 'Jobs created', '14'],
      ['energy-saved-mwh-year', 'Energy saved (MWh/year)', '1250.5'],
      ['新增专利-项', '新增专利（项）', '6'],
    ]);
  });

  it('gives the Chinese names of the known fields the English fields’ keys', () => {
    // A Chinese application is weighed on jobs created exactly as an English one.
    expect(plain('新增就业岗位：6\n稳定就业岗位：40\n年节能量（兆瓦时）：2100')).toEqual([
      ['jobs-created', '新增就业岗位', '6'],
      ['jobs-safeguarded', '稳定就业岗位', '40'],
      ['energy-saved-mwh-year', '年节能量（兆瓦时）', '2100'],
    ]);
    // The first of two names of one field wins, as with any repeated field.
    expect(plain('Jobs created: 14\n新增就业岗位：6')).toEqual([
      ['jobs-created', 'Jobs created', '14'],
    ]);
  });

  it('normalises labels so that `Jobs Created`, `jobs_created` and `JOBS-CREATED` are one field', () => {
    expect(
      new Set(['Jobs Created', 'jobs_created', 'JOBS-CREATED', ' jobs created '].map(fieldKey)),
    ).toEqual(new Set(['jobs-created']));
    expect(fieldKey('__proto__')).toBe('proto');
  });

  it('has no fields without notes', () => {
    expect(customFields(undefined)).toEqual([]);
    expect(customFields('')).toEqual([]);
  });
});
