import type { i18n } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/*
 * The applicant workspace's texts, in their own i18next namespace so the screen can be mounted
 * without touching the app's translation files: `useApplicantsT` registers them on first use.
 * The app may also register them at start-up (`registerApplicantsTranslations`) or merge
 * `applicantsResources` into its own files under the `applicants` namespace.
 */

export const APPLICANTS_NS = 'applicants';

export const applicantsEn = {
  title: 'Applicants',
  notNegative: 'Enter zero or more.',
  lead: 'Compare the applications of a call side by side, check their claims, rank them and allocate the budget.',
  load: {
    files: 'Open applicant files…',
    folder: 'Open a folder…',
    examples: 'Load the example applicants',
    clear: 'Clear',
    progress: 'Loading {{done}} of {{total}} files…',
    summary: '{{count}} applicants compared, amounts in {{currency}}',
    empty: 'Open the scenario files the applicants sent, or a folder of them, to compare them.',
  },
  invalid: {
    title: 'Files left out of the comparison: {{count}}',
    reason: '{{field}}: {{message}}',
    currency: 'The amounts are in {{currency}}; the applicants compared are in {{expected}}.',
    notFound: 'The file is not there.',
    evaluation: 'The file could not be evaluated: {{detail}}',
  },
  tabs: {
    label: 'Applicant workspace',
    table: 'Comparison',
    ranking: 'Ranking',
    budget: 'Budget',
    charts: 'Map',
    flags: 'Plausibility',
  },
  states: {
    additional: 'Additional',
    deadweight: 'Deadweight',
    'not-viable': 'Not viable',
  },
  stateHints: {
    additional: 'Pays off only with the subsidy: the subsidy causes the project.',
    deadweight: 'Pays off without the subsidy: the project goes ahead anyway.',
    'not-viable': 'Does not pay off even with the subsidy requested.',
  },
  columns: {
    rank: 'Rank',
    file: 'File',
    company: 'Company',
    project: 'Project',
    state: 'Effect of the subsidy',
    capex: 'Investment',
    subsidyRequested: 'Subsidy requested',
    necessaryAward: 'Necessary award',
    aboveNecessary: 'Requested above it',
    eligibleCost: 'Eligible cost',
    npv: 'NPV',
    irr: 'IRR',
    npvWithoutSubsidies: 'NPV without subsidies',
    irrWithoutSubsidies: 'IRR without subsidies',
    paybackYears: 'Payback',
    fundingGapRate: 'Funding-gap rate',
    publicMoneyPerNpv: 'Public money per unit of NPV',
    privateInvestmentPerSubsidy: 'Private investment per yuan of subsidy',
    savingsShare: 'Claimed savings, share of baseline',
    score: 'Score',
    flags: 'Flags',
    checked: 'Flags checked',
    award: 'Proposed award',
    deadweightAward: 'Of which deadweight',
    deadweightShare: 'Deadweight share of the awards',
    decision: 'Proposal',
  },
  table: {
    caption: 'Applicants side by side, amounts in {{unit}}',
    filter: 'Filter by company, project or file',
    onlyFlagged: 'Only flagged',
    onlyAdditional: 'Only additional (caused by the subsidy)',
    total: 'Total ({{count}})',
    shown: '{{shown}} of {{count}} applicants shown',
    yes: 'Yes',
    no: 'No',
    none: '—',
    flagCount: 'Flags: {{count}}',
    flagsOf: 'Flags of {{name}}',
    open: 'Open the case of {{name}}',
    sorted: 'Sorted by {{column}}, {{direction}}',
    ascending: 'ascending',
    descending: 'descending',
  },
  criteria: {
    npvPerSubsidy: 'NPV caused per yuan of subsidy',
    additionality: 'Pays off only with the subsidy',
    fundingGap: 'Funding-gap rate',
    irr: 'IRR',
    payback: 'Payback (shorter is better)',
    field: 'From the notes: {{label}}',
  },
  ranking: {
    weights: 'Weights of the criteria',
    criterion: 'Criterion',
    weightsHint:
      'Each criterion scores 0 to 1 across the applicants; the weights decide how much each counts.',
    weightOf: 'Weight of “{{criterion}}”',
    addField: 'Add a figure from the notes',
    remove: 'Remove “{{criterion}}”',
    scaling: 'Scale each criterion',
    scalingRank: 'By rank',
    scalingMinMax: 'By distance',
    reset: 'Default weights',
    caption: 'Ranking by weighted score',
    breakdown: 'Breakdown',
    breakdownOf: 'Score breakdown of {{name}}',
    value: 'Value',
    scaled: 'Scaled (0–1)',
    weight: 'Weight',
    points: 'Points',
    missing: 'not given',
    state: 'Effect',
    flags: 'Flags',
    noFlags: 'none',
  },
  flags: {
    thresholds: 'Thresholds',
    thresholdsHint:
      'Claims above these figures from the industry context are flagged. Leave a field empty to switch its flag off.',
    productionCostReduction: 'Production-cost reduction above (%)',
    inspectionLabourReduction: 'Inspection-labour reduction above (%)',
    detectionAfter: 'Defect detection above (%)',
    savingsShare: 'Total savings above (% of baseline costs)',
    minRampYears: 'Full effect sooner than (years)',
    irr: 'IRR above (%)',
    subsidyShare: 'Subsidies above (% of the investment)',
    reset: 'Industry defaults',
    flagged: 'Flagged applicants',
    none: 'No claim is outside the thresholds.',
    checked: 'Checked — include',
    checkedOf: 'Checked — include: {{name}}',
    checkedHint:
      'A flagged applicant is left out of the budget until you have checked its claims; tick “Checked — include” to let it be funded.',
    isChecked: 'checked',
    codes: {
      'production-cost-reduction':
        'Claims {{claimed}} lower production cost; the industry context supports at most {{threshold}}.',
      'inspection-labour-reduction':
        'Claims {{claimed}} lower inspection labour cost; the industry context supports at most {{threshold}}.',
      'detection-after':
        'Claims defect detection of {{claimed}}; the industry context reports at most {{threshold}}.',
      'savings-share':
        'Claims savings of {{claimed}} of its baseline costs; more than {{threshold}} is exceptional.',
      'ramp-up': 'Reaches the full effect in less than {{years}} year(s): {{effects}}.',
      irr: 'Has an IRR of {{claimed}}, above the plausible {{threshold}}.',
      'subsidy-share':
        'Asks subsidies of {{claimed}} of its investment; at most {{threshold}} is usual.',
      'absurd-field':
        'Gives “{{field}}” in its notes as a figure of {{digits}} digits, which is not plausible; that figure is left out of the comparison.',
    },
  },
  budget: {
    amount: 'Budget ({{unit}})',
    objective: 'Maximise',
    objectives: {
      caused: 'NPV caused',
      npv: 'Total NPV',
      score: 'Total score',
    },
    objectiveHints: {
      caused:
        'The NPV of the projects that go ahead only with the award; projects that pay off without it add nothing.',
      npv: 'The NPV of every project funded, including those that would go ahead anyway.',
      score: 'The total weighted score of the applicants funded.',
    },
    cap: 'Each award at most',
    caps: {
      none: 'The request',
      necessary: 'The necessary award',
      'funding-gap': 'Eligible cost × funding gap',
    },
    partial: 'Allow a partial award',
    minShare: 'Smallest partial award (% of the request)',
    excludeFlagged: 'Leave out applicants whose claims are flagged',
    leaveOut: 'Leave out {{name}}',
    enterBudget: 'Enter the budget to allocate.',
    tooLarge: 'Enter a budget below 1,000,000,000,000,000.',
    summary: 'Proposed awards: {{awarded}} of {{budget}}; {{left}} left.',
    proposal:
      'A proposal for the programme’s decision, not a payment: awards are paid once granted.',
    causedNpv:
      'NPV caused (projects that go ahead only with the award): {{value}}, {{count}} projects.',
    totalNpv: 'NPV of the funded projects: {{value}}',
    totalScore: 'Total score of the funded applicants: {{value}}',
    deadweight:
      'Deadweight: {{amount}} ({{share}} of the proposed awards) to {{count}} projects that pay off without the subsidy.',
    noDeadweight: 'Deadweight: none — no award goes to a project that pays off without it.',
    aboveNecessary: 'Proposed above the necessary awards: {{amount}}.',
    optimal: 'This is the best selection for the budget ({{method}}).',
    notOptimal: 'Not proven best ({{method}}): at most {{gap}} below the best possible.',
    partialGap:
      'With the partial award, at most {{gap}} below what funding any share of every request could reach.',
    greedy: 'Funding by value per yuan alone would reach {{value}}.',
    granularity: 'Searched in steps of {{step}}.',
    funded: 'Proposed for funding',
    notFunded: 'Not proposed',
    marginal: 'Marginal',
    marginalLine: 'Marginal: {{text}}',
    marginalPartial: '{{name}} receives the partial award.',
    marginalNext: '{{name}} is next in line if the budget grows.',
    partialAward: 'partial award, of {{request}} requested',
    cappedAward: 'of {{request}} requested',
    necessaryOf: 'necessary {{amount}}',
    methods: {
      'all-fit': 'every request fits',
      'dynamic-programming': 'dynamic programming',
      'branch-and-bound': 'branch and bound',
      greedy: 'greedy by value per yuan',
    },
    reasons: {
      funded: 'Proposed',
      partial: 'Proposed in part',
      'not-chosen': 'Not in the best selection',
      'over-budget': 'Request above the budget',
      'no-request': 'No subsidy requested',
      'no-value': 'No positive objective',
      excluded: 'Left out by you',
      flagged: 'Claims flagged, not checked',
      'not-viable': 'Not viable even with the subsidy',
      deadweight: 'Pays off without the subsidy',
      'no-funding-gap': 'No funding gap',
      'cap-below-need': 'Capped award below the necessary award',
    },
  },
  charts: {
    mapTitle: 'Applicants map',
    mapDescription:
      'Each applicant as a bubble: NPV without subsidies across, subsidy requested up, size the investment; {{additional}} additional, {{deadweight}} deadweight, {{notViable}} not viable, of {{count}}.',
    mapClipped:
      '{{count}} applicant(s) beyond the axis, drawn as a triangle at its edge: {{names}}.',
    mapKeys:
      'Focus the map and use the arrow keys to go from bubble to bubble; each is named as you reach it.',
    mapFocused: '{{position}} of {{count}}: {{text}}',
    mapX: 'NPV without subsidies ({{currency}})',
    mapY: 'Subsidy requested ({{currency}})',
    mapPoint:
      '{{name}} ({{state}}): NPV without subsidies {{npv}}, subsidy {{subsidy}}, investment {{capex}}',
    curveTitle: 'Budget curve',
    curveDescription:
      'The best {{objective}} reachable with each budget from nothing to {{total}}.',
    curveX: 'Budget ({{currency}})',
    curveY: 'Best {{objective}}',
    curveBudget: 'Your budget',
  },
  export: {
    label: 'Export',
    csv: 'Export CSV',
    xlsx: 'Export Excel workbook',
    pdf: 'Print PDF report',
    title: 'Programme or call, for the report',
    preparer: 'Prepared by',
    fileName: 'Applicant comparison',
    sheetApplicants: 'Applicants',
    sheetScores: 'Score breakdown',
    sheetAllocation: 'Allocation',
    done: 'Exported “{{file}}”.',
    failed: 'The export was not written: {{reason}}',
    noHost: 'Exporting needs the desktop app or a browser host.',
    printDialog: 'The print dialog is open: choose “Save as PDF”.',
  },
  case: {
    back: 'Back to the list',
    title: 'The case of {{name}}',
    readOnly:
      'Read-only: the applicant’s file as received, evaluated by the same model. Open the file in the investment case to edit a copy.',
    requested: 'Subsidy requested: {{amount}}.',
    necessary: 'Necessary award: {{amount}} — {{above}} of the request is more than it needs.',
    necessaryZero: 'Necessary award: none — it pays off without the subsidy.',
    necessaryNone: 'No award up to the request makes it pay off.',
    basisEquity: 'Judged on the equity NPV, which holds the interest subsidy.',
    flags: 'Plausibility flags',
    noFlags: 'No claim is outside the thresholds.',
    failed: 'The file could not be evaluated again: {{detail}}',
  },
} as const;

