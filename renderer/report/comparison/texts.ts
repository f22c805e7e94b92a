import type { Locale } from '../../../shared/host/schemas';

/*
 * The comparison report's own sentences, one object per language; the type makes both carry every
 * key. Placeholders are `{name}`, filled by the report texts' `fill`. Sentences the workspace
 * already has (flags, criteria, decisions, columns) come from its texts, so screen and paper agree.
 */

export interface ComparisonTexts {
  readonly kicker: string;
  readonly untitled: string;
  readonly runningHeader: string;
  readonly cover: {
    readonly date: string;
    readonly preparer: string;
    readonly budget: string;
    readonly noBudget: string;
    readonly objective: string;
    readonly currency: string;
    readonly notStated: string;
    readonly summary: string;
  };
  readonly summary: {
    readonly received: string;
    readonly valid: string;
    readonly invalid: string;
    readonly requested: string;
    readonly npv: string;
    readonly additional: string;
    readonly flagged: string;
    readonly funded: string;
    readonly overBudget: string;
  };
  readonly sections: {
    readonly ranking: string;
    readonly figures: string;
    readonly flags: string;
    readonly allocation: string;
    readonly charts: string;
    readonly invalid: string;
    readonly methodology: string;
  };
  readonly ranking: {
    readonly intro: string;
    readonly weights: string;
    readonly scaling: Readonly<Record<'rank' | 'min-max', string>>;
    readonly criterion: string;
    readonly points: string;
  };
  readonly figures: {
    readonly intro: string;
    readonly returns: string;
    readonly subsidy: string;
    readonly total: string;
  };
  readonly flags: {
    readonly intro: string;
    readonly thresholds: string;
    readonly threshold: string;
    readonly off: string;
    readonly flagged: string;
    readonly none: string;
    readonly applicant: string;
    readonly reasons: string;
  };
  readonly allocation: {
    readonly noBudget: string;
    readonly intro: string;
    readonly funded: string;
    readonly notFunded: string;
    readonly request: string;
    readonly award: string;
    readonly reason: string;
    readonly totalAwarded: string;
    readonly left: string;
    readonly objectiveTotal: Readonly<Record<'npv' | 'score', string>>;
    readonly objectives: Readonly<Record<'npv' | 'score', string>>;
    readonly method: string;
    readonly proven: string;
    readonly notProven: string;
    readonly greedy: string;
    readonly granularity: string;
    readonly partial: string;
    readonly whole: string;
    readonly flaggedOut: string;
    readonly flaggedIn: string;
    readonly excluded: string;
    readonly marginal: string;
    readonly noMarginal: string;
    readonly noneFunded: string;
  };
  readonly charts: { readonly intro: string };
  readonly invalid: { readonly intro: string; readonly none: string };
  readonly methodology: readonly string[];
  readonly failed: {
    readonly settings: string;
    readonly budget: string;
    readonly noFiles: string;
    /** The settings file's own codes; the rest are the scenario format's (validation.*). */
    readonly codes: Readonly<Record<'unknown_criterion' | 'too_many_criteria', string>>;
  };
}

