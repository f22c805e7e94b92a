import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import type { Evaluation } from './evaluate';
import type { IrrStatus } from './metrics';
import type { MetricKey, SupplementaryMetricKey } from './report';

/*
 * Where each figure comes from, kept apart from the figures: a stable code (which the interface
 * translates, with the inputs as parameters), the formula, the inputs it used and an English
 * sentence. Inputs are full-precision decimal strings, like the figures.
 */

export interface Explanation {
  readonly code: string;
  readonly formula: string;
  readonly inputs: Readonly<Record<string, string | number | boolean | null>>;
  readonly text: string;
}

export type Explanations = Record<MetricKey | SupplementaryMetricKey, Explanation>;

const IRR_NOTES: Record<IrrStatus, string> = {
  unique: 'The flows change sign once, so this is the only IRR.',
  multiple:
    'The flows change sign more than once: other rates may also give NPV = 0. Prefer NPV or MIRR.',
  'no-sign-change': 'The flows never change sign, so no rate makes NPV zero: there is no IRR.',
  'no-root': 'No rate above −100 % makes NPV zero: there is no IRR.',
};

export function explainMetrics(evaluation: Evaluation<Decimal>): Explanations {
  const { metrics: m, projection: p, inputs } = evaluation;
  const r = m.discountRateNominal.toString();
  const H = p.horizonYears;
  const sum = (values: readonly Decimal[]): string =>
    values.reduce((total, value) => total.plus(value), new Dec(0)).toString();
  const irrExplanation = (
    code: string,
    label: string,
    value: Decimal | null,
    status: IrrStatus,
    flows: string,
  ): Explanation => ({
    code: `${code}.${status}`,
    formula: `Σ_{t=0}^{${H}} ${flows}_t / (1 + IRR)^t = 0`,
    inputs: { horizonYears: H, status },
    text: `${label}: the discount rate at which the ${flows === 'NCF' ? 'project net cash flows' : flows === 'ECF' ? 'equity net cash flows' : 'project net cash flows without subsidies'} have a present value of zero${value === null ? '' : ` (${value.toString()})`}. ${IRR_NOTES[status]}`,
  });
  const { discountRate, inflation } = inputs.parameters;

  return {
    npv: {
      code: 'metric.npv',
      formula: `NPV = Σ_{t=0}^{${H}} NCF_t / (1 + r)^t`,
      inputs: { r, horizonYears: H },
      text: `Net present value: each year's project net cash flow (savings − running costs − investment + subsidies + residual value − tax) discounted at r = ${r}; year 0 is not discounted.`,
    },
    irr: irrExplanation('metric.irr', 'Internal rate of return', m.irr, m.irrStatus.project, 'NCF'),
    mirr: {
      code: m.mirr === null ? 'metric.mirr.none' : 'metric.mirr',
      formula: `MIRR = (FV_r(positive flows) / PV_r(negative flows))^(1/${H}) − 1`,
      inputs: { financeRate: r, reinvestRate: r, horizonYears: H },
      text: `Modified IRR: negative flows discounted to year 0 and positive flows compounded to year ${H}, both at r = ${r}.${m.mirr === null ? ' Not defined: the flows need both a negative and a positive year.' : ''}`,
    },
    paybackYears: {
      code: m.paybackYears === null ? 'metric.payback.none' : 'metric.payback',
      formula:
        'payback = (t − 1) + (−C_{t−1}) / NCF_t, t the first year with C_t ≥ 0, C the cumulative net cash flow',
      inputs: { horizonYears: H },
      text:
        m.paybackYears === null
          ? `The cumulative net cash flow does not turn non-negative within the ${H}-year horizon.`
          : 'Years until the cumulative project net cash flow turns non-negative, interpolated linearly inside the year it does.',
    },
    discountedPaybackYears: {
      code:
        m.discountedPaybackYears === null
          ? 'metric.discounted-payback.none'
          : 'metric.discounted-payback',
      formula: 'as payback, on NCF_t / (1 + r)^t',
      inputs: { r, horizonYears: H },
      text:
        m.discountedPaybackYears === null
          ? `The cumulative discounted net cash flow does not turn non-negative within the ${H}-year horizon.`
          : `Years until the cumulative discounted project net cash flow (at r = ${r}) turns non-negative, interpolated inside the year.`,
    },
    profitabilityIndex: {
      code: 'metric.profitability-index',
      formula: 'PI = 1 + NPV / PV(investment)',
      inputs: { npv: m.npv.toString(), pvInvestment: m.presentValues.investment.toString() },
      text: 'Present value returned per unit of present value invested: 1 + NPV divided by the present value of the investment (capex, before subsidies).',
    },
    benefitCostRatio: {
      code: 'metric.benefit-cost-ratio',
      formula: 'BCR = PV(benefits) / PV(costs)',
      inputs: {
        pvBenefits: m.presentValues.benefits.toString(),
        pvCosts: m.presentValues.costs.toString(),
      },
      text: "Benefits are savings, subsidies, residual value and any year in which the project lowers the company's tax; costs are investment, running costs and tax. PV(benefits) − PV(costs) = NPV.",
    },
    roi: {
      code: m.roi === null ? 'metric.roi.none' : 'metric.roi',
      formula: 'ROI = Σ_t NCF_t / Σ_t capex_t (undiscounted)',
      inputs: { netCashFlowTotal: sum(p.projectNetCashFlow), capexTotal: sum(p.capexTotal) },
      text: 'Simple return on investment over the horizon: the sum of the project net cash flows (the investment already deducted) divided by the total investment. Undiscounted.',
    },
    npvWithoutSubsidies: {
      code: 'metric.npv-without-subsidies',
      formula: 'NPV of the projection with every subsidy removed',
      inputs: { r },
      text: 'The same projection without any subsidy: no grant income, no base reduction, no tax on subsidies.',
    },
    irrWithoutSubsidies: irrExplanation(
      'metric.irr-without-subsidies',
      'IRR without subsidies',
      m.irrWithoutSubsidies,
      m.irrStatus.withoutSubsidies,
      'NCF without subsidies',
    ),
    subsidyTotal: {
      code: 'metric.subsidy-total',
      formula: 'Σ_t subsidies_t',
      inputs: { subsidies: inputs.subsidies.length },
      text: 'All subsidies received over the horizon (grants, awards, vouchers, interest subsidies), undiscounted.',
    },
    subsidyPresentValue: {
      code: 'metric.subsidy-present-value',
      formula: 'Σ_t subsidies_t / (1 + r)^t',
      inputs: { r },
      text: `The subsidies received, discounted at r = ${r} to year 0.`,
    },
    additionality: {
      code: m.additionality ? 'metric.additionality.yes' : 'metric.additionality.no',
      formula: 'NPV without subsidies < 0 ≤ NPV',
      inputs: { npv: m.npv.toString(), npvWithoutSubsidies: m.npvWithoutSubsidies.toString() },
      text: m.additionality
        ? 'The project pays off only with the subsidies: without them its NPV is negative.'
        : m.subsidyTotal.isZero()
          ? 'There are no subsidies.'
          : m.npvWithoutSubsidies.isNegative()
            ? 'The project does not pay off even with the subsidies.'
            : 'The project pays off without the subsidies too.',
    },
    fundingGapRate: {
      code: 'metric.funding-gap-rate',
      formula: 'R = (DIC − DNR) / DIC',
      inputs: {
        dic: m.presentValues.investment.toString(),
        dnr: m.presentValues.netRevenue.toString(),
        r,
      },
      text: 'EU cost-benefit guide funding-gap rate: DIC is the discounted investment cost, DNR the discounted net revenue (savings − running costs + residual value, before tax and subsidies). R ≤ 0 means the net revenue covers the investment: no funding gap.',
    },
    equityNpv: {
      code: 'metric.equity-npv',
      formula: `Σ_{t=0}^{${H}} ECF_t / (1 + r)^t, ECF = NCF + tax − tax with interest + loan draws − interest − principal`,
      inputs: { r, loans: inputs.financing.loans.length },
      text: `NPV of the cash flows to the company's owners, after loans: loan draws in, interest and repayments out, interest deducted from taxable income. Discounted at the same r = ${r}.`,
    },
    equityIrr: irrExplanation(
      'metric.equity-irr',
      'Equity IRR',
      m.equityIrr,
      m.irrStatus.equity,
      'ECF',
    ),
    minDscr: {
      code: m.minDscr === null ? 'metric.min-dscr.none' : 'metric.min-dscr',
      formula: 'min_t CFADS_t / (interest_t + principal_t)',
      inputs: { loans: inputs.financing.loans.length },
      text:
        m.minDscr === null
          ? 'There is no debt service.'
          : 'Lowest debt service coverage ratio over the years with debt service. CFADS = savings − running costs − tax paid (interest deducted) + subsidies other than capex grants.',
    },
    averageDscr: {
      code: m.averageDscr === null ? 'metric.average-dscr.none' : 'metric.average-dscr',
      formula: 'mean_t CFADS_t / (interest_t + principal_t)',
      inputs: { loans: inputs.financing.loans.length },
      text:
        m.averageDscr === null
          ? 'There is no debt service.'
          : 'Average of the yearly debt service coverage ratios over the years with debt service.',
    },
    publicMoneyPerNpv: {
      code:
        m.publicMoneyPerNpv === null
          ? 'metric.public-money-per-npv.none'
          : 'metric.public-money-per-npv',
      formula: 'PV(subsidies) / NPV',
      inputs: { subsidyPresentValue: m.subsidyPresentValue.toString(), npv: m.npv.toString() },
      text:
        m.publicMoneyPerNpv === null
          ? 'Not defined: there are no subsidies or the NPV is not positive.'
          : 'Present value of public money per unit of NPV the project creates: lower is better value for the budget.',
    },
    privateInvestmentPerSubsidy: {
      code:
        m.privateInvestmentPerSubsidy === null
          ? 'metric.private-investment-per-subsidy.none'
          : 'metric.private-investment-per-subsidy',
      formula: '(Σ capex − Σ subsidies) / Σ subsidies',
      inputs: { capexTotal: sum(p.capexTotal), subsidyTotal: m.subsidyTotal.toString() },
      text:
        m.privateInvestmentPerSubsidy === null
          ? 'There are no subsidies.'
          : 'Investment the company funds itself per unit of subsidy, undiscounted.',
    },
    discountRateNominal: {
      code:
        discountRate.basis === 'real'
          ? 'metric.discount-rate.from-real'
          : 'metric.discount-rate.nominal',
      formula:
        discountRate.basis === 'real'
          ? '(1 + r_nominal) = (1 + r_real)(1 + inflation)'
          : 'r_nominal as entered',
      inputs: {
        rate: discountRate.rate.toString(),
        basis: discountRate.basis,
        inflation: inflation.toString(),
      },
      text:
        discountRate.basis === 'real'
          ? `The real rate ${discountRate.rate.toString()} entered, converted with inflation ${inflation.toString()} exactly (not by adding them), because the cash flows are in nominal terms.`
          : 'The nominal discount rate entered; cash flows are in nominal terms.',
    },
  };
}
