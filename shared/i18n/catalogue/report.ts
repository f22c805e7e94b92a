import type { Namespace, Texts } from '../texts';
import { metricTexts } from './metrics';
import { appTexts } from './app';

/* Every sentence of the printed investment report (the board PDF). */

const en = {
  title: 'Investment appraisal',
  cover: {
    company: 'Company',
    date: 'Date',
    scenario: 'Scenario',
    preparer: 'Prepared by',
    horizon: 'Period assessed',
    horizonValue: '{{start}}–{{end}} (investment year and {{years}} operating years)',
    currency: 'Currency',
    verdict: 'In short',
    checks: 'Figures to check',
    notStated: 'not stated',
  },
  verdict: {
    paysBack:
      'The project pays back in {{years}} years ({{discounted}} years when future money is discounted).',
    paysBackUndiscountedOnly:
      'The project pays back in {{years}} years, but not within the period assessed once future money is discounted.',
    noPayback: 'The project does not pay back within the {{horizon}} years assessed.',
    npvPositive:
      'Discounted at {{rate}} a year, it is worth {{npv}} more than it costs (net present value).',
    npvNegative:
      'Discounted at {{rate}} a year, it does not recover its cost: its net present value is {{npv}}.',
    irr: 'Its internal rate of return is {{irr}}.',
    subsidyNeeded:
      'Without the subsidies its net present value would be {{npv}}: the project is worth doing only with them.',
    subsidyNotNeeded:
      'Without the subsidies its net present value would still be {{npv}}: the project pays off without them.',
    subsidyNotEnough: 'Without the subsidies its net present value would be {{npv}}.',
    noSubsidy: 'No subsidy is assumed.',
    warnings:
      'Before the board relies on it: {{count}} of its figures look implausible and need checking, as listed below.',
    amountLarge: '{{value}} million {{currency}}',
    amountSmall: '{{value}} {{currency}}',
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
      'The figures a decision rests on, for the project as assumed and for the same project without any subsidy. Discount rate {{rate}}.',
    metric: 'Figure',
    withSubsidies: 'With subsidies',
    withoutSubsidies: 'Without subsidies',
    meaning: 'What it means',
    none: '—',
    labels: {
      npv: metricTexts.en.npv,
      irr: metricTexts.en.irr,
      mirr: metricTexts.en.mirr,
      paybackYears: metricTexts.en.paybackYears,
      discountedPaybackYears: metricTexts.en.discountedPaybackYears,
      profitabilityIndex: metricTexts.en.profitabilityIndex,
      benefitCostRatio: metricTexts.en.benefitCostRatio,
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
      'The project before income tax, the owners’ view after financing, and the EU funding gap at its own discount rate of {{fdr}}.',
    value: 'Value',
    relapses: 'The cumulative cash flow falls below zero again after the payback year.',
    furtherLabels: {
      npvBeforeTax: metricTexts.en.npvBeforeTax,
      irrBeforeTax: metricTexts.en.irrBeforeTax,
      npvWithoutTerminalValue: metricTexts.en.npvWithoutTerminalValue,
      equityNpv: metricTexts.en.equityNpv,
      equityIrr: metricTexts.en.equityIrr,
      minDscr: metricTexts.en.minDscr,
      averageDscr: metricTexts.en.averageDscr,
      fundingGapRate: metricTexts.en.fundingGapRate,
      fnpvC: metricTexts.en.fnpvC,
      frrC: metricTexts.en.frrC,
      fnpvK: metricTexts.en.fnpvK,
      frrK: metricTexts.en.frrK,
      maxGrant: metricTexts.en.maxGrant,
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
      'Every input of this scenario that differs from a blank scenario, grouped as in the editor. Amounts in {{currency}}; rates per year.',
    input: 'Input',
    value: 'Value',
    none: 'Nothing differs from a blank scenario.',
    yes: 'yes',
    no: 'no',
    // Grouped as in the editor, so named as the editor names its sections.
    sections: appTexts.en.editor.sections,
    moreItems: '{{count}} more items of this section are not listed one by one.',
    moreItemsTotal:
      '{{count}} more items of this section are not listed one by one; their amounts add up to {{total}}.',
    schedules: { payments: 'Payments', disbursement: 'Disbursement' },
    scheduleEntry: 'year {{year}}: {{share}}',
  },
  charts: {
    intro:
      'The cumulative cash flow shows when the money spent comes back (the marker is the payback point); the annual flows show where it comes from; the waterfall goes from the investment to the net present value.',
  },
  projection: {
    intro:
      'Cash flows year by year in {{unit}}. Inflows are positive, outflows negative; each column adds up to the net cash flow and each row to its total, {{precision}}.',
    precisionCent: 'to the cent',
    precisionShown: 'to the last digit shown',
    line: 'Line',
    year: 'Year',
    total: 'Total',
    part: 'Years {{from}}–{{to}} (part {{part}} of {{parts}})',
    moreLines: '{{count}} more lines, together',
  },
  scenarios: {
    comparison: 'Scenarios compared',
    comparisonIntro: 'The named scenarios of the file, each with its own assumptions.',
    onlyBase: 'The file has no scenario other than the base case.',
    scenario: 'Scenario',
    tornado: 'What moves the net present value most',
    tornadoIntro:
      'Each input moved on its own to the low and the high end of its range (±{{percent}} unless the file states a range), everything else unchanged; the {{count}} inputs with the largest effect, largest first.',
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
      'Moved on its own by up to ±{{percent}} (or within the range the file states), no other input turns the net present value to zero.',
    safeAll:
      'Moved on its own by up to ±{{percent}} (or within the range the file states), no input turns the net present value to zero: the result does not hang on any single assumption.',
    clippedInputs:
      'These ranges stop where the input can go no further, short of ±{{percent}}: {{inputs}}.',
    notEvaluable: 'cannot be evaluated',
    noDrivers: 'No input can be moved.',
    monteCarlo: 'Risk simulation (Monte Carlo)',
    monteCarloIntro:
      '{{draws}} draws of the uncertain inputs as the file describes them (seed {{seed}}); the net present value in each draw.',
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
      '{{input}}: {{share}} of the distribution the file states lies beyond what the input can be and is left out of the draws.',
    safeAllSearched:
      'Moved on its own by up to ±{{percent}} (or within the range the file states), none of the inputs searched turns the net present value to zero.',
    safeOthersSearched:
      'Moved on its own by up to ±{{percent}} (or within the range the file states), no other input searched turns the net present value to zero.',
    switchingSearched:
      'Searched for the {{count}} inputs that move the net present value most (the tornado above); the other {{others}} move it less and were not searched.',
    overBudget:
      'Not computed for this report: the case is too large to compute it within {{seconds}} seconds. The Risk screen computes it, showing its progress.',
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
    leverage: 'Own investment per unit of subsidy',
    leverageValue:
      '{{value}} {{currency}} invested by the company for each {{currency}} of subsidy',
    publicMoneyPerNpv: 'Present value of subsidies per unit of NPV',
    equityNpvWith: 'Equity NPV with every subsidy',
    equityNpvWithoutAll: 'Equity NPV without any subsidy',
    equityAdditionality: 'Additionality for the owners (equity NPV)',
    maxGrant: 'Maximum grant by the EU funding-gap method',
    fundingGap: 'Funding-gap rate',
    noFundingGap: 'No funding gap ({{rate}})',
    fundingGapNote:
      'EU cost-benefit guide and Delegated Regulation (EU) No 480/2014: (discounted investment − discounted net revenue) / discounted investment, before tax, financing and subsidies, at a discount rate of {{fdr}}; zero or less means no funding gap. The maximum grant is the eligible cost times this rate.',
    notApplicable: 'not applicable',
  },
  methodology: {
    years:
      'Year 0 is {{start}}, the year of the first investment; the operating years are 1 to {{horizon}} ({{end}}). Every amount falls at the end of its year.',
    discounting:
      'Each year’s net cash flow is divided by (1 + r) to the power of its year, so year 0 is not discounted; the net present value is the sum of these discounted flows, and the projection table shows them.',
    nominalRate: 'The discount rate r is {{rate}} a year, in nominal terms.',
    realRate:
      'The discount rate was entered as {{real}} in real terms and converted exactly with general inflation of {{inflation}}: (1 + nominal) = (1 + real) × (1 + inflation), which gives {{rate}}.',
    inflation:
      'Amounts marked as rising with prices are entered in year-0 prices and grow by the general inflation of {{inflation}} a year; investment, subsidies and loans are taken as entered.',
    payback:
      'Payback is the first year in which the cumulative net cash flow is no longer negative, interpolated within that year; discounted payback does the same with discounted flows. If that never happens within the period assessed, the report says so instead of giving a number.',
    paybackConstruction:
      'Payback periods are counted from the start of construction, year 0 counting as a year, as Chinese feasibility studies count them: one year more than from the end of year 0.',
    ratios:
      'The profitability index is 1 + NPV / present value of the investment. The benefit-cost ratio divides the present value of savings, subsidies and residual values by that of investment, running costs and tax. The MIRR reinvests surplus cash and finances shortfalls at the discount rate.',
    mirrRates:
      'The MIRR finances negative flows at {{finance}} and reinvests positive flows at {{reinvestment}} a year.',
    subsidies:
      'Subsidies are cash the project receives. The figures “without subsidies” remove every subsidy, including its effect on tax; a subsidy is decisive when the project pays off with it and not without it.',
    subsidyNpvs:
      'The project NPV holds the grants, awards and vouchers; an interest subsidy belongs with its loan and is in the equity NPV only.',
    grantTreatment:
      'A grant is counted once: either taxable income, the items keeping their full depreciable base, or non-taxable fiscal funds whose spending is not deductible, lowering the base (Caishui [2011] No. 70). A non-taxable award or voucher pays for spending that is not deductible, so it is taxed alike.',
    workingCapital:
      'Working capital the project releases (stock, receivables) is cash in, what it absorbs cash out; it is not taxed.',
    inputVat:
      'Investment is counted without the input VAT that can be recovered; that VAT is paid with the investment and recovered over the {{years}} following year(s), a cost of timing only.',
    disposal:
      'The items are disposed of at the end of the period: the residual value is taxed on its gain over the tax book value left, which is deducted (Enterprise Income Tax Law, Art. 16).',
    terminalValue:
      'A terminal value counts the years after the period: the last year’s operating cash flow growing by {{growth}} a year for ever, {{amount}} at the end of the period.',
    beforeTax:
      'The figures before income tax add the income tax paid back to each year’s cash flow.',
    fundingGap:
      'The EU funding gap follows the EU cost-benefit guide (2014) and Delegated Regulation (EU) No 480/2014, Art. 15–19: before tax, financing and subsidies, replacements and maintenance investment during operation deducted from the net revenue with the running costs and the surcharges on VAT, working capital absorbed counted as investment, interest during construction left out as a cost of financing, discounted at {{rate}}{{real}}.',
    fundingGapReal: ', which is {{rate}} in real terms made nominal with inflation',
    taxTitle: 'Tax rules applied to this scenario',
    taxStandard: 'Corporate income tax at {{rate}} of taxable income, paid in the year it arises.',
    taxReduced: 'Preferential regime “{{label}}”: a reduced rate of {{rate}}.',
    taxSmall:
      'Preferential regime “{{label}}”: progressive effective rates by band of taxable income ({{bands}}); above the last limit the standard rate applies to all income.',
    taxLosses: 'Losses are carried forward for {{years}} years, oldest first, and then expire.',
    taxOneTime:
      'Qualifying equipment with a unit value of at most {{threshold}} is deducted at once in the year it enters service instead of being depreciated; a unit above it is depreciated normally (Caishui [2018] No. 54; MOF and STA Announcement No. 37 of 2023).',
    taxSuper: 'Qualifying research and development spending is deducted an extra {{rate}}.',
    taxCredit:
      'An investment tax credit of {{rate}} of qualifying equipment is set against the tax due.',
    taxCompany:
      'The company’s own taxable income without the project is {{income}}: the project’s tax is the difference it makes to the company’s tax.',
    taxAlone: 'The project is taxed on its own income.',
    taxFollowingYear:
      'Each year’s tax is paid the following year at the annual settlement (by 31 May), the last year’s at the end of the period.',
    projectApart:
      'The project is judged apart from its financing: loans change the cash flow to the owners, not the project’s net present value.',
    rounding:
      'All figures are computed exactly and rounded only for display, so a table adds up to its totals {{precision}}.',
  },
  failed: {
    request: 'The report request is not valid: {{field}}.',
    model: 'The figures of this scenario could not be computed: {{reason}}',
    tooLong:
      'The report would run to about {{pages}} pages; Yardstick prints reports of at most {{limit}} pages.',
  },
};

const zhCN: Texts<typeof en> = {
  title: '投资评估报告',
  cover: {
    company: '企业',
    date: '日期',
    scenario: '情景',
    preparer: '编制人',
    horizon: '评估期',
    horizonValue: '{{start}}–{{end}} 年（投资年及 {{years}} 个运营年）',
    currency: '币种',
    verdict: '结论摘要',
    checks: '需要核实的数据',
    notStated: '未填写',
  },
  verdict: {
    paysBack: '项目 {{years}} 年收回投资（折现后为 {{discounted}} 年）。',
    paysBackUndiscountedOnly: '项目 {{years}} 年收回投资，但折现后在评估期内无法收回。',
    noPayback: '项目在 {{horizon}} 年的评估期内无法收回投资。',
    npvPositive: '按 {{rate}} 的年折现率计算，项目的财务净现值为 {{npv}}，收益超过成本。',
    npvNegative: '按 {{rate}} 的年折现率计算，项目无法收回成本：财务净现值为 {{npv}}。',
    irr: '财务内部收益率为 {{irr}}。',
    subsidyNeeded: '若没有补贴，财务净现值将为 {{npv}}：项目只有在获得补贴时才值得实施。',
    subsidyNotNeeded: '即使没有补贴，财务净现值仍为 {{npv}}：项目无需补贴即可回本。',
    subsidyNotEnough: '若没有补贴，财务净现值将为 {{npv}}。',
    noSubsidy: '本情景未计入任何补贴。',
    warnings: '但有 {{count}} 项数据看起来不尽合理，董事会据此决策前需要核实，详见下文。',
    amountLarge: '{{value}} 万{{currency}}',
    amountSmall: '{{value}}{{currency}}',
    yuan: '元',
  },
  sections: {
    keyFigures: '关键指标',
    assumptions: '假设条件',
    charts: '现金流图表',
    projection: '逐年预测',
    scenarios: '情景与敏感性分析',
    subsidies: '补贴分析',
    methodology: '计算方法说明',
  },
  keyFigures: {
    intro:
      '决策所依据的指标：按所设情景计算，以及同一项目在没有任何补贴时的结果。折现率 {{rate}}。',
    metric: '指标',
    withSubsidies: '含补贴',
    withoutSubsidies: '不含补贴',
    meaning: '含义',
    none: '无',
    labels: {
      npv: metricTexts['zh-CN'].npv,
      irr: metricTexts['zh-CN'].irr,
      mirr: metricTexts['zh-CN'].mirr,
      paybackYears: metricTexts['zh-CN'].paybackYears,
      discountedPaybackYears: metricTexts['zh-CN'].discountedPaybackYears,
      profitabilityIndex: metricTexts['zh-CN'].profitabilityIndex,
      benefitCostRatio: metricTexts['zh-CN'].benefitCostRatio,
    },
    explain: {
      npv: '各年净现金流折算为今天的价值后相加；大于零说明项目收益高于折现率。',
      irr: '项目对所投入资金每年赚取的收益率；应与折现率比较。',
      mirr: '假设盈余资金按折现率再投资时的年收益率，比财务内部收益率更稳健。',
      paybackYears: '累计收回的现金抵偿所投入现金所需的年数。',
      discountedPaybackYears: '同上，但各年现金流先行折现。',
      profitabilityIndex: '每单位投资创造的价值加一：大于 1 说明项目创造价值。',
      benefitCostRatio: '效益现值除以费用现值：大于 1 说明效益大于费用。',
    },
    further: '其他指标',
    furtherIntro: '所得税前的项目指标、融资后的资本金指标，以及按 {{fdr}} 折现的欧盟资金缺口指标。',
    value: '数值',
    relapses: '回收年份之后，累计现金流再次转为负数。',
    furtherLabels: {
      npvBeforeTax: metricTexts['zh-CN'].npvBeforeTax,
      irrBeforeTax: metricTexts['zh-CN'].irrBeforeTax,
      npvWithoutTerminalValue: metricTexts['zh-CN'].npvWithoutTerminalValue,
      equityNpv: metricTexts['zh-CN'].equityNpv,
      equityIrr: metricTexts['zh-CN'].equityIrr,
      minDscr: metricTexts['zh-CN'].minDscr,
      averageDscr: metricTexts['zh-CN'].averageDscr,
      fundingGapRate: metricTexts['zh-CN'].fundingGapRate,
      fnpvC: metricTexts['zh-CN'].fnpvC,
      frrC: metricTexts['zh-CN'].frrC,
      fnpvK: metricTexts['zh-CN'].fnpvK,
      frrK: metricTexts['zh-CN'].frrK,
      maxGrant: metricTexts['zh-CN'].maxGrant,
    },
    furtherExplain: {
      npvBeforeTax: '加回所得税后的项目现金流。',
      irrBeforeTax: '上述所得税前现金流的收益率。',
      npvWithoutTerminalValue: '仅计算评估期内各年的价值。',
      equityNpv: '计入贷款提款与还本付息、利息和贷款贴息后的资本金现金流。',
      equityIrr: '企业自有资金的收益率。',
      minDscr: '可用于偿债的现金除以当年应付本息，取最差年份。',
      averageDscr: '同上，在有还本付息的各年取平均。',
      fundingGapRate: '净收入不能覆盖的投资比例，按所得税前、融资前、不含补贴计算。',
      fnpvC: '净收入现值减去投资现值。',
      frrC: '投资本身的收益率，所得税前、融资前。',
      fnpvK: '扣除所得税、贷款和补贴后的资本金现金流，按同一折现率折现。',
      frrK: '企业自有资本的收益率。',
      maxGrant: '资金缺口方法所能支持的最高公共资金额。',
    },
  },
  assumptions: {
    intro:
      '本情景中与空白情景不同的全部输入，按编辑器中的分组列出。金额单位为{{currency}}；比率均为年率。',
    input: '输入项',
    value: '取值',
    none: '与空白情景没有差异。',
    yes: '是',
    no: '否',
    // Grouped as in the editor, so named as the editor names its sections.
    sections: appTexts['zh-CN'].editor.sections,
    moreItems: '本部分另有 {{count}} 项未逐项列出。',
    moreItemsTotal: '本部分另有 {{count}} 项未逐项列出，其金额合计 {{total}}。',
    schedules: { payments: '付款安排', disbursement: '拨付安排' },
    scheduleEntry: '第 {{year}} 年：{{share}}',
  },
  charts: {
    intro:
      '累计现金流图显示投入的资金何时收回（标记点为静态投资回收期）；年度现金流图显示资金的来源与去向；瀑布图展示从投资到财务净现值的构成。',
  },
  projection: {
    intro:
      '逐年现金流，单位为{{unit}}。流入为正，流出为负；各列相加等于净现金流，各行相加等于合计，{{precision}}。',
    precisionCent: '精确到分',
    precisionShown: '精确到表中所列末位',
    line: '项目',
    year: '年份',
    total: '合计',
    part: '第 {{from}}–{{to}} 年（第 {{part}} 部分，共 {{parts}} 部分）',
    moreLines: '其余 {{count}} 行合计',
  },
  scenarios: {
    comparison: '情景对比',
    comparisonIntro: '文件中的各命名情景，各自采用其假设。',
    onlyBase: '文件中除基准情景外没有其他情景。',
    scenario: '情景',
    tornado: '对财务净现值影响最大的因素',
    tornadoIntro:
      '每次只将一个输入调整到其区间的低端和高端（文件未给出区间时为 ±{{percent}}），其余保持不变；列出影响最大的 {{count}} 项，按影响大小排列。',
    tornadoLegend:
      '红色条：输入取区间低值时的财务净现值；绿色条：取高值时的财务净现值；黑线为按假设计算的财务净现值。',
    clippedMark: '（已到界限）',
    clippedLegend: '标注“已到界限”的一端是该输入实际能取到的极限：比例不超过 100%，金额不低于零。',
    driver: '输入项',
    range: '低值 – 高值',
    atLow: '低值时财务净现值',
    atHigh: '高值时财务净现值',
    swing: '财务净现值变动幅度',
    switching: '临界值',
    switchingIntro: '单独调整某一输入、使财务净现值恰好为零时的取值：反映每项假设的安全边际。',
    baseValue: '假设值',
    switchingValue: '财务净现值为零时',
    change: '变动',
    noneWithinRange: '区间内不存在',
    safeOthers:
      '其余输入单独变动不超过 ±{{percent}}（或在文件给出的区间内）时，财务净现值均不会降为零。',
    safeAll:
      '任何一个输入单独变动不超过 ±{{percent}}（或在文件给出的区间内）时，财务净现值均不会降为零：结论不依赖于某一项假设。',
    clippedInputs: '以下区间在达到 ±{{percent}} 之前已到该输入实际能取到的界限：{{inputs}}。',
    notEvaluable: '无法计算',
    noDrivers: '没有可调整的输入。',
    monteCarlo: '风险模拟（蒙特卡洛）',
    monteCarloIntro:
      '按文件所述的分布对不确定输入抽样 {{draws}} 次（随机种子 {{seed}}），计算每次的财务净现值。',
    monteCarloNoInputs: '已要求进行模拟，但文件未描述任何不确定输入（风险部分没有给出分布）。',
    monteCarloFailed: '无法按文件中描述的不确定输入进行模拟。',
    statistic: '统计量',
    value: '数值',
    mean: '财务净现值均值',
    p5: '95% 的抽样结果高于此财务净现值（第 5 百分位）',
    p50: '财务净现值中位数',
    p95: '仅 5% 的抽样结果高于此财务净现值（第 95 百分位）',
    probabilityPositive: '财务净现值为正的概率',
    notRun: '本报告未进行风险模拟。',
    outsideDomain: '{{input}}：文件给出的分布中有 {{share}} 超出该输入能取到的界限，不参与抽样。',
    safeAllSearched:
      '所求取的各项输入单独变动不超过 ±{{percent}}（或在文件给出的区间内）时，财务净现值均不会降为零。',
    safeOthersSearched:
      '所求取的其余输入单独变动不超过 ±{{percent}}（或在文件给出的区间内）时，财务净现值均不会降为零。',
    switchingSearched:
      '仅对影响财务净现值最大的 {{count}} 项输入（见上方龙卷风图）求取临界值；其余 {{others}} 项影响较小，未作计算。',
    overBudget:
      '本报告未计算此项：方案规模过大，无法在 {{seconds}} 秒内完成。可在“风险”界面计算，并可查看进度。',
  },
  subsidies: {
    intro: '公共资金带来的变化：含全部补贴、不含任何补贴，以及逐项去掉每一项补贴时的财务净现值。',
    none: '本情景未计入任何补贴。',
    subsidy: '补贴',
    type: '类型',
    total: '到账金额',
    presentValue: '现值',
    npvWithout: '去掉该项后的财务净现值',
    npvGain: '该项增加的财务净现值',
    decisive: '是否决定性',
    judgedOn: '评价依据',
    judgedOnNpv: '项目财务净现值',
    judgedOnEquityNpv: '资本金财务净现值',
    equityNote:
      '贷款贴息随其所贴息的贷款一并考虑：以融资后的资本金财务净现值评价，不计入项目财务净现值。',
    summary: '汇总',
    npvWith: '含全部补贴的财务净现值',
    npvWithoutAll: '不含任何补贴的财务净现值',
    additionality: '是否由补贴促成',
    additionalYes: '是：只有获得补贴项目才能回本',
    additionalNo: '否：补贴并不决定项目能否回本',
    leverage: '每单位补贴撬动的企业投资',
    leverageValue: '每获得 1 {{currency}}补贴，企业自行投入 {{value}} {{currency}}',
    publicMoneyPerNpv: '每单位财务净现值对应的补贴现值',
    equityNpvWith: '含全部补贴的资本金财务净现值',
    equityNpvWithoutAll: '不含任何补贴的资本金财务净现值',
    equityAdditionality: '资本金是否由补贴促成（资本金财务净现值）',
    maxGrant: '按欧盟资金缺口方法的最高补助额',
    fundingGap: '资金缺口率',
    noFundingGap: '无资金缺口（{{rate}}）',
    fundingGapNote:
      '按欧盟成本效益分析指南及欧盟第 480/2014 号授权条例：（投资现值 − 净收入现值）÷ 投资现值，所得税前、融资前、不含补贴，折现率为 {{fdr}}；小于或等于零表示不存在资金缺口。最高补助额为符合条件的投资乘以该比率。',
    notApplicable: '不适用',
  },
  methodology: {
    years:
      '第 0 年为 {{start}} 年，即首笔投资发生的年份；运营期为第 1 至第 {{horizon}} 年（至 {{end}} 年）。所有金额均计在当年年末。',
    discounting:
      '各年净现金流除以 (1 + r) 的年份次方，因此第 0 年不折现；财务净现值为这些折现现金流之和，逐年预测表中列出了每一项。',
    nominalRate: '折现率 r 为名义年率 {{rate}}。',
    realRate:
      '折现率按实际利率 {{real}} 输入，并以一般通货膨胀率 {{inflation}} 精确换算：(1 + 名义利率) = (1 + 实际利率) × (1 + 通胀率)，得到 {{rate}}。',
    inflation:
      '标明随物价上涨的金额按第 0 年价格输入，每年按一般通货膨胀率 {{inflation}} 增长；投资、补贴和贷款按输入的金额计算。',
    payback:
      '静态投资回收期是累计净现金流首次不再为负的年份，并在该年内线性插值；动态投资回收期对折现后的现金流作同样计算。若在评估期内始终无法收回，报告会如实说明，而不给出数字。',
    paybackConstruction:
      '静态投资回收期按可行性研究的惯例自建设期初起算，第 0 年计为一年，比自第 0 年末起算多一年。',
    ratios:
      '获利指数 = 1 + 财务净现值 ÷ 投资现值。效益费用比 = 节省、补贴与余值的现值 ÷ 投资、运行成本与税款的现值。修正内部收益率假设盈余资金按折现率再投资、资金缺口按折现率融资。',
    mirrRates:
      '修正内部收益率按年 {{finance}} 为负现金流融资，按年 {{reinvestment}} 将正现金流再投资。',
    subsidies:
      '补贴是项目获得的现金流入。“不含补贴”的指标去掉全部补贴及其对税收的影响；若项目有某项补贴时能回本、没有时不能，则该项补贴为决定性的。',
    subsidyNpvs:
      '项目财务净现值包含投资补助、奖励和服务券；贷款贴息随贷款计入资本金财务净现值，不计入项目财务净现值。',
    grantTreatment:
      '补助只计一次：或作为征税收入，所购资产按全额计提折旧；或作为不征税收入，其支出不得税前扣除，冲减折旧基数（财税〔2011〕70号）。不征税的奖励或服务券所支付的支出不得扣除，因此税负与征税时相同。',
    workingCapital:
      '项目释放的流动资金（存货、应收账款）为现金流入，占用的为现金流出，均不缴纳所得税。',
    inputVat:
      '投资按不含可抵扣进项税的金额计列；进项税额随投资支付，在其后 {{years}} 年内抵扣，只影响资金的时间价值。',
    disposal:
      '资产在评估期末处置：余值超过尚未扣除的计税基础的部分计入应纳税所得额，计税基础余额准予扣除（企业所得税法第十六条）。',
    terminalValue:
      '终值计量评估期之后的价值：最后一年的经营现金流按每年 {{growth}} 永续增长，期末价值为 {{amount}}。',
    beforeTax: '所得税前指标将各年已缴所得税加回现金流。',
    fundingGap:
      '欧盟资金缺口按欧盟成本效益分析指南（2014）及欧盟第 480/2014 号授权条例第 15–19 条计算：所得税前、融资前、不含补贴，更新改造投资和维持运营投资与经营成本、营业税金及附加一并从净收益中扣除，占用的流动资金计为投资，建设期利息属融资成本、不予计入，折现率为 {{rate}}{{real}}。',
    fundingGapReal: '（即实际利率 {{rate}} 按通胀换算后的名义利率）',
    taxTitle: '本情景适用的税收规则',
    taxStandard: '企业所得税税率为应纳税所得额的 {{rate}}，在发生当年缴纳。',
    taxReduced: '优惠政策“{{label}}”：减按 {{rate}} 的税率征收。',
    taxSmall:
      '优惠政策“{{label}}”：按应纳税所得额分段适用实际税率（{{bands}}）；超过最高限额时全部所得适用标准税率。',
    taxLosses: '亏损可向后结转 {{years}} 年，先发生的先弥补，到期未弥补的不再弥补。',
    taxOneTime:
      '单位价值不超过 {{threshold}} 的符合条件设备、器具，在投入使用当年一次性计入成本费用税前扣除，不再分年折旧；单位价值超过的仍按规定折旧（财税〔2018〕54号，财政部 税务总局公告2023年第37号）。',
    taxSuper: '符合条件的研发支出加计扣除 {{rate}}。',
    taxCredit: '符合条件的设备投资额的 {{rate}} 可抵免应纳税额。',
    taxCompany: '企业不含本项目的年应纳税所得额为 {{income}}：项目的税款为其给企业税负带来的差额。',
    taxAlone: '项目按其自身所得单独计税。',
    taxFollowingYear:
      '各年所得税在次年汇算清缴（5 月 31 日前）时缴纳，最后一年的税款在评估期末缴纳。',
    projectApart: '项目的评价与融资方式无关：贷款改变的是资本金的现金流，而不是项目的财务净现值。',
    rounding: '所有数字均精确计算，仅在显示时四舍五入，因此各表的合计{{precision}}。',
  },
  failed: {
    request: '报告请求无效：{{field}}。',
    model: '无法计算本情景的指标：{{reason}}',
    tooLong: '报告预计约 {{pages}} 页；可打印的报告最多 {{limit}} 页。',
  },
};

export const reportTexts: Namespace<typeof en> = { en, 'zh-CN': zhCN };
