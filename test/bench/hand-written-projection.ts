import type { Scenario } from '../../shared/scenario';

/*
 * The physical limit of the Monte Carlo benchmark: the projection of one scenario written out by
 * hand as a loop over Float64Arrays, for exactly that scenario and nothing else — what a developer
 * would write if the model had only this case to handle. It exists only here, to measure the
 * generic model against; the application never uses it (one model).
 *
 * The scenario: a production line and its software bought in year 0, two savings on baseline
 * lines (production cost with a 40 % / 80 % ramp, inspection labour), a running cost, all three
 * escalating with inflation; a capex grant capped at 1,000,000 received in year 1, not taxable;
 * straight-line depreciation from year 1 over 10 and 5 years; 25 % tax with losses carried
 * forward 5 years; a nominal discount rate. Eight drivers vary, in this order:
 */
export const BENCH_DRIVERS = [
  'effects[id=prod-cost].fullEffect',
  'effects[id=inspection].fullEffect',
  'capex[id=line].amount',
  'capex[id=software].amount',
  'runningCosts[id=operations].amount',
  'parameters.inflation',
  'parameters.discountRate.rate',
  'subsidies[id=grant].rate',
] as const;

export function benchScenario(horizonYears: number): Scenario {
  return {
    project: {
      name: `Bench, ${horizonYears} years`,
      currency: 'CNY',
      startYear: 2026,
      horizonYears,
    },
    baseline: { productionCost: '20000000', inspectionLabourCost: '1500000', otherCosts: [] },
    capex: [
      {
        id: 'line',
        name: 'Production line',
        category: 'equipment',
        amount: '6000000',
        payments: [{ year: 0, share: '1' }],
        depreciation: { method: 'straight-line', lifeYears: 10, salvage: '0' },
        eligibility: {
          oneTimeDeduction: false,
          grants: true,
          investmentTaxCredit: false,
          superDeduction: false,
        },
        residualValue: '0',
      },
      {
        id: 'software',
        name: 'MES software',
        category: 'software',
        amount: '1500000',
        payments: [{ year: 0, share: '1' }],
        depreciation: { method: 'straight-line', lifeYears: 5, salvage: '0' },
        eligibility: {
          oneTimeDeduction: false,
          grants: true,
          investmentTaxCredit: false,
          superDeduction: false,
        },
        residualValue: '0',
      },
    ],
    effects: [
      {
        id: 'prod-cost',
        name: 'Production cost',
        kind: 'production-cost',
        basis: 'baseline-share',
        baselineLine: 'productionCost',
        fullEffect: '0.25',
        ramp: ['0.4', '0.8'],
        startYear: 1,
        escalates: true,
      },
      {
        id: 'inspection',
        name: 'Inspection labour',
        kind: 'inspection-labour',
        basis: 'baseline-share',
        baselineLine: 'inspectionLabourCost',
        fullEffect: '0.7',
        ramp: [],
        startYear: 1,
        escalates: true,
      },
    ],
    runningCosts: [
      {
        id: 'operations',
        name: 'Operations',
        kind: 'maintenance',
        amount: '300000',
        startYear: 1,
        escalates: true,
        eligibility: { superDeduction: false },
      },
    ],
    subsidies: [
      {
        id: 'grant',
        type: 'capex-grant',
        name: 'Grant',
        grantor: 'Bureau',
        rate: '0.2',
        cap: '1000000',
        disbursement: [{ year: 1, share: '1' }],
        taxable: false,
        reducesDepreciableBase: false,
      },
    ],
    tax: { rate: '0.25', lossCarryForwardYears: 5 },
    financing: { loans: [] },
    parameters: { discountRate: { rate: '0.08', basis: 'nominal' }, inflation: '0.02' },
    risk: {
      distributions: [
        {
          path: BENCH_DRIVERS[0],
          distribution: { type: 'pert', min: '0.15', mode: '0.25', max: '0.3' },
        },
        {
          path: BENCH_DRIVERS[1],
          distribution: { type: 'triangular', min: '0.5', mode: '0.7', max: '0.8' },
        },
        {
          path: BENCH_DRIVERS[2],
          distribution: { type: 'normal', mean: '6000000', standardDeviation: '600000' },
        },
        {
          path: BENCH_DRIVERS[3],
          distribution: { type: 'uniform', min: '1200000', max: '1800000' },
        },
        {
          path: BENCH_DRIVERS[4],
          distribution: { type: 'lognormal', mean: '300000', standardDeviation: '60000' },
        },
        {
          path: BENCH_DRIVERS[5],
          distribution: { type: 'normal', mean: '0.02', standardDeviation: '0.01' },
        },
        {
          path: BENCH_DRIVERS[6],
          distribution: { type: 'triangular', min: '0.06', mode: '0.08', max: '0.11' },
        },
        {
          path: BENCH_DRIVERS[7],
          distribution: {
            type: 'discrete',
            outcomes: [
              { value: '0', probability: '0.3' },
              { value: '0.2', probability: '0.7' },
            ],
          },
        },
      ],
      correlations: [{ paths: [BENCH_DRIVERS[0], BENCH_DRIVERS[1]], rankCorrelation: '0.6' }],
      ranges: [],
    },
  };
}

