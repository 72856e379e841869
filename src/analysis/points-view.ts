import type { Run } from './runs-analysis';
import type { AnalysisResult } from './types';

/**
 * Read access to an analysis result's points by position, without needing `result.points` itself: a result
 * extended value by value (`appendRunValue`) keeps its points as columns and builds the point objects only when
 * someone reads `points` (a chart drawing every point); the texts and signals read through this view.
 */
export interface PointsView {
  readonly length: number;
  /** Plotted value by position; may run past `length` (read below it only). */
  readonly values: ArrayLike<number | null>;
  /** First position of every part, ascending (0 first when there are points). */
  readonly partStarts: readonly number[];
  cl(i: number): number | null;
  lcl(i: number): number | null;
  ucl(i: number): number | null;
  sigmaSignal(i: number): boolean;
  /** True when no point has a control limit (a run chart): the latest limits need no search. */
  readonly noLimits: boolean;
  /**
   * The runs longer than `limit` of the part starting at `from`, when the result has them at hand (a grown chart's
   * latest part, all positions included); undefined to count them.
   */
  longRuns?(from: number, limit: number): readonly Run[] | undefined;
}

const registered = new WeakMap<AnalysisResult, PointsView>();
const derived = new WeakMap<AnalysisResult, PointsView>();

/** Gives `result` a view of its own (used instead of reading `result.points`). */
export function registerPointsView(result: AnalysisResult, view: PointsView): void {
  registered.set(result, view);
}

/** The view of a result's points: its own if it has one, else one over `result.points` (kept with the result). */
export function pointsView(result: AnalysisResult): PointsView {
  const own = registered.get(result) ?? derived.get(result);
  if (own) return own;
  const { points } = result;
  let values: Array<number | null> | undefined;
  let partStarts: number[] | undefined;
  const view: PointsView = {
    length: points.length,
    get values() {
      values ??= points.map((p) => p.y);
      return values;
    },
    get partStarts() {
      partStarts ??= startsOf(result);
      return partStarts;
    },
    cl: (i) => points[i]?.cl ?? null,
    lcl: (i) => points[i]?.lcl ?? null,
    ucl: (i) => points[i]?.ucl ?? null,
    sigmaSignal: (i) => points[i]?.sigmaSignal ?? false,
    noLimits: false,
  };
  derived.set(result, view);
  return view;
}

/** The latest part's positions: [from, length). */
export function latestPart(view: PointsView): { from: number; to: number } {
  return { from: view.partStarts.at(-1) ?? 0, to: view.length };
}

function startsOf({ points }: AnalysisResult): number[] {
  const starts: number[] = [];
  points.forEach((p, i) => {
    if (i === 0 || p.part !== points[i - 1]!.part) starts.push(i);
  });
  return starts;
}
