import type { Namespace, Texts } from '../texts';

/*
 * The texts of the command line's tables (`--format table`) that the interface has no words for:
 * the column headers and the sentences of the screens come from their own namespaces (the metrics'
 * names from `metrics`, the comparison's and the monitoring's from `applicants`).
 */

const en = {
  scenario: '{{project}} — scenario "{{scenario}}"',
  base: 'base',
  period:
    '{{currency}}, {{horizon}} operating years after the investment year ({{first}}–{{last}}), discount rate {{rate}} {{basis}}',
  basis: { nominal: 'nominal', real: 'real' },
  units: { 'ten-thousand': '万元', 'hundred-million': '亿元' },
  metrics: 'Metrics',
  warnings: 'Plausibility warnings ({{count}})',
  plausible: 'Plausible: {{advice}}',
  projection: 'Yearly projection ({{unit}}; flows at year ends, year {{first}} undiscounted)',
  none: 'none',
  labelled: '{{label}}: {{value}}',
  amountsIn: 'Amounts in {{unit}}',
  notWithin: 'not within {{horizon}} years',
  years: '{{value}} years',
  yes: 'yes',
  no: 'no',
  notUnique: ' (may not be unique)',
  fromConstructionStart: ' (from the start of construction)',
  relapses: ', then below zero again',
  aside: ' ({{text}})',
  compare: {
    summary: 'Applicants compared: {{count}}; files left out: {{invalid}}',
    requested: '{{amount}} requested',
  },
  monitor: {
    summary: 'Programme monitoring: {{count}} funded applicants, {{reporting}} reporting',
    paybackPlanned: 'Payback planned',
    paybackReforecast: 'Payback re-forecast',
    leftOut: 'Files left out: {{count}}',
  },
  columns: {
    year: 'Year',
    savings: 'Savings',
    runningCosts: 'Running costs',
    investment: 'Investment',
    workingCapital: 'Working capital',
    inputVat: 'Input VAT',
    terminalValue: 'Terminal value',
    subsidies: 'Subsidies',
    taxPaid: 'Tax paid',
    tax: 'Tax',
    netCashFlow: 'Net cash flow',
    cumulative: 'Cumulative',
    discounted: 'Discounted',
    cumulativeDiscounted: 'Cum. discounted',
    interestSubsidy: 'Interest subsidy',
    equityFlow: 'Equity flow',
  },
};

const zhCN: Texts<typeof en> = {
  scenario: '{{project}} — 情景“{{scenario}}”',
  base: '基准',
  period:
    '金额单位：{{currency}}；投资年之后运营 {{horizon}} 年（{{first}}—{{last}} 年），折现率 {{rate}}（{{basis}}）',
  basis: { nominal: '名义', real: '实际' },
  units: { 'ten-thousand': '万元', 'hundred-million': '亿元' },
  metrics: '评价指标',
  warnings: '合理性提示（{{count}} 项）',
  plausible: '合理的取值：{{advice}}',
  projection: '逐年预测（{{unit}}；现金流发生在年末，{{first}} 年不折现）',
  none: '无',
  labelled: '{{label}}：{{value}}',
  amountsIn: '金额单位：{{unit}}',
  notWithin: '{{horizon}} 年内无法收回',
  years: '{{value}} 年',
  yes: '是',
  no: '否',
  notUnique: '（可能不唯一）',
  fromConstructionStart: '（自建设期初起算）',
  relapses: '，其后又转为负值',
  aside: '（{{text}}）',
  compare: {
    summary: '参与比较的申报：{{count}} 家；未纳入比较的文件：{{invalid}} 个',
    requested: '申请 {{amount}}',
  },
  monitor: {
    summary: '项目执行监测：获资助企业 {{count}} 家，其中 {{reporting}} 家已报告',
    paybackPlanned: '计划静态投资回收期',
    paybackReforecast: '重新预测静态投资回收期',
    leftOut: '未纳入的文件：{{count}} 个',
  },
  columns: {
    year: '年份',
    savings: '节约',
    runningCosts: '运行成本',
    investment: '投资',
    workingCapital: '流动资金',
    inputVat: '进项税额',
    terminalValue: '终值',
    subsidies: '补贴',
    taxPaid: '已缴所得税',
    tax: '所得税',
    netCashFlow: '净现金流',
    cumulative: '累计',
    discounted: '折现值',
    cumulativeDiscounted: '累计折现值',
    interestSubsidy: '贷款贴息',
    equityFlow: '资本金现金流',
  },
};

export const cliTableTexts: Namespace<typeof en> = { en, 'zh-CN': zhCN };
