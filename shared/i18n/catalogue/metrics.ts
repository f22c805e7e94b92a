import type { Locale } from '../locale';
import type { CatalogueKey } from '../../model/metric-catalogue';
import { GLOSSARY } from '../glossary';
import type { Namespace, Texts } from '../texts';

/*
 * The name of every metric of the model (shared/model/metric-catalogue.ts), by its key, in the
 * glossary's terms: one name per metric and language, which the command line's table of metrics
 * reads (the screens and the printed report name the key figures in their own, shorter or longer,
 * words). A metric added to the model does not compile without its name here.
 */

const g = (concept: keyof typeof GLOSSARY, language: Locale) => GLOSSARY[concept][language];

const en = {
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
  eligibleCost: 'Eligible cost',
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
  eligibleCost: '合规成本',
  maxGrant: '最高补助额（合规成本 × 缺口率）',
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
};

export const metricTexts: Namespace<typeof en> = { en, 'zh-CN': zhCN };