const en: ComparisonTexts = {
  kicker: 'Subsidy applications: comparison and funding list',
  untitled: 'Comparison of applicants',
  runningHeader: '{title}: {count} applications compared',
  cover: {
    date: 'Date',
    preparer: 'Prepared by',
    budget: 'Budget',
    noBudget: 'none given: ranking only',
    objective: 'The budget maximises',
    currency: 'Currency',
    notStated: 'not stated',
    summary: 'In short',
  },
  summary: {
    received: '{received} files received: {valid} compared, {invalid} left out as invalid.',
    valid: 'Applicants compared',
    invalid: 'Files left out',
    requested: 'Together they request {requested} for an investment of {capex}.',
    npv: 'The projects’ net present value with the subsidies is {npv} in total ({without} without them).',
    additional: '{count} of them pay off only with the subsidy (additionality).',
    flagged: '{count} make claims outside the plausible ranges and are flagged for checking.',
    funded:
      'The budget of {budget} funds {count} applicants with {awarded} in total, creating {value}.',
    overBudget: 'The requests exceed the budget by {excess}.',
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
    weights: 'Weights: {weights}. Scaling: {scaling}.',
    scaling: {
      rank: 'by rank among the applicants',
      'min-max': 'by distance between the worst and the best',
    },
    criterion: 'Criterion',
    points: 'points',
  },
  figures: {
    intro:
      'Every figure comes from the applicant’s own scenario file, evaluated by the same model as the application; amounts in {currency}.',
    returns: 'Investment and returns',
    subsidy: 'What the subsidy does',
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
  },
  allocation: {
    noBudget: 'No budget was given: the applicants are ranked but not allocated.',
    intro: 'Which applicants the budget funds, chosen to maximise the {objective}.',
    funded: 'Funded',
    notFunded: 'Not funded',
    request: 'Requested',
    award: 'Award',
    reason: 'Why not',
    totalAwarded: 'Awarded {awarded} of {budget}; {left} left.',
    left: 'left',
    objectiveTotal: {
      npv: 'Net present value of the funded projects: {value}.',
      score: 'Total score of the funded applicants: {value}.',
    },
    objectives: {
      npv: 'total net present value of the projects funded',
      score: 'total score of the applicants funded',
    },
    method: 'Method: {method}.',
    proven: 'The selection is proven the best for this budget.',
    notProven:
      'The search stopped at its limit: the selection is not proven the best, and is at most {gap} below it.',
    greedy: 'Funding by value per yuan alone would reach {value}.',
    granularity: 'Requests were searched in steps of {step}.',
    partial: 'Partial awards allowed, down to {share} of a request.',
    whole: 'Requests are funded in full or not at all.',
    flaggedOut: 'Applicants with flagged claims are left out until checked.',
    flaggedIn: 'Applicants with flagged claims may be funded.',
    excluded: 'Left out by the officer: {names}.',
    marginal: 'Marginal applicant: {sentence}',
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
    'Each file is validated as a Yardstick scenario and its base case evaluated: net present value and internal rate of return with and without the subsidies, payback, additionality (negative without the subsidy, not negative with it), the funding-gap rate R = (DIC − DNR) / DIC, public money per unit of net present value and private investment per yuan of subsidy. Files that fail are left out with their reasons and never stop the others.',
    'Plausibility: the claimed production-cost and inspection-labour reductions, defect detection, total savings as a share of the baseline costs, the speed of the ramp-up, the IRR and the subsidy share are compared with thresholds drawn from the industry context; a claim above its threshold is flagged.',
    'Ranking: each criterion is scaled across the applicants from 0 (worst) to 1 (best), by rank (ties share the mean position) or by distance; a missing value scores 0. The score is the weighted mean times 100. Ties go to the higher net present value, then the file name.',
    'Allocation: the applicants are chosen to maximise the objective within the budget, as an exact 0/1 knapsack on whole yuan (dynamic programming, or branch and bound when the table would be too large). When the search stops at its limit, the better of its best selection and the greedy ratio heuristic is kept and the gap to the upper bound is reported. A partial award, when allowed, goes to the next applicant in line whose minimum share fits the budget left.',
    'All amounts are computed in exact decimal arithmetic and rounded only for display.',
  ],
  failed: {
    settings: 'The ranking settings: {field}: {message}',
    budget: 'The budget must be zero or more, not {budget}.',
    noFiles: 'No applicant file was given.',
    codes: {
      unknown_criterion:
        '“{key}” is not a criterion: use npvPerSubsidy, additionality, fundingGap, irr, payback or field:NAME.',
      too_many_criteria: 'At most {limit} criteria can be weighted.',
    },
  },
};

