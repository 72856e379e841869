import { findSignals, toneOf, type AnalysisResult, type Better, type Tone } from '../analysis';

/** Geometry-free facts every chart style needs: part ranges, x slots with gaps, highlights, y extent. */
export interface SeriesModel {
  count: number;
  /** x slot per point; parts are separated by `partGap` empty slots. */
  slotOf: number[];
  /** Total number of slots. */
  slots: number;
  parts: Array<{ from: number; to: number; runsSignal: boolean; tone: Tone | null }>;
  /** Points in an unusually long run or outside the limits. */
  highlight: boolean[];
  /** What each highlighted point's signal means for the measure (null when not highlighted or no direction is known). */
  tone: (Tone | null)[];
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
  /** The measure's direction: signals of improvement are then drawn apart from worsening. */
  better?: Better;
}

/** Derives the drawing model of an analysis result. */
export function seriesModel(analysis: AnalysisResult, options: SeriesModelOptions = {}): SeriesModel {
  const { points } = analysis;
  const gap = options.partGap ?? 1;
  const signals = findSignals(analysis, { exclude: options.exclude });
  const excluded = new Set(options.exclude ?? []);
  const highlight = points.map((p) => p.sigmaSignal);
  const better = options.better;
  const tone: (Tone | null)[] = points.map((p) =>
    p.sigmaSignal && better ? toneOf(p.ucl !== null && p.y! > p.ucl ? 'above' : 'below', better) : null,
  );
  const partTone: (Tone | null)[] = signals.map(() => null);
  signals.forEach((part, k) => {
    for (const run of part.shifts) {
      if (better) partTone[k] = toneOf(run.direction, better);
      for (let i = run.startIndex; i <= run.endIndex; i++) {
        const p = points[i]!;
        if (p.y !== null && p.cl !== null && p.y !== p.cl && !excluded.has(i)) {
          highlight[i] = true;
          if (better && !p.sigmaSignal) tone[i] = toneOf(run.direction, better);
        }
      }
    }
  });
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
    parts: signals.map((s, k) => ({
      from: s.from,
      to: s.to,
      runsSignal: analysis.parts[s.part - 1]?.runsSignal ?? false,
      tone: partTone[k]!,
    })),
    highlight,
    tone,
    extent: lo <= hi ? [lo, hi] : null,
    dataExtent,
  };
}
