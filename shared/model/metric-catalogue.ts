/*
 * Every metric the model reports, in one place: what kind of figure it is (how it is written),
 * which way is better, how the command line and the exports name it in English, and where it is
 * listed. The lists of keys (shared/model/report.ts), the workbook's metric sheet, the command
 * line's tables and the comparison of scenarios read it; the screens and the report name a metric
 * by its key in their own texts (`results.kpi.<key>`, in each language). Adding a metric to the
 * model is adding it here: the model's `Metrics` does not compile without its entry.
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
  /** Its name in English, as the command line's table shows it. */
  readonly label: string;
}

export const METRIC_CATALOGUE = {
  npv: { kind: 'amount', group: 'listed', better: 'higher', label: 'Net present value (NPV)' },
  irr: {
    kind: 'rate',
    group: 'listed',
    better: 'higher',
    label: 'Internal rate of return (IRR)',
  },
  mirr: { kind: 'rate', group: 'listed', better: 'higher', label: 'Modified IRR (MIRR)' },
  paybackYears: { kind: 'years', group: 'listed', better: 'lower', label: 'Payback' },
  discountedPaybackYears: {
    kind: 'years',
    group: 'listed',
    better: 'lower',
    label: 'Discounted payback',
  },
  profitabilityIndex: {
    kind: 'ratio',
    group: 'listed',
    better: 'higher',
    label: 'Profitability index',
  },
  benefitCostRatio: {
    kind: 'ratio',
    group: 'listed',
    better: 'higher',
    label: 'Benefit-cost ratio',
  },
  roi: { kind: 'share', group: 'listed', better: 'higher', label: 'Return on investment (ROI)' },
  npvWithoutSubsidies: {
    kind: 'amount',
    group: 'listed',
    better: 'higher',
    label: 'NPV without subsidies',
  },
  irrWithoutSubsidies: {
    kind: 'rate',
    group: 'listed',
    better: 'higher',
    label: 'IRR without subsidies',
  },
  subsidyTotal: { kind: 'amount', group: 'listed', better: null, label: 'Subsidies received' },
  subsidyPresentValue: {
    kind: 'amount',
    group: 'listed',
    better: null,
    label: 'Subsidies, present value',
  },
  additionality: {
    kind: 'flag',
    group: 'listed',
    better: null,
    label: 'Pays off only with subsidies',
  },
  fundingGapRate: {
    kind: 'share',
    group: 'listed',
    better: null,
    label: 'Funding-gap rate (EU)',
  },
  equityNpv: { kind: 'amount', group: 'listed', better: 'higher', label: 'Equity NPV' },
  equityIrr: { kind: 'rate', group: 'listed', better: 'higher', label: 'Equity IRR' },
  minDscr: { kind: 'ratio', group: 'listed', better: 'higher', label: 'Minimum DSCR' },
  discountRateNominal: {
    kind: 'share',
    group: 'listed',
    better: null,
    label: 'Nominal discount rate',
  },
  averageDscr: { kind: 'ratio', group: 'supplementary', better: 'higher', label: 'Average DSCR' },
  publicMoneyPerNpv: {
    kind: 'ratio',
    group: 'supplementary',
    better: null,
    label: 'Public money per unit of NPV',
  },
  privateInvestmentPerSubsidy: {
    kind: 'ratio',
    group: 'supplementary',
    better: null,
    label: 'Own investment per unit of subsidy',
  },
  npvBeforeTax: {
    kind: 'amount',
    group: 'extended',
    better: 'higher',
    label: 'NPV before income tax',
  },
  irrBeforeTax: {
    kind: 'rate',
    group: 'extended',
    better: 'higher',
    label: 'IRR before income tax',
  },
  npvWithoutTerminalValue: {
    kind: 'amount',
    group: 'extended',
    better: 'higher',
    label: 'NPV without terminal value',
  },
  terminalValuePresentValue: {
    kind: 'amount',
    group: 'extended',
    better: null,
    label: 'Terminal value, present value',
  },
  equityNpvWithoutSubsidies: {
    kind: 'amount',
    group: 'extended',
    better: 'higher',
    label: 'Equity NPV without subsidies',
  },
  equityAdditionality: {
    kind: 'flag',
    group: 'extended',
    better: null,
    label: 'Equity pays off only with subsidies',
  },
  paybackRelapses: {
    kind: 'flag',
    group: 'extended',
    better: null,
    label: 'Cumulative flow below zero again after payback',
  },
  discountedPaybackRelapses: {
    kind: 'flag',
    group: 'extended',
    better: null,
    label: 'Cumulative discounted flow below zero again after payback',
  },
  fnpvC: { kind: 'amount', group: 'extended', better: null, label: 'FNPV(C), on investment' },
  frrC: { kind: 'rate', group: 'extended', better: null, label: 'FRR(C), on investment' },
  fnpvK: { kind: 'amount', group: 'extended', better: null, label: 'FNPV(K), on own capital' },
  frrK: { kind: 'rate', group: 'extended', better: null, label: 'FRR(K), on own capital' },
  eligibleCost: { kind: 'amount', group: 'extended', better: null, label: 'Eligible cost' },
  maxGrant: {
    kind: 'amount',
    group: 'extended',
    better: null,
    label: 'Maximum grant (eligible cost × gap rate)',
  },
  fundingGapDiscountRate: {
    kind: 'share',
    group: 'extended',
    better: null,
    label: 'discounted at (EU funding gap)',
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
export function isNoFundingGap(rate: { lte(value: number): boolean } | null): boolean {
  return rate !== null && rate.lte(0);
}
