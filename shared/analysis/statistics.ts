/*
 * Statistics of a sample, as a finance officer's spreadsheet would compute them: the standard
 * deviation with n − 1, percentiles by linear interpolation between order statistics (Excel's
 * PERCENTILE.INC, R's type 7), ranks of tied values averaged (Spearman's rank correlation).
 */

export function mean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[i] as number;
  return sum / values.length;
}

/** Sample standard deviation (n − 1); 0 for fewer than two values. */
export function standardDeviation(values: Float64Array, average = mean(values)): number {
  if (values.length < 2) return 0;
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += ((values[i] as number) - average) ** 2;
  return Math.sqrt(sum / (values.length - 1));
}

/** The p-quantile (0 ≤ p ≤ 1) of values sorted in increasing order. */
export function percentile(sorted: Float64Array, p: number): number {
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const low = sorted[below] as number;
  return low + (position - below) * ((sorted[above] as number) - low);
}

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** `bins` bins of equal width from the smallest to the largest value; the last includes its upper edge. */
export function histogram(sorted: Float64Array, bins: number): HistogramBin[] {
  if (sorted.length === 0) return [];
  const low = sorted[0] as number;
  const high = sorted[sorted.length - 1] as number;
  if (low === high) return [{ from: low, to: high, count: sorted.length }];
  const width = (high - low) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < sorted.length; i += 1) {
    const index = Math.min(bins - 1, Math.floor(((sorted[i] as number) - low) / width));
    counts[index] = (counts[index] as number) + 1;
  }
  return counts.map((count, index) => ({
    from: low + index * width,
    to: index === bins - 1 ? high : low + (index + 1) * width,
    count,
  }));
}

/**
 * Indices that sort `values` in increasing order, ties in index order: a bottom-up merge sort of
 * the indices on typed arrays, with no comparison callback (a callback per pair makes the
 * engine's sort several times slower at 10,000 values).
 */
export function sortOrder(values: Float64Array): Uint32Array {
  const n = values.length;
  let order = new Uint32Array(n);
  let keys = Float64Array.from(values);
  for (let i = 0; i < n; i += 1) order[i] = i;
  let nextOrder = new Uint32Array(n);
  let nextKeys = new Float64Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const middle = Math.min(start + width, n);
      const end = Math.min(start + 2 * width, n);
      let left = start;
      let right = middle;
      for (let out = start; out < end; out += 1) {
        // Stable: on a tie the left run, holding the smaller indices, goes first.
        const takeLeft =
          right >= end || (left < middle && (keys[left] as number) <= (keys[right] as number));
        const from = takeLeft ? left++ : right++;
        nextKeys[out] = keys[from] as number;
        nextOrder[out] = order[from] as number;
      }
    }
    [keys, nextKeys] = [nextKeys, keys];
    [order, nextOrder] = [nextOrder, order];
  }
  return order;
}

/** Ranks 1 … n, tied values sharing the mean of their ranks. */
export function ranks(values: Float64Array): Float64Array {
  const order = sortOrder(values);
  const result = new Float64Array(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && values[order[end] as number] === values[order[start] as number])
      end += 1;
    // Positions start … end − 1 hold one value: ranks start + 1 … end, whose mean is this.
    const shared = (start + end + 1) / 2;
    for (let k = start; k < end; k += 1) result[order[k] as number] = shared;
    start = end;
  }
  return result;
}

/** Pearson correlation; 0 when either side does not vary. */
export function correlation(x: Float64Array, y: Float64Array): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i += 1) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

export function rankCorrelation(x: Float64Array, y: Float64Array): number {
  return correlation(ranks(x), ranks(y));
}

/** Rank correlation of each column with one `y`, whose ranks are found once. */
export function rankCorrelations(columns: readonly Float64Array[], y: Float64Array): number[] {
  const yRanks = ranks(y);
  return columns.map((x) => correlation(ranks(x), yRanks));
}
