// A run chart that grows by one value at a time. Appending a value changes only the latest part: its median
// (kept as the sorted baseline values, so a new value is inserted rather than everything re-sorted) and its runs
// analysis (one pass over the part's values, no objects per point). Earlier parts, their centres and statistics
// are shared with the chart before the value. The result is exactly what `analyze` gives for the whole series
// (a property test holds the two together); its point objects are built only when someone reads `points`.
import { analyze } from './analyze';
import { registerPointsView, type PointsView } from './points-view';
import {
  countRun,
  currentRun,
  runCounts,
  runsLongerThan,
  statsOfCounts,
  type Run,
  type RunCounts,
} from './runs-analysis';
import type { AnalysisPart, AnalysisPoint, AnalysisResult } from './types';

/** What a growing run chart takes of `analyze`'s options: a frozen baseline or parts (no exclusions, no subgroups). */
export interface RunChartOptions {
  freeze?: number;
  part?: number[];
}

/** A run chart analysis that `appendRunValue` can extend. Treat everything but `result` as internal. */
export interface GrowingRunChart {
  readonly result: AnalysisResult;
  /** Plotted values; shared between a chart and the charts grown from it, valid up to `length`. */
  readonly values: (number | null)[];
  readonly length: number;
  /** Effective freeze (qicharts2 ignores freeze when parts are given); Infinity without one. */
  readonly freeze: number;
  /** First position of every part, ascending, starting with 0. */
  readonly cuts: readonly number[];
  /** Centre line (median) of every part. */
  readonly centres: readonly (number | null)[];
  /** The latest part's baseline values, ascending. */
  readonly sorted: Float64Array;
  /** The latest part's runs counted against its centre (a value that keeps the centre only adds to them). */
  readonly counts: RunCounts;
  /** The latest part's runs longer than its longest-run limit (the shifts), oldest first. */
  readonly longRuns: readonly Run[];
}

/** The run chart of `y` with `options`, analysed in full, ready to grow. */
export function growingRunChart(y: readonly (number | null)[], options: RunChartOptions = {}): GrowingRunChart {
  const result = analyze({ chart: 'run', y: [...y], ...options });
  const values = result.points.map((p) => p.y);
  const cuts: number[] = [];
  const centres: (number | null)[] = [];
  result.points.forEach((p, i) => {
    if (i === 0 || p.part !== result.points[i - 1]!.part) {
      cuts.push(i);
      centres.push(p.cl);
    }
  });
  if (!cuts.length) cuts.push(0);
  const freeze = effectiveFreeze(options);
  const from = cuts.at(-1)!;
  const base: number[] = [];
  for (let i = from; i < values.length; i++) if (i + 1 <= freeze && values[i] !== null) base.push(values[i]!);
  const sorted = Float64Array.from(base).sort();
  const source = { y: values, cl: centres.at(-1) ?? null, included: null };
  const counts = runCounts(source, from, values.length);
  const longRuns = runsLongerThan(source, from, values.length, limitOf(counts));
  return { result, values, length: values.length, freeze, cuts, centres, sorted, counts, longRuns };
}

/**
 * The chart with one more value at its end, `options` being the options for the longer series. Null when the
 * options move a part boundary or the baseline of the earlier values (the caller analyses in full then).
 */
