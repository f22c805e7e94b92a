import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../shared/finance/decimal';
import { roundToTotal, sum } from '../../../renderer/services/format/round-to-total';

const d = (value: string) => new Dec(value);

describe('roundToTotal', () => {
  it('rounds values so they add up to the rounded total', () => {
    const values = [d('1.005'), d('1.005'), d('1.005')];
    const rounded = roundToTotal(values);
    expect(sum(rounded).toString()).toBe('3.02');
    expect(rounded.map(String)).toEqual(['1.01', '1.01', '1']);
  });

  it('handles negative values and an exact total', () => {
    const rounded = roundToTotal([d('-0.333333'), d('-0.333333'), d('-0.333334')]);
    expect(sum(rounded).toString()).toBe('-1');
    expect(rounded.map(String)).toEqual(['-0.33', '-0.33', '-0.34']);
  });

  it('leaves values already in cents alone', () => {
    expect(roundToTotal([d('10.5'), d('-3.25')]).map(String)).toEqual(['10.5', '-3.25']);
  });

  it('always adds up, and moves no value by a cent or more', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { maxLength: 40 }), (ints) => {
        const values = ints.map((n) => new Dec(n).div(997));
        const rounded = roundToTotal(values);
        const total = sum(values).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
        expect(sum(rounded).eq(total)).toBe(true);
        rounded.forEach((value, index) => {
          expect(value.minus(values[index]!).abs().lt('0.01')).toBe(true);
          expect(value.decimalPlaces()).toBeLessThanOrEqual(2);
        });
      }),
    );
  });
});
