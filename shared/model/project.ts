import { discountFactors, FinanceError, nominalFromReal, type Arithmetic } from '../finance';
import { addInto, cumulative, minus, plus, sum, sumColumns, zeros } from './columns';
import { capexDeductions, fullCostSchedules, type CapexDeductions } from './deductions';
import type {
  DiscountRateInput,
  EffectInput,
  LoanInput,
  ModelInputs,
  SubsidyInput,
  WorkingCapitalInput,
  YearShareInput,
} from './inputs';
import { loanSchedule, type LoanSchedule } from './loans';
import type { Projection, ProjectionLine, TaxColumns } from './projection';
import { companyAloneLedger, projectTax } from './tax';

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
  /** Capex of the items marked as replacements: operating outflows of the EU funding gap. */
  readonly replacementCapexTotal: readonly N[];
  readonly inputVatPaid: readonly N[];
  readonly inputVatRecovered: readonly N[];
  readonly workingCapital: readonly ProjectionLine<N>[];
  readonly workingCapitalTotal: readonly N[];
  readonly residualValue: readonly N[];
  readonly loans: readonly { readonly loan: LoanInput<N>; readonly schedule: LoanSchedule<N> }[];
  readonly loanDraw: readonly N[];
  readonly interest: readonly N[];
  readonly principal: readonly N[];
  readonly loanBalance: readonly N[];
  readonly debtService: readonly N[];
  readonly interestDuringConstruction: readonly N[];
  /** The part of it paid from equity in its year (the rest is rolled into the loans). */
  readonly constructionInterestPaid: readonly N[];
  /** Interest during construction added to each item's cost, by item id. */
  readonly capitalisedInterest: ReadonlyMap<string, N>;
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
  const discountRateNominal = nominalRate(A, parameters.discountRate, parameters.inflation);
  const prices = A.add(A.one, parameters.inflation);
  const escalation = years.map((year) => (year === 0 ? A.one : A.powInt(prices, year)));
  // The price factor of a line in year t: inflation if it escalates, times its own growth.
  const priceFactor = (escalates: boolean, growth: N): ((year: number) => N | null) => {
    const grows = A.isZero(growth) ? null : A.add(A.one, growth);
    return (year) => {
      const own = grows === null || year === 0 ? null : A.powInt(grows, year);
      const general = escalates ? (escalation[year] as N) : null;
      return own === null ? general : general === null ? own : A.mul(general, own);
    };
  };
  const priced = (amount: N, factor: N | null): N =>
    factor === null ? amount : A.mul(amount, factor);

  const baseline = baselineLookup(inputs);
  const savings = inputs.effects.map((effect): ProjectionLine<N> => {
    const full = fullAnnualEffect(A, effect, baseline);
    const values = zeros(A, yearCount);
    const decays = !A.isZero(effect.decayPerYear);
    const retained = A.sub(A.one, effect.decayPerYear);
    const factor = priceFactor(effect.escalates, effect.growth);
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
      // A yearly series gives this year's amount instead of full effect × level.
      amount = effect.series?.[step] ?? amount;
      values[year] = priced(amount, factor(year));
    }
    return { id: effect.id, name: effect.name, values };
  });

  const runningCosts = inputs.runningCosts.map((cost): ProjectionLine<N> => {
    const values = zeros(A, yearCount);
    const factor = priceFactor(cost.escalates, cost.growth);
    for (let year = cost.startYear; year <= Math.min(cost.endYear, horizon); year += 1) {
      values[year] = priced(cost.series?.[year - cost.startYear] ?? cost.amount, factor(year));
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

  const workingCapital = inputs.workingCapital.map((line): ProjectionLine<N> => ({
    id: line.id,
    name: line.name,
    values: workingCapitalFlows(A, line, baseline, escalation),
  }));

  // A loan's construction lasts until the last item it pays for enters service.
  const inServiceOf = new Map(inputs.capex.map((item) => [item.id, item.inServiceYear]));
  const loans = inputs.financing.loans.map((loan) => ({
    loan,
    schedule: loanSchedule(
      A,
      loan,
      yearCount,
      Math.max(0, ...loan.finances.map((id) => inServiceOf.get(id) ?? 0)),
    ),
  }));
  const interestDuringConstruction = sumColumns(
    A,
    yearCount,
    loans.map((entry) => entry.schedule.constructionInterest),
  );
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
  const vat = inputVatFlows(A, inputs, yearCount);

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
    replacementCapexTotal: sumColumns(
      A,
      yearCount,
      capex
        .filter((_, index) => inputs.capex[index]?.replacement === true)
        .map((line) => line.values),
    ),
    inputVatPaid: vat.paid,
    inputVatRecovered: vat.recovered,
    workingCapital,
    workingCapitalTotal: sumColumns(
      A,
      yearCount,
      workingCapital.map((line) => line.values),
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
    interestDuringConstruction,
    constructionInterestPaid: sumColumns(
      A,
      yearCount,
      loans.map((entry) => entry.schedule.constructionInterestPaid),
    ),
    capitalisedInterest: capitalisedInterest(A, inputs, loans),
    eligibleCapex: inputs.capex.reduce(
      (total, item) => (item.eligibility.grants ? A.add(total, item.amount) : total),
      A.zero,
    ),
    fullSchedules: fullCostSchedules(A, inputs),
    companyAlone: companyAloneLedger(A, inputs.tax, yearCount),
  };
}

/**
 * Each loan's interest during construction, shared among the items it pays for in proportion to
 * their cost: what each item's tax base gains (Implementation Regulations of the Enterprise Income
 * Tax Law, Art. 37: borrowing costs during construction are capital expenditure).
 */
function capitalisedInterest<N>(
  A: Arithmetic<N>,
  inputs: ModelInputs<N>,
  loans: readonly { readonly loan: LoanInput<N>; readonly schedule: LoanSchedule<N> }[],
): Map<string, N> {
  const added = new Map<string, N>();
  for (const { loan, schedule } of loans) {
    const interest = sum(A, schedule.constructionInterest);
    if (A.isZero(interest)) continue;
    const items = inputs.capex.filter((item) => loan.finances.includes(item.id));
    const cost = items.reduce((total, item) => A.add(total, item.amount), A.zero);
    for (const item of items) {
      const share = A.isZero(cost)
        ? A.div(interest, A.fromNumber(items.length))
        : A.div(A.mul(interest, item.amount), cost);
      const before = added.get(item.id);
      added.set(item.id, before === undefined ? share : A.add(before, share));
    }
  }
  return added;
}

/** A rate entered as nominal, or real and converted exactly: 1 + r = (1 + r_real)(1 + i). */
export function nominalRate<N>(A: Arithmetic<N>, rate: DiscountRateInput<N>, inflation: N): N {
  return rate.basis === 'nominal' ? rate.rate : nominalFromReal(A, rate.rate, inflation);
}

export function project<N>(A: Arithmetic<N>, inputs: ModelInputs<N>): Projection<N> {
  return projectWith(A, inputs, operations(A, inputs), inputs.subsidies);
}

/** Subsidies tied to financing (the interest subsidy) belong to the equity flows, not the project's. */
export const isFinancingSubsidy = <N>(subsidy: SubsidyInput<N>): boolean =>
  subsidy.type === 'interest-subsidy';

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
  const nonDeductibleSpending = zeros(A, yearCount);
  const subsidies: ProjectionLine<N>[] = [];
  const financingSubsidies: ProjectionLine<N>[] = [];

  for (const subsidy of subsidyInputs) {
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
        if (subsidy.taxable) addInto(A, taxableSubsidies, values);
        break;
      }
      case 'lump-sum':
      case 'service-voucher':
        values = spread(A, yearCount, subsidy.amount, subsidy.disbursement);
        // Non-taxable fiscal funds: the spending they pay for is not deductible, in the year received.
        addInto(A, subsidy.taxable ? taxableSubsidies : nonDeductibleSpending, values);
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
        // Taxable, or the interest it pays is not deductible: the same tax either way.
        addInto(A, interestSubsidy, values);
        break;
      }
    }
    (isFinancingSubsidy(subsidy) ? financingSubsidies : subsidies).push({
      id: subsidy.id,
      name: subsidy.name,
      values,
    });
  }
  const subsidiesTotal = sumColumns(
    A,
    yearCount,
    subsidies.map((line) => line.values),
  );

  const disposal = inputs.tax.disposalAtHorizon;
  const deductions = capexDeductions(
    A,
    inputs,
    ops.fullSchedules,
    baseReductions,
    yearCount,
    disposal,
  );
  const netSavings = minus(A, ops.savingsTotal, ops.runningCostsTotal);
  const surcharges = surchargeFlows(A, inputs, ops.escalation);
  const maintenanceExpensed = sumColumns(
    A,
    yearCount,
    ops.capex
      .filter((_, index) => inputs.capex[index]?.maintenance?.treatment === 'expense')
      .map((line) => line.values),
  );
  // Income before depreciation: net savings less the surcharges and the maintenance expensed.
  // Most scenarios have neither: the columns are then the net savings themselves.
  const afterSurcharges =
    inputs.tax.surcharges === null ? netSavings : minus(A, netSavings, surcharges);
  const operatingIncome = inputs.capex.some((item) => item.maintenance?.treatment === 'expense')
    ? minus(A, afterSurcharges, maintenanceExpensed)
    : afterSurcharges;
  const chain = incomeChain(
    A,
    inputs,
    deductions,
    plus(A, plus(A, operatingIncome, taxableSubsidies), nonDeductibleSpending),
    ops,
    disposal,
  );
  const { taxableIncome } = chain;
  const firstOperatingYear = Math.min(1 + horizon, ...inputs.effects.map((e) => e.startYear));
  const tax = projectTax(
    A,
    inputs.tax,
    taxableIncome,
    deductions.taxCreditGenerated,
    ops.companyAlone,
    firstOperatingYear,
  );
  // The project is judged as if unfinanced, so the interest during construction its loans
  // capitalise raises the deductions only in the equity view, with the interest itself.
  const capitalising = ops.capitalisedInterest.size > 0;
  const equityDeductions = capitalising
    ? capexDeductionsWithInterest(A, inputs, ops.capitalisedInterest, baseReductions, yearCount)
    : deductions;
  const equityIncome = capitalising
    ? incomeChain(
        A,
        inputs,
        equityDeductions,
        plus(A, plus(A, operatingIncome, taxableSubsidies), nonDeductibleSpending),
        ops,
        disposal,
      ).taxableIncome
    : taxableIncome;
  const constructionInterestDeduction = capitalising
    ? minus(
        A,
        plus(A, equityDeductions.oneTimeDeduction, equityDeductions.depreciation),
        plus(A, deductions.oneTimeDeduction, deductions.depreciation),
      )
    : zeros(A, yearCount);
  // Interest is deductible only in the equity view; the project is judged as if unfinanced. The
  // interest subsidy is income there (or, untaxed, makes the interest it pays non-deductible).
  const equityTaxableIncome =
    ops.loans.length === 0
      ? taxableIncome
      : plus(A, minus(A, equityIncome, ops.interest), interestSubsidy);
  // The whole ledger, not only its tax: the profit statement shows its losses and income.
  const equityTaxColumns =
    ops.loans.length === 0
      ? tax
      : projectTax(
          A,
          inputs.tax,
          equityTaxableIncome,
          deductions.taxCreditGenerated,
          ops.companyAlone,
          firstOperatingYear,
        );
  const equityTax = equityTaxColumns.tax;
  const followingYear = inputs.tax.payment === 'following-year';
  const taxPaid = followingYear ? paidTheYearAfter(A, tax.tax) : tax.tax;
  const equityTaxPaid =
    equityTax === tax.tax ? taxPaid : followingYear ? paidTheYearAfter(A, equityTax) : equityTax;

  // Terminal value: the last year's operating flow growing for ever at g, valued at the horizon.
  const terminalValue = zeros(A, yearCount);
  const terminalValueBeforeTax = zeros(A, yearCount);
  const terminal = inputs.parameters.terminalValue;
  if (terminal !== null) {
    const r = ops.discountRateNominal;
    if (A.cmp(terminal.growth, r) >= 0)
      throw new FinanceError(
        '#NUM!',
        'the growth of the terminal value must be below the discount rate',
      );
    const multiple = A.div(A.add(A.one, terminal.growth), A.sub(r, terminal.growth));
    const operating = A.sub(netSavings[horizon] as N, surcharges[horizon] as N);
    terminalValueBeforeTax[horizon] = A.mul(operating, multiple);
    terminalValue[horizon] = A.mul(A.sub(operating, tax.tax[horizon] as N), multiple);
  }

  // Every flow of the project but income tax and the terminal value, which before and after tax differ.
  const flowsWithinHorizon = sumOfColumns(A, [
    minus(A, afterSurcharges, ops.capexTotal),
    subsidiesTotal,
    ops.residualValue,
    ops.workingCapitalTotal,
    minus(A, ops.inputVatRecovered, ops.inputVatPaid),
  ]);
  const projectNetCashFlowBeforeTax = plus(A, flowsWithinHorizon, terminalValueBeforeTax);
  const projectNetCashFlow = plus(A, flowsWithinHorizon, minus(A, terminalValue, taxPaid));
  const equityNetCashFlow = minus(
    A,
    sumOfColumns(A, [
      projectNetCashFlow,
      minus(A, taxPaid, equityTaxPaid),
      ops.loanDraw,
      interestSubsidy,
    ]),
    ops.constructionInterestPaid.every((paid) => A.isZero(paid))
      ? ops.debtService
      : plus(A, ops.debtService, ops.constructionInterestPaid),
  );
  const cashAvailableForDebtService = sumOfColumns(A, [
    minus(A, afterSurcharges, equityTaxPaid),
    ops.workingCapitalTotal,
    minus(A, subsidiesTotal, capexGrantsTotal),
    interestSubsidy,
  ]);
  const dscr = years.map((year) => {
    const service = ops.debtService[year] as N;
    return A.isZero(service) ? null : A.div(cashAvailableForDebtService[year] as N, service);
  });
  const discount = (flows: readonly N[]) =>
    flows.map((flow, year) => A.mul(flow, ops.discountFactors[year] as N));
  const discountedProjectNetCashFlow = discount(projectNetCashFlow);
  const { parameters } = inputs;

  return {
    horizonYears: horizon,
    years,
    calendarYears: years.map((year) => inputs.project.startYear + year),
    discountRateNominal: ops.discountRateNominal,
    discountFactors: ops.discountFactors,
    escalation: ops.escalation,
    conventions: {
      financeRate: parameters.mirr.financeRate ?? ops.discountRateNominal,
      reinvestmentRate: parameters.mirr.reinvestmentRate ?? ops.discountRateNominal,
      paybackFromConstructionStart: parameters.payback === 'from-construction-start',
      fundingGapDiscountRate: nominalRate(
        A,
        parameters.fundingGapDiscountRate,
        parameters.inflation,
      ),
      eligibleCost: inputs.capex.reduce(
        (total, item) =>
          item.eligibility.grants && !item.replacement ? A.add(total, item.amount) : total,
        A.zero,
      ),
    },
    savings: ops.savings,
    savingsTotal: ops.savingsTotal,
    runningCosts: ops.runningCosts,
    runningCostsTotal: ops.runningCostsTotal,
    capex: ops.capex,
    capexTotal: ops.capexTotal,
    replacementCapexTotal: ops.replacementCapexTotal,
    maintenanceCapexTotal: sumColumns(
      A,
      yearCount,
      ops.capex
        .filter((_, index) => inputs.capex[index]?.maintenance !== null)
        .map((line) => line.values),
    ),
    maintenanceExpensed,
    interestDuringConstruction: ops.interestDuringConstruction,
    constructionInterestCapitalised: sum(A, ops.interestDuringConstruction),
    constructionInterestPaid: ops.constructionInterestPaid,
    constructionInterestDeduction,
    surcharges,
    inputVatPaid: ops.inputVatPaid,
    inputVatRecovered: ops.inputVatRecovered,
    workingCapital: ops.workingCapital,
    workingCapitalTotal: ops.workingCapitalTotal,
    residualValue: ops.residualValue,
    subsidies,
    subsidiesTotal,
    financingSubsidies,
    capexGrantsTotal,
    taxableSubsidies,
    nonDeductibleSpending,
    depreciationBeforeIncentives: deductions.depreciationBeforeIncentives,
    taxableIncomeBeforeIncentives: chain.taxableIncomeBeforeIncentives,
    oneTimeDeduction: deductions.oneTimeDeduction,
    depreciation: deductions.depreciation,
    oneTimeDeductionEffect: chain.oneTimeDeductionEffect,
    taxableIncomeAfterOneTimeDeduction: chain.taxableIncomeAfterOneTimeDeduction,
    superDeduction: chain.superDeduction,
    disposalGain: chain.disposalGain,
    taxableIncome,
    taxCreditGenerated: deductions.taxCreditGenerated,
    tax,
    taxPaid,
    loanDraw: ops.loanDraw,
    interest: ops.interest,
    principal: ops.principal,
    loanBalance: ops.loanBalance,
    interestSubsidy,
    debtService: ops.debtService,
    equityTaxableIncome,
    equityTaxColumns,
    equityTax,
    equityTaxPaid,
    cashAvailableForDebtService,
    dscr,
    terminalValue,
    terminalValueBeforeTax,
    projectNetCashFlowBeforeTax,
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

/** Taxable income, step by step from the income before depreciation to the taxable income. */
function incomeChain<N>(
  A: Arithmetic<N>,
  inputs: ModelInputs<N>,
  deductions: CapexDeductions<N>,
  incomeBeforeDepreciation: readonly N[],
  ops: Operations<N>,
  disposal: boolean,
) {
  const { yearCount } = ops;
  const taxableIncomeBeforeIncentives = minus(
    A,
    incomeBeforeDepreciation,
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
  // Disposal at the horizon: the residual value is income, the tax book value left a deduction.
  const disposalGain = zeros(A, yearCount);
  const horizon = yearCount - 1;
  if (disposal)
    disposalGain[horizon] = A.sub(ops.residualValue[horizon] as N, deductions.bookValueLeft);
  const taxableIncome = plus(
    A,
    minus(A, taxableIncomeAfterOneTimeDeduction, superDeduction),
    disposalGain,
  );
  return {
    taxableIncomeBeforeIncentives,
    oneTimeDeductionEffect,
    taxableIncomeAfterOneTimeDeduction,
    superDeduction,
    disposalGain,
    taxableIncome,
  };
}

/** The deductions of the investment with each item's cost raised by its interest during construction. */
function capexDeductionsWithInterest<N>(
  A: Arithmetic<N>,
  inputs: ModelInputs<N>,
  added: ReadonlyMap<string, N>,
  baseReductions: ReadonlyMap<string, N>,
  yearCount: number,
): CapexDeductions<N> {
  const raised: ModelInputs<N> = {
    ...inputs,
    capex: inputs.capex.map((item) => {
      const interest = added.get(item.id);
      return interest === undefined ? item : { ...item, amount: A.add(item.amount, interest) };
    }),
  };
  return capexDeductions(
    A,
    raised,
    fullCostSchedules(A, raised),
    baseReductions,
    yearCount,
    inputs.tax.disposalAtHorizon,
  );
}

/**
 * Surcharges on VAT in each year of their range: the amount entered, or the VAT payable × the sum
 * of the three rates (城市维护建设税, 教育费附加, 地方教育附加), in the year's prices when they escalate.
 */
function surchargeFlows<N>(
  A: Arithmetic<N>,
  inputs: ModelInputs<N>,
  escalation: readonly N[],
): N[] {
  const values = zeros(A, escalation.length);
  const entered = inputs.tax.surcharges;
  if (entered === null) return values;
  const yearly =
    entered.basis === 'amount'
      ? entered.amount
      : A.mul(
          entered.vatPayable,
          A.add(
            A.add(entered.urbanMaintenanceRate, entered.educationRate),
            entered.localEducationRate,
          ),
        );
  for (
    let year = entered.startYear;
    year <= Math.min(entered.endYear, escalation.length - 1);
    year += 1
  )
    values[year] = entered.escalates ? A.mul(yearly, escalation[year] as N) : yearly;
  return values;
}

function sumOfColumns<N>(A: Arithmetic<N>, columns: readonly (readonly N[])[]): N[] {
  const [first, ...rest] = columns;
  return rest.reduce<N[]>((total, column) => plus(A, total, column), [...(first ?? [])]);
}

/**
 * Tax of year t paid in year t + 1, at the annual settlement (by 31 May of the following year);
 * the last year's tax is paid at the horizon with the year before's, so none is left unpaid.
 */
function paidTheYearAfter<N>(A: Arithmetic<N>, tax: readonly N[]): N[] {
  const last = tax.length - 1;
  return tax.map((_, year) =>
    year === 0
      ? A.zero
      : year === last
        ? A.add(tax[year - 1] as N, tax[year] as N)
        : (tax[year - 1] as N),
  );
}

/**
 * Cash a working-capital line releases (+) or absorbs (−) each year: the whole change W in the
 * shares of its timing, in the prices of each year when it escalates, reversed at the horizon
 * when it is recovered (so the line then adds up to zero).
 */
function workingCapitalFlows<N>(
  A: Arithmetic<N>,
  line: WorkingCapitalInput<N>,
  baseline: (line: string) => N | null,
  escalation: readonly N[],
): N[] {
  const yearCount = escalation.length;
  let whole: N;
  switch (line.basis) {
    case 'amount':
      whole = line.amount;
      break;
    case 'baseline-share':
      whole = A.mul(baseline(line.baselineLine) ?? A.zero, line.share);
      break;
    case 'baseline-days':
      whole = A.div(A.mul(baseline(line.baselineLine) ?? A.zero, line.days), A.fromNumber(365));
      break;
  }
  const signed = line.change === 'release' ? whole : A.neg(whole);
  const values = zeros(A, yearCount);
  for (const part of line.timing) {
    if (part.year >= yearCount) continue;
    const change = A.mul(signed, part.share);
    values[part.year] = A.add(
      values[part.year] as N,
      line.escalates ? A.mul(change, escalation[part.year] as N) : change,
    );
  }
  if (line.recoveredAtHorizon) {
    const last = yearCount - 1;
    values[last] = A.sub(values[last] as N, sum(A, values));
  }
  return values;
}

/**
 * Input VAT on the investment: paid with each item in the shares of its payments, recovered in
 * equal parts over the following `inputVatRecoveryYears` years; a part that would fall after the
 * horizon is recovered at the horizon (the refund of the credit left, 留抵退税).
 */
function inputVatFlows<N>(
  A: Arithmetic<N>,
  inputs: ModelInputs<N>,
  yearCount: number,
): { paid: N[]; recovered: N[] } {
  const paid = zeros(A, yearCount);
  const recovered = zeros(A, yearCount);
  const spreadOver = inputs.tax.inputVatRecoveryYears;
  const last = yearCount - 1;
  for (const item of inputs.capex) {
    if (A.isZero(item.inputVat)) continue;
    for (const part of item.payments) {
      if (part.year > last) continue;
      const amount = A.mul(item.inputVat, part.share);
      paid[part.year] = A.add(paid[part.year] as N, amount);
      const each = spreadOver === 1 ? amount : A.div(amount, A.fromNumber(spreadOver));
      for (let k = 1; k <= spreadOver; k += 1) {
        const year = Math.min(part.year + k, last);
        recovered[year] = A.add(recovered[year] as N, each);
      }
    }
  }
  return { paid, recovered };
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
