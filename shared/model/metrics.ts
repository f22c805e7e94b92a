import {
  benefitCostRatio,
  discountFactors,
  floatArithmetic,
  modifiedIrr,
  payback,
  paybackRelapses,
  profitabilityIndex,
  solveIrr,
  type Arithmetic,
  type IrrResult,
  type PaybackResult,
} from '../finance';
import { minus, plus, presentValueOf, sum } from './columns';
import type { Projection } from './projection';

/*
 * The figures a decision rests on (README, "Metrics"). Rates are fractions; "not within the
 * horizon", "no IRR" and "no ratio" are null, never a number that could be ranked or averaged.
 */

export type IrrStatus = 'unique' | 'multiple' | 'no-sign-change' | 'no-root';

export interface Metrics<N> {
  readonly npv: N;
  readonly irr: N | null;
  readonly mirr: N | null;
  readonly paybackYears: N | null;
  readonly discountedPaybackYears: N | null;
  readonly profitabilityIndex: N | null;
  readonly benefitCostRatio: N | null;
  readonly roi: N | null;
  readonly npvWithoutSubsidies: N;
  readonly irrWithoutSubsidies: N | null;
  readonly subsidyTotal: N;
  readonly subsidyPresentValue: N;
  /** Present value of subsidies per unit of NPV; null unless NPV is positive. */
  readonly publicMoneyPerNpv: N | null;
  /** Investment not paid by subsidies per unit of subsidy; null without subsidies. */
  readonly privateInvestmentPerSubsidy: N | null;
  readonly additionality: boolean;
  readonly fundingGapRate: N | null;
  readonly equityNpv: N;
  readonly equityIrr: N | null;
  readonly minDscr: N | null;
  readonly averageDscr: N | null;
  readonly discountRateNominal: N;
  /** Project NPV and IRR before income tax (所得税前). */
  readonly npvBeforeTax: N;
  readonly irrBeforeTax: N | null;
  /** NPV without the terminal value, and the present value of the terminal value (zero without one). */
  readonly npvWithoutTerminalValue: N;
  readonly terminalValuePresentValue: N;
  /** Equity NPV with every subsidy removed: the NPV an interest subsidy is judged on. */
  readonly equityNpvWithoutSubsidies: N;
  /** Equity NPV without subsidies < 0 ≤ equity NPV (false without subsidies). */
  readonly equityAdditionality: boolean;
  /** The cumulative (discounted) flow falls below zero again after payback. */
  readonly paybackRelapses: boolean;
  readonly discountedPaybackRelapses: boolean;
  /** EU funding gap at its own discount rate: FNPV(C), FRR(C) on investment, FNPV(K), FRR(K) on capital. */
  readonly fnpvC: N;
  readonly frrC: N | null;
  readonly fnpvK: N;
  readonly frrK: N | null;
  /** Eligible cost EC and maximum grant EC × funding-gap rate (rate taken between 0 and 1). */
  readonly eligibleCost: N;
  readonly maxGrant: N | null;
  readonly fundingGapDiscountRate: N;
  /** Why an IRR is missing, or that another rate also sets NPV to zero. */
  readonly irrStatus: {
    readonly project: IrrStatus;
    readonly withoutSubsidies: IrrStatus;
    readonly equity: IrrStatus;
    readonly beforeTax: IrrStatus;
    readonly onInvestment: IrrStatus;
  };
  /** The present values the ratios are built from, for the explanations. */
  readonly presentValues: {
    readonly investment: N;
    readonly benefits: N;
    readonly costs: N;
    /** DIC and DNR of the EU funding gap, at its own discount rate. */
    readonly fundingGapInvestment: N;
    readonly netRevenue: N;
    /** Whether DNR holds the residual value: only when revenues exceed costs (480/2014, Art. 18(2)). */
    readonly netRevenueHoldsResidualValue: boolean;
  };
}

function irrOf<N>(result: IrrResult<N>): { rate: N | null; status: IrrStatus } {
  if (!result.found) return { rate: null, status: result.reason };
  return { rate: result.rate, status: result.unique ? 'unique' : 'multiple' };
}

/**
 * Decimal IRRs start Newton from the float IRR of the same flows (nearest the same default guess),
 * which leaves two or three 40-digit iterations instead of eight; the Decimal solve decides the result.
 */
export function solveIrrSeeded<N>(A: Arithmetic<N>, flows: readonly N[]): IrrResult<N> {
  if (A.kind !== 'decimal') return solveIrr(A, flows);
  const float = solveIrr(
    floatArithmetic,
    flows.map((flow) => A.toNumber(flow)),
  );
  const seed =
    float.found && Number.isFinite(float.rate) && float.rate > -0.999
      ? A.fromNumber(float.rate)
      : undefined;
  return solveIrr(A, flows, seed);
}

function yearsOf<N>(result: PaybackResult<N>): N | null {
  return result.within ? result.years : null;
}

