import type { ChartType } from '../analysis';

/** What a plotted measure counts (mirrors the domain's unit kinds): it bounds the y axis. */
export type Quantity = 'count' | 'proportion' | 'rate' | 'value';

/** Smallest and largest value the plotted quantity can take (±Infinity when unbounded). */
export interface ValueRange {
  min: number;
  max: number;
}

/**
 * The possible values of a chart's quantity: a P chart plots proportions (0–1); other charts of a
 * proportion plot percentages (0–100, also assumed when the unit is "%"); counts, rates, C and U charts,
 * moving ranges and standard deviations cannot be negative.
 */
export function valueRange(chart: ChartType, quantity?: Quantity, unit?: string | null): ValueRange {
  if (chart === 'p') return { min: 0, max: 1 };
  if (chart === 'u' || chart === 'c') return { min: 0, max: Infinity };
  const kind = quantity ?? (unit?.trim() === '%' ? 'proportion' : 'value');
  if (kind === 'proportion') return { min: 0, max: 100 };
  if (kind === 'count' || kind === 'rate' || chart === 'mr' || chart === 's') return { min: 0, max: Infinity };
  return { min: -Infinity, max: Infinity };
}

/**
 * The padded y interval for an extent: limits, centre and goal are clipped to the possible range, the data
 * themselves are always included (a value outside the range is shown, not hidden), and the padding never
 * crosses a bound. When every value is ≥ 0 the interval does not go below 0 either.
 */
export function paddedInterval(
  extent: [number, number] | null,
  dataExtent: [number, number] | null,
  range: ValueRange,
  padFraction: number,
): { lo: number; hi: number; min: number; max: number } {
  const min = Math.min(range.min, dataExtent?.[0] ?? Infinity);
  const max = Math.max(range.max, dataExtent?.[1] ?? -Infinity);
  const [e0, e1] = extent ?? [Math.max(0, min), Math.min(1, max)];
  const lo = clamp(e0, min, max);
  const hi = clamp(e1, min, max);
  const pad = (hi - lo) * padFraction || Math.abs(hi) * 0.1 || 1;
  let d0 = Math.max(min, lo - pad);
  const d1 = Math.min(max, hi + pad);
  if (lo >= 0 && d0 < 0) d0 = 0;
  return d0 < d1 ? { lo: d0, hi: d1, min, max } : { lo: d1 - 1, hi: d1, min, max };
}

/** `v` limited to [lo, hi]. */
export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}