const zhCN: ComparisonTexts = {
  kicker: '补贴申报：比较与资助名单',
  untitled: '申报企业比较',
  runningHeader: '{title}：比较 {count} 份申报',
  cover: {
    date: '日期',
    preparer: '编制人',
    budget: '预算',
    noBudget: '未给出，仅排序',
    objective: '预算分配目标',
    currency: '币种',
    notStated: '未注明',
    summary: '概要',
  },
  summary: {
    received: '共收到 {received} 个文件：比较 {valid} 个，{invalid} 个无效未纳入。',
    valid: '参与比较的申报企业',
    invalid: '未纳入的文件',
    requested: '合计申请补贴 {requested}，对应投资 {capex}。',
    npv: '含补贴的项目净现值合计 {npv}（不含补贴为 {without}）。',
    additional: '其中 {count} 家仅在获得补贴时才划算（补贴的额外性）。',
    flagged: '{count} 家声称的效果超出合理范围，已标记待核查。',
    funded: '预算 {budget} 资助 {count} 家申报企业，合计 {awarded}，创造 {value}。',
    overBudget: '申请总额超出预算 {excess}。',
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
    weights: '权重：{weights}。换算方式：{scaling}。',
    scaling: {
      rank: '按在申报企业中的名次',
      'min-max': '按在最差与最好之间的距离',
    },
    criterion: '标准',
    points: '分',
  },
  figures: {
    intro: '各项数字均来自申报企业自己的方案文件，以与本软件相同的模型计算；金额单位 {currency}。',
    returns: '投资与收益',
    subsidy: '补贴的作用',
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
  },
  allocation: {
    noBudget: '未给出预算：仅对申报企业排序，不做分配。',
    intro: '预算资助哪些申报企业，以使{objective}最大。',
    funded: '获资助',
    notFunded: '未获资助',
    request: '申请金额',
    award: '资助金额',
    reason: '未获资助的原因',
    totalAwarded: '已分配 {awarded}，预算 {budget}，剩余 {left}。',
    left: '剩余',
    objectiveTotal: {
      npv: '获资助项目的净现值合计：{value}。',
      score: '获资助申报企业的得分合计：{value}。',
    },
    objectives: {
      npv: '获资助项目的净现值合计',
      score: '获资助申报企业的得分合计',
    },
    method: '方法：{method}。',
    proven: '已证明该组合是此预算下的最优选择。',
    notProven: '搜索达到上限而停止：该组合未被证明最优，与最优值相差至多 {gap}。',
    greedy: '仅按每元补贴的价值依次资助可达到 {value}。',
    granularity: '申请金额按 {step} 的步长搜索。',
    partial: '允许部分资助，最低为申请金额的 {share}。',
    whole: '申请金额要么全额资助，要么不资助。',
    flaggedOut: '效果声称被标记的申报企业在核查前不予资助。',
    flaggedIn: '效果声称被标记的申报企业也可获资助。',
    excluded: '由审核人员排除：{names}。',
    marginal: '边际申报企业：{sentence}',
    noMarginal: '无',
    noneFunded: '没有申报企业获得资助。',
  },
  charts: {
    intro:
      '分布图按不含补贴的净现值和申请的补贴金额标出每家申报企业；预算曲线给出每个预算水平下可达到的最佳合计值。',
  },
  invalid: {
    intro: '以下文件无法比较；每条原因都指出出错的字段。',
    none: '收到的文件均可比较。',
  },
  methodology: [
    '每个文件先按 Yardstick 方案格式校验，再计算其基准情景：含补贴与不含补贴的净现值和内部收益率、回收期、额外性（不含补贴时为负、含补贴时不为负）、资金缺口率 R = (DIC − DNR) / DIC、每单位净现值所需的公共资金，以及每元补贴带动的企业投资。无法通过的文件连同原因列出，不影响其他文件。',
    '合理性：将声称的生产成本与检测人工降幅、缺陷检出率、节约总额占基准成本的比例、效果爬坡速度、内部收益率及补贴占投资比例与源自行业情况的阈值比较；超过阈值的声称即被标记。',
    '排序：每项标准在申报企业之间从 0（最差）到 1（最好）换算，按名次（并列取平均名次）或按距离；缺失值记 0 分。得分为加权平均值乘以 100。得分相同时净现值高者在前，再按文件名排列。',
    '分配：在预算之内选择申报企业，使目标值最大；以整元为单位精确求解 0/1 背包问题（动态规划；表格过大时用分支定界）。搜索达到上限时，取其最佳组合与按比值贪心所得中较好者，并报告与上界的差距。允许部分资助时，剩余预算给予下一位最低份额可以容纳的申报企业。',
    '所有金额均以精确的十进制运算计算，仅在显示时舍入。',
  ],
  failed: {
    settings: '排序设置：{field}：{message}',
    budget: '预算须为零或正数，而不是 {budget}。',
    noFiles: '未提供申报文件。',
    codes: {
      unknown_criterion:
        '“{key}”不是排序标准：可用 npvPerSubsidy、additionality、fundingGap、irr、payback 或 field:名称。',
      too_many_criteria: '最多只能为 {limit} 项标准设置权重。',
    },
  },
};

export const comparisonTexts: Readonly<Record<Locale, ComparisonTexts>> = { en, 'zh-CN': zhCN };
