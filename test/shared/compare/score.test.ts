import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  DEFAULT_WEIGHTS,
  rankApplicants,
  scoreApplicants,
  type CompareSettings,
  type CriterionWeight,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance';
import { applicant, exampleApplicants } from './helpers';

const w = (
  criterion: CriterionWeight['criterion'],
  weight: number | string,
  better: 'higher' | 'lower' = 'higher',
): CriterionWeight => ({
  criterion,
  weight: new Dec(weight),
  better,
});

const files = (settings: CompareSettings, applicants = exampleApplicants()) =>
  rankApplicants(applicants, settings).map((row) => row.applicant.file);

describe('the weighted score', () => {
  it('adds up exactly from its breakdown, each part weight / Σ weights × scaled × 100', () => {
    for (const row of rankApplicants(exampleApplicants(), DEFAULT_SETTINGS)) {
      const sum = row.score.parts.reduce((total, part) => total.plus(part.points), new Dec(0));
      expect(sum.eq(row.score.total)).toBe(true);
      for (const part of row.score.parts) {
        expect(part.points.eq(part.weight.div(100).times(part.scaled).times(100))).toBe(true);
        expect(part.scaled.gte(0) && part.scaled.lte(1)).toBe(true);
      }
    }
  });

  it('scales by rank: best 1, worst 0, evenly between, equal values sharing; an outlier does not squash the rest', () => {
    const npvs = ['100', '200', '200', '999999999'];
    // Additional (the subsidy causes each project), so NPV per yuan counts their NPVs.
    const applicants = npvs.map((npv, index) =>
      applicant(`a${index}`, {
        npv: new Dec(npv),
        npvWithoutSubsidies: new Dec(-50_000),
        state: 'additional',
        additionality: true,
        necessaryAward: new Dec(60_000),
      }),
    );
    const byRank = scoreApplicants(applicants, [w('npvPerSubsidy', 1)], 'rank').map((s) =>
      s.parts[0]?.scaled.toString(),
    );
    expect(byRank).toEqual(['0', '0.5', '0.5', '1']);
    const byDistance = scoreApplicants(applicants, [w('npvPerSubsidy', 1)], 'min-max').map((s) =>
      s.parts[0]?.scaled.toNumber(),
    );
    expect(byDistance[1]).toBeLessThan(1e-6);
    expect(byDistance[3]).toBe(1);
  });

  it('prefers a shorter payback, scores a missing value 0, and additionality as yes 1 / no 0', () => {
    const applicants = [
      applicant('fast', { paybackYears: new Dec(2), additionality: true }),
      applicant('slow', { paybackYears: new Dec(6) }),
      applicant('never', { paybackYears: null }),
    ];
    const scores = scoreApplicants(
      applicants,
      [w('payback', 1, 'lower'), w('additionality', 1)],
      'rank',
    );
    expect(scores.map((s) => s.parts.map((p) => p.scaled.toString()))).toEqual([
      ['1', '1'],
      ['0', '0'],
      ['0', '0'],
    ]);
    expect(scores[0]?.total.toString()).toBe('100');
  });

  it('reads jobs and other custom fields from the notes', () => {
    const applicants = [
      applicant('many', {
        fields: [{ key: 'jobs-created', label: 'Jobs created', value: new Dec(12) }],
      }),
      applicant('few', {
        fields: [{ key: 'jobs-created', label: 'Jobs created', value: new Dec(2) }],
      }),
      applicant('none'),
    ];
    const scores = scoreApplicants(applicants, [w('field:jobs-created', 10)], 'min-max');
    expect(scores.map((s) => s.total.toString())).toEqual(['100', '0', '0']);
    expect(scores[2]?.parts[0]?.value).toBeNull();
  });

  it('counts only the NPV the subsidy causes in NPV per yuan: none for deadweight or not viable', () => {
    // 200,000 requested each. Additional: 300,000 / 200,000 = 1.5. Deadweight (pays off without
    // the subsidy, NPV 9,000,000): causes nothing, 0. Not viable (NPV −40,000 even with it): 0.
    const applicants = [
      applicant('additional', {
        npvWithoutSubsidies: new Dec(-20_000),
        state: 'additional',
        additionality: true,
        necessaryAward: new Dec(30_000),
      }),
      applicant('deadweight', { npv: new Dec(9_000_000) }),
      applicant('not-viable', {
        npv: new Dec(-40_000),
        npvWithoutSubsidies: new Dec(-90_000),
        state: 'not-viable',
        necessaryAward: null,
      }),
    ];
    for (const scaling of ['min-max', 'rank'] as const) {
      const parts = scoreApplicants(applicants, [w('npvPerSubsidy', 1)], scaling).map(
        (score) => score.parts[0],
      );
      expect(parts.map((part) => part?.value?.toString())).toEqual(['1.5', '0', '0']);
      // Ranked, the two at 0 do not share a middle position: causing nothing scores nothing.
      expect(parts.map((part) => part?.scaled.toString())).toEqual(['1', '0', '0']);
    }
  });

  it('ranks the example applicants by what the subsidy causes by default, differently when a weight changes', () => {
    const byDefault = files(DEFAULT_SETTINGS);
    const additional = [
      '02-dongguan-jinhui-mould-mes.json',
      '04-foshan-lianyi-ceramics-kiln-energy.json',
      '07-xiamen-huamei-garment-cutting.json',
    ];
    // The only three projects the subsidy causes lead; the 400 % IRR claim does not.
    expect(byDefault.slice(0, 3).sort()).toEqual(additional);
    const byIrr = files({ ...DEFAULT_SETTINGS, weights: [w('irr', 1)] });
    expect(byIrr[0]).toBe('08-changzhou-tianli-motor-implausible.json');
    expect(byIrr.slice(0, 3).sort()).not.toEqual(additional);
  });

  it('breaks equal scores by NPV, then by file name', () => {
    const applicants = [
      applicant('b', { npv: new Dec(5) }),
      applicant('c', { npv: new Dec(9) }),
      applicant('a', { npv: new Dec(5) }),
    ];
    const none: CompareSettings = { ...DEFAULT_SETTINGS, weights: [w('irr', 1)] };
    expect(files(none, applicants)).toEqual(['c', 'a', 'b']);
    expect(rankApplicants(applicants, none).map((row) => row.rank)).toEqual([1, 2, 3]);
  });

  it('scores everyone 0 when every weight is 0', () => {
    const zero = DEFAULT_WEIGHTS.map((item) => ({ ...item, weight: new Dec(0) }));
    expect(scoreApplicants(exampleApplicants(), zero).every((s) => s.total.isZero())).toBe(true);
  });
});
