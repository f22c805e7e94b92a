import type { Namespace, Texts } from '../texts';

/*
 * The comparison report's own sentences. Sentences the workspace already has (flags, criteria,
 * decisions, columns) come from the applicants' namespace, so screen and paper agree.
 */

const en = {
  kicker: 'Subsidy applications: comparison and funding list',
  untitled: 'Comparison of applicants',
  runningHeader: '{{title}}: {{count}} applications compared',
  cover: {
    date: 'Date',
    preparer: 'Prepared by',
    budget: 'Budget',
    noBudget: 'none given: ranking only',
    objective: 'The budget maximises',
    cap: 'Each award at most',
    caps: {
      none: 'the request',
      necessary: 'the necessary award',
      'funding-gap': 'eligible cost × funding-gap rate',
    },
    deadweight: 'Deadweight in the proposal',
    deadweightValue: '{{amount}} ({{share}} of the awards)',
    currency: 'Currency',
    notStated: 'not stated',
    summary: 'In short',
  },
  summary: {
    received: '{{received}} files received: {{valid}} compared, {{invalid}} left out as invalid.',
    valid: 'Applicants compared',
    invalid: 'Files left out',
    requested: 'Together they request {{requested}} for an investment of {{capex}}.',
    npv: 'The projects’ net present value with the subsidies is {{npv}} in total ({{without}} without them).',
    states:
      'What the subsidy does — additional, paying off only with it: {{additional}}; deadweight, paying off without it: {{deadweight}}; not viable, not paying off even with it: {{notViable}}.',
    flagged: '{{count}} make claims outside the plausible ranges and are flagged for checking.',
    funded:
      'The budget of {{budget}} proposes {{awarded}} for {{count}} applicants; the {{caused}} projects it causes have a net present value of {{value}}.',
    deadweight:
      'Deadweight: {{amount}}, {{share}} of the proposed awards, goes to projects that pay off without the subsidy.',
    proposal: 'This is a proposal for the programme’s decision, not a payment.',
    overBudget: 'The requests exceed the budget by {{excess}}.',
  },
  sections: {
    ranking: 'Ranking',
    figures: 'The applicants’ figures',
    flags: 'Plausibility of the claims',
    allocation: 'Allocation of the budget',
    charts: 'Charts',
    invalid: 'Files left out',
    methodology: 'Methodology',
  },
  ranking: {
    intro:
      'Each applicant’s score (0 to 100) is the weighted sum of the criteria below, each scaled from 0 (worst applicant) to 1 (best); the columns give the points each criterion contributes.',
    weights: 'Weights: {{weights}}. Scaling: {{scaling}}.',
    scaling: {
      rank: 'by rank among the applicants',
      'min-max': 'by distance between the worst and the best',
    },
    criterion: 'Criterion',
    points: 'points',
    checked: 'checked',
  },
  figures: {
    intro:
      'Every figure comes from the applicant’s own scenario file, evaluated by the same model as the application; amounts in {{currency}}.',
    returns: 'Investment and returns',
    subsidy: 'What the subsidy does',
    subsidyIntro:
      'The necessary award is the smallest subsidy, in the form, timing and tax treatment requested, at which the project’s net present value reaches zero.',
    total: 'Total',
  },
  flags: {
    intro:
      'A claim above what the industry context supports is flagged; a flag asks for a check, it does not prove the claim wrong.',
    thresholds: 'Thresholds used',
    threshold: 'Flagged above',
    off: 'not checked',
    flagged: 'Flagged applicants',
    none: 'No claim is outside the thresholds.',
    applicant: 'Applicant',
    reasons: 'Reasons',
    checked: 'Checked by the officer — included in the allocation.',
    notChecked: 'Not checked — left out of the allocation until checked.',
  },
  allocation: {
    noBudget: 'No budget was given: the applicants are ranked but not allocated.',
    intro: 'The awards proposed within the budget, chosen to maximise the {{objective}}.',
    funded: 'Proposed for funding',
    notFunded: 'Not proposed',
    request: 'Requested',
    necessary: 'Necessary award',
    award: 'Proposed award',
    state: 'Effect of the subsidy',
    reason: 'Why not',
    totalAwarded: 'Proposed awards: {{awarded}} of {{budget}}; {{left}} left.',
    left: 'left',
    causedNpv:
      'Net present value caused (the projects that go ahead only with the award): {{value}}, {{count}} projects.',
    deadweight:
      'Deadweight: {{amount}}, {{share}} of the proposed awards, to {{count}} projects that pay off without the subsidy.',
    noDeadweight: 'Deadweight: none — no award goes to a project that pays off without it.',
    aboveNecessary: 'Proposed above the necessary awards: {{amount}}.',
    proposal:
      'This is a proposal for the programme’s decision, not a payment: no award is paid before it is granted.',
    objectiveTotal: {
      caused: 'Net present value caused: {{value}}.',
      npv: 'Net present value of the funded projects: {{value}}.',
      score: 'Total score of the funded applicants: {{value}}.',
    },
    objectives: {
      caused: 'net present value the programme causes (of the projects that go ahead only with it)',
      npv: 'total net present value of the projects funded',
      score: 'total score of the applicants funded',
    },
    caps: {
      none: 'Each award is at most the request.',
      necessary: 'Each award is at most the necessary award.',
      'funding-gap':
        'Each award is at most the eligible cost × the funding-gap rate (the EU funding-gap method).',
    },
    checked: 'Flagged, checked by the officer and included: {{names}}.',
    method: 'Method: {{method}}.',
    proven: 'The selection is proven the best for this budget.',
    notProven:
      'The search stopped at its limit: the selection is not proven the best, and is at most {{gap}} below it.',
    greedy: 'Funding by value per yuan alone would reach {{value}}.',
    granularity: 'Requests were searched in steps of {{step}}.',
    partial: 'Partial awards allowed, down to {{share}} of a request.',
    whole: 'Requests are funded in full or not at all.',
    flaggedOut: 'Applicants with flagged claims are left out until checked.',
    flaggedIn: 'Applicants with flagged claims may be funded.',
    excluded: 'Left out by the officer: {{names}}.',
    marginal: 'Marginal applicant: {{sentence}}',
    noMarginal: 'none',
    noneFunded: 'No applicant is funded.',
  },
  charts: {
    intro:
      'The map places each applicant by its net present value without the subsidy and the subsidy it requests; the curve shows the best total reachable with each budget.',
  },
  invalid: {
    intro: 'These files could not be compared; each reason names the field at fault.',
    none: 'Every file received could be compared.',
  },
  methodology: [
    'Each file is validated as a Yardstick scenario and its base case evaluated: net present value and internal rate of return with and without the subsidies, payback, the funding-gap rate R = (DIC − DNR) / DIC of the EU cost-benefit guide (2014), public money per unit of net present value and private investment per yuan of subsidy. Files that fail are left out with their reasons and never stop the others.',
    'What the subsidy does: an applicant is additional when its net present value is negative without the subsidy and not negative with it (the subsidy causes the project), deadweight when it is not negative without it (the project goes ahead anyway), and not viable when it is negative even with it. Not viable applicants are never funded.',
    'Necessary award: the smallest subsidy, in the form, timing and tax treatment requested (every requested subsidy scaled by one factor), at which the net present value reaches zero, found by the model to the fen: not negative at the award, negative one fen below it. It is 0 for a deadweight applicant.',
    'Plausibility: the claimed production-cost and inspection-labour reductions, defect detection, total savings as a share of the baseline costs, the speed of the ramp-up, the IRR and the subsidy share are compared with thresholds drawn from the industry context; a claim above its threshold is flagged.',
    'Ranking: each criterion is scaled across the applicants from 0 (worst) to 1 (best), by rank (ties share the mean position) or by distance; a missing value scores 0. The score is the weighted mean times 100. The criterion “net present value caused per yuan of subsidy” counts the net present value only of an additional project (0 for deadweight and not viable ones). Ties go to the higher net present value, then the file name.',
    'Allocation: the awards proposed maximise the objective within the budget — by default the net present value the programme causes, the sum over the funded projects that go ahead only with the award (a deadweight project adds nothing); or the net present value of every project funded; or the total score. Each award can be capped at the necessary award, or at the eligible cost × the funding-gap rate (the funding-gap method of the EU cost-benefit guide, 2014, with the discounted net revenue of Commission Delegated Regulation (EU) No 480/2014), which leaves budget for more applicants. The choice is an exact 0/1 knapsack on whole yuan (dynamic programming, or branch and bound when the table would be too large); when the search stops at its limit, the better of its best selection and the greedy ratio heuristic is kept and the gap to the upper bound is reported. A partial award, when allowed, goes to the next applicant in line whose minimum share (and necessary award, when the objective is the net present value caused) fits the budget left. Every allocation states the deadweight: the awards to projects that pay off without the subsidy, and their share.',
    'All amounts are computed in exact decimal arithmetic and rounded only for display.',
  ],
  failed: {
    settings: 'The ranking settings: {{field}}: {{message}}',
    budget: 'The budget must be zero or more, not {{budget}}.',
    noFiles: 'No applicant file was given.',
    codes: {
      unknown_criterion:
        '“{{key}}” is not a criterion: use npvPerSubsidy, additionality, fundingGap, irr, payback or field:NAME.',
      too_many_criteria: 'At most {{limit}} criteria can be weighted.',
    },
  },
};

