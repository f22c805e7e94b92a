import { discountFactors, nominalFromReal, type Arithmetic } from '../finance';
import { addInto, cumulative, minus, plus, sumColumns, zeros } from './columns';
import { capexDeductions, fullCostSchedules } from './deductions';
import type { EffectInput, LoanInput, ModelInputs, SubsidyInput, YearShareInput } from './inputs';
import { loanSchedule, type LoanSchedule } from './loans';
import type { Projection, ProjectionLine, TaxColumns } from './projection';
import { companyAloneLedger, projectTax, projectTaxPaid } from './tax';

/*
 * The investment model: resolved inputs → yearly projection, generic over the arithmetic so that
 * the figures people read (Decimal) and the bulk analyses (floats) come from this one function.
 * Every rule is stated in README.md; comments here say why a step is where it is.
 *
 * It runs in two parts. `operations` is everything that does not depend on the subsidies
 * (savings, costs, investment, loans, discounting, the company's own tax); `projectWith` adds the
 * subsidies, the tax and the cash flows. The subsidy analysis projects the same operations with
 * and without subsidies, so that part is computed once.
 */

export interface Operations<N> {
  readonly yearCount: number;
  readonly years: readonly number[];
  readonly discountRateNominal: N;
  readonly discountFactors: readonly N[];
  readonly escalation: readonly N[];
  readonly savings: readonly ProjectionLine<N>[];
  readonly savingsTotal: readonly N[];
  readonly runningCosts: readonly ProjectionLine<N>[];
  readonly runningCostsTotal: readonly N[];
  /** Running costs that are R&D-type spending, for the super deduction. */
  readonly researchRunningCosts: readonly N[];
  readonly capex: readonly ProjectionLine<N>[];
  readonly capexTotal: readonly N[];
  readonly residualValue: readonly N[];
  readonly loans: readonly { readonly loan: LoanInput<N>; readonly schedule: LoanSchedule<N> }[];
  readonly loanDraw: readonly N[];
  readonly interest: readonly N[];
  readonly principal: readonly N[];
  readonly loanBalance: readonly N[];
  readonly debtService: readonly N[];
  readonly eligibleCapex: N;
  /** Each item's depreciation on its full cost, from its first year in service. */
  readonly fullSchedules: readonly (readonly N[])[];
  readonly companyAlone: TaxColumns<N> | null;
}

export function operations<N>(A: Arithmetic<N>, inputs: ModelInputs<N>): Operations<N> {
  const horizon = inputs.project.horizonYears;
  const yearCount = horizon + 1;
  const years = Array.from({ length: yearCount }, (_, year) => year);

  const { parameters } = inputs;
  const discountRateNominal =
    parameters.discountRate.basis === 'nominal'
      ? parameters.discountRate.rate
      : nominalFromReal(A, parameters.discountRate.rate, parameters.inflation);
  const prices = A.add(A.one, parameters.inflation);
  const escalation = years.map((year) => (year === 0 ? A.one : A.powInt(prices, year)));

  const baseline = baselineLookup(inputs);
  const savings = inputs.effects.map((effect): ProjectionLine<N> => {
    const full = fullAnnualEffect(A, effect, baseline);
    const values = zeros(A, yearCount);
    const decays = !A.isZero(effect.decayPerYear);
    const retained = A.sub(A.one, effect.decayPerYear);
    // After the ramp: the full effect, then × (1 − decay) each further year.
    let afterRamp = full;
    for (let year = effect.startYear; year <= Math.min(effect.endYear, horizon); year += 1) {
      const step = year - effect.startYear;
      const ramp = effect.ramp[step];
      let amount: N;
      if (ramp !== undefined) {
        amount = A.mul(full, ramp);
      } else {
        amount = afterRamp;
        if (decays) afterRamp = A.mul(afterRamp, retained);
      }
      values[year] = effect.escalates ? A.mul(amount, escalation[year] as N) : amount;
    }
    return { id: effect.id, name: effect.name, values };
  });

  const runningCosts = inputs.runningCosts.map((cost): ProjectionLine<N> => {
    const values = zeros(A, yearCount);
    for (let year = cost.startYear; year <= Math.min(cost.endYear, horizon); year += 1) {
      values[year] = cost.escalates ? A.mul(cost.amount, escalation[year] as N) : cost.amount;
    }
    return { id: cost.id, name: cost.name, values };
  });

  const capex = inputs.capex.map((item): ProjectionLine<N> => ({
    id: item.id,
    name: item.name,
    values: spread(A, yearCount, item.amount, item.payments),
  }));
  const residualValue = zeros(A, yearCount);
  residualValue[horizon] = inputs.capex.reduce(
    (total, item) => A.add(total, item.residualValue),
    A.zero,
  );

  const loans = inputs.financing.loans.map((loan) => ({
    loan,
    schedule: loanSchedule(A, loan, yearCount),
  }));
  const interest = sumColumns(
    A,
    yearCount,
    loans.map((entry) => entry.schedule.interest),
  );
  const principal = sumColumns(
    A,
    yearCount,
    loans.map((entry) => entry.schedule.principal),
  );

  return {
    yearCount,
    years,
    discountRateNominal,
    discountFactors: discountFactors(A, discountRateNominal, horizon),
    escalation,
    savings,
    savingsTotal: sumColumns(
      A,
      yearCount,
      savings.map((line) => line.values),
    ),
    runningCosts,
    runningCostsTotal: sumColumns(
      A,
      yearCount,
      runningCosts.map((line) => line.values),
    ),
    researchRunningCosts: sumColumns(
      A,
      yearCount,
      runningCosts
        .filter((_, index) => inputs.runningCosts[index]?.eligibility.superDeduction === true)
        .map((line) => line.values),
    ),
    capex,
    capexTotal: sumColumns(
      A,
      yearCount,
      capex.map((line) => line.values),
    ),
    residualValue,
    loans,
    loanDraw: sumColumns(
      A,
      yearCount,
      loans.map((entry) => entry.schedule.draw),
    ),
    interest,
    principal,
    loanBalance: sumColumns(
      A,
      yearCount,
      loans.map((entry) => entry.schedule.closingBalance),
    ),
    debtService: plus(A, interest, principal),
    eligibleCapex: inputs.capex.reduce(
      (total, item) => (item.eligibility.grants ? A.add(total, item.amount) : total),
      A.zero,
    ),
    fullSchedules: fullCostSchedules(A, inputs),
    companyAlone: companyAloneLedger(A, inputs.tax, yearCount),
  };
}

