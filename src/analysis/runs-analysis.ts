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

/** Splits the useful points of a part into runs (see the Anhøj rules above). */
export function findRuns({ y, cl, from, to, included }: RunsInput): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (let i = from; i < to; i++) {
    const side = sideOf(y[i] ?? null, cl[i] ?? null);
    if (!included[i] || side === 0) continue;
    const direction: Direction = side > 0 ? 'above' : 'below';
    if (current && current.direction === direction) {
      current.end = i;
      current.length++;
    } else {
      current = { start: i, end: i, length: 1, direction };
      runs.push(current);
    }
  }
  return runs;
}

/** Counts observations, useful observations, longest run and crossings, and applies the limits. */
export function runsStats(input: RunsInput): RunsStats {
  const { y, cl, from, to, included } = input;
  let nObs = 0;
  let nUseful = 0;
  let runs = 0;
  let longest = 0;
  let length = 0;
  let lastSide = 0;
  for (let i = from; i < to; i++) {
    if (!included[i]) continue;
    nObs++;
    const side = sideOf(y[i] ?? null, cl[i] ?? null);
    if (side === 0) continue;
    nUseful++;
    if (side === lastSide) length++;
    else {
      runs++;
      length = 1;
      lastSide = side;
    }
    if (length > longest) longest = length;
  }
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
