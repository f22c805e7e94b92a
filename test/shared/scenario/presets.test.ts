import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../shared/model';
import {
  EFFECT_PRESETS,
  effectFromPreset,
  effectPreset,
  TAX_PRESETS,
  validateScenarioDocument,
} from '../../../shared/scenario';
import { asFile, baseScenario, capex } from '../../helpers/scenarios';

describe('presets', () => {
  it.each(EFFECT_PRESETS.map((preset) => preset.id))(
    'the effect preset %s makes a valid effect once its baseline line exists',
    (presetId) => {
      const preset = EFFECT_PRESETS.find((candidate) => candidate.id === presetId)!;
      const effect = effectFromPreset(presetId, 'from-preset');
      expect(effect).not.toBeNull();
      const scenario = baseScenario({
        baseline: {
          productionCost: '20000000',
          inspectionLabourCost: '1500000',
          otherCosts:
            preset.needsOtherCostLine === undefined
              ? []
              : [{ ...preset.needsOtherCostLine, amount: '1000000' }],
        },
        effects: [effect!],
      });
      expect(validateScenarioDocument(asFile(scenario)).ok).toBe(true);
      expect(preset.source.length).toBeGreaterThan(20);
    },
  );

  it('gives the industry figures with a ramp-up: 25 % production cost in the fourth year, 70 % of the stations\u2019 inspection labour, 85 % → 99.5 % detection', () => {
    const scenario = baseScenario({
      baseline: {
        productionCost: '20000000',
        otherCosts: [
          { id: 'inspection-labour-replaced', name: 'Inspectors replaced', amount: '1500000' },
          { id: 'escaped-defects', name: 'Escaped defects', amount: '600000' },
        ],
      },
      effects: ['production-cost-programme', 'inspection-stations', 'defect-detection'].map((id) =>
        effectFromPreset(id, id)!,
      ),
    });
    const { projection } = evaluateScenario(scenario);
    const year = (id: string, t: number) =>
      projection.savings.find((line) => line.id === id)?.values[t]?.toString();
    // 25 % of 20,000,000 = 5,000,000 at full effect, ramping 25 % / 50 % / 75 % in years 1–3.
    expect([1, 2, 3, 4].map((t) => year('production-cost-programme', t))).toEqual([
      '1250000',
      '2500000',
      '3750000',
      '5000000',
    ]);
    // 70 % of the 1,500,000 of the stations replaced = 1,050,000; half of it in year 1.
    expect(year('inspection-stations', 1)).toBe('525000');
    expect(year('inspection-stations', 2)).toBe('1050000');
    // 600,000 × (0.995 − 0.85) / (1 − 0.85) = 580,000 at full effect; 80 % of it in the first year.
    expect(year('defect-detection', 1)).toBe('464000');
    expect(year('defect-detection', 2)).toBe('580000');
  });

  it.each(EFFECT_PRESETS.map((preset) => preset.id))(
    'the preset %s states its scope, ramps up, and has no figure in its name',
    (presetId) => {
      const preset = EFFECT_PRESETS.find((candidate) => candidate.id === presetId)!;
      expect(['factory', 'line']).toContain(preset.scope);
      expect(preset.effect.ramp.length).toBeGreaterThan(0);
      expect(Number(preset.effect.ramp[0])).toBeLessThan(1);
      expect(preset.effect.name).not.toMatch(/\d/);
      expect(presetId).not.toMatch(/\d/);
    },
  );

  it('finds a preset by the id it had when its name carried its figure', () => {
    expect(effectPreset('inspection-labour-70')?.id).toBe('inspection-stations');
    expect(effectPreset('production-cost-25')?.id).toBe('production-cost-programme');
    expect(effectPreset('toString')).toBeNull();
  });

  it.each(TAX_PRESETS.map((preset) => preset.id))('the tax preset %s is valid', (presetId) => {
    const preset = TAX_PRESETS.find((candidate) => candidate.id === presetId)!;
    const scenario = baseScenario({ tax: preset.tax, capex: [capex('kit', '100000')] });
    expect(validateScenarioDocument(asFile(scenario)).ok).toBe(true);
  });

  it('returns null for an unknown preset', () => {
    expect(effectFromPreset('no-such-preset', 'x')).toBeNull();
  });
});