export function project<N>(A: Arithmetic<N>, inputs: ModelInputs<N>): Projection<N> {
  return projectWith(A, inputs, operations(A, inputs), inputs.subsidies);
}

/** The projection of `inputs` with the given subsidies (all of them, some, or none). */
export function projectWith<N>(
  A: Arithmetic<N>,
  inputs: ModelInputs<N>,
  ops: Operations<N>,
  subsidyInputs: readonly SubsidyInput<N>[],
): Projection<N> {
  const { yearCount, years } = ops;
  const horizon = yearCount - 1;
  const baseReductions = new Map<string, N>();
  const interestSubsidy = zeros(A, yearCount);
  const capexGrantsTotal = zeros(A, yearCount);
  const taxableSubsidies = zeros(A, yearCount);

  const subsidies = subsidyInputs.map((subsidy): ProjectionLine<N> => {
    let values: N[];
    switch (subsidy.type) {
      case 'capex-grant': {
        const uncapped = A.mul(ops.eligibleCapex, subsidy.rate);
        const grant = subsidy.cap === null ? uncapped : A.min(uncapped, subsidy.cap);
        values = spread(A, yearCount, grant, subsidy.disbursement);
        addInto(A, capexGrantsTotal, values);
        if (subsidy.reducesDepreciableBase && !A.isZero(ops.eligibleCapex)) {
          const perUnitOfCost = A.div(grant, ops.eligibleCapex);
          for (const item of inputs.capex) {
            if (!item.eligibility.grants) continue;
            const share = A.mul(item.amount, perUnitOfCost);
            const before = baseReductions.get(item.id);
            baseReductions.set(item.id, before === undefined ? share : A.add(before, share));
          }
        }
        break;
      }
      case 'lump-sum':
      case 'service-voucher':
        values = spread(A, yearCount, subsidy.amount, subsidy.disbursement);
        break;
      case 'interest-subsidy': {
        values = zeros(A, yearCount);
        const found = ops.loans.find((entry) => entry.loan.id === subsidy.loanId);
        if (found !== undefined) {
          const first = found.loan.drawdownYear + 1;
          for (let year = first; year < Math.min(first + subsidy.years, yearCount); year += 1) {
            values[year] = A.mul(found.schedule.openingBalance[year] as N, subsidy.ratePoints);
          }
        }
        addInto(A, interestSubsidy, values);
        break;
      }
    }
    if (subsidy.taxable) addInto(A, taxableSubsidies, values);
    return { id: subsidy.id, name: subsidy.name, values };
  });
  const subsidiesTotal = sumColumns(
    A,
    yearCount,
    subsidies.map((line) => line.values),
  );

  const deductions = capexDeductions(A, inputs, ops.fullSchedules, baseReductions, yearCount);
  const netSavings = minus(A, ops.savingsTotal, ops.runningCostsTotal);
  const taxableIncomeBeforeIncentives = minus(
    A,
    plus(A, netSavings, taxableSubsidies),
    deductions.depreciationBeforeIncentives,
  );
  const oneTimeDeductionEffect = minus(
    A,
    plus(A, deductions.oneTimeDeduction, deductions.depreciation),
    deductions.depreciationBeforeIncentives,
  );
  const taxableIncomeAfterOneTimeDeduction = minus(
    A,
    taxableIncomeBeforeIncentives,
    oneTimeDeductionEffect,
  );
  const superDeductionRate = inputs.tax.superDeduction?.rate ?? null;
  const superDeduction =
    superDeductionRate === null
      ? zeros(A, yearCount)
      : plus(A, ops.researchRunningCosts, deductions.superDeductionBase).map((base) =>
          A.isZero(base) ? base : A.mul(base, superDeductionRate),
        );
  const taxableIncome = minus(A, taxableIncomeAfterOneTimeDeduction, superDeduction);
  const tax = projectTax(
    A,
    inputs.tax,
    taxableIncome,
    deductions.taxCreditGenerated,
    ops.companyAlone,
  );
  // Interest is deductible only in the equity view; the project is judged as if unfinanced.
  const equityTax =
    ops.loans.length === 0
      ? tax.tax
      : projectTaxPaid(
          A,
          inputs.tax,
          minus(A, taxableIncome, ops.interest),
          deductions.taxCreditGenerated,
          ops.companyAlone,
        );

  const projectNetCashFlow = minus(
    A,
    plus(A, plus(A, minus(A, netSavings, ops.capexTotal), subsidiesTotal), ops.residualValue),
    tax.tax,
  );
  const equityNetCashFlow = minus(
    A,
    plus(A, plus(A, projectNetCashFlow, minus(A, tax.tax, equityTax)), ops.loanDraw),
    ops.debtService,
  );
  const cashAvailableForDebtService = plus(
    A,
    minus(A, netSavings, equityTax),
    minus(A, subsidiesTotal, capexGrantsTotal),
  );
  const dscr = years.map((year) => {
    const service = ops.debtService[year] as N;
    return A.isZero(service) ? null : A.div(cashAvailableForDebtService[year] as N, service);
  });
  const discount = (flows: readonly N[]) =>
    flows.map((flow, year) => A.mul(flow, ops.discountFactors[year] as N));
  const discountedProjectNetCashFlow = discount(projectNetCashFlow);

  return {
    horizonYears: horizon,
    years,
    calendarYears: years.map((year) => inputs.project.startYear + year),
    discountRateNominal: ops.discountRateNominal,
    discountFactors: ops.discountFactors,
    escalation: ops.escalation,
    savings: ops.savings,
    savingsTotal: ops.savingsTotal,
    runningCosts: ops.runningCosts,
    runningCostsTotal: ops.runningCostsTotal,
    capex: ops.capex,
    capexTotal: ops.capexTotal,
    residualValue: ops.residualValue,
    subsidies,
    subsidiesTotal,
    capexGrantsTotal,
    taxableSubsidies,
    depreciationBeforeIncentives: deductions.depreciationBeforeIncentives,
    taxableIncomeBeforeIncentives,
    oneTimeDeduction: deductions.oneTimeDeduction,
    depreciation: deductions.depreciation,
    oneTimeDeductionEffect,
    taxableIncomeAfterOneTimeDeduction,
    superDeduction,
    taxableIncome,
    taxCreditGenerated: deductions.taxCreditGenerated,
    tax,
    loanDraw: ops.loanDraw,
    interest: ops.interest,
    principal: ops.principal,
    loanBalance: ops.loanBalance,
    interestSubsidy,
    debtService: ops.debtService,
    equityTax,
    cashAvailableForDebtService,
    dscr,
    projectNetCashFlow,
    cumulativeProjectNetCashFlow: cumulative(A, projectNetCashFlow),
    discountedProjectNetCashFlow,
    cumulativeDiscountedProjectNetCashFlow: cumulative(A, discountedProjectNetCashFlow),
    equityNetCashFlow,
    cumulativeEquityNetCashFlow: cumulative(A, equityNetCashFlow),
    discountedEquityNetCashFlow:
      ops.loans.length === 0 ? discountedProjectNetCashFlow : discount(equityNetCashFlow),
  };
}

