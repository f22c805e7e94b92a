import type { Arithmetic } from '../finance/arithmetic';
import { Dec } from '../finance/decimal';
import type { Scenario, Subsidy } from '../scenario';
import type {
  EffectInput,
  ModelInputs,
  SubsidyInput,
  WorkingCapitalInput,
  YearShareInput,
} from './inputs';

/** The reference financial discount rate of Commission Delegated Regulation (EU) No 480/2014, Art. 19(3). */
export const EU_REFERENCE_DISCOUNT_RATE = '0.04';

/**
 * A validated scenario (the base, or a named scenario with its overrides applied) as numbers of
 * the arithmetic N. The strings were checked by the schema, so parsing them cannot fail; this is
 * the only place the model reads a decimal string, and the only place defaults are filled in.
 */
export function resolveScenario<N>(A: Arithmetic<N>, scenario: Scenario): ModelInputs<N> {
  const number = (text: string): N => A.fromDecimal(new Dec(text));
  const optional = (text: string | undefined): N | null =>
    text === undefined ? null : number(text);
  const schedule = (parts: readonly { year: number; share: string }[]): YearShareInput<N>[] =>
    parts.map((part) => ({ year: part.year, share: number(part.share) }));
  const series = (values: readonly string[] | undefined): N[] | null =>
    values === undefined ? null : values.map(number);
  const growth = (text: string | undefined): N => (text === undefined ? A.zero : number(text));
  const horizon = scenario.project.horizonYears;
  const { tax, parameters } = scenario;

  return {
    project: {
      name: scenario.project.name,
      currency: scenario.project.currency,
      startYear: scenario.project.startYear,
      horizonYears: horizon,
    },
    baseline: {
      productionCost: optional(scenario.baseline.productionCost),
      inspectionLabourCost: optional(scenario.baseline.inspectionLabourCost),
      revenue: optional(scenario.baseline.revenue),
      otherCosts: scenario.baseline.otherCosts.map((line) => ({
        id: line.id,
        name: line.name,
        amount: number(line.amount),
      })),
    },
    capex: scenario.capex.map((item) => ({
      id: item.id,
      name: item.name,
      category: item.category,
      amount: number(item.amount),
      units: item.units ?? 1,
      inputVat: item.inputVat === undefined ? A.zero : number(item.inputVat),
      payments: schedule(item.payments),
      inServiceYear: Math.max(...item.payments.map((part) => part.year)) + 1,
      depreciation: {
        method: item.depreciation.method,
        lifeYears: item.depreciation.lifeYears,
        salvage: number(item.depreciation.salvage),
        factor: optional(item.depreciation.factor),
      },
      eligibility: item.eligibility,
      replacement: item.replacement ?? false,
      residualValue: number(item.residualValue),
    })),
    effects: scenario.effects.map((effect): EffectInput<N> => {
      const common = {
        id: effect.id,
        name: effect.name,
        kind: effect.kind,
        ramp: effect.ramp.map(number),
        decayPerYear: effect.decayPerYear === undefined ? A.zero : number(effect.decayPerYear),
        series: series(effect.series),
        startYear: effect.startYear,
        endYear: effect.endYear ?? horizon,
        escalates: effect.escalates,
        growth: growth(effect.growth),
      };
      switch (effect.basis) {
        case 'amount':
          return { ...common, basis: 'amount', fullEffect: number(effect.fullEffect) };
        case 'baseline-share':
          return {
            ...common,
            basis: 'baseline-share',
            baselineLine: effect.baselineLine,
            fullEffect: number(effect.fullEffect),
          };
        case 'defect-detection':
          return {
            ...common,
            basis: 'defect-detection',
            baselineLine: effect.baselineLine,
            detectionBefore: number(effect.detectionBefore),
            detectionAfter: number(effect.detectionAfter),
          };
      }
    }),
    runningCosts: scenario.runningCosts.map((cost) => ({
      id: cost.id,
      name: cost.name,
      kind: cost.kind,
      amount: number(cost.amount),
      series: series(cost.series),
      startYear: cost.startYear,
      endYear: cost.endYear ?? horizon,
      escalates: cost.escalates,
      growth: growth(cost.growth),
      eligibility: cost.eligibility,
    })),
    workingCapital: (scenario.workingCapital ?? []).map((line): WorkingCapitalInput<N> => {
      const common = {
        id: line.id,
        name: line.name,
        change: line.change,
        timing: schedule(line.timing),
        escalates: line.escalates,
        recoveredAtHorizon: line.recoveredAtHorizon,
      };
      switch (line.basis) {
        case 'amount':
          return { ...common, basis: 'amount', amount: number(line.amount) };
        case 'baseline-share':
          return {
            ...common,
            basis: 'baseline-share',
            baselineLine: line.baselineLine,
            share: number(line.share),
          };
        case 'baseline-days':
          return {
            ...common,
            basis: 'baseline-days',
            baselineLine: line.baselineLine,
            days: number(line.days),
          };
      }
    }),
    subsidies: scenario.subsidies.map((subsidy: Subsidy): SubsidyInput<N> => {
      const common = {
        id: subsidy.id,
        name: subsidy.name,
        grantor: subsidy.grantor,
        taxable: subsidy.taxable,
      };
      switch (subsidy.type) {
        case 'capex-grant':
          return {
            ...common,
            type: 'capex-grant',
            rate: number(subsidy.rate),
            cap: optional(subsidy.cap),
            disbursement: schedule(subsidy.disbursement),
            reducesDepreciableBase: subsidy.reducesDepreciableBase,
          };
        case 'lump-sum':
        case 'service-voucher':
          return {
            ...common,
            type: subsidy.type,
            amount: number(subsidy.amount),
            disbursement: schedule(subsidy.disbursement),
          };
        case 'interest-subsidy':
          return {
            ...common,
            type: 'interest-subsidy',
            loanId: subsidy.loanId,
            ratePoints: number(subsidy.ratePoints),
            years: subsidy.years,
          };
      }
    }),
    tax: {
      rate: number(tax.rate),
      preferential:
        tax.preferential === undefined
          ? null
          : tax.preferential.type === 'reduced-rate'
            ? {
                type: 'reduced-rate',
                label: tax.preferential.label,
                rate: number(tax.preferential.rate),
              }
            : {
                type: 'small-low-profit',
                label: tax.preferential.label,
                bands: tax.preferential.bands.map((band) => ({
                  upTo: number(band.upTo),
                  rate: number(band.rate),
                })),
              },
      lossCarryForwardYears: tax.lossCarryForwardYears,
      oneTimeDeduction:
        tax.oneTimeDeduction === undefined
          ? null
          : { unitThreshold: number(tax.oneTimeDeduction.unitThreshold) },
      superDeduction:
        tax.superDeduction === undefined ? null : { rate: number(tax.superDeduction.rate) },
      investmentTaxCredit:
        tax.investmentTaxCredit === undefined
          ? null
          : {
              rate: number(tax.investmentTaxCredit.rate),
              cap: optional(tax.investmentTaxCredit.cap),
              carryForwardYears: tax.investmentTaxCredit.carryForwardYears,
            },
      companyTaxableIncome: optional(tax.companyTaxableIncome),
      disposalAtHorizon: tax.disposalAtHorizon ?? false,
      payment: tax.payment ?? 'same-year',
      inputVatRecoveryYears: tax.inputVatRecoveryYears ?? 1,
    },
    financing: {
      loans: scenario.financing.loans.map((loan) => ({
        id: loan.id,
        name: loan.name,
        amount: number(loan.amount),
        rate: number(loan.rate),
        termYears: loan.termYears,
        graceYears: loan.graceYears,
        repayment: loan.repayment,
        drawdownYear: loan.drawdownYear,
      })),
    },
    parameters: {
      discountRate: {
        rate: number(parameters.discountRate.rate),
        basis: parameters.discountRate.basis,
      },
      inflation: number(parameters.inflation),
      payback: parameters.payback ?? 'from-year-0-end',
      mirr: {
        financeRate: optional(parameters.mirr?.financeRate),
        reinvestmentRate: optional(parameters.mirr?.reinvestmentRate),
      },
      terminalValue:
        parameters.terminalValue === undefined
          ? null
          : { growth: number(parameters.terminalValue.growth) },
      fundingGapDiscountRate: {
        rate: number(parameters.fundingGapDiscountRate?.rate ?? EU_REFERENCE_DISCOUNT_RATE),
        basis: parameters.fundingGapDiscountRate?.basis ?? 'real',
      },
    },
  };
}