/** Payback of flows under the projection's convention (+ 1 when counted from the start of construction). */
export function paybackPeriod<N>(
  A: Arithmetic<N>,
  projection: Projection<N>,
  flows: readonly N[],
): N | null {
  const years = yearsOf(payback(A, flows));
  if (years === null) return null;
  return projection.conventions.paybackFromConstructionStart ? A.add(years, A.one) : years;
}

/** `withoutSubsidies` is the projection of the same inputs with every subsidy removed. */
export function computeMetrics<N>(
  A: Arithmetic<N>,
  projection: Projection<N>,
  withoutSubsidies: Projection<N>,
): Metrics<N> {
  const rate = projection.discountRateNominal;
  const { conventions } = projection;
  // The projection's own discount factors, so every present value here uses the factors shown.
  const pv = (values: readonly N[]): N => presentValueOf(A, values, projection.discountFactors);
  const sumOf = (values: readonly N[]): N => sum(A, values);
  const flows = projection.projectNetCashFlow;
  const at = (column: readonly N[], year: number): N => column[year] as N;

  const npv = sumOf(projection.discountedProjectNetCashFlow);
  const irr = irrOf(solveIrrSeeded(A, flows));
  const irrWithout =
    withoutSubsidies === projection
      ? irr
      : irrOf(solveIrrSeeded(A, withoutSubsidies.projectNetCashFlow));
  const unfinanced = projection.equityNetCashFlow.every(
    (flow, year) => A.cmp(flow, flows[year] as N) === 0,
  );
  const equityIrr = unfinanced ? irr : irrOf(solveIrrSeeded(A, projection.equityNetCashFlow));
  const irrBeforeTax = irrOf(solveIrrSeeded(A, projection.projectNetCashFlowBeforeTax));

  const investment = pv(projection.capexTotal);
  // Benefits and costs split so that PV(benefits) − PV(costs) = NPV: a year's negative tax (a
  // saving on the company's other income) is a benefit, working capital released a benefit and
  // absorbed a cost.
  const positivePart = (value: N): N => A.max(A.zero, value);
  const benefitFlows = projection.years.map((year) =>
    sum(A, [
      at(projection.savingsTotal, year),
      at(projection.subsidiesTotal, year),
      at(projection.residualValue, year),
      at(projection.terminalValue, year),
      at(projection.inputVatRecovered, year),
      positivePart(at(projection.workingCapitalTotal, year)),
      positivePart(A.neg(at(projection.taxPaid, year))),
    ]),
  );
  const costFlows = projection.years.map((year) =>
    sum(A, [
      at(projection.capexTotal, year),
      at(projection.runningCostsTotal, year),
      at(projection.surcharges, year),
      at(projection.inputVatPaid, year),
      positivePart(A.neg(at(projection.workingCapitalTotal, year))),
      positivePart(at(projection.taxPaid, year)),
    ]),
  );
  const benefits = pv(benefitFlows);
  const costs = pv(costFlows);

  const capexTotal = sumOf(projection.capexTotal);
  // Public money: the subsidies of the project and those tied to its loans.
  const subsidyFlows = plus(A, projection.subsidiesTotal, projection.interestSubsidy);
  const subsidyTotal = sumOf(subsidyFlows);
  const subsidyPresentValue = pv(subsidyFlows);
  const npvWithoutSubsidies = sumOf(withoutSubsidies.discountedProjectNetCashFlow);
  const equityNpv = sumOf(projection.discountedEquityNetCashFlow);
  const equityNpvWithoutSubsidies = sumOf(withoutSubsidies.discountedEquityNetCashFlow);
  const terminalValuePresentValue = pv(projection.terminalValue);

  const gap = fundingGap(A, projection);
  const paybackYears = (values: readonly N[]): N | null => paybackPeriod(A, projection, values);

  const dscrs = projection.dscr.filter((value): value is N => value !== null);
  const positive = (value: N): boolean => !A.isNegative(value) && !A.isZero(value);
  const hasSubsidies = !A.isZero(subsidyTotal);

  return {
    npv,
    irr: irr.rate,
    mirr: modifiedIrr(A, flows, conventions.financeRate, conventions.reinvestmentRate),
    paybackYears: paybackYears(flows),
    // On the discounted column shown in the projection (finance's discountedPayback discounts the same way).
    discountedPaybackYears: paybackYears(projection.discountedProjectNetCashFlow),
    profitabilityIndex: profitabilityIndex(A, npv, investment),
    benefitCostRatio: benefitCostRatio(A, benefits, costs),
    roi: A.isZero(capexTotal) ? null : A.div(sumOf(flows), capexTotal),
    npvWithoutSubsidies,
    irrWithoutSubsidies: irrWithout.rate,
    subsidyTotal,
    subsidyPresentValue,
    publicMoneyPerNpv: positive(npv) && hasSubsidies ? A.div(subsidyPresentValue, npv) : null,
    privateInvestmentPerSubsidy: hasSubsidies
      ? A.div(A.sub(capexTotal, subsidyTotal), subsidyTotal)
      : null,
    additionality: hasSubsidies && A.isNegative(npvWithoutSubsidies) && !A.isNegative(npv),
    fundingGapRate: gap.rate,
    equityNpv,
    equityIrr: equityIrr.rate,
    minDscr: dscrs.reduce<N | null>(
      (least, value) => (least === null ? value : A.min(least, value)),
      null,
    ),
    averageDscr: dscrs.length === 0 ? null : A.div(sumOf(dscrs), A.fromNumber(dscrs.length)),
    discountRateNominal: rate,
    npvBeforeTax: pv(projection.projectNetCashFlowBeforeTax),
    irrBeforeTax: irrBeforeTax.rate,
    npvWithoutTerminalValue: A.sub(npv, terminalValuePresentValue),
    terminalValuePresentValue,
    equityNpvWithoutSubsidies,
    equityAdditionality:
      hasSubsidies && A.isNegative(equityNpvWithoutSubsidies) && !A.isNegative(equityNpv),
    paybackRelapses: paybackRelapses(A, flows),
    discountedPaybackRelapses: paybackRelapses(A, projection.discountedProjectNetCashFlow),
    fnpvC: gap.fnpvC,
    frrC: gap.frrC.rate,
    fnpvK: gap.fnpvK,
    frrK: equityIrr.rate,
    eligibleCost: conventions.eligibleCost,
    maxGrant:
      gap.rate === null
        ? null
        : A.mul(conventions.eligibleCost, A.min(A.one, A.max(A.zero, gap.rate))),
    fundingGapDiscountRate: conventions.fundingGapDiscountRate,
    irrStatus: {
      project: irr.status,
      withoutSubsidies: irrWithout.status,
      equity: equityIrr.status,
      beforeTax: irrBeforeTax.status,
      onInvestment: gap.frrC.status,
    },
    presentValues: {
      investment,
      benefits,
      costs,
      fundingGapInvestment: gap.dic,
      netRevenue: gap.dnr,
      netRevenueHoldsResidualValue: gap.holdsResidualValue,
    },
  };
}

