import {
  benefitCostRatio,
  floatArithmetic,
  modifiedIrr,
  payback,
  profitabilityIndex,
  solveIrr,
  type Arithmetic,
  type IrrResult,
  type PaybackResult,
} from '../finance';
import { presentValueOf, sum } from './columns';
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
  /** Why an IRR is missing, or that another rate also sets NPV to zero. */
  readonly irrStatus: {
    readonly project: IrrStatus;
    readonly withoutSubsidies: IrrStatus;
    readonly equity: IrrStatus;
  };
  /** The present values the ratios are built from, for the explanations. */
  readonly presentValues: {
    readonly investment: N;
    readonly benefits: N;
    readonly costs: N;
    readonly netRevenue: N;
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
function solveIrrSeeded<N>(A: Arithmetic<N>, flows: readonly N[]): IrrResult<N> {
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

/** `withoutSubsidies` is the projection of the same inputs with every subsidy removed. */
export function computeMetrics<N>(
  A: Arithmetic<N>,
  projection: Projection<N>,
  withoutSubsidies: Projection<N>,
): Metrics<N> {
  const rate = projection.discountRateNominal;
  // The projection's own discount factors, so every present value here uses the factors shown.
  const pv = (values: readonly N[]): N => presentValueOf(A, values, projection.discountFactors);
  const sumOf = (values: readonly N[]): N => sum(A, values);
  const flows = projection.projectNetCashFlow;

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

  const investment = pv(projection.capexTotal);
  // Benefits and costs split so that PV(benefits) − PV(costs) = NPV; a year's negative tax (a
  // saving on the company's other income) is a benefit.
  const benefitFlows = projection.years.map((year) =>
    A.add(
      A.add(
        A.add(projection.savingsTotal[year] as N, projection.subsidiesTotal[year] as N),
        projection.residualValue[year] as N,
      ),
      A.max(A.zero, A.neg(projection.tax.tax[year] as N)),
    ),
  );
  const costFlows = projection.years.map((year) =>
    A.add(
      A.add(projection.capexTotal[year] as N, projection.runningCostsTotal[year] as N),
      A.max(A.zero, projection.tax.tax[year] as N),
    ),
  );
  const benefits = pv(benefitFlows);
  const costs = pv(costFlows);

  const capexTotal = sumOf(projection.capexTotal);
  const subsidyTotal = sumOf(projection.subsidiesTotal);
  const subsidyPresentValue = pv(projection.subsidiesTotal);
  const npvWithoutSubsidies = sumOf(withoutSubsidies.discountedProjectNetCashFlow);

  // EU cost-benefit guide: discounted net revenue before tax and subsidies, residual value included.
  const netRevenue = pv(
    projection.years.map((year) =>
      A.add(
        A.sub(projection.savingsTotal[year] as N, projection.runningCostsTotal[year] as N),
        projection.residualValue[year] as N,
      ),
    ),
  );

  const dscrs = projection.dscr.filter((value): value is N => value !== null);
  const positive = (value: N): boolean => !A.isNegative(value) && !A.isZero(value);

  return {
    npv,
    irr: irr.rate,
    mirr: modifiedIrr(A, flows, rate, rate),
    paybackYears: yearsOf(payback(A, flows)),
    // On the discounted column shown in the projection (finance's discountedPayback discounts the same way).
    discountedPaybackYears: yearsOf(payback(A, projection.discountedProjectNetCashFlow)),
    profitabilityIndex: profitabilityIndex(A, npv, investment),
    benefitCostRatio: benefitCostRatio(A, benefits, costs),
    roi: A.isZero(capexTotal) ? null : A.div(sumOf(flows), capexTotal),
    npvWithoutSubsidies,
    irrWithoutSubsidies: irrWithout.rate,
    subsidyTotal,
    subsidyPresentValue,
    publicMoneyPerNpv:
      positive(npv) && !A.isZero(subsidyTotal) ? A.div(subsidyPresentValue, npv) : null,
    privateInvestmentPerSubsidy: A.isZero(subsidyTotal)
      ? null
      : A.div(A.sub(capexTotal, subsidyTotal), subsidyTotal),
    additionality:
      !A.isZero(subsidyTotal) && A.isNegative(npvWithoutSubsidies) && !A.isNegative(npv),
    fundingGapRate: A.isZero(investment) ? null : A.div(A.sub(investment, netRevenue), investment),
    equityNpv: sumOf(projection.discountedEquityNetCashFlow),
    equityIrr: equityIrr.rate,
    minDscr: dscrs.reduce<N | null>(
      (least, value) => (least === null ? value : A.min(least, value)),
      null,
    ),
    averageDscr: dscrs.length === 0 ? null : A.div(sumOf(dscrs), A.fromNumber(dscrs.length)),
    discountRateNominal: rate,
    irrStatus: {
      project: irr.status,
      withoutSubsidies: irrWithout.status,
      equity: equityIrr.status,
    },
    presentValues: { investment, benefits, costs, netRevenue },
  };
}
