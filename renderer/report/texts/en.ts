import { en as app } from '../../i18n/en';
import type { ReportTexts } from './report-texts';

export const en: ReportTexts = {
  title: 'Investment appraisal',
  cover: {
    company: 'Company',
    date: 'Date',
    scenario: 'Scenario',
    preparer: 'Prepared by',
    horizon: 'Period assessed',
    horizonValue: '{start}–{end} (investment year and {years} operating years)',
    currency: 'Currency',
    verdict: 'In short',
    checks: 'Figures to check',
    notStated: 'not stated',
  },
  verdict: {
    paysBack:
      'The project pays back in {years} years ({discounted} years when future money is discounted).',
    paysBackUndiscountedOnly:
      'The project pays back in {years} years, but not within the period assessed once future money is discounted.',
    noPayback: 'The project does not pay back within the {horizon} years assessed.',
    npvPositive:
      'Discounted at {rate} a year, it is worth {npv} more than it costs (net present value).',
    npvNegative:
      'Discounted at {rate} a year, it does not recover its cost: its net present value is {npv}.',
    irr: 'Its internal rate of return is {irr}.',
    subsidyNeeded:
      'Without the subsidies its net present value would be {npv}: the project is worth doing only with them.',
    subsidyNotNeeded:
      'Without the subsidies its net present value would still be {npv}: the project pays off without them.',
    subsidyNotEnough: 'Without the subsidies its net present value would be {npv}.',
    noSubsidy: 'No subsidy is assumed.',
    warnings:
      'Before the board relies on it: {count} of its figures look implausible and need checking, as listed below.',
    amountLarge: '{value} million {currency}',
    amountSmall: '{value} {currency}',
    yuan: 'yuan',
  },
  sections: {
    keyFigures: 'Key figures',
    assumptions: 'Assumptions',
    charts: 'Cash flows in pictures',
    projection: 'Yearly projection',
    scenarios: 'Scenarios and sensitivity',
    subsidies: 'Subsidy analysis',
    methodology: 'How the figures are computed',
  },
  keyFigures: {
    intro:
      'The figures a decision rests on, for the project as assumed and for the same project without any subsidy. Discount rate {rate}.',
    metric: 'Figure',
    withSubsidies: 'With subsidies',
    withoutSubsidies: 'Without subsidies',
    meaning: 'What it means',
    none: '—',
    labels: {
      npv: 'Net present value (NPV)',
      irr: 'Internal rate of return (IRR)',
      mirr: 'Modified internal rate of return (MIRR)',
      paybackYears: 'Payback period',
      discountedPaybackYears: 'Discounted payback period',
      profitabilityIndex: 'Profitability index (PI)',
      benefitCostRatio: 'Benefit-cost ratio (BCR)',
    },
    explain: {
      npv: 'Every year’s net cash flow brought back to today’s money and added up; above zero, the project earns more than the discount rate.',
      irr: 'The yearly return the project earns on the money invested; compare it with the discount rate.',
      mirr: 'The yearly return when surplus cash is reinvested at the discount rate: a more cautious IRR.',
      paybackYears: 'Years until the cash received has repaid the cash spent.',
      discountedPaybackYears: 'The same, with each year’s cash discounted.',
      profitabilityIndex:
        'Value created per unit of investment, plus one: above 1 the project adds value.',
      benefitCostRatio:
        'Present value of the benefits divided by that of the costs: above 1 the benefits outweigh the costs.',
    },
    further: 'More figures',
    furtherIntro:
      'The project before income tax, the owners’ view after financing, and the EU funding gap at its own discount rate of {fdr}.',
    value: 'Value',
    relapses: 'The cumulative cash flow falls below zero again after the payback year.',
    furtherLabels: {
      npvBeforeTax: 'NPV before income tax',
      irrBeforeTax: 'IRR before income tax',
      npvWithoutTerminalValue: 'NPV without the terminal value',
      equityNpv: 'Equity NPV',
      equityIrr: 'Equity IRR',
      minDscr: 'Lowest debt service coverage ratio',
      averageDscr: 'Average debt service coverage ratio',
      fundingGapRate: 'EU funding-gap rate',
      fnpvC: 'FNPV(C), on investment',
      frrC: 'FRR(C), on investment',
      fnpvK: 'FNPV(K), on own capital',
      frrK: 'FRR(K), on own capital',
      maxGrant: 'Maximum grant (eligible cost × gap rate)',
    },
    furtherExplain: {
      npvBeforeTax: 'The project’s flows with the income tax added back.',
      irrBeforeTax: 'The return on those flows before income tax.',
      npvWithoutTerminalValue: 'The value of the years within the period assessed only.',
      equityNpv:
        'The owners’ flows after loans drawn and repaid, interest and the interest subsidy.',
      equityIrr: 'The return on the owners’ own money.',
      minDscr: 'Cash available for debt service divided by interest and principal, worst year.',
      averageDscr: 'The same, averaged over the years with debt service.',
      fundingGapRate:
        'Share of the investment the net revenue does not cover, before tax, financing and subsidies.',
      fnpvC: 'Discounted net revenue less discounted investment.',
      frrC: 'The return on the investment itself, before tax and financing.',
      fnpvK: 'The owners’ flows after tax, loans and subsidies, discounted at the same rate.',
      frrK: 'The return on the owners’ own capital.',
      maxGrant: 'The most public money the funding-gap method justifies.',
    },
  },
  assumptions: {
    intro:
      'Every input of this scenario that differs from a blank scenario, grouped as in the editor. Amounts in {currency}; rates per year.',
    input: 'Input',
    value: 'Value',
    none: 'Nothing differs from a blank scenario.',
    yes: 'yes',
    no: 'no',
    // Grouped as in the editor, so named as the editor names its sections.
    sections: app.editor.sections,
    moreItems: '{count} more items of this section are not listed one by one.',
    moreItemsTotal:
      '{count} more items of this section are not listed one by one; their amounts add up to {total}.',
    schedules: { payments: 'Payments', disbursement: 'Disbursement' },
    scheduleEntry: 'year {year}: {share}',
  },
  charts: {
    intro:
      'The cumulative cash flow shows when the money spent comes back (the marker is the payback point); the annual flows show where it comes from; the waterfall goes from the investment to the net present value.',
  },
  projection: {
    intro:
      'Cash flows year by year in {unit}. Inflows are positive, outflows negative; each column adds up to the net cash flow and each row to its total, to the cent.',
    line: 'Line',
    year: 'Year',
    total: 'Total',
    part: 'Years {from}–{to} (part {part} of {parts})',
    moreLines: '{count} more lines, together',
  },
  scenarios: {
    comparison: 'Scenarios compared',
    comparisonIntro: 'The named scenarios of the file, each with its own assumptions.',
    onlyBase: 'The file has no scenario other than the base case.',
    scenario: 'Scenario',
    tornado: 'What moves the net present value most',
    tornadoIntro:
      'Each input moved on its own to the low and the high end of its range (±{percent} unless the file states a range), everything else unchanged; the {count} inputs with the largest effect, largest first.',
    tornadoLegend:
      'Red bar: the NPV with the input at the low end of its range; green bar: at the high end; the black line is the NPV as assumed.',
    clippedMark: ' (limit)',
    clippedLegend:
      'An end marked “(limit)” stops where the input can go no further: a share cannot exceed 100 %, an amount cannot fall below zero.',
    driver: 'Input',
    range: 'Low – high',
    atLow: 'NPV at low',
    atHigh: 'NPV at high',
    swing: 'Effect on NPV',
    switching: 'Switching values',
    switchingIntro:
      'The value at which an input, moved on its own, turns the net present value to zero: the margin of safety of each assumption.',
    baseValue: 'Assumed',
    switchingValue: 'NPV is zero at',
    change: 'Change',
    noneWithinRange: 'not within the range',
    safeOthers:
      'Moved on its own by up to ±{percent} (or within the range the file states), no other input turns the net present value to zero.',
    safeAll:
      'Moved on its own by up to ±{percent} (or within the range the file states), no input turns the net present value to zero: the result does not hang on any single assumption.',
    clippedInputs:
      'These ranges stop where the input can go no further, short of ±{percent}: {inputs}.',
    notEvaluable: 'cannot be evaluated',
    noDrivers: 'No input can be moved.',
    monteCarlo: 'Risk simulation (Monte Carlo)',
    monteCarloIntro:
      '{draws} draws of the uncertain inputs as the file describes them (seed {seed}); the net present value in each draw.',
    monteCarloNoInputs:
      'A simulation was asked for, but the file describes no uncertain input (its risk section has no distributions).',
    monteCarloFailed:
      'The simulation could not be run with the uncertain inputs the file describes.',
    statistic: 'Statistic',
    value: 'Value',
    mean: 'Mean NPV',
    p5: 'NPV exceeded in 95 % of draws (5th percentile)',
    p50: 'Median NPV',
    p95: 'NPV exceeded in 5 % of draws (95th percentile)',
    probabilityPositive: 'Probability that the NPV is positive',
    notRun: 'No risk simulation was run for this report.',
    outsideDomain:
      '{input}: {share} of the distribution the file states lies beyond what the input can be and is left out of the draws.',
    safeAllSearched:
      'Moved on its own by up to ±{percent} (or within the range the file states), none of the inputs searched turns the net present value to zero.',
    safeOthersSearched:
      'Moved on its own by up to ±{percent} (or within the range the file states), no other input searched turns the net present value to zero.',
    switchingSearched:
      'Searched for the {count} inputs that move the net present value most (the tornado above); the other {others} move it less and were not searched.',
    overBudget:
      'Not computed for this report: the case is too large to compute it within {seconds} seconds. The Risk screen computes it, showing its progress.',
  },
  subsidies: {
    intro:
      'What the public money changes: the net present value with every subsidy, without any, and without each one in turn.',
    none: 'The scenario assumes no subsidy.',
    subsidy: 'Subsidy',
    type: 'Kind',
    total: 'Received',
    presentValue: 'Present value',
    npvWithout: 'NPV without it',
    npvGain: 'NPV it adds',
    decisive: 'Decisive',
    judgedOn: 'Judged on',
    judgedOnNpv: 'project NPV',
    judgedOnEquityNpv: 'equity NPV',
    equityNote:
      'An interest subsidy belongs with the loan it subsidises: it is judged on the equity NPV, the owners’ view after financing, and is not part of the project NPV.',
    summary: 'Summary',
    npvWith: 'NPV with every subsidy',
    npvWithoutAll: 'NPV without any subsidy',
    additionality: 'Additionality',
    additionalYes: 'yes: the project pays off only with the subsidies',
    additionalNo: 'no: the subsidies do not decide whether the project pays off',
    leverage: 'Private investment per unit of subsidy',
    leverageValue: '{value} {currency} invested by the company for each {currency} of subsidy',
    publicMoneyPerNpv: 'Present value of subsidies per unit of NPV',
    equityNpvWith: 'Equity NPV with every subsidy',
    equityNpvWithoutAll: 'Equity NPV without any subsidy',
    equityAdditionality: 'Additionality for the owners (equity NPV)',
    maxGrant: 'Maximum grant by the EU funding-gap method',
    fundingGap: 'Funding-gap rate',
    fundingGapNote:
      'EU cost-benefit guide and Delegated Regulation (EU) No 480/2014: (discounted investment − discounted net revenue) / discounted investment, before tax, financing and subsidies, at a discount rate of {fdr}; zero or less means no funding gap. The maximum grant is the eligible cost times this rate.',
    notApplicable: 'not applicable',
  },
  methodology: {
    years:
      'Year 0 is {start}, the year of the first investment; the operating years are 1 to {horizon} ({end}). Every amount falls at the end of its year.',
    discounting:
      'Each year’s net cash flow is divided by (1 + r) to the power of its year, so year 0 is not discounted; the net present value is the sum of these discounted flows, and the projection table shows them.',
    nominalRate: 'The discount rate r is {rate} a year, in nominal terms.',
    realRate:
      'The discount rate was entered as {real} in real terms and converted exactly with general inflation of {inflation}: (1 + nominal) = (1 + real) × (1 + inflation), which gives {rate}.',
    inflation:
      'Amounts marked as rising with prices are entered in year-0 prices and grow by the general inflation of {inflation} a year; investment, subsidies and loans are taken as entered.',
    payback:
      'Payback is the first year in which the cumulative net cash flow is no longer negative, interpolated within that year; discounted payback does the same with discounted flows. If that never happens within the period assessed, the report says so instead of giving a number.',
    paybackConstruction:
      'Payback periods are counted from the start of construction, year 0 counting as a year, as Chinese feasibility studies count them: one year more than from the end of year 0.',
    ratios:
      'The profitability index is 1 + NPV / present value of the investment. The benefit-cost ratio divides the present value of savings, subsidies and residual values by that of investment, running costs and tax. The MIRR reinvests surplus cash and finances shortfalls at the discount rate.',
    mirrRates:
      'The MIRR finances negative flows at {finance} and reinvests positive flows at {reinvestment} a year.',
    subsidies:
      'Subsidies are cash the project receives. The figures “without subsidies” remove every subsidy, including its effect on tax; a subsidy is decisive when the project pays off with it and not without it.',
    subsidyNpvs:
      'The project NPV holds the grants, awards and vouchers; an interest subsidy belongs with its loan and is in the equity NPV only.',
    grantTreatment:
      'A grant is counted once: either taxable income, the items keeping their full depreciable base, or non-taxable fiscal funds whose spending is not deductible, lowering the base (Caishui [2011] No. 70). A non-taxable award or voucher pays for spending that is not deductible, so it is taxed alike.',
    workingCapital:
      'Working capital the project releases (stock, receivables) is cash in, what it absorbs cash out; it is not taxed.',
    inputVat:
      'Investment is counted without the input VAT that can be recovered; that VAT is paid with the investment and recovered over the {years} following year(s), a cost of timing only.',
    disposal:
      'The items are disposed of at the end of the period: the residual value is taxed on its gain over the tax book value left, which is deducted (Enterprise Income Tax Law, Art. 16).',
    terminalValue:
      'A terminal value counts the years after the period: the last year’s operating cash flow growing by {growth} a year for ever, {amount} at the end of the period.',
    beforeTax:
      'The figures before income tax add the income tax paid back to each year’s cash flow.',
    fundingGap:
      'The EU funding gap follows the EU cost-benefit guide (2014) and Delegated Regulation (EU) No 480/2014, Art. 15–19: before tax, financing and subsidies, replacements counted as operating outflows, working capital absorbed as investment, discounted at {rate}{real}.',
    fundingGapReal: ', which is {rate} in real terms made nominal with inflation',
    taxTitle: 'Tax rules applied to this scenario',
    taxStandard: 'Corporate income tax at {rate} of taxable income, paid in the year it arises.',
    taxReduced: 'Preferential regime “{label}”: a reduced rate of {rate}.',
    taxSmall:
      'Preferential regime “{label}”: progressive effective rates by band of taxable income ({bands}); above the last limit the standard rate applies to all income.',
    taxLosses: 'Losses are carried forward for {years} years, oldest first, and then expire.',
    taxOneTime:
      'Qualifying equipment with a unit value of at most {threshold} is deducted at once in the year it enters service instead of being depreciated; a unit above it is depreciated normally (Caishui [2018] No. 54; MOF and STA Announcement No. 37 of 2023).',
    taxSuper: 'Qualifying research and development spending is deducted an extra {rate}.',
    taxCredit:
      'An investment tax credit of {rate} of qualifying equipment is set against the tax due.',
    taxCompany:
      'The company’s own taxable income without the project is {income}: the project’s tax is the difference it makes to the company’s tax.',
    taxAlone: 'The project is taxed on its own income.',
    taxFollowingYear:
      'Each year’s tax is paid the following year at the annual settlement (by 31 May), the last year’s at the end of the period.',
    projectApart:
      'The project is judged apart from its financing: loans change the cash flow to the owners, not the project’s net present value.',
    rounding:
      'All figures are computed exactly and rounded only for display, so a table adds up to its totals to the cent.',
  },
  failed: {
    request: 'The report request is not valid: {field}.',
    model: 'The figures of this scenario could not be computed: {reason}',
    tooLong:
      'The report would run to about {pages} pages; Yardstick prints reports of at most {limit} pages.',
  },
};
