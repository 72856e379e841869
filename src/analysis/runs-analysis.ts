// The Anhøj rules (qicharts2 `runs.analysis()`; Anhøj & Olesen 2014, PLoS ONE 9(11):e113825):
// points exactly on the centre line and missing points are ignored; the rest are the useful
// observations. A run is a sequence of useful points on the same side of the centre; a crossing is
// where consecutive useful points change side. The series signals non-random variation when the
// longest run is longer than round(log2(n)) + 3 or there are fewer than qbinom(0.05, n - 1, 0.5)
// crossings.
import { crossingsLimit, longestRunLimit } from './anhoej-limits';
import type { AnalysisPart } from './types';

/** Side of the centre line. */
export type Direction = 'above' | 'below';

/** A run of useful points on one side of the centre; start and end are subgroup positions (inclusive). */
export interface Run {
  start: number;
  end: number;
  /** Number of useful points in the run (points on the centre line inside it do not count). */
  length: number;
  direction: Direction;
}

/** Runs analysis of one part, as in qicharts2's summary: a part's fields without the sigma signal. */
export type RunsStats = Omit<AnalysisPart, 'sigmaSignal'>;

/** Input of the runs analysis: values and centre per subgroup, the part's range [from, to) and which subgroups are included. */
export interface RunsInput {
  y: readonly (number | null)[];
  cl: readonly (number | null)[];
  from: number;
  to: number;
  included: readonly boolean[];
}

/** Positions' values, centre and inclusion, as arrays by position. */
export interface RunsSource {
  y: ArrayLike<number | null | undefined>;
  /** Centre by position, or one centre for every position. */
  cl: ArrayLike<number | null | undefined> | number | null;
  /** Whether each position counts; every position when null. */
  included: ArrayLike<boolean> | null;
}

/** Splits the useful points of a part into runs (see the Anhøj rules above). */
export function findRuns(input: RunsInput): Run[] {
  return runsLongerThan(input, input.from, input.to, 0);
}

/** The runs of positions [from, to) with more than `limit` useful points (every run for 0), oldest first. */
export function runsLongerThan(src: RunsSource, from: number, to: number, limit: number): Run[] {
  const { y, included } = src;
  const runs: Run[] = [];
  let start = -1;
  let end = -1;
  let length = 0;
  let lastSide = 0;
  for (let i = from; i < to; i++) {
    if (included && !included[i]) continue;
    const side = sideOf(y[i] ?? null, centreAt(src.cl, i));
    if (side === 0) continue;
    if (side === lastSide) {
      end = i;
      length++;
      continue;
    }
    if (lastSide !== 0 && length > limit) runs.push(runOf(start, end, length, lastSide));
    start = i;
    end = i;
    length = 1;
    lastSide = side;
  }
  if (lastSide !== 0 && length > limit) runs.push(runOf(start, end, length, lastSide));
  return runs;
}

function runOf(start: number, end: number, length: number, side: number): Run {
  return { start, end, length, direction: side > 0 ? 'above' : 'below' };
}

function centreAt(cl: RunsSource['cl'], i: number): number | null {
  return cl === null || typeof cl === 'number' ? cl : (cl[i] ?? null);
}

/** Counts observations, useful observations, longest run and crossings, and applies the limits. */
export function runsStats(input: RunsInput): RunsStats {
  return runsStatsOf(input, input.from, input.to);
}

/** `runsStats` of positions [from, to) of a RunsSource. */
export function runsStatsOf(src: RunsSource, from: number, to: number): RunsStats {
  return statsOfCounts(runCounts(src, from, to));
}

/** The RunCounts of positions [from, to) of a RunsSource (one pass, no object per point). */
export function runCounts(src: RunsSource, from: number, to: number): RunCounts {
  const { y, included } = src;
  let nObs = 0;
  let nUseful = 0;
  let runs = 0;
  let longest = 0;
  let length = 0;
  let lastSide = 0;
  let start = -1;
  let end = -1;
  for (let i = from; i < to; i++) {
    if (included && !included[i]) continue;
    nObs++;
    const side = sideOf(y[i] ?? null, centreAt(src.cl, i));
    if (side === 0) continue;
    nUseful++;
    end = i;
    if (side === lastSide) length++;
    else {
      runs++;
      length = 1;
      lastSide = side;
      start = i;
    }
    if (length > longest) longest = length;
  }
  return { nObs, nUseful, runs, longest, length, side: lastSide, start, end };
}

/** What a runs analysis counts while it walks a part; the counts of the part so far decide its stats. */
export interface RunCounts {
  readonly nObs: number;
  readonly nUseful: number;
  /** Runs so far (crossings + 1). */
  readonly runs: number;
  readonly longest: number;
  /** Useful points in the current (latest) run, and its side: +1 above, -1 below, 0 before the first. */
  readonly length: number;
  readonly side: number;
  /** Positions of the current run's first and last useful point (-1 before the first). */
  readonly start: number;
  readonly end: number;
}

/** The counts of a part without points. */
export const NO_RUNS: RunCounts = { nObs: 0, nUseful: 0, runs: 0, longest: 0, length: 0, side: 0, start: -1, end: -1 };

/** The counts after one more included point `y` at position `i` with centre `cl`. */
export function countRun(c: RunCounts, i: number, y: number | null, cl: number | null): RunCounts {
  const side = sideOf(y, cl);
  if (side === 0) return { ...c, nObs: c.nObs + 1 };
  const same = side === c.side;
  const length = same ? c.length + 1 : 1;
  return {
    nObs: c.nObs + 1,
    nUseful: c.nUseful + 1,
    runs: same ? c.runs : c.runs + 1,
    longest: Math.max(c.longest, length),
    length,
    side,
    start: same ? c.start : i,
    end: i,
  };
}

/** The current run of the counts, or null before the first useful point. */
export function currentRun(c: RunCounts): Run | null {
  return c.side === 0
    ? null
    : { start: c.start, end: c.end, length: c.length, direction: c.side > 0 ? 'above' : 'below' };
}

/** The Anhøj stats of a part's counts: the longest run and crossings against their limits. */
export function statsOfCounts({ nObs, nUseful, runs, longest }: RunCounts): RunsStats {
  if (nUseful === 0) {
    return {
      nObs,
      nUseful,
      longestRun: null,
      longestRunMax: null,
      crossings: null,
      crossingsMin: null,
      runsSignal: false,
    };
  }
  const longestRunMax = longestRunLimit(nUseful);
  const crossings = runs - 1;
  const crossingsMin = crossingsLimit(nUseful);
  return {
    nObs,
    nUseful,
    longestRun: longest,
    longestRunMax,
    crossings,
    crossingsMin,
    runsSignal: longest > longestRunMax || crossings < crossingsMin,
  };
}

/** +1 above, -1 below, 0 on the centre line or when either value is missing (R's sign(y - cl) with NA dropped). */
export function sideOf(y: number | null, cl: number | null): number {
  if (y === null || cl === null) return 0;
  const d = y - cl;
  return d > 0 ? 1 : d < 0 ? -1 : 0;
}
