import { findSignals, type AnalysisResult } from '../analysis';

/** Geometry-free facts every chart style needs: part ranges, x slots with gaps, highlights, y extent. */
export interface SeriesModel {
  count: number;
  /** x slot per point; parts are separated by `partGap` empty slots. */
  slotOf: number[];
  /** Total number of slots. */
  slots: number;
  parts: Array<{ from: number; to: number; runsSignal: boolean }>;
  /** Points in an unusually long run or outside the limits. */
  highlight: boolean[];
  /** Smallest and largest value of points, centre, limits and goal; null when nothing to draw. */
  extent: [number, number] | null;
  /** Smallest and largest observed value (points only); null without data. */
  dataExtent: [number, number] | null;
}

/** Options of `seriesModel`. */
export interface SeriesModelOptions {
  exclude?: number[];
  goal?: number | null;
  /** Empty slots between parts (default 1). */
  partGap?: number;
}

/** Derives the drawing model of an analysis result. */
export function seriesModel(analysis: AnalysisResult, options: SeriesModelOptions = {}): SeriesModel {
  const { points } = analysis;
  const gap = options.partGap ?? 1;
  const signals = findSignals(analysis, { exclude: options.exclude });
  const excluded = new Set(options.exclude ?? []);
  const highlight = points.map((p) => p.sigmaSignal);
  for (const part of signals) {
    for (const run of part.shifts) {
      for (let i = run.startIndex; i <= run.endIndex; i++) {
        const p = points[i]!;
        if (p.y !== null && p.cl !== null && p.y !== p.cl && !excluded.has(i)) highlight[i] = true;
      }
    }
  }
  const slotOf = points.map((p, i) => i + (p.part - 1) * gap);
  let lo = Infinity;
  let hi = -Infinity;
  const see = (v: number | null | undefined) => {
    if (v === null || v === undefined || !Number.isFinite(v)) return;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  };
  for (const p of points) see(p.y);
  const dataExtent: [number, number] | null = lo <= hi ? [lo, hi] : null;
  for (const p of points) {
    see(p.cl);
    see(p.lcl);
    see(p.ucl);
  }
  see(options.goal);
  return {
    count: points.length,
    slotOf,
    slots: points.length ? slotOf[points.length - 1]! + 1 : 0,
    parts: signals.map((s) => ({ from: s.from, to: s.to, runsSignal: analysis.parts[s.part - 1]?.runsSignal ?? false })),
    highlight,
    extent: lo <= hi ? [lo, hi] : null,
    dataExtent,
  };
}
