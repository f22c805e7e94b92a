import type { Locale } from '../i18n/locale';

/*
 * One name per concept and language. The Chinese names are those of Chinese feasibility studies
 * and project finance (财务净现值 FNPV, 财务内部收益率 FIRR, 静态/动态投资回收期, 资本金内部收益率,
 * 偿债备付率, 所得税前/后); a reader who meets one concept under two names takes them for two. Every
 * text catalogue — the interface, the applicants' workspace, the reports, main's menus, the
 * command line's tables — uses these names, and test/renderer/i18n/glossary.test.ts fails when a
 * catalogue uses one of the names listed as `not` instead.
 */

export interface Term {
  readonly en: string;
  readonly 'zh-CN': string;
  /** Other names of the same concept, as patterns, that no text in that language may use. */
  readonly not?: Partial<Record<Locale, readonly RegExp[]>>;
}

export const GLOSSARY = {
  npv: {
    en: 'Net present value (NPV)',
    'zh-CN': '财务净现值',
    // Every NPV is a 财务净现值: 资本金财务净现值, 所得税前财务净现值, 不含补贴的财务净现值.
    not: { 'zh-CN': [/(?<!财务)净现值/, /股权净现值|权益净现值/] },
  },
  irr: {
    en: 'Internal rate of return (IRR)',
    'zh-CN': '财务内部收益率',
    not: { 'zh-CN': [/(?<!财务|修正|资本金)内部收益率/] },
  },
  mirr: { en: 'Modified IRR (MIRR)', 'zh-CN': '修正内部收益率' },
  equityNpv: { en: 'Equity NPV', 'zh-CN': '资本金财务净现值' },
  equityIrr: {
    en: 'Equity IRR',
    'zh-CN': '资本金内部收益率',
    not: { 'zh-CN': [/资本金财务内部收益率|股权内部收益率|权益内部收益率/] },
  },
  paybackYears: {
    en: 'Payback',
    'zh-CN': '静态投资回收期',
    // 回收期 alone leaves open which of the two is meant.
    not: {
      'zh-CN': [
        /(?<!静态|动态)投资回收期/,
        /(?<!投资)(静态|动态|折现|贴现)回收期/,
        /(?<!投资|静态|动态|折现|贴现)回收期/,
      ],
    },
  },
  discountedPaybackYears: { en: 'Discounted payback', 'zh-CN': '动态投资回收期' },
  dscr: {
    en: 'Debt service coverage ratio (DSCR)',
    'zh-CN': '偿债备付率',
    not: { 'zh-CN': [/偿债覆盖率|债务覆盖率/] },
  },
  beforeTax: {
    en: 'before income tax',
    'zh-CN': '所得税前',
    // 税前扣除 is the tax law's "deductible", not a figure before tax; 息税前利润 is EBIT.
    not: { 'zh-CN': [/(?<!所得|息)税前(?!扣除)/] },
  },
  additional: {
    en: 'Additional (pays off only with the subsidy)',
    'zh-CN': '补贴促成',
    not: { 'zh-CN': [/补贴的必要性|额外性|依赖补贴|依靠补贴|补贴(非)?必要(?!资助)/] },
  },
  deadweight: { en: 'Deadweight (pays off without it)', 'zh-CN': '无补贴亦可行' },
  notViable: { en: 'Not viable (not even with it)', 'zh-CN': '补贴后仍不可行' },
  proposal: {
    en: 'Proposed award',
    'zh-CN': '建议资助',
    // A proposal is not money paid.
    not: { 'zh-CN': [/已拨款|已拨付|已发放/] },
  },
  fundingGapRate: { en: 'Funding-gap rate', 'zh-CN': '资金缺口率' },
  // 符合条件的投资: the base a capex grant's rate applies to (补助比例（占符合条件的投资）) and the EU
  // funding gap's eligible cost are one amount, and the catalogue named it so most often.
  eligibleCost: {
    en: 'Eligible cost',
    'zh-CN': '符合条件的投资',
    not: {
      en: [/eligible (investment|capex)/i],
      'zh-CN': [/合规成本|可资助投资额|合格成本|符合条件投资/],
    },
  },
  withoutSubsidies: {
    en: 'without subsidies',
    'zh-CN': '不含补贴',
    // 无补贴亦可行 is the deadweight verdict, not a figure.
    not: { 'zh-CN': [/无补贴的?(财务|资本金|内部收益率)/] },
  },
} as const satisfies Record<string, Term>;

export type Concept = keyof typeof GLOSSARY;

/** A concept's name in a language. */
export function term(concept: Concept, language: Locale): string {
  return GLOSSARY[concept][language];
}