type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

export const applicantsZhCN: Texts<typeof applicantsEn> = {
  title: '申报企业',
  notNegative: '请输入零或正数。',
  lead: '并排比较本批次的申报材料，核查其声称的效果，排序并分配预算。',
  load: {
    files: '打开申报文件…',
    folder: '打开文件夹…',
    examples: '载入示例申报',
    clear: '清空',
    progress: '正在载入第 {{done}} 个，共 {{total}} 个文件…',
    summary: '已比较 {{count}} 家申报企业，金额单位：{{currency}}',
    empty: '打开申报企业提交的方案文件或其所在文件夹，即可进行比较。',
  },
  invalid: {
    title: '未纳入比较的文件：{{count}} 个',
    reason: '{{field}}：{{message}}',
    currency: '金额币种为 {{currency}}；参与比较的申报均为 {{expected}}。',
    notFound: '文件不存在。',
    evaluation: '无法计算该文件：{{detail}}',
  },
  tabs: {
    label: '申报工作区',
    table: '比较',
    ranking: '排序',
    budget: '预算',
    charts: '分布图',
    flags: '合理性',
  },
  states: {
    additional: '补贴促成',
    deadweight: '无补贴亦可行',
    'not-viable': '补贴后仍不可行',
  },
  stateHints: {
    additional: '仅在获得补贴时才可行：项目由补贴促成。',
    deadweight: '不需要补贴也可行：项目无论如何都会实施。',
    'not-viable': '即使获得所申请的补贴仍不可行。',
  },
  columns: {
    rank: '名次',
    file: '文件',
    company: '企业',
    project: '项目',
    state: '补贴效果',
    capex: '投资额',
    subsidyRequested: '申请补贴',
    necessaryAward: '必要资助额',
    aboveNecessary: '超出必要资助额',
    eligibleCost: '可资助投资额',
    npv: '财务净现值',
    irr: '财务内部收益率',
    npvWithoutSubsidies: '无补贴财务净现值',
    irrWithoutSubsidies: '无补贴财务内部收益率',
    paybackYears: '回收期',
    fundingGapRate: '资金缺口率',
    publicMoneyPerNpv: '单位财务净现值所需公共资金',
    privateInvestmentPerSubsidy: '每元补贴撬动的社会投资',
    savingsShare: '声称节约占基线成本比例',
    score: '得分',
    flags: '提示',
    checked: '提示已核查',
    award: '建议资助额',
    deadweightAward: '其中无谓资助',
    deadweightShare: '无谓资助占比',
    decision: '建议',
  },
  table: {
    caption: '申报企业并排比较，金额单位 {{unit}}',
    filter: '按企业、项目或文件筛选',
    onlyFlagged: '仅显示有提示的',
    onlyAdditional: '仅显示补贴促成的',
    total: '合计（{{count}}）',
    shown: '显示 {{shown}} / {{count}} 家申报',
    yes: '是',
    no: '否',
    none: '—',
    flagCount: '{{count}} 条提示',
    flagsOf: '{{name}} 的提示',
    open: '查看 {{name}} 的方案',
    sorted: '按{{column}}{{direction}}排列',
    ascending: '升序',
    descending: '降序',
  },
  criteria: {
    npvPerSubsidy: '每元补贴促成的财务净现值',
    additionality: '仅在补贴下可行',
    fundingGap: '资金缺口率',
    irr: '财务内部收益率',
    payback: '回收期（越短越好）',
    field: '备注中的数据：{{label}}',
  },
  ranking: {
    weights: '评分指标权重',
    criterion: '评分指标',
    weightsHint: '每项指标在申报企业之间按 0 到 1 评分，权重决定各项指标的比重。',
    weightOf: '“{{criterion}}”的权重',
    addField: '添加备注中的数据',
    remove: '移除“{{criterion}}”',
    scaling: '指标换算方式',
    scalingRank: '按名次',
    scalingMinMax: '按差距',
    reset: '默认权重',
    caption: '按加权得分排序',
    breakdown: '明细',
    breakdownOf: '{{name}} 的得分明细',
    value: '数值',
    scaled: '换算值（0–1）',
    weight: '权重',
    points: '得分',
    missing: '未提供',
    state: '补贴效果',
    flags: '提示',
    noFlags: '无',
  },
  flags: {
    thresholds: '阈值',
    thresholdsHint: '超过以下行业参考数据的声称效果将被提示。清空某项即关闭该项提示。',
    productionCostReduction: '生产成本降幅高于（%）',
    inspectionLabourReduction: '检测人工成本降幅高于（%）',
    detectionAfter: '缺陷检出率高于（%）',
    savingsShare: '节约总额高于（占基线成本 %）',
    minRampYears: '达到全部效果短于（年）',
    irr: '财务内部收益率高于（%）',
    subsidyShare: '补贴高于（占投资 %）',
    reset: '行业默认值',
    flagged: '有提示的申报',
    none: '没有超出阈值的声称效果。',
    checked: '已核查，纳入',
    checkedOf: '已核查，纳入：{{name}}',
    checkedHint:
      '有提示的申报在核查其声称效果之前不纳入预算分配；勾选“已核查，纳入”后即可参与分配。',
    isChecked: '已核查',
    codes: {
      'production-cost-reduction':
        '声称生产成本降低 {{claimed}}；行业参考数据最高为 {{threshold}}。',
      'inspection-labour-reduction':
        '声称检测人工成本降低 {{claimed}}；行业参考数据最高为 {{threshold}}。',
      'detection-after': '声称缺陷检出率达到 {{claimed}}；行业参考数据最高为 {{threshold}}。',
      'savings-share': '声称节约额占基线成本的 {{claimed}}；超过 {{threshold}} 属于罕见情况。',
      'ramp-up': '不到 {{years}} 年即达到全部效果：{{effects}}。',
      irr: '财务内部收益率为 {{claimed}}，高于合理上限 {{threshold}}。',
      'subsidy-share': '申请补贴占投资的 {{claimed}}；通常不超过 {{threshold}}。',
      'absurd-field': '备注中“{{field}}”填写的是 {{digits}} 位数，明显不合常理；该数值不计入比较。',
    },
  },
  budget: {
    amount: '预算（{{unit}}）',
    objective: '优化目标',
    objectives: {
      caused: '补贴促成的财务净现值',
      npv: '财务净现值合计',
      score: '得分合计',
    },
    objectiveHints: {
      caused: '仅计入获得资助才会实施的项目的财务净现值；无补贴亦可行的项目不计入。',
      npv: '计入所有获资助项目的财务净现值，包括无补贴也会实施的项目。',
      score: '获资助申报企业的加权得分合计。',
    },
    cap: '每笔资助上限',
    caps: {
      none: '申请额',
      necessary: '必要资助额',
      'funding-gap': '可资助投资额 × 资金缺口率',
    },
    partial: '允许部分资助',
    minShare: '部分资助下限（占申请额 %）',
    excludeFlagged: '排除声称效果有提示的申报',
    leaveOut: '排除 {{name}}',
    enterBudget: '请输入要分配的预算。',
    tooLarge: '预算须小于 1,000,000,000,000,000。',
    summary: '建议资助合计 {{awarded}}，预算 {{budget}}，剩余 {{left}}。',
    proposal: '以上为供专项资金决策的建议资助方案，并非拨款；经批准后方予拨付。',
    causedNpv: '补贴促成的财务净现值（获资助才会实施的项目）：{{value}}，共 {{count}} 个项目。',
    totalNpv: '获资助项目的财务净现值合计：{{value}}',
    totalScore: '获资助申报的得分合计：{{value}}',
    deadweight:
      '无谓资助：{{amount}}（占建议资助额的 {{share}}），投向 {{count}} 个无补贴亦可行的项目。',
    noDeadweight: '无谓资助：无，没有资助投向无补贴亦可行的项目。',
    aboveNecessary: '超出必要资助额的部分：{{amount}}。',
    optimal: '这是该预算下的最优组合（{{method}}）。',
    notOptimal: '未证明为最优（{{method}}）：与最优结果的差距至多为 {{gap}}。',
    partialGap: '含部分资助时，与按任意比例资助各申报所能达到的上限相差至多 {{gap}}。',
    greedy: '仅按每元补贴价值排序资助可达到 {{value}}。',
    granularity: '搜索步长为 {{step}}。',
    funded: '建议资助',
    notFunded: '不建议资助',
    marginal: '边际申报',
    marginalLine: '边际申报：{{text}}',
    marginalPartial: '{{name}} 获得部分资助。',
    marginalNext: '预算增加时，{{name}} 为下一个获资助者。',
    partialAward: '部分资助，申请额 {{request}}',
    cappedAward: '申请额 {{request}}',
    necessaryOf: '必要 {{amount}}',
    methods: {
      'all-fit': '全部申请均可满足',
      'dynamic-programming': '动态规划',
      'branch-and-bound': '分支定界',
      greedy: '按每元补贴价值的贪心法',
    },
    reasons: {
      funded: '建议资助',
      partial: '建议部分资助',
      'not-chosen': '未入选最优组合',
      'over-budget': '申请额超过预算',
      'no-request': '未申请补贴',
      'no-value': '目标值不为正',
      excluded: '已由您排除',
      flagged: '声称效果有提示，尚未核查',
      'not-viable': '资助后财务净现值仍为负',
      deadweight: '不需要资助',
      'no-funding-gap': '无资金缺口',
      'cap-below-need': '资助上限低于必要资助额',
    },
  },
  charts: {
    mapTitle: '申报分布图',
    mapDescription:
      '每家申报为一个气泡：横轴为无补贴财务净现值，纵轴为申请补贴，气泡大小为投资额；{{count}} 家中补贴促成 {{additional}} 家，无补贴亦可行 {{deadweight}} 家，补贴后仍不可行 {{notViable}} 家。',
    mapClipped: '{{count}} 家超出横轴范围，以三角形画在坐标轴边缘：{{names}}。',
    mapKeys: '聚焦分布图后用方向键逐个查看气泡，每到一个即读出其名称。',
    mapFocused: '第 {{position}} 个，共 {{count}} 个：{{text}}',
    mapX: '无补贴财务净现值（{{currency}}）',
    mapY: '申请补贴（{{currency}}）',
    mapPoint: '{{name}}（{{state}}）：无补贴财务净现值 {{npv}}，补贴 {{subsidy}}，投资 {{capex}}',
    curveTitle: '预算曲线',
    curveDescription: '从零到 {{total}} 的每一档预算下可达到的最佳{{objective}}。',
    curveX: '预算（{{currency}}）',
    curveY: '最佳{{objective}}',
    curveBudget: '当前预算',
  },
  export: {
    label: '导出',
    csv: '导出 CSV',
    xlsx: '导出 Excel 工作簿',
    pdf: '打印 PDF 报告',
    title: '专项或批次名称（用于报告）',
    preparer: '编制人',
    fileName: '申报比较',
    sheetApplicants: '申报企业',
    sheetScores: '得分明细',
    sheetAllocation: '预算分配',
    done: '已导出“{{file}}”。',
    failed: '导出未完成：{{reason}}',
    noHost: '导出需要桌面应用或浏览器宿主。',
    printDialog: '打印对话框已打开：请选择“另存为 PDF”。',
  },
  case: {
    back: '返回列表',
    title: '{{name}} 的方案',
    readOnly:
      '只读：按收到的申报文件、以同一模型计算。如需修改，请在投资方案中打开该文件另存副本。',
    requested: '申请补贴：{{amount}}。',
    necessary: '必要资助额：{{amount}}；申请额中有 {{above}} 超出所需。',
    necessaryZero: '必要资助额：无——不需要补贴也可行。',
    necessaryNone: '在申请额以内的任何资助都不能使其可行。',
    basisEquity: '按包含贴息的资本金财务净现值判断。',
    flags: '合理性提示',
    noFlags: '没有超出阈值的声称效果。',
    failed: '无法重新计算该文件：{{detail}}',
  },
};

export const applicantsResources = { en: applicantsEn, 'zh-CN': applicantsZhCN } as const;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every text of the workspace by its key: `t('budget.funded')`. */
export type ApplicantsKey = Leaves<typeof applicantsEn>;
export type ApplicantsT = (key: ApplicantsKey, options?: Record<string, unknown>) => string;

/** Adds the workspace's texts to an i18next instance (once; later calls do nothing). */
export function registerApplicantsTranslations(instance: i18n): void {
  for (const [language, texts] of Object.entries(applicantsResources)) {
    if (!instance.hasResourceBundle(language, APPLICANTS_NS)) {
      instance.addResourceBundle(language, APPLICANTS_NS, texts, true, false);
    }
  }
}

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** The workspace's `t`, in the language shown, re-rendering when it changes. */
export function useApplicantsT(): ApplicantsT {
  const { i18n: instance } = useTranslation();
  registerApplicantsTranslations(instance);
  const language = instance.language;
  return useCallback(
    (key: ApplicantsKey, options?: Record<string, unknown>) =>
      (instance.t as unknown as LooseT)(key, { lng: language, ns: APPLICANTS_NS, ...options }),
    [instance, language],
  );
}
