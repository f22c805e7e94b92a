import type { Arithmetic } from '../finance/arithmetic';
import { Dec } from '../finance/decimal';
import type { Scenario, Subsidy } from '../scenario';
import type {
  EffectInput,
  ModelInputs,
  SubsidyInput,
  SurchargesInput,
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
  /** A maintenance item's payments repeated every `every` years while they fall within the horizon. */
  const outlays = (
    parts: readonly { year: number; share: string }[],
    every: number | undefined,
  ): YearShareInput<N>[] => {
    if (every === undefined) return schedule(parts);
    const repeated: YearShareInput<N>[] = [];
    for (let offset = 0; parts.some((part) => part.year + offset <= horizon); offset += every) {
      for (const part of parts) {
        if (part.year + offset <= horizon)
          repeated.push({ year: part.year + offset, share: number(part.share) });
      }
    }
    return repeated;
  };
  const resolveSurcharges = (): SurchargesInput<N> | null => {
    const entered = tax.surcharges;
    if (entered === undefined) return null;
    const years = {
      startYear: entered.startYear ?? 1,
      endYear: entered.endYear ?? horizon,
      escalates: entered.escalates,
    };
    return entered.basis === 'amount'
      ? { ...years, basis: 'amount', amount: number(entered.amount) }
      : {
          ...years,
          basis: 'vat-rates',
          vatPayable: number(entered.vatPayable),
          urbanMaintenanceRate: number(entered.urbanMaintenanceRate),
          educationRate: number(entered.educationRate),
          localEducationRate: number(entered.localEducationRate),
        };
  };

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
      payments: outlays(item.payments, item.maintenance?.everyYears),
      // A maintenance outlay enters service the year after it is paid; the first one is the item's.
      inServiceYear:
        (item.maintenance === undefined
          ? Math.max(...item.payments.map((part) => part.year))
          : Math.min(...item.payments.map((part) => part.year))) + 1,
      depreciation: {
        method: item.depreciation.method,
        lifeYears: item.depreciation.lifeYears,
        salvage: number(item.depreciation.salvage),
        factor: optional(item.depreciation.factor),
      },
      eligibility: item.eligibility,
      replacement: item.replacement ?? false,
      maintenance:
        item.maintenance === undefined
          ? null
          : {
              treatment: item.maintenance.treatment,
              everyYears: item.maintenance.everyYears ?? null,
            },
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
      surcharges: resolveSurcharges(),
      holiday:
        tax.holiday === undefined
          ? null
          : {
              exemptYears: tax.holiday.exemptYears,
              halfRateYears: tax.holiday.halfRateYears,
              from: tax.holiday.from,
            },
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
        draws:
          loan.draws?.map((draw) => ({ year: draw.year, amount: number(draw.amount) })) ?? null,
        drawTiming: loan.drawTiming ?? 'year-end',
        finances: loan.finances ?? [],
        constructionInterest: loan.constructionInterest ?? 'paid',
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
