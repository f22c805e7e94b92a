import { describe, expect, it } from 'vitest';
import { drawSamples, rankCorrelation } from '../../../shared/analysis';
import type { RiskSettings } from '../../../shared/scenario';

/*
 * Iman–Conover: the draws are paired so that their rank correlations match the file's, without
 * changing any driver's draws. With n draws the sample rank correlation scatters by about 1/√n
 * around its target; 3,000 draws and a tolerance of 0.05 leave room for that (≈ 2.7 standard
 * errors at a correlation of 0), the correction of the scores' own correlation doing the rest.
 */

const COUNT = 3000;
const risk = (rankCorrelations: [string, string, string][]): RiskSettings => ({
  distributions: [
    { path: 'a', distribution: { type: 'normal', mean: '10', standardDeviation: '2' } },
    { path: 'b', distribution: { type: 'triangular', min: '0', mode: '1', max: '5' } },
    { path: 'c', distribution: { type: 'lognormal', mean: '3', standardDeviation: '1' } },
    {
      path: 'd',
      distribution: {
        type: 'discrete',
        outcomes: [
          { value: '1', probability: '0.5' },
          { value: '2', probability: '0.3' },
          { value: '3', probability: '0.2' },
        ],
      },
    },
  ],
  correlations: rankCorrelations.map(([first, second, value]) => ({
    paths: [first, second],
    rankCorrelation: value,
  })),
  ranges: [],
});

const column = (values: Float64Array, j: number) => values.subarray(j * COUNT, (j + 1) * COUNT);

describe('correlated draws', () => {
  it('have the rank correlations of the file, positive and negative, pair by pair', () => {
    const settings = risk([
      ['a', 'b', '0.7'],
      ['a', 'c', '-0.4'],
      ['b', 'c', '-0.2'],
    ]);
    for (const latinHypercube of [false, true]) {
      const { values } = drawSamples(settings, COUNT, 11, latinHypercube);
      expect(Math.abs(rankCorrelation(column(values, 0), column(values, 1)) - 0.7)).toBeLessThan(
        0.05,
      );
      expect(Math.abs(rankCorrelation(column(values, 0), column(values, 2)) + 0.4)).toBeLessThan(
        0.05,
      );
      expect(Math.abs(rankCorrelation(column(values, 1), column(values, 2)) + 0.2)).toBeLessThan(
        0.05,
      );
      // A driver named in no correlation stays independent.
      expect(Math.abs(rankCorrelation(column(values, 0), column(values, 3)))).toBeLessThan(0.05);
    }
  });

  it('leave each driver with exactly the draws it had uncorrelated: only the pairing changes', () => {
    const correlated = drawSamples(risk([['a', 'd', '0.6']]), COUNT, 3, false).values;
    const independent = drawSamples(risk([]), COUNT, 3, false).values;
    for (let j = 0; j < 4; j += 1)
      expect(column(correlated, j).slice().sort()).toEqual(column(independent, j).slice().sort());
    // A discrete driver is correlated too, within what its ties allow: the largest rank correlation
    // with a variable of probabilities p is √(1 − Σp³), here 0.917, and the target scales with it.
    const ceiling = Math.sqrt(1 - (0.5 ** 3 + 0.3 ** 3 + 0.2 ** 3));
    expect(
      Math.abs(rankCorrelation(column(correlated, 0), column(correlated, 3)) - 0.6 * ceiling),
    ).toBeLessThan(0.05);
  });

  it('are the same for the same seed', () => {
    const settings = risk([['b', 'c', '0.5']]);
    expect(drawSamples(settings, 500, 9, true).values).toEqual(
      drawSamples(settings, 500, 9, true).values,
    );
  });
});