/**
 * NPV and payback (NaN: not within the horizon) of every draw; `samples` is driver-major in the
 * order of BENCH_DRIVERS. Scratch arrays are allocated once per call, none per draw.
 */
export function handWrittenProjection(
  horizonYears: number,
  samples: Float64Array,
  count: number,
  npv: Float64Array,
  paybackYears: Float64Array,
): void {
  const years = horizonYears + 1;
  const lossYear = new Int32Array(years);
  const lossLeft = new Float64Array(years);
  for (let i = 0; i < count; i += 1) {
    const prodShare = samples[i] as number;
    const inspectionShare = samples[count + i] as number;
    const line = samples[2 * count + i] as number;
    const software = samples[3 * count + i] as number;
    const operations = samples[4 * count + i] as number;
    const inflation = samples[5 * count + i] as number;
    const rate = samples[6 * count + i] as number;
    const grantRate = samples[7 * count + i] as number;

    const prodFull = 20_000_000 * prodShare;
    const inspectionFull = 1_500_000 * inspectionShare;
    const grant = Math.min((line + software) * grantRate, 1_000_000);
    const lineDepreciation = line / 10;
    const softwareDepreciation = software / 5;
    const growth = 1 + inflation;
    const discount = 1 / (1 + rate);

    let escalation = 1;
    let factor = 1;
    let present = -(line + software);
    let cumulative = present;
    let payback = Number.NaN;
    let losses = 0;
    for (let t = 1; t < years; t += 1) {
      escalation *= growth;
      factor *= discount;
      const ramp = t === 1 ? 0.4 : t === 2 ? 0.8 : 1;
      const savings = (prodFull * ramp + inspectionFull) * escalation;
      const running = operations * escalation;
      const depreciation = (t <= 10 ? lineDepreciation : 0) + (t <= 5 ? softwareDepreciation : 0);
      let income = savings - running - depreciation;
      // Losses carried forward five years, oldest first.
      let kept = 0;
      for (let k = 0; k < losses; k += 1) {
        if ((lossYear[k] as number) + 5 < t) continue;
        const used = Math.min(lossLeft[k] as number, Math.max(income, 0));
        income -= used;
        lossLeft[k] = (lossLeft[k] as number) - used;
        if ((lossLeft[k] as number) > 0) {
          lossYear[kept] = lossYear[k] as number;
          lossLeft[kept] = lossLeft[k] as number;
          kept += 1;
        }
      }
      losses = kept;
      let tax = 0;
      if (income < 0) {
        lossYear[losses] = t;
        lossLeft[losses] = -income;
        losses += 1;
      } else {
        tax = income * 0.25;
      }
      const flow = savings - running + (t === 1 ? grant : 0) - tax;
      present += flow * factor;
      const before = cumulative;
      cumulative += flow;
      if (Number.isNaN(payback) && before < 0 && cumulative >= 0) payback = t - 1 + -before / flow;
    }
    npv[i] = present;
    paybackYears[i] = payback;
  }
}
