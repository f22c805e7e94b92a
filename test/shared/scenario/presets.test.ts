import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../shared/model';
import {
  EFFECT_PRESETS,
  effectFromPreset,
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

  it('gives the industry figures: 25 % production cost over three years, 70 % inspection labour, 85 % → 99.5 % detection', () => {
    const scenario = baseScenario({
      baseline: {
        productionCost: '20000000',
        inspectionLabourCost: '1500000',
        otherCosts: [{ id: 'escaped-defects', name: 'Escaped defects', amount: '600000' }],
      },
      effects: ['production-cost-25', 'inspection-labour-70', 'defect-detection-85-995'].map((id) =>
        effectFromPreset(id, id)!,
      ),
    });
    const { projection } = evaluateScenario(scenario);
    const year = (id: string, t: number) =>
      projection.savings.find((line) => line.id === id)?.values[t]?.toString();
    expect([1, 2, 3, 4].map((t) => year('production-cost-25', t))).toEqual([
      '2000000',
      '4000000',
      '5000000',
      '5000000',
    ]);
    expect(year('inspection-labour-70', 1)).toBe('1050000');
    // 600,000 × (0.995 − 0.85) / (1 − 0.85) = 580,000 at full effect; 80 % of it in the first year.
    expect(year('defect-detection-85-995', 1)).toBe('464000');
    expect(year('defect-detection-85-995', 2)).toBe('580000');
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
