import type { Effect, Tax } from './schema';

/*
 * Starting points a person can pick and then edit; nothing in the model depends on them.
 * Figures come from published industry figures (docs/methodology.md) and the Chinese
 * corporate income tax rules in force for 2023–2027; each carries its source so the report can cite it.
 */

type EffectTemplate = Effect extends infer E ? (E extends Effect ? Omit<E, 'id'> : never) : never;

/**
 * What a preset's figure is a share of: a programme across the whole factory (its production
 * cost, its inventory), or one line or station (the cost of what it replaces there). A figure
 * reported for one scope applied to the other is the most common way a case is overstated.
 */
export type PresetScope = 'factory' | 'line';

export interface EffectPreset {
  readonly id: string;
  readonly scope: PresetScope;
  readonly source: string;
  /** A baseline cost line the preset needs and the company may not have yet. */
  readonly needsOtherCostLine?: { readonly id: string; readonly name: string };
  readonly effect: EffectTemplate;
}

/*
 * Names say what an effect is, never its figure: a scenario that changes the figure would
 * otherwise contradict the name. Each ramps up, because new equipment and changed work take time
 * to reach their full effect (the single case warns of an effect at its full level at once).
 */
export const EFFECT_PRESETS: readonly EffectPreset[] = [
  {
    id: 'production-cost-programme',
    scope: 'factory',
    source:
      'Industry article (2025): predictive maintenance and intelligent scheduling across a factory are expected to cut comprehensive production cost by 20 % to 30 %; 25 % is the middle of that range. A programme of that breadth takes years: 25 %, 50 % and 75 % of the effect in its first three years, all of it from the fourth.',
    effect: {
      name: 'Lower production cost',
      kind: 'production-cost',
      basis: 'baseline-share',
      baselineLine: 'productionCost',
      fullEffect: '0.25',
      ramp: ['0.25', '0.5', '0.75'],
      startYear: 1,
      escalates: true,
      preset: 'production-cost-programme',
    },
  },
  {
    id: 'inspection-stations',
    scope: 'line',
    source:
      'Industry article (2025): visual-AI quality inspection at a Shenzhen phone maker cut inspection labour cost by 70 %. The share applies to the inspection labour of the stations the system replaces, not to all of the company; half of it in the first year, while the models are tuned and inspectors redeployed.',
    needsOtherCostLine: {
      id: 'inspection-labour-replaced',
      name: 'Inspection labour at the stations replaced',
    },
    effect: {
      name: 'Lower inspection labour cost',
      kind: 'inspection-labour',
      basis: 'baseline-share',
      baselineLine: 'inspection-labour-replaced',
      fullEffect: '0.7',
      ramp: ['0.5'],
      startYear: 1,
      escalates: true,
      preset: 'inspection-stations',
    },
  },
  {
    id: 'defect-detection',
    scope: 'line',
    source:
      'Industry article (2025): defect detection rose from 85 % (manual) to 99.5 % (visual AI). Escaped defects fall from 15 % to 0.5 % of defects, so their cost falls by (0.995 − 0.85) / (1 − 0.85) ≈ 96.7 %, on the products of the lines the inspection covers; 80 % of it in the first year.',
    needsOtherCostLine: {
      id: 'escaped-defects',
      name: 'Cost of escaped defects (returns, warranty, rework)',
    },
    effect: {
      name: 'Fewer escaped defects',
      kind: 'quality',
      basis: 'defect-detection',
      baselineLine: 'escaped-defects',
      detectionBefore: '0.85',
      detectionAfter: '0.995',
      ramp: ['0.8'],
      startYear: 1,
      escalates: true,
      preset: 'defect-detection',
    },
  },
  {
    id: 'inventory-platform',
    scope: 'factory',
    source:
      'Industry article (2025): inventory turnover up 35 % with an industrial internet platform across the plant. The same flow with 1.35 times the turnover needs 1 / 1.35 of the inventory, so carrying cost falls by 1 − 1 / 1.35 ≈ 25.9 %; 30 % and 70 % of that in the first two years, as stock runs down.',
    needsOtherCostLine: { id: 'inventory-carrying', name: 'Inventory carrying cost' },
    effect: {
      name: 'Lower inventory carrying cost',
      kind: 'inventory',
      basis: 'baseline-share',
      baselineLine: 'inventory-carrying',
      fullEffect: '0.259259259259',
      ramp: ['0.3', '0.7'],
      startYear: 1,
      escalates: true,
      preset: 'inventory-platform',
    },
  },
];

/**
 * Ids presets had before their names lost their figures: files that name them still find their
 * preset (and its source).
 */
const FORMER_PRESET_IDS: Readonly<Record<string, string>> = {
  'production-cost-25': 'production-cost-programme',
  'inspection-labour-70': 'inspection-stations',
  'defect-detection-85-995': 'defect-detection',
  'inventory-turnover-35': 'inventory-platform',
};

/** The preset an effect was made from, by its id or a former one. */
export function effectPreset(presetId: string): EffectPreset | null {
  const id = Object.hasOwn(FORMER_PRESET_IDS, presetId)
    ? (FORMER_PRESET_IDS[presetId] as string)
    : presetId;
  return EFFECT_PRESETS.find((candidate) => candidate.id === id) ?? null;
}

export function effectFromPreset(presetId: string, id: string): Effect | null {
  const preset = effectPreset(presetId);
  return preset === null ? null : ({ id, ...preset.effect } as Effect);
}

export interface TaxPreset {
  readonly id: string;
  readonly source: string;
  readonly tax: Tax;
}

const SHARED_INCENTIVES = {
  oneTimeDeduction: { unitThreshold: '5000000' },
  superDeduction: { rate: '1' },
  investmentTaxCredit: { rate: '0.1', carryForwardYears: 5 },
} as const;

export const TAX_PRESETS: readonly TaxPreset[] = [
  {
    id: 'cn-standard',
    source:
      'Enterprise Income Tax Law: 25 %; losses carried forward 5 years; new equipment and tools of a unit value up to 5 million yuan deducted at once; 100 % super deduction of R&D expenses; 10 % credit for special environmental, energy and safety equipment.',
    tax: { rate: '0.25', lossCarryForwardYears: 5, ...SHARED_INCENTIVES },
  },
  {
    id: 'cn-high-tech',
    source: 'High and new technology enterprises: 15 % rate; losses carried forward 10 years.',
    tax: {
      rate: '0.25',
      preferential: {
        type: 'reduced-rate',
        label: 'High and new technology enterprise',
        rate: '0.15',
      },
      lossCarryForwardYears: 10,
      ...SHARED_INCENTIVES,
    },
  },
  {
    id: 'cn-small-low-profit',
    source:
      'Small low-profit enterprises (2023–2027): taxable income up to 3 million yuan is taxed on 25 % of it at 20 %, an effective 5 %; above 3 million the enterprise does not qualify and pays 25 % on all income.',
    tax: {
      rate: '0.25',
      preferential: {
        type: 'small-low-profit',
        label: 'Small low-profit enterprise',
        bands: [{ upTo: '3000000', rate: '0.05' }],
      },
      lossCarryForwardYears: 5,
      ...SHARED_INCENTIVES,
    },
  },
];
