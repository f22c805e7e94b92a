/*
 * Every metric the model reports, in one place: what kind of figure it is (how it is written),
 * which way is better, and where it is listed. Its name in each language is the catalogue's
 * (shared/i18n/catalogue/metrics.ts). The lists of keys (shared/model/report.ts), the workbook's
 * metric sheet, the command line's tables and the comparison of scenarios read it; the screens and
 * the report name a metric by its key in their own texts (`results.kpi.<key>`, in each language).
 * Adding a metric to the model is adding it here and naming it there: neither compiles without.
 */

/**
 * How a metric is written: an amount of money; a rate of return (IRR, per year); a share (a
 * fraction of something, shown as a percentage); years; a ratio (a plain number); yes or no.
 */
export type MetricKind = 'amount' | 'rate' | 'share' | 'years' | 'ratio' | 'flag';

/**
 * Where a metric is listed: `listed` in `evaluate --format json` since the first published
 * version (its order is a contract), `supplementary` under `--detail` as `otherMetrics`,
 * `extended` after the listed ones (the metrics of real cases added since).
 */
export type MetricGroup = 'listed' | 'supplementary' | 'extended';

export interface MetricInfo {
  readonly kind: MetricKind;
  readonly group: MetricGroup;
  /** Which way is better when two scenarios are compared; null where neither is. */
  readonly better: 'higher' | 'lower' | null;
}

export const METRIC_CATALOGUE = {
  npv: { kind: 'amount', group: 'listed', better: 'higher' },
  irr: {
    kind: 'rate',
    group: 'listed',
    better: 'higher',
  },
  mirr: { kind: 'rate', group: 'listed', better: 'higher' },
  paybackYears: { kind: 'years', group: 'listed', better: 'lower' },
  discountedPaybackYears: {
    kind: 'years',
    group: 'listed',
    better: 'lower',
  },
  profitabilityIndex: {
    kind: 'ratio',
    group: 'listed',
    better: 'higher',
  },
  benefitCostRatio: {
    kind: 'ratio',
    group: 'listed',
    better: 'higher',
  },
  roi: { kind: 'share', group: 'listed', better: 'higher' },
  npvWithoutSubsidies: {
    kind: 'amount',
    group: 'listed',
    better: 'higher',
  },
  irrWithoutSubsidies: {
    kind: 'rate',
    group: 'listed',
    better: 'higher',
  },
  subsidyTotal: { kind: 'amount', group: 'listed', better: null },
  subsidyPresentValue: {
    kind: 'amount',
    group: 'listed',
    better: null,
  },
  additionality: {
    kind: 'flag',
    group: 'listed',
    better: null,
  },
  fundingGapRate: {
    kind: 'share',
    group: 'listed',
    better: null,
  },
  equityNpv: { kind: 'amount', group: 'listed', better: 'higher' },
  equityIrr: { kind: 'rate', group: 'listed', better: 'higher' },
  minDscr: { kind: 'ratio', group: 'listed', better: 'higher' },
  discountRateNominal: {
    kind: 'share',
    group: 'listed',
    better: null,
  },
  averageDscr: { kind: 'ratio', group: 'supplementary', better: 'higher' },
  publicMoneyPerNpv: {
    kind: 'ratio',
    group: 'supplementary',
    better: null,
  },
  privateInvestmentPerSubsidy: {
    kind: 'ratio',
    group: 'supplementary',
    better: null,
  },
  npvBeforeTax: {
    kind: 'amount',
    group: 'extended',
    better: 'higher',
  },
  irrBeforeTax: {
    kind: 'rate',
    group: 'extended',
    better: 'higher',
  },
  npvWithoutTerminalValue: {
    kind: 'amount',
    group: 'extended',
    better: 'higher',
  },
  terminalValuePresentValue: {
    kind: 'amount',
    group: 'extended',
    better: null,
  },
  equityNpvWithoutSubsidies: {
    kind: 'amount',
    group: 'extended',
    better: 'higher',
  },
  equityAdditionality: {
    kind: 'flag',
    group: 'extended',
    better: null,
  },
  paybackRelapses: {
    kind: 'flag',
    group: 'extended',
    better: null,
  },
  discountedPaybackRelapses: {
    kind: 'flag',
    group: 'extended',
    better: null,
  },
  fnpvC: { kind: 'amount', group: 'extended', better: null },
  frrC: { kind: 'rate', group: 'extended', better: null },
  fnpvK: { kind: 'amount', group: 'extended', better: null },
  frrK: { kind: 'rate', group: 'extended', better: null },
  eligibleCost: { kind: 'amount', group: 'extended', better: null },
  maxGrant: {
    kind: 'amount',
    group: 'extended',
    better: null,
  },
  fundingGapDiscountRate: {
    kind: 'share',
    group: 'extended',
    better: null,
  },
} as const satisfies Record<string, MetricInfo>;

export type CatalogueKey = keyof typeof METRIC_CATALOGUE;

/** The keys of one group, in the catalogue's order. */
export type KeysOf<G extends MetricGroup> = {
  [K in CatalogueKey]: (typeof METRIC_CATALOGUE)[K]['group'] extends G ? K : never;
}[CatalogueKey];

/** The keys of one group at run time, in the catalogue's order. */
export function metricKeysOf<G extends MetricGroup>(group: G): readonly KeysOf<G>[] {
  return (Object.keys(METRIC_CATALOGUE) as CatalogueKey[]).filter(
    (key) => METRIC_CATALOGUE[key].group === group,
  ) as KeysOf<G>[];
}

/** The kind of a metric (an amount, years…). */
export function metricKind(key: CatalogueKey): MetricKind {
  return METRIC_CATALOGUE[key].kind;
}

/**
 * A funding-gap rate R ≤ 0 means the net revenue covers the investment: there is no funding gap,
 * whatever the size of R (EU CBA guide 2014). Every place that shows R says "no funding gap" then,
 * as the results screen does, rather than a negative percentage a reader would take for a gap.
 */
export function isNoFundingGap<R extends { lte(value: number): boolean }>(
  rate: R | null,
): rate is R {
  return rate !== null && rate.lte(0);
}
