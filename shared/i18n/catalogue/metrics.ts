import type { Locale } from '../locale';
import type { CatalogueKey } from '../../model/metric-catalogue';
import { GLOSSARY } from '../glossary';
import type { Namespace, Texts } from '../texts';

/*
 * The name of every metric of the model (shared/model/metric-catalogue.ts), by its key, in the
 * glossary's terms: one name per metric and language, which everything that names a metric reads —
 * the results' cards, the board report's key figures, the comparison's columns, the risk and
 * scenario screens, the command line's tables. Where a card or a column has no room for the long
 * name, `short` holds the short form of the same name (NPV for Net present value (NPV)); Chinese
 * has no shorter form of 财务净现值 and repeats it. A metric added to the model does not compile
 * without its name here.
 */

const g = (concept: keyof typeof GLOSSARY, language: Locale) => GLOSSARY[concept][language];

const enNames = {
  npv: g('npv', 'en'),
  npvWithoutTerminalValue: 'NPV without terminal value',
  terminalValuePresentValue: 'Terminal value, present value',
  irr: g('irr', 'en'),
  npvBeforeTax: 'NPV before income tax',
  irrBeforeTax: 'IRR before income tax',
  mirr: g('mirr', 'en'),
  paybackYears: g('paybackYears', 'en'),
  discountedPaybackYears: g('discountedPaybackYears', 'en'),
  profitabilityIndex: 'Profitability index',
  benefitCostRatio: 'Benefit-cost ratio',
  roi: 'Return on investment (ROI)',
  npvWithoutSubsidies: 'NPV without subsidies',
  irrWithoutSubsidies: 'IRR without subsidies',
  subsidyTotal: 'Subsidies received',
  subsidyPresentValue: 'Subsidies, present value',
  additionality: 'Pays off only with subsidies',
  fundingGapRate: 'Funding-gap rate (EU)',
  fundingGapDiscountRate: 'Funding-gap discount rate (EU)',
  fnpvC: 'FNPV(C), on investment',
  frrC: 'FRR(C), on investment',
  fnpvK: 'FNPV(K), on own capital',
  frrK: 'FRR(K), on own capital',
  eligibleCost: g('eligibleCost', 'en'),
  maxGrant: 'Maximum grant (eligible cost × gap rate)',
  publicMoneyPerNpv: 'Public money per unit of NPV',
  privateInvestmentPerSubsidy: 'Own investment per unit of subsidy',
  equityNpv: g('equityNpv', 'en'),
  equityIrr: g('equityIrr', 'en'),
  equityNpvWithoutSubsidies: 'Equity NPV without subsidies',
  equityAdditionality: 'Equity pays off only with subsidies',
  minDscr: 'Minimum DSCR',
  averageDscr: 'Average DSCR',
  discountRateNominal: 'Nominal discount rate',
  paybackRelapses: 'Cumulative flow below zero again after payback',
  discountedPaybackRelapses: 'Cumulative discounted flow below zero again after payback',
} satisfies Record<CatalogueKey, string>;

const en = {
  ...enNames,
  short: {
    npv: 'NPV',
    irr: 'IRR',
    mirr: 'MIRR',
    fundingGapRate: 'Funding-gap rate',
  } satisfies Partial<Record<CatalogueKey, string>>,
};

const zhCN: Texts<typeof en> = {
  npv: g('npv', 'zh-CN'),
  npvWithoutTerminalValue: '不含终值的财务净现值',
  terminalValuePresentValue: '终值的现值',
  irr: g('irr', 'zh-CN'),
  npvBeforeTax: '所得税前财务净现值',
  irrBeforeTax: '所得税前财务内部收益率',
  mirr: g('mirr', 'zh-CN'),
  paybackYears: g('paybackYears', 'zh-CN'),
  discountedPaybackYears: g('discountedPaybackYears', 'zh-CN'),
  profitabilityIndex: '获利指数',
  benefitCostRatio: '效益费用比',
  roi: '投资收益率',
  npvWithoutSubsidies: '不含补贴的财务净现值',
  irrWithoutSubsidies: '不含补贴的财务内部收益率',
  subsidyTotal: '补贴合计',
  subsidyPresentValue: '补贴现值',
  additionality: '是否由补贴促成',
  fundingGapRate: '资金缺口率（欧盟方法）',
  fundingGapDiscountRate: '资金缺口折现率（欧盟方法）',
  fnpvC: '项目投资财务净现值（C）',
  frrC: '项目投资财务内部收益率（C）',
  fnpvK: '资本金财务净现值（K）',
  frrK: '资本金内部收益率（K）',
  eligibleCost: g('eligibleCost', 'zh-CN'),
  maxGrant: '最高补助额（符合条件的投资 × 缺口率）',
  publicMoneyPerNpv: '单位财务净现值所需公共资金',
  privateInvestmentPerSubsidy: '每单位补贴撬动的企业投资',
  equityNpv: g('equityNpv', 'zh-CN'),
  equityIrr: g('equityIrr', 'zh-CN'),
  equityNpvWithoutSubsidies: '不含补贴的资本金财务净现值',
  equityAdditionality: '资本金是否由补贴促成',
  minDscr: '最低偿债备付率',
  averageDscr: '平均偿债备付率',
  discountRateNominal: '名义折现率',
  paybackRelapses: '回收后累计净现金流再次为负',
  discountedPaybackRelapses: '回收后累计折现净现金流再次为负',
  short: {
    npv: g('npv', 'zh-CN'),
    irr: g('irr', 'zh-CN'),
    mirr: g('mirr', 'zh-CN'),
    fundingGapRate: g('fundingGapRate', 'zh-CN'),
  },
};

export const metricTexts: Namespace<typeof en> = { en, 'zh-CN': zhCN };

export type ShortMetric = keyof typeof en.short;

/** A metric's name in a language; `short` where a card or a column has a short form of it. */
export function metricName(language: Locale, key: CatalogueKey, form: 'long' | 'short' = 'long') {
  const names = metricTexts[language];
  return form === 'short' && key in names.short ? names.short[key as ShortMetric] : names[key];
}
