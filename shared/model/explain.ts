import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import type { Evaluation } from './evaluate';
import type { IrrStatus } from './metrics';
import type { AnyMetricKey } from './report';

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

export type Explanations = Record<AnyMetricKey, Explanation>;

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
  const FLOW_NAMES: Readonly<Record<string, string>> = {
    NCF: 'project net cash flows',
    ECF: 'equity net cash flows',
    'NCF before tax': 'project net cash flows before income tax',
    'NCF(C)':
      'flows on investment of the EU funding gap (before tax and financing, without subsidies)',
  };
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
    text: `${label}: the discount rate at which the ${FLOW_NAMES[flows] ?? 'project net cash flows without subsidies'} have a present value of zero${value === null ? '' : ` (${value.toString()})`}. ${IRR_NOTES[status]}`,
  });
  const { discountRate, inflation } = inputs.parameters;
  const { conventions } = p;
  const fromConstructionStart = conventions.paybackFromConstructionStart;
  const paybackConvention = fromConstructionStart
    ? ' Counted from the start of construction, year 0 counting as a year (the Chinese feasibility-study convention): one year more than from the end of year 0.'
    : '';
  const relapse = (relapses: boolean): string =>
    relapses ? ' The cumulative flow falls below zero again later in the horizon.' : '';
  const fdr = m.fundingGapDiscountRate.toString();
  const gapInputs = {
    dic: m.presentValues.fundingGapInvestment.toString(),
    dnr: m.presentValues.netRevenue.toString(),
    rate: fdr,
  };

  return {
    npv: {
      code: 'metric.npv',
      formula: `NPV = Σ_{t=0}^{${H}} NCF_t / (1 + r)^t`,
      inputs: { r, horizonYears: H },
      text: `Net present value: each year's project net cash flow (savings − running costs − investment + subsidies of the project + working capital released + residual or terminal value − tax paid) discounted at r = ${r}; year 0 is not discounted. An interest subsidy is not in it: it belongs to the equity flows.`,
    },
    irr: irrExplanation('metric.irr', 'Internal rate of return', m.irr, m.irrStatus.project, 'NCF'),
    mirr: {
      code: m.mirr === null ? 'metric.mirr.none' : 'metric.mirr',
      formula: `MIRR = (FV_reinvestment(positive flows) / PV_finance(negative flows))^(1/${H}) − 1`,
      inputs: {
        financeRate: conventions.financeRate.toString(),
        reinvestRate: conventions.reinvestmentRate.toString(),
        horizonYears: H,
      },
      text: `Modified IRR: negative flows discounted to year 0 at the finance rate ${conventions.financeRate.toString()} and positive flows compounded to year ${H} at the reinvestment rate ${conventions.reinvestmentRate.toString()} (each the discount rate unless the file gives its own).${m.mirr === null ? ' Not defined: the flows need both a negative and a positive year.' : ''}`,
    },
    paybackYears: {
      code: m.paybackYears === null ? 'metric.payback.none' : 'metric.payback',
      formula: fromConstructionStart
        ? 'payback = t + (−C_{t−1}) / NCF_t, t the first year with C_t ≥ 0, C the cumulative net cash flow, counted from the start of year 0'
        : 'payback = (t − 1) + (−C_{t−1}) / NCF_t, t the first year with C_t ≥ 0, C the cumulative net cash flow',
      inputs: { horizonYears: H, fromConstructionStart, relapses: m.paybackRelapses },
      text:
        m.paybackYears === null
          ? `The cumulative net cash flow does not turn non-negative within the ${H}-year horizon.`
          : `Years until the cumulative project net cash flow turns non-negative, interpolated linearly inside the year it does.${paybackConvention}${relapse(m.paybackRelapses)}`,
    },
    discountedPaybackYears: {
      code:
        m.discountedPaybackYears === null
          ? 'metric.discounted-payback.none'
          : 'metric.discounted-payback',
      formula: 'as payback, on NCF_t / (1 + r)^t',
      inputs: {
        r,
        horizonYears: H,
        fromConstructionStart,
        relapses: m.discountedPaybackRelapses,
      },
      text:
        m.discountedPaybackYears === null
          ? `The cumulative discounted net cash flow does not turn non-negative within the ${H}-year horizon.`
          : `Years until the cumulative discounted project net cash flow (at r = ${r}) turns non-negative, interpolated inside the year.${paybackConvention}${relapse(m.discountedPaybackRelapses)}`,
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
      text: "Benefits are savings, subsidies of the project, residual or terminal value, input VAT recovered, working capital released and any year in which the project lowers the company's tax; costs are investment, running costs, surcharges on VAT, input VAT paid, working capital absorbed and tax. PV(benefits) − PV(costs) = NPV.",
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
      text: 'The same projection without any subsidy: no grant income, no base reduction, no tax on subsidies. An interest subsidy is not in project NPV at all: see the equity NPV without subsidies.',
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
      text: 'All public money received over the horizon (grants, awards, vouchers, and the interest subsidies of the equity flows), undiscounted.',
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
      text: `${
        m.additionality
          ? 'The project pays off only with the subsidies: without them its NPV is negative.'
          : m.subsidyTotal.isZero()
            ? 'There are no subsidies.'
            : m.npvWithoutSubsidies.isNegative()
              ? 'The project does not pay off even with the subsidies.'
              : 'The project pays off without the subsidies too.'
      } Judged on project NPV; an interest subsidy is judged on equity NPV.`,
    },
    fundingGapRate: {
      code: m.fundingGapRate === null ? 'metric.funding-gap-rate.none' : 'metric.funding-gap-rate',
      formula: 'R = (DIC − DNR) / DIC',
      inputs: gapInputs,
      text: `EU funding-gap rate (EU CBA guide 2014; Delegated Regulation (EU) No 480/2014, Art. 15–19), discounted at its own rate ${fdr}: DIC is the discounted investment cost (outlays during operation and interest during construction excluded, working capital absorbed included), DNR the discounted net revenue (savings − running costs − replacements and maintenance investment − surcharges on VAT${m.presentValues.netRevenueHoldsResidualValue ? ' + residual value' : '; no residual value, as the revenues do not exceed the costs'}), before tax, financing and subsidies. R ≤ 0 means the net revenue covers the investment: no funding gap.${m.fundingGapRate === null ? ' Not defined: there is no investment to discount.' : ''}`,
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
    npvBeforeTax: {
      code: 'metric.npv-before-tax',
      formula: `Σ_{t=0}^{${H}} (NCF_t + tax_t) / (1 + r)^t`,
      inputs: { r },
      text: 'Project NPV before income tax (所得税前): the project net cash flows with the income tax paid added back (and the terminal value, if any, of the operating flow before tax).',
    },
    irrBeforeTax: irrExplanation(
      'metric.irr-before-tax',
      'IRR before income tax',
      m.irrBeforeTax,
      m.irrStatus.beforeTax,
      'NCF before tax',
    ),
    npvWithoutTerminalValue: {
      code: m.terminalValuePresentValue.isZero()
        ? 'metric.npv-without-terminal-value.none'
        : 'metric.npv-without-terminal-value',
      formula: 'NPV − TV / (1 + r)^H',
      inputs: { npv: m.npv.toString(), terminalValue: m.terminalValuePresentValue.toString() },
      text: m.terminalValuePresentValue.isZero()
        ? 'There is no terminal value: this is the NPV.'
        : 'The NPV of the flows within the horizon only, without the terminal value.',
    },
    terminalValuePresentValue: {
      code: m.terminalValuePresentValue.isZero()
        ? 'metric.terminal-value.none'
        : 'metric.terminal-value',
      formula: `TV = (savings_H − running costs_H − tax_H) × (1 + g) / (r − g), discounted by (1 + r)^${H}`,
      inputs: {
        r,
        growth: inputs.parameters.terminalValue?.growth.toString() ?? null,
      },
      text: m.terminalValuePresentValue.isZero()
        ? 'There is no terminal value.'
        : "Present value of a growing perpetuity of the last year's operating flow after tax, received at the end of the horizon: the value of running on after the horizon.",
    },
    equityNpvWithoutSubsidies: {
      code: 'metric.equity-npv-without-subsidies',
      formula: 'equity NPV of the projection with every subsidy removed',
      inputs: { r },
      text: 'The equity NPV without any subsidy, the interest subsidy included: what an interest subsidy is judged on.',
    },
    equityAdditionality: {
      code: m.equityAdditionality
        ? 'metric.equity-additionality.yes'
        : 'metric.equity-additionality.no',
      formula: 'equity NPV without subsidies < 0 ≤ equity NPV',
      inputs: {
        equityNpv: m.equityNpv.toString(),
        equityNpvWithoutSubsidies: m.equityNpvWithoutSubsidies.toString(),
      },
      text: m.equityAdditionality
        ? "The owners' return pays off only with the subsidies."
        : 'The subsidies do not decide whether the equity NPV is positive.',
    },
    paybackRelapses: {
      code: m.paybackRelapses ? 'metric.payback-relapses.yes' : 'metric.payback-relapses.no',
      formula: 'C_s < 0 for some year s after payback',
      inputs: { horizonYears: H },
      text: m.paybackRelapses
        ? 'After payback the cumulative net cash flow falls below zero again: a later outlay takes back what was recovered.'
        : 'After payback the cumulative net cash flow stays non-negative.',
    },
    discountedPaybackRelapses: {
      code: m.discountedPaybackRelapses
        ? 'metric.discounted-payback-relapses.yes'
        : 'metric.discounted-payback-relapses.no',
      formula: 'as the payback relapse, on the discounted flows',
      inputs: { horizonYears: H },
      text: m.discountedPaybackRelapses
        ? 'After the discounted payback the cumulative discounted flow falls below zero again.'
        : 'After the discounted payback the cumulative discounted flow stays non-negative.',
    },
    fnpvC: {
      code: 'metric.fnpv-c',
      formula: 'FNPV(C) = DNR − DIC',
      inputs: gapInputs,
      text: `Financial NPV on investment (EU CBA guide): the investment and net revenue flows before tax, financing and subsidies, at the funding-gap rate ${fdr}.`,
    },
    frrC: irrExplanation(
      'metric.frr-c',
      'Financial rate of return on investment, FRR(C)',
      m.frrC,
      m.irrStatus.onInvestment,
      'NCF(C)',
    ),
    fnpvK: {
      code: 'metric.fnpv-k',
      formula: `Σ_{t=0}^{${H}} ECF_t / (1 + FDR)^t`,
      inputs: { rate: fdr },
      text: `Financial NPV on capital (EU CBA guide): the owners' own flows — after tax, loans and subsidies — at the funding-gap rate ${fdr}.`,
    },
    frrK: irrExplanation(
      'metric.frr-k',
      'Financial rate of return on capital, FRR(K)',
      m.frrK,
      m.irrStatus.equity,
      'ECF',
    ),
    eligibleCost: {
      code: 'metric.eligible-cost',
      formula: 'EC = Σ cost of the grant-eligible items, replacements excluded',
      inputs: { items: inputs.capex.filter((item) => item.eligibility.grants).length },
      text: 'Eligible cost of the EU funding-gap method: the investment items marked as eligible for grants, undiscounted, without replacements and without recoverable VAT.',
    },
    maxGrant: {
      code: m.maxGrant === null ? 'metric.max-grant.none' : 'metric.max-grant',
      formula: 'max grant = EC × R, R taken between 0 and 1',
      inputs: {
        eligibleCost: m.eligibleCost.toString(),
        fundingGapRate: m.fundingGapRate?.toString() ?? null,
      },
      text:
        m.maxGrant === null
          ? 'Not defined: there is no funding-gap rate.'
          : 'The largest grant the EU funding-gap method allows (the decision amount DA = EC × R): no more than the part of the eligible cost the net revenue does not cover.',
    },
    fundingGapDiscountRate: {
      code:
        inputs.parameters.fundingGapDiscountRate.basis === 'real'
          ? 'metric.funding-gap-discount-rate.from-real'
          : 'metric.funding-gap-discount-rate.nominal',
      formula:
        inputs.parameters.fundingGapDiscountRate.basis === 'real'
          ? '(1 + FDR_nominal) = (1 + FDR_real)(1 + inflation)'
          : 'FDR as entered',
      inputs: {
        rate: inputs.parameters.fundingGapDiscountRate.rate.toString(),
        basis: inputs.parameters.fundingGapDiscountRate.basis,
        inflation: inflation.toString(),
      },
      text: `The financial discount rate of the EU funding gap (4 % real by default, the reference of Delegated Regulation (EU) No 480/2014, Art. 19), made nominal with inflation because the flows are nominal: ${fdr}.`,
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