function spread<N>(
  A: Arithmetic<N>,
  yearCount: number,
  amount: N,
  parts: readonly YearShareInput<N>[],
): N[] {
  const values = zeros(A, yearCount);
  for (const part of parts) {
    if (part.year < yearCount)
      values[part.year] = A.add(values[part.year] as N, A.mul(amount, part.share));
  }
  return values;
}

export function baselineLookup<N>(inputs: ModelInputs<N>): (line: string) => N | null {
  const { baseline } = inputs;
  return (line) => {
    switch (line) {
      case 'productionCost':
        return baseline.productionCost;
      case 'inspectionLabourCost':
        return baseline.inspectionLabourCost;
      case 'revenue':
        return baseline.revenue;
      default:
        return baseline.otherCosts.find((cost) => cost.id === line)?.amount ?? null;
    }
  };
}

/** The saving at full effect, in year-0 prices, before ramp, decay and escalation. */
export function fullAnnualEffect<N>(
  A: Arithmetic<N>,
  effect: EffectInput<N>,
  baseline: (line: string) => N | null,
): N {
  switch (effect.basis) {
    case 'amount':
      return effect.fullEffect;
    case 'baseline-share':
      return A.mul(baseline(effect.baselineLine) ?? A.zero, effect.fullEffect);
    case 'defect-detection': {
      // Escaped defects are proportional to 1 − detection: the cost falls by (after − before) / (1 − before).
      const improvement = A.div(
        A.sub(effect.detectionAfter, effect.detectionBefore),
        A.sub(A.one, effect.detectionBefore),
      );
      return A.mul(baseline(effect.baselineLine) ?? A.zero, improvement);
    }
  }
}
