import type { CapexItem, Effect, Scenario } from '../../shared/scenario';

/*
 * The benchmark scenario: 20 years, 50 investment items (phased, three depreciation
 * methods, half under the one-time deduction), 20 effects (drivers), a grant reducing the
 * depreciable base, a loan with an interest subsidy, company income, every incentive switched on.
 * `largeScenarioOf` makes bigger ones of the same shape for the load test (40 years,
 * 500 investment items).
 */

const methods: CapexItem['depreciation']['method'][] = [
  'straight-line',
  'sum-of-years-digits',
  'double-declining-balance',
];

const capexItems = (count: number): CapexItem[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `item-${index}`,
    name: `Item ${index}`,
    category: 'equipment',
    amount: String(100_000 + index * 37_000),
    payments:
      index % 5 === 0
        ? [
            { year: 0, share: '0.5' },
            { year: 1, share: '0.5' },
          ]
        : [{ year: index % 3, share: '1' }],
    depreciation: {
      method: methods[index % 3]!,
      lifeYears: 3 + (index % 8),
      salvage: String(index * 1_000),
    },
    eligibility: {
      oneTimeDeduction: index % 2 === 0,
      grants: index % 3 !== 1,
      investmentTaxCredit: index % 7 === 0,
      superDeduction: index % 11 === 0,
    },
    residualValue: String(index * 2_000),
  }));

const effectsOf = (count: number): Effect[] =>
  Array.from({ length: count }, (_, index): Effect =>
    index % 2 === 0
      ? {
          id: `effect-${index}`,
          name: `Effect ${index}`,
          kind: 'custom',
          basis: 'amount',
          fullEffect: String(200_000 + index * 50_000),
          ramp: ['0.4', '0.8'],
          decayPerYear: '0.02',
          startYear: 1 + (index % 3),
          escalates: true,
        }
      : {
          id: `effect-${index}`,
          name: `Effect ${index}`,
          kind: 'production-cost',
          basis: 'baseline-share',
          baselineLine: 'productionCost',
          fullEffect: '0.004',
          ramp: ['0.5'],
          startYear: 1,
          escalates: true,
        },
  );

export interface LargeScenarioSize {
  readonly horizonYears: number;
  readonly capexItems: number;
  /** 20 unless given. */
  readonly effects?: number;
}

export const largeScenarioOf = ({
  horizonYears,
  capexItems: count,
  effects = 20,
}: LargeScenarioSize): Scenario => ({
  project: { name: 'Benchmark', currency: 'CNY', startYear: 2026, horizonYears },
  baseline: { productionCost: '150000000', otherCosts: [] },
  capex: capexItems(count),
  effects: effectsOf(effects),
  runningCosts: Array.from({ length: 5 }, (_, index) => ({
    id: `cost-${index}`,
    name: `Cost ${index}`,
    kind: 'licence' as const,
    amount: String(100_000 + index * 20_000),
    startYear: 1,
    escalates: index % 2 === 0,
    eligibility: { superDeduction: index === 0 },
  })),
  subsidies: [
    {
      id: 'grant',
      type: 'capex-grant',
      name: 'Grant',
      grantor: 'Bureau',
      rate: '0.2',
      cap: '3000000',
      disbursement: [
        { year: 1, share: '0.5' },
        { year: 2, share: '0.5' },
      ],
      taxable: false,
      reducesDepreciableBase: true,
    },
    {
      id: 'points',
      type: 'interest-subsidy',
      name: 'Interest',
      grantor: 'Bureau',
      loanId: 'loan',
      ratePoints: '0.02',
      years: 3,
      taxable: true,
    },
  ],
  tax: {
    rate: '0.25',
    preferential: { type: 'reduced-rate', label: 'High-tech', rate: '0.15' },
    lossCarryForwardYears: 10,
    oneTimeDeduction: { unitThreshold: '5000000' },
    superDeduction: { rate: '1' },
    investmentTaxCredit: { rate: '0.1', carryForwardYears: 5 },
    companyTaxableIncome: '8000000',
  },
  financing: {
    loans: [
      {
        id: 'loan',
        name: 'Loan',
        amount: '10000000',
        rate: '0.045',
        termYears: 8,
        graceYears: 2,
        repayment: 'annuity',
        drawdownYear: 1,
      },
    ],
  },
  parameters: { discountRate: { rate: '0.05', basis: 'real' }, inflation: '0.02' },
});

export const largeScenario: Scenario = largeScenarioOf({ horizonYears: 20, capexItems: 50 });