/**
 * The EU funding gap (Commission Delegated Regulation (EU) No 480/2014, Art. 15–19; the EU CBA
 * guide 2014), before tax and financing and without subsidies, at its own discount rate:
 *  - DIC: the investment (not the outlays during operation) plus the working capital it absorbs.
 *    Interest during construction is a cost of financing: it is not in `capexTotal`, so not here;
 *  - DNR: savings − running costs − outlays during operation − surcharges on VAT + working capital
 *    released or recovered, plus the residual value (or the terminal value before tax) only when
 *    the revenues exceed those costs (Art. 18(2)). The outlays during operation — replacements and
 *    maintenance investment (维持运营投资) — are the replacement costs Art. 17 deducts from the
 *    revenue; the surcharges are taxes the operation pays on its VAT, neither recoverable VAT
 *    (Art. 15(4)) nor a tax on income. Released stock is cash the operation generates: were it
 *    netted against the investment, a project that frees more stock than it costs would have no
 *    DIC to divide by;
 *  - R = (DIC − DNR) / DIC; FNPV(C) = DNR − DIC and FRR(C) its IRR; FNPV(K) the equity flows.
 */
function fundingGap<N>(A: Arithmetic<N>, projection: Projection<N>) {
  const factors = discountFactors(
    A,
    projection.conventions.fundingGapDiscountRate,
    projection.horizonYears,
  );
  const pv = (values: readonly N[]): N => presentValueOf(A, values, factors);
  const absorbed = projection.workingCapitalTotal.map((flow) => A.max(A.zero, A.neg(flow)));
  const released = projection.workingCapitalTotal.map((flow) => A.max(A.zero, flow));
  const outlaysInOperation = plus(
    A,
    projection.replacementCapexTotal,
    projection.maintenanceCapexTotal,
  );
  const investmentFlows = plus(A, minus(A, projection.capexTotal, outlaysInOperation), absorbed);
  const costs = plus(
    A,
    plus(A, projection.runningCostsTotal, outlaysInOperation),
    projection.surcharges,
  );
  const holdsResidualValue = A.cmp(pv(projection.savingsTotal), pv(costs)) > 0;
  const operatingFlows = plus(A, minus(A, projection.savingsTotal, costs), released);
  const netRevenueFlows = holdsResidualValue
    ? plus(A, plus(A, operatingFlows, projection.residualValue), projection.terminalValueBeforeTax)
    : operatingFlows;
  const dic = pv(investmentFlows);
  const dnr = pv(netRevenueFlows);
  return {
    dic,
    dnr,
    holdsResidualValue,
    rate: A.isNegative(dic) || A.isZero(dic) ? null : A.div(A.sub(dic, dnr), dic),
    fnpvC: A.sub(dnr, dic),
    frrC: irrOf(solveIrrSeeded(A, minus(A, netRevenueFlows, investmentFlows))),
    fnpvK: pv(projection.equityNetCashFlow),
  };
}
