import { pointsView } from './points-view';
import { runsLongerThan, type Direction, type Run } from './runs-analysis';
import type { AnalysisResult } from './types';

/** An unusually long run (a shift): longer than the part's longest-run limit. Indices are subgroup positions. */
export interface Shift {
  /** 1-based part number. */
  part: number;
  direction: Direction;
  /** Position of the first point of the run, e.g. for "siden uge 38". */
  startIndex: number;
  /** Position of the last point of the run (inclusive). */
  endIndex: number;
  /** Useful points in the run. */
  length: number;
}

/** What fired in one part, in a form cards and charts can show. */
export interface PartSignals {
  /** 1-based part number. */
  part: number;
  /** Subgroup positions of the part: [from, to). */
  from: number;
  to: number;
  /** Unusually long runs, oldest first (empty unless the part's runs analysis signals). */
  shifts: Shift[];
  /** Set when crossings are fewer than expected. */
  fewCrossings: { crossings: number; crossingsMin: number } | null;
  /** Positions of points outside the control limits. */
  outside: number[];
}

/** Options for recounting runs: excluded positions are left out, as in `analyze`. */
export interface SignalOptions {
  exclude?: number[];
}

/** Signals of results without excluded positions, kept while the result lives (summaries and readings ask again). */
const plain = new WeakMap<AnalysisResult, PartSignals[]>();

/** Lists the signals of every part: long runs with their positions, few crossings and points outside limits. */
export function findSignals(result: AnalysisResult, options: SignalOptions = {}): PartSignals[] {
  if (options.exclude?.length) return computeSignals(result, options);
  let found = plain.get(result);
  if (!found) {
    found = computeSignals(result, {});
    // Shared by every caller: frozen, so no caller can change what the next one reads.
    for (const part of found) {
      for (const shift of part.shifts) Object.freeze(shift);
      Object.freeze(part.shifts);
      Object.freeze(part.outside);
      if (part.fewCrossings) Object.freeze(part.fewCrossings);
      Object.freeze(part);
    }
    plain.set(result, Object.freeze(found) as PartSignals[]);
  }
  return found;
}

function computeSignals(result: AnalysisResult, options: SignalOptions): PartSignals[] {
  const { parts } = result;
  const view = pointsView(result);
  const excluded = new Set(options.exclude ?? []);
  const included = excluded.size ? Array.from({ length: view.length }, (_, i) => !excluded.has(i)) : null;
  const out: PartSignals[] = [];
  let from = 0;
  parts.forEach((stats, k) => {
    const to = Math.max(from, view.partStarts[k + 1] ?? view.length);
    const limit = stats.longestRunMax ?? Infinity;
    const source = { y: view.values, cl: from < to ? view.cl(from) : null, included };
    const long = () => (included ? undefined : view.longRuns?.(from, limit)) ?? runsLongerThan(source, from, to, limit);
    const shifts = stats.runsSignal
      ? long().map((r: Run) => ({
          part: k + 1,
          direction: r.direction,
          startIndex: r.start,
          endIndex: r.end,
          length: r.length,
        }))
      : [];
    const few =
      stats.runsSignal &&
      stats.crossings !== null &&
      stats.crossingsMin !== null &&
      stats.crossings < stats.crossingsMin
        ? { crossings: stats.crossings, crossingsMin: stats.crossingsMin }
        : null;
    const outside: number[] = [];
    if (!view.noLimits) for (let i = from; i < to; i++) if (view.sigmaSignal(i)) outside.push(i);
    out.push({ part: k + 1, from, to, shifts, fewCrossings: few, outside });
    from = to;
  });
  return out;
}

/** The most recent shift (unusually long run) in the series, or null; cards use it for "siden uge 38". */
export function findShift(result: AnalysisResult, options: SignalOptions = {}): Shift | null {
  let latest: Shift | null = null;
  for (const part of findSignals(result, options)) {
    const last = part.shifts[part.shifts.length - 1];
    if (last) latest = last;
  }
  return latest;
}
