/*
 * The applicants map's axis range when one applicant is far from the rest (an NPV of 130 million
 * beside a dozen of a few million): Tukey's far-out fences, the quartiles ± 3 × the interquartile
 * range, bound the axis, and a value beyond them is drawn at the edge and marked as clipped. With
 * fewer than four values, or all of them inside the fences, nothing is clipped. Floats: a chart
 * places, the table states the figures.
 */

export interface AxisRange {
  readonly min: number;
  readonly max: number;
  /** Whether the range cuts any value off. */
  readonly clips: boolean;
}

/** The q-quantile of sorted values, interpolated linearly between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (high - low) * (position - below);
}

export function clippedRange(values: readonly number[]): AxisRange {
  const sorted = [...values].sort((a, b) => a - b);
  const lowest = sorted[0] ?? 0;
  const highest = sorted.at(-1) ?? 0;
  if (sorted.length < 4) return { min: lowest, max: highest, clips: false };
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const spread = q3 - q1;
  if (spread <= 0) return { min: lowest, max: highest, clips: false };
  const min = Math.max(lowest, q1 - 3 * spread);
  const max = Math.min(highest, q3 + 3 * spread);
  return { min, max, clips: min > lowest || max < highest };
}

/** A value placed within the range: itself, or the edge it lies beyond. */
export function clamp(value: number, range: AxisRange): number {
  return Math.min(range.max, Math.max(range.min, value));
}