const zhCN: Texts<typeof en> = {
  kicker: '补贴申报：比较与资助名单',
  untitled: '申报企业比较',
  runningHeader: '{{title}}：比较 {{count}} 份申报',
  cover: {
    date: '日期',
    preparer: '编制人',
    budget: '预算',
    noBudget: '未给出，仅排序',
    objective: '预算分配目标',
    cap: '每笔资助上限',
    caps: {
      none: '申请额',
      necessary: '必要资助额',
      'funding-gap': '符合条件的投资 × 资金缺口率',
    },
    deadweight: '建议方案中的无谓资助',
    deadweightValue: '{{amount}}（占资助额 {{share}}）',
    currency: '币种',
    notStated: '未注明',
    summary: '概要',
  },
  summary: {
    received: '共收到 {{received}} 个文件：比较 {{valid}} 个，{{invalid}} 个无效未纳入。',
    valid: '参与比较的申报企业',
    invalid: '未纳入的文件',
    requested: '合计申请补贴 {{requested}}，对应投资 {{capex}}。',
    npv: '含补贴的项目财务净现值合计 {{npv}}（不含补贴为 {{without}}）。',
    states:
      '其中 {{additional}} 家仅在获得补贴时才可行（补贴促成），{{deadweight}} 家不需要补贴也可行（无补贴亦可行），{{notViable}} 家即使获得补贴仍不可行。',
    flagged: '{{count}} 家声称的效果超出合理范围，已标记待核查。',
    funded:
      '预算 {{budget}} 建议资助 {{count}} 家申报企业，合计 {{awarded}}；由此促成的 {{caused}} 个项目财务净现值合计 {{value}}。',
    deadweight: '无谓资助：{{amount}}，占建议资助额的 {{share}}，投向不需要补贴也可行的项目。',
    proposal: '本方案为供专项资金决策的建议，并非拨款。',
    overBudget: '申请总额超出预算 {{excess}}。',
  },
  sections: {
    ranking: '排序',
    figures: '申报企业的各项指标',
    flags: '效果声称的合理性',
    allocation: '预算分配',
    charts: '图表',
    invalid: '未纳入的文件',
    methodology: '方法说明',
  },
  ranking: {
    intro:
      '每家申报企业的得分（0 至 100）是下列各项标准的加权和，每项标准在申报企业之间从 0（最差）到 1（最好）换算；各列为每项标准贡献的分数。',
    weights: '权重：{{weights}}。换算方式：{{scaling}}。',
    scaling: {
      rank: '按在申报企业中的名次',
      'min-max': '按在最差与最好之间的距离',
    },
    criterion: '标准',
    points: '分',
    checked: '已核查',
  },
  figures: {
    intro:
      '各项数字均来自申报企业自己的方案文件，以与本软件相同的模型计算；金额单位 {{currency}}。',
    returns: '投资与收益',
    subsidy: '补贴的作用',
    subsidyIntro:
      '必要资助额是按申请的补贴形式、拨付时间和税务处理，使项目财务净现值恰好达到零的最小补贴额。',
    total: '合计',
  },
  flags: {
    intro: '超出行业情况所能支持范围的效果声称会被标记；标记表示需要核查，并不证明声称有误。',
    thresholds: '所用阈值',
    threshold: '超过即标记',
    off: '不检查',
    flagged: '被标记的申报企业',
    none: '没有超出阈值的声称。',
    applicant: '申报企业',
    reasons: '原因',
    checked: '审核人员已核查，纳入预算分配。',
    notChecked: '尚未核查，核查前不纳入预算分配。',
  },
  allocation: {
    noBudget: '未给出预算：仅对申报企业排序，不做分配。',
    intro: '在预算之内提出的建议资助，以使{{objective}}最大。',
    funded: '建议资助',
    notFunded: '不建议资助',
    request: '申请金额',
    necessary: '必要资助额',
    award: '建议资助额',
    state: '补贴效果',
    reason: '不建议资助的原因',
    totalAwarded: '建议资助合计 {{awarded}}，预算 {{budget}}，剩余 {{left}}。',
    left: '剩余',
    causedNpv: '补贴促成的财务净现值（获资助才会实施的项目）：{{value}}，共 {{count}} 个项目。',
    deadweight:
      '无谓资助：{{amount}}，占建议资助额的 {{share}}，投向 {{count}} 个不需要补贴也可行的项目。',
    noDeadweight: '无谓资助：无，没有资助投向不需要补贴也可行的项目。',
    aboveNecessary: '超出必要资助额的建议资助：{{amount}}。',
    proposal: '本方案为供专项资金决策的建议，并非拨款；经批准前不拨付任何资金。',
    objectiveTotal: {
      caused: '补贴促成的财务净现值：{{value}}。',
      npv: '获资助项目的财务净现值合计：{{value}}。',
      score: '获资助申报企业的得分合计：{{value}}。',
    },
    objectives: {
      caused: '补贴促成的财务净现值（仅计获资助才会实施的项目）',
      npv: '获资助项目的财务净现值合计',
      score: '获资助申报企业的得分合计',
    },
    caps: {
      none: '每笔资助不超过申请额。',
      necessary: '每笔资助不超过必要资助额。',
      'funding-gap': '每笔资助不超过符合条件的投资 × 资金缺口率（欧盟资金缺口法）。',
    },
    checked: '有提示、经审核人员核查后纳入：{{names}}。',
    method: '方法：{{method}}。',
    proven: '已证明该组合是此预算下的最优选择。',
    notProven: '搜索达到上限而停止：该组合未被证明最优，与最优值相差至多 {{gap}}。',
    greedy: '仅按每元补贴的价值依次资助可达到 {{value}}。',
    granularity: '申请金额按 {{step}} 的步长搜索。',
    partial: '允许部分资助，最低为申请金额的 {{share}}。',
    whole: '申请金额要么全额资助，要么不资助。',
    flaggedOut: '效果声称被标记的申报企业在核查前不予资助。',
    flaggedIn: '效果声称被标记的申报企业也可获资助。',
    excluded: '由审核人员排除：{{names}}。',
    marginal: '边际申报企业：{{sentence}}',
    noMarginal: '无',
    noneFunded: '没有申报企业获得资助。',
  },
  charts: {
    intro:
      '分布图按不含补贴的财务净现值和申请的补贴金额标出每家申报企业；预算曲线给出每个预算水平下可达到的最佳合计值。',
  },
  invalid: {
    intro: '以下文件无法比较；每条原因都指出出错的字段。',
    none: '收到的文件均可比较。',
  },
  methodology: [
    '每个文件先按 Yardstick 方案格式校验，再计算其基准情景：含补贴与不含补贴的财务净现值和财务内部收益率、静态投资回收期、欧盟《投资项目成本效益分析指南》（2014）的资金缺口率 R = (DIC − DNR) / DIC、每单位财务净现值所需的公共资金，以及每元补贴带动的企业投资。无法通过的文件连同原因列出，不影响其他文件。',
    '补贴效果：不含补贴时财务净现值为负、含补贴时不为负的申报为“补贴促成”（项目因补贴而实施）；不含补贴时财务净现值已不为负的为“无补贴亦可行”（项目无论如何都会实施，资助即为无谓资助）；含补贴时财务净现值仍为负的为“补贴后仍不可行”，任何目标下均不予资助。',
    '必要资助额：按申请的补贴形式、拨付时间和税务处理（所申请的各项补贴按同一比例缩放），使财务净现值达到零的最小补贴额，由模型计算，精确到分：该金额下财务净现值不为负，少一分即为负。无补贴亦可行的申报必要资助额为 0。',
    '合理性：将声称的生产成本与检测人工降幅、缺陷检出率、节约总额占基准成本的比例、效果爬坡速度、财务内部收益率及补贴占投资比例与源自行业情况的阈值比较；超过阈值的声称即被标记。',
    '排序：每项标准在申报企业之间从 0（最差）到 1（最好）换算，按名次（并列取平均名次）或按距离；缺失值记 0 分。得分为加权平均值乘以 100。“每元补贴促成的财务净现值”一项只计补贴促成项目的财务净现值（无补贴亦可行和补贴后仍不可行的项目记 0）。得分相同时财务净现值高者在前，再按文件名排列。',
    '分配：建议资助方案在预算之内使目标值最大——默认目标为补贴促成的财务净现值，即获资助才会实施的项目的财务净现值之和（无补贴亦可行的项目不计入）；也可选择全部获资助项目的财务净现值合计或得分合计。每笔资助可设上限：必要资助额，或符合条件的投资 × 资金缺口率（欧盟《投资项目成本效益分析指南》（2014）的资金缺口法，折现净收入按欧盟委员会第 480/2014 号授权条例计算），从而为更多申报企业留出预算。以整元为单位精确求解 0/1 背包问题（动态规划；表格过大时用分支定界）；搜索达到上限时，取其最佳组合与按比值贪心所得中较好者，并报告与上界的差距。允许部分资助时，剩余预算给予下一位最低份额（以补贴促成的财务净现值为目标时还须不低于必要资助额）可以容纳的申报企业。每个分配结果均列明无谓资助——投向不需要补贴也可行的项目的资助额及其占比。',
    '所有金额均以精确的十进制运算计算，仅在显示时舍入。',
  ],
  failed: {
    settings: '排序设置：{{field}}：{{message}}',
    budget: '预算须为零或正数，而不是 {{budget}}。',
    noFiles: '未提供申报文件。',
    codes: {
      unknown_criterion:
        '“{{key}}”不是排序标准：可用 npvPerSubsidy、additionality、fundingGap、irr、payback 或 field:名称。',
      too_many_criteria: '最多只能为 {{limit}} 项标准设置权重。',
    },
  },
};

export const comparisonTexts: Namespace<typeof en> = { en, 'zh-CN': zhCN };
