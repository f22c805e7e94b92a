import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  plausibilityFlags,
  type PlausibilityThresholds,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance';
import { applicant, exampleApplicants } from './helpers';

const codes = (flags: readonly { code: string }[]) => flags.map((flag) => flag.code);

describe('the plausibility flags', () => {
  it('flag claims beyond the industry figures, each with its reason, the figure claimed and the threshold', () => {
    const bold = applicant('bold', {
      irr: new Dec('0.62'),
      capex: new Dec(1_000_000),
      subsidyRequested: new Dec(600_000),
      claims: {
        productionCostReduction: new Dec('0.35'),
        inspectionLabourReduction: new Dec('0.9'),
        detectionAfter: new Dec('0.999'),
        savingsShare: new Dec('0.4'),
        effects: [
          { id: 'fast', name: 'Lower production cost', kind: 'production-cost', rampYears: 0 },
          { id: 'slow', name: 'Less scrap', kind: 'quality', rampYears: 2 },
        ],
      },
    });
    const flags = plausibilityFlags(bold, DEFAULT_THRESHOLDS);
    expect(codes(flags)).toEqual([
      'production-cost-reduction',
      'inspection-labour-reduction',
      'detection-after',
      'savings-share',
      'ramp-up',
      'irr',
      'subsidy-share',
    ]);
    expect(flags[0]).toEqual({
      code: 'production-cost-reduction',
      params: { claimed: '0.35', threshold: '0.3' },
      message: 'claims 35 % lower production cost; the industry context supports at most 30 %',
    });
    expect(flags[4]).toMatchObject({ params: { years: 1, effects: 'Lower production cost' } });
    expect(flags[4]?.message).toBe(
      'reaches the full effect in less than 1 year: Lower production cost',
    );
  });

  it('do not flag claims at the thresholds themselves: 30 % production cost, 70 % labour, 99.5 % detection', () => {
    const atLimits = applicant('limits', {
      irr: new Dec('0.5'),
      subsidyRequested: new Dec(500_000),
      claims: {
        productionCostReduction: new Dec('0.3'),
        inspectionLabourReduction: new Dec('0.7'),
        detectionAfter: new Dec('0.995'),
        savingsShare: new Dec('0.3'),
        effects: [{ id: 'e', name: 'E', kind: 'production-cost', rampYears: 1 }],
      },
    });
    expect(plausibilityFlags(atLimits, DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it('follow the thresholds the officer edits, and a threshold set to null switches its flag off', () => {
    const claim = applicant('c', {
      irr: new Dec('0.45'),
      claims: { productionCostReduction: new Dec('0.25') },
    });
    const strict: PlausibilityThresholds = {
      ...DEFAULT_THRESHOLDS,
      productionCostReduction: new Dec('0.2'),
      irr: new Dec('0.4'),
    };
    expect(codes(plausibilityFlags(claim, strict))).toEqual(['production-cost-reduction', 'irr']);
    const off: PlausibilityThresholds = { ...strict, irr: null, productionCostReduction: null };
    expect(plausibilityFlags(claim, off)).toEqual([]);
    const slowRamps: PlausibilityThresholds = { ...DEFAULT_THRESHOLDS, minRampYears: 2 };
    const oneYear = applicant('r', {
      claims: { effects: [{ id: 'e', name: 'Effect', kind: 'energy', rampYears: 1 }] },
    });
    expect(codes(plausibilityFlags(oneYear, slowRamps))).toEqual(['ramp-up']);
    expect(plausibilityFlags(oneYear, { ...slowRamps, minRampYears: null })).toEqual([]);
  });

  it('pick out the implausible example applicants and leave the realistic ones alone', () => {
    const flagged = new Map(
      exampleApplicants().map((a) => [a.file, codes(plausibilityFlags(a, DEFAULT_THRESHOLDS))]),
    );
    expect(flagged.get('08-changzhou-tianli-motor-implausible.json')).toEqual([
      'production-cost-reduction',
      'inspection-labour-reduction',
      'savings-share',
      'ramp-up',
      'irr',
    ]);
    expect(flagged.get('09-shenzhen-yida-accessories-implausible.json')).toEqual([
      'inspection-labour-reduction',
      'detection-after',
      'irr',
    ]);
    expect(flagged.get('13-taizhou-boyuan-pump-high-subsidy.json')).toEqual(['subsidy-share']);
    const clean = [...flagged].filter(([, found]) => found.length === 0).map(([file]) => file);
    expect(clean).toHaveLength(10);
  });
});
