import { METRIC_KEYS } from '../../../../shared/model';

/*
 * The key figures a board reads: the model's headline metrics, which open its list. The report
 * takes them from that list so that a renamed or reordered metric cannot drift apart from it.
 */

const KEY_METRIC_COUNT = 7;

type First<
  List extends readonly unknown[],
  Count extends number,
  Taken extends unknown[] = [],
> = Taken['length'] extends Count
  ? Taken
  : List extends readonly [infer Head, ...infer Rest]
    ? First<Rest, Count, [...Taken, Head]>
    : Taken;

export type KeyMetric = First<typeof METRIC_KEYS, typeof KEY_METRIC_COUNT>[number];

export const KEY_METRICS = METRIC_KEYS.slice(0, KEY_METRIC_COUNT) as readonly KeyMetric[];

/** Figures of the report's second table of key figures, shown when the scenario has them. */
export type FurtherMetric =
  | 'npvBeforeTax'
  | 'irrBeforeTax'
  | 'npvWithoutTerminalValue'
  | 'equityNpv'
  | 'equityIrr'
  | 'minDscr'
  | 'averageDscr'
  | 'fundingGapRate'
  | 'fnpvC'
  | 'frrC'
  | 'fnpvK'
  | 'frrK'
  | 'maxGrant';