export function appendRunValue(
  chart: GrowingRunChart,
  value: number | null,
  options: RunChartOptions = {},
): GrowingRunChart | null {
  const n = chart.length;
  if (n === 0) return null;
  const cuts = cutsOf(options.part, n + 1);
  if (cuts.length !== chart.cuts.length || cuts.some((c, k) => c !== chart.cuts[k])) return null;
  const freeze = effectiveFreeze(options);
  if (freeze !== chart.freeze && !(freeze >= n && chart.freeze >= n)) return null;
  const y = value !== null && Number.isFinite(value) ? value : null;
  // Appending to the shared buffer is safe while no other chart grew from this one; otherwise copy.
  const values = chart.values.length === n ? chart.values : chart.values.slice(0, n);
  values.push(y);
  const sorted = y !== null && n + 1 <= freeze ? inserted(chart.sorted, y) : chart.sorted;
  const centre = medianOfSorted(sorted);
  const centres = [...chart.centres.slice(0, -1), centre];
  const from = cuts.at(-1)!;
  // A centre that did not move leaves every earlier point on its side: count the new one, and of the long runs only
  // the current one can change (the limit only grows). Else count the part again.
  const kept = centre === chart.centres.at(-1);
  const source = { y: values, cl: centre, included: null };
  const counts = kept ? countRun(chart.counts, n, y, centre) : runCounts(source, from, n + 1);
  const limit = limitOf(counts);
  let longRuns: readonly Run[];
  if (kept) {
    const done = chart.longRuns.filter((r) => r.start !== counts.start && r.length > limit);
    const current = currentRun(counts);
    longRuns = current && current.length > limit ? [...done, current] : done;
  } else longRuns = runsLongerThan(source, from, n + 1, limit);
  const last: AnalysisPart = { ...statsOfCounts(counts), sigmaSignal: 0 };
  const parts = [...chart.result.parts.slice(0, -1), last];
  const grown = { values, length: n + 1, freeze, cuts, centres, sorted, counts, longRuns };
  return { ...grown, result: resultOf(grown, parts) };
}

/** The result of a grown chart: parts now, point objects when first read, and a points view without them. */
function resultOf(chart: Omit<GrowingRunChart, 'result'>, parts: AnalysisPart[]): AnalysisResult {
  const { values, length, cuts, centres } = chart;
  const partAt = (i: number) => {
    let k = cuts.length - 1;
    while (k > 0 && cuts[k]! > i) k--;
    return k;
  };
  let points: AnalysisPoint[] | undefined;
  const result = { parts } as AnalysisResult;
  Object.defineProperty(result, 'points', {
    enumerable: true,
    get: () =>
      (points ??= Array.from({ length }, (_, i) => {
        const k = partAt(i);
        return {
          y: values[i] ?? null,
          cl: centres[k] ?? null,
          lcl: null,
          ucl: null,
          part: k + 1,
          runsSignal: parts[k]!.runsSignal,
          sigmaSignal: false,
        };
      })),
  });
  const view: PointsView = {
    length,
    values,
    partStarts: cuts,
    longRuns: (from, limit) => (from === cuts.at(-1) && limit === limitOf(chart.counts) ? chart.longRuns : undefined),
    cl: (i) => centres[partAt(i)] ?? null,
    lcl: () => null,
    ucl: () => null,
    sigmaSignal: () => false,
    noLimits: true,
  };
  registerPointsView(result, view);
  return result;
}

/** The longest-run limit of a part's counts (as in its stats); Infinity without useful points. */
function limitOf(counts: RunCounts): number {
  return statsOfCounts(counts).longestRunMax ?? Infinity;
}

/** Part starts as `analyze` uses them for `count` values (see `partNumbers`). */
function cutsOf(splits: readonly number[] | undefined, count: number): number[] {
  return [...new Set([0, ...(splits ?? [])])]
    .filter((c) => Number.isInteger(c) && c >= 0 && c < count)
    .sort((a, b) => a - b);
}

/** qicharts2 ignores freeze when parts are given. */
function effectiveFreeze(options: RunChartOptions): number {
  return options.part?.length ? Infinity : (options.freeze ?? Infinity);
}

/** A copy of the ascending `sorted` with `v` in its place. */
function inserted(sorted: Float64Array, v: number): Float64Array {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  const out = new Float64Array(sorted.length + 1);
  out.set(sorted.subarray(0, lo));
  out[lo] = v;
  out.set(sorted.subarray(lo), lo + 1);
  return out;
}

/** The median of ascending values as `median` computes it; null when there are none (a centre line of NaN). */
function medianOfSorted(s: Float64Array): number | null {
  const count = s.length;
  if (count === 0) return null;
  const mid = count >> 1;
  const m = count % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return Number.isFinite(m) ? m : null;
}
